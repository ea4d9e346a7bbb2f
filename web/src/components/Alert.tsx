import type { ReactNode } from "react";

/** A message box; "error" is announced at once by screen readers (role=alert), "info" politely (role=status). */
export function Alert({ kind, children, testId }: { kind: "error" | "info"; children: ReactNode; testId?: string }) {
  return (
    <div className={`alert alert-${kind}`} role={kind === "error" ? "alert" : "status"} data-testid={testId}>
      {children}
    </div>
  );
}
