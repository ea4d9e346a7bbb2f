import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { api, type Account, type Session } from "./api";

export type AuthState =
  | { status: "loading" }
  | { status: "guest"; expired: boolean }
  | { status: "signed-in"; account: Account };

export interface Auth {
  state: AuthState;
  /** The signed-in account, or null for a guest or while loading. */
  account: Account | null;
  /** Logs in; resolves when signed in, rejects with ApiError otherwise. */
  login: (email: string, password: string) => Promise<void>;
  /** Registers a citizen account and signs it in; rejects with ApiError. */
  register: (email: string, password: string, displayName: string) => Promise<void>;
  /** Ends this session (or all sessions of the account); the UI becomes a guest's even when the server is unreachable. */
  logout: (everywhere?: boolean) => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

/** Loads the current session from /api/auth/me at start and keeps the CSRF token of the API client in step. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: "loading" });

  const adopt = useCallback((session: Session) => {
    api.setCsrfToken(session.csrf_token);
    setState({ status: "signed-in", account: session.account });
  }, []);

  const becomeGuest = useCallback((expired: boolean) => {
    api.setCsrfToken(null);
    setState({ status: "guest", expired });
  }, []);

  useEffect(() => {
    api.onUnauthenticated = () => becomeGuest(true);
    let cancelled = false;
    api.me().then(
      (session) => !cancelled && adopt(session),
      () => !cancelled && becomeGuest(false),
    );
    return () => {
      cancelled = true;
      api.onUnauthenticated = null;
    };
  }, [adopt, becomeGuest]);

  const value = useMemo<Auth>(
    () => ({
      state,
      account: state.status === "signed-in" ? state.account : null,
      login: async (email, password) => adopt(await api.login(email, password)),
      register: async (email, password, displayName) => adopt(await api.register(email, password, displayName)),
      logout: async (everywhere = false) => {
        try {
          await (everywhere ? api.logoutAll() : api.logout());
        } finally {
          becomeGuest(false);
        }
      },
    }),
    [state, adopt, becomeGuest],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** Returns the auth context; throws when used outside <AuthProvider> (a programming error). */
export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth must be used inside <AuthProvider>");
  return value;
}
