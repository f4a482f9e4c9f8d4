import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { ApiError, api, messageOf, setCsrfToken, setUnauthenticatedHandler } from "../api/client.js";
import { auth } from "../api/endpoints.js";
import type { SessionInfo, User } from "../api/types.js";
import { type Permissions, permissionsOf } from "./permissions.js";

export type SessionState =
  | { status: "loading" }
  | { status: "anonymous"; notice: string | null }
  | { status: "unreachable"; message: string }
  | { status: "signed-in"; user: User; can: Permissions };

interface SessionApi {
  state: SessionState;
  login(username: string, password: string): Promise<void>;
  setup(token: string, username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  retry(): void;
}

const SessionContext = createContext<SessionApi | null>(null);

function signedIn(info: SessionInfo): SessionState {
  setCsrfToken(info.csrfToken);
  return { status: "signed-in", user: info.user, can: permissionsOf(info.user.role) };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });
  /** Asks the server who is logged in; returns a function that discards a late answer. */
  const check = useCallback(() => {
    let live = true;
    api<SessionInfo>("/api/auth/me")
      .then((info) => live && setState(signedIn(info)))
      .catch((error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 401)
          setState({ status: "anonymous", notice: null });
        else setState({ status: "unreachable", message: messageOf(error) });
      });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => check(), [check]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setState({ status: "anonymous", notice: "Your session has ended. Please log in again." });
    });
    return () => setUnauthenticatedHandler(null);
  }, []);

  const value = useMemo<SessionApi>(
    () => ({
      state,
      async login(username, password) {
        setState(signedIn(await auth.login(username, password)));
      },
      async setup(token, username, password) {
        setState(signedIn(await auth.setup(token, username, password)));
      },
      async logout() {
        try {
          await auth.logout();
        } finally {
          setCsrfToken(null);
          setState({ status: "anonymous", notice: "You have logged out." });
        }
      },
      retry() {
        setState({ status: "loading" });
        check();
      },
    }),
    [state, check],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (session === null) throw new Error("useSession outside SessionProvider");
  return session;
}

/** The signed-in user; only for components rendered behind the login. */
export function useUser(): { user: User; can: Permissions } {
  const { state } = useSession();
  if (state.status !== "signed-in") throw new Error("useUser needs a signed-in session");
  return { user: state.user, can: state.can };
}
