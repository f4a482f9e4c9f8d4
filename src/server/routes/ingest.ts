import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Dossier } from "../../app.js";
import { requirePrincipal, requireRole } from "../../auth/index.js";
import type { PlannedInput } from "../../capture/index.js";
import { planInputs } from "../../capture/index.js";
import { STAFF } from "../../investigate/review/roles.js";
import type { IngestEvent } from "../../pipeline/ingest.js";
import { ApiError } from "../errors.js";

const MAX_FILES = 200;

/** Ingest through the API: uploaded files (multipart) or URLs, each reported item by item. */
export function ingestRoutes(dossier: Dossier): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, {
      limits: { fileSize: dossier.config.maxInputBytes, files: MAX_FILES, fields: 10 },
    });
    app.addHook("preHandler", requireRole(...STAFF));

    async function run(planned: PlannedInput[], actor: string) {
      const events: IngestEvent[] = [];
      const summary = await dossier.ingestPlanned(planned, { actor, onEvent: (e) => events.push(e) });
      return { summary, events };
    }

    app.post(
      "/api/ingest",
      { schema: { summary: "Ingest uploaded files (multipart/form-data, field `files`)" } },
      async (request) => {
        if (!request.isMultipart())
          throw new ApiError("invalid-request", "send the files as multipart/form-data");
        const planned: PlannedInput[] = [];
        for await (const part of request.files()) {
          const bytes = await part.toBuffer();
          if (part.file.truncated) {
            throw new ApiError(
              "payload-too-large",
              `${part.filename} is larger than ${dossier.config.maxInputBytes} bytes`,
            );
          }
          planned.push({ kind: "upload", label: part.filename, name: part.filename, bytes });
        }
        if (planned.length === 0) throw new ApiError("invalid-request", "no files in the upload");
        return run(planned, requirePrincipal(request).username);
      },
    );

    app.post(
      "/api/ingest/urls",
      {
        schema: {
          summary: "Fetch and ingest web pages",
          body: z.object({ urls: z.array(z.string().min(1)).min(1).max(MAX_FILES) }),
        },
      },
      async (request) => {
        // Each URL is checked as it would be on the command line (scheme, credentials); fetching
        // is guarded against private addresses unless the server was started allowing them.
        const planned = (await planInputs(request.body.urls)).map((p) =>
          p.kind === "url" || p.kind === "invalid"
            ? p
            : { kind: "invalid" as const, label: p.label, reason: "not an http(s) URL" },
        );
        return run(planned, requirePrincipal(request).username);
      },
    );
  };
}
