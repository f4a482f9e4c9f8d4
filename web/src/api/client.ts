// The one way the UI talks to the server: same-origin requests with the session cookie, the
// CSRF token on every state-changing request, and errors turned into sentences a person can act on.

/** An error to show as it is: `message` is written for the reader. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    message: string,
    readonly status: number,
    /** The server's stable error id ("unauthenticated", "note-required", ...), or a local one. */
    readonly id: string,
    readonly details?: { path?: string; message: string }[],
    /** For refusals that say when to try again (rate limits): seconds. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Set from GET /api/auth/me or a login response; cleared on logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session is gone, so the app can ask the user to log in again. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

const SAFE_METHODS = new Set(["GET", "HEAD"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

export function requestHeaders(method: string, json: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (json) headers["content-type"] = "application/json";
  if (isStateChanging(method) && csrfToken !== null) headers["x-csrf-token"] = csrfToken;
  return headers;
}

interface ErrorBody {
  error?: { id?: unknown; message?: unknown; details?: unknown };
}

function retryAfterOf(header: string | null): number | undefined {
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** The server's own message when it sent one, else a plain account of the HTTP status. */
export function errorFrom(status: number, body: unknown, retryAfterHeader: string | null = null): ApiError {
  const error = (body as ErrorBody | null)?.error;
  const retryAfter = retryAfterOf(retryAfterHeader);
  if (error && typeof error.message === "string" && error.message !== "") {
    const id = typeof error.id === "string" ? error.id : "error";
    const details = Array.isArray(error.details)
      ? (error.details as { path?: string; message: string }[])
      : undefined;
    return new ApiError(error.message, status, id, details, retryAfter);
  }
  if (status === 401)
    return new ApiError("Your session has ended. Please log in again.", status, "unauthenticated");
  if (status === 403) return new ApiError("Your account is not allowed to do this.", status, "forbidden");
  if (status === 404)
    return new ApiError("Not found: it may have been removed or merged.", status, "not-found");
  if (status === 413)
    return new ApiError("That is larger than the server accepts.", status, "payload-too-large");
  if (status === 429)
    return new ApiError(
      "Too many attempts. Wait a moment and try again.",
      status,
      "rate-limited",
      undefined,
      retryAfter,
    );
  if (status >= 500)
    return new ApiError(
      "The server ran into a problem. Try again; if it persists, tell your administrator.",
      status,
      "internal",
    );
  return new ApiError(`The server refused the request (HTTP ${status}).`, status, "http-error");
}

export const NETWORK_ERROR =
  "Could not reach the Dossier server. Check that it is running and that you are connected.";

export interface RequestOptions {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart/form-data (the browser sets the boundary). */
  form?: FormData;
  query?: URLSearchParams | Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
}

export function withQuery(path: string, query: RequestOptions["query"]): string {
  if (query === undefined) return path;
  const params = new URLSearchParams();
  const entries = query instanceof URLSearchParams ? [...query] : Object.entries(query);
  for (const [key, value] of entries) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const qs = params.toString();
  return qs === "" ? path : `${path}?${qs}`;
}

async function readBody(response: Response): Promise<unknown> {
  const type = response.headers.get("content-type") ?? "";
  if (response.status === 204 || !type.includes("json")) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** One API call; resolves to the parsed JSON body (null for 204), rejects with an ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? (options.body !== undefined || options.form ? "POST" : "GET");
  const json = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      credentials: "same-origin",
      headers: requestHeaders(method, json),
      body: json ? JSON.stringify(options.body) : options.form,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(NETWORK_ERROR, 0, "network");
  }
  const body = await readBody(response);
  if (!response.ok) {
    const error = errorFrom(response.status, body, response.headers.get("retry-after"));
    if (error.id === "unauthenticated" && !path.includes("/api/auth/")) onUnauthenticated?.();
    throw error;
  }
  return body as T;
}

/** The server writes messages as clauses ("a note saying why is required"); shown, they are sentences. */
export function asSentence(message: string): string {
  const trimmed = message.trim();
  if (trimmed === "") return trimmed;
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/** A message for anything a call can throw, as a sentence. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message !== "") return asSentence(error.message);
  return "Something went wrong.";
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * A multipart upload with progress (fetch cannot report upload progress; XMLHttpRequest can).
 * Same credentials, CSRF header and error handling as `api`.
 */
export function upload<T>(
  path: string,
  form: FormData,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    for (const [name, value] of Object.entries(requestHeaders("POST", false)))
      xhr.setRequestHeader(name, value);
    xhr.responseType = "text";
    xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : 0 });
    xhr.onerror = () => reject(new ApiError(NETWORK_ERROR, 0, "network"));
    xhr.onabort = () => reject(new DOMException("aborted", "AbortError"));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText === "" ? null : JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else {
        const error = errorFrom(xhr.status, body, xhr.getResponseHeader("retry-after"));
        if (error.id === "unauthenticated") onUnauthenticated?.();
        reject(error);
      }
    };
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
