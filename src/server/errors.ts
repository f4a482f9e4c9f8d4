import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AUTH_ERRORS, replyAuthError } from "../auth/index.js";
import { CASE_ERRORS, CaseError } from "../investigate/incidents/errors.js";
import { StoreError } from "../store/store.js";

/**
 * Every error the API can answer with: a stable id clients can rely on, and its HTTP status.
 * Accounts and case work bring their own refusals; they are listed here so the catalogue is
 * whole in one place.
 */
export const ERRORS = {
  "invalid-request": 400,
  "bad-query": 400,
  "ambiguous-id": 400,
  "not-found": 404,
  "original-missing": 500,
  "payload-too-large": 413,
  internal: 500,
  ...AUTH_ERRORS,
  ...CASE_ERRORS,
} as const;

export type ErrorId = keyof typeof ERRORS;

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly id: ErrorId,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
  get status(): number {
    return ERRORS[this.id];
  }
}

interface ErrorBody {
  error: { id: ErrorId; message: string; details?: unknown };
}

function body(id: ErrorId, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { id, message } : { id, message, details } };
}

/**
 * The one place errors become responses. Known errors keep their message; anything else is
 * logged and answered with a generic message, so stack traces and SQL never leave the server.
 */
export function errorHandler(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (replyAuthError(error, reply)) return;
  if (error instanceof ApiError || error instanceof CaseError) {
    reply.status(error.status).send(body(error.id, error.message, error.details));
    return;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((v) => ({
      path: v.instancePath || v.params?.issue,
      message: v.message,
    }));
    reply.status(400).send(body("invalid-request", "the request is not valid", details));
    return;
  }
  if (error instanceof StoreError) {
    reply.status(ERRORS[error.code]).send(body(error.code, error.message));
    return;
  }
  const status = (error as FastifyError).statusCode;
  if (status === 413) {
    reply.status(413).send(body("payload-too-large", "the upload is larger than this server accepts"));
    return;
  }
  if (status !== undefined && status >= 400 && status < 500) {
    reply.status(status).send(body("invalid-request", error.message));
    return;
  }
  request.log.error({ err: error }, "unhandled error");
  reply.status(500).send(body("internal", "something went wrong on the server; the error was logged"));
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): void {
  reply.status(404).send(body("not-found", `no such route: ${request.method} ${request.url.split("?")[0]}`));
}
