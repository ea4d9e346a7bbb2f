import { useEffect, useState, type AnchorHTMLAttributes, type ReactNode } from "react";

// A tiny hash router: addresses look like /#/wilayah/35.10. Hash routes work behind any static file server (no
// server-side fallback to index.html needed) and keep the app one file set; the app has few pages, so a routing
// library would add more than it saves.

/** The current in-app path, e.g. "/wilayah/35.10"; "/" when the hash is empty. */
export function pathFromHash(hash: string): string {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  const path = raw.split("?")[0] ?? "";
  if (path === "" || path === "/") return "/";
  const withSlash = path.startsWith("/") ? path : `/${path}`;
  return withSlash.length > 1 && withSlash.endsWith("/") ? withSlash.slice(0, -1) : withSlash;
}

/** Returns the current path and re-renders when it changes. */
export function usePath(): string {
  const [path, setPath] = useState(() => pathFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setPath(pathFromHash(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return path;
}

/** Goes to `path`; with `replace` the current history entry is overwritten (used for redirects). */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const target = `#${path}`;
  if (options.replace) {
    window.history.replaceState(null, "", target);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else {
    window.location.hash = path;
  }
}

/** Splits "/wilayah/35.10" into ["wilayah", "35.10"]. */
export function segments(path: string): string[] {
  return path.split("/").filter((part) => part !== "").map((part) => decodeURIComponent(part));
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { to: string; children: ReactNode };

/** An ordinary anchor to an in-app path, so that open-in-new-tab and copy-link work. */
export function Link({ to, children, ...rest }: LinkProps) {
  return (
    <a href={`#${to}`} {...rest}>
      {children}
    </a>
  );
}

/** Redirects to `to` after render (replacing the history entry). */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
