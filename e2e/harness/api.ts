import type { BrowserContext } from "playwright-core";

export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

/**
 * The JSON API with the cookies of a browser profile, as the UI itself calls it: the session's
 * CSRF token in a header and the app's own Origin on every change. For the steps of a scenario that
 * the UI does not offer (creating accounts) or that are not what the test is about.
 */
export async function apiSession(context: BrowserContext, baseURL: string): Promise<ApiSession> {
  const origin = new URL(baseURL).origin;
  const read = async <T>(path: string): Promise<T> => {
    const res = await context.request.get(new URL(path, baseURL).href);
    if (!res.ok()) throw new Error(`GET ${path}: HTTP ${res.status()} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const me = await read<{ csrfToken: string | null }>("/api/auth/me");
  if (me.csrfToken === null) throw new Error("this browser profile has no session to act with");
  const csrf = me.csrfToken;
  return {
    get: read,
    async post<T>(path: string, body: unknown): Promise<T> {
      const res = await context.request.post(new URL(path, baseURL).href, {
        data: body,
        headers: { origin, "x-csrf-token": csrf },
      });
      if (!res.ok()) throw new Error(`POST ${path}: HTTP ${res.status()} ${await res.text()}`);
      return (await res.json()) as T;
    },
  };
}

/** Logs a browser profile in through the API, for tests where the login form is not the point. */
export async function logInByApi(
  context: BrowserContext,
  baseURL: string,
  credentials: { username: string; password: string },
): Promise<ApiSession> {
  const res = await context.request.post(new URL("/api/auth/login", baseURL).href, {
    data: credentials,
    headers: { origin: new URL(baseURL).origin },
  });
  if (!res.ok()) throw new Error(`login of ${credentials.username}: HTTP ${res.status()}`);
  return apiSession(context, baseURL);
}
