import type { ReactNode } from "react";
import { ApiError } from "../api";
import { useI18n } from "../i18n/I18nProvider";
import { Link } from "../router";
import { Alert } from "./Alert";
import { LoadError } from "./LoadError";
import { Page } from "./Page";
import type { Load } from "./useLoad";

/** A refusal (403: outside the official's regions) or absence (404) in words; other errors with retry. */
function RegistryLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  if (error instanceof ApiError && error.status === 403) {
    return <Alert kind="error" testId="registry-forbidden">{t("people.outsideRegions")}</Alert>;
  }
  if (error instanceof ApiError && error.status === 404) {
    return <Alert kind="error" testId="registry-not-found">{t("people.notFound")}</Alert>;
  }
  return <LoadError error={error} onRetry={onRetry} />;
}

/**
 * The frame of a registry record page (person, household): back to the search, loading, refusal or absence, the
 * "numbers are masked" note, then `children` with the loaded data.
 */
export function RegistryPage<T extends { nik_masked: boolean }>({
  title,
  testId,
  state,
  reload,
  children,
}: {
  title: string;
  testId: string;
  state: Load<T>;
  reload: () => void;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Page title={title} testId={testId}>
      <p>
        <Link to="/penduduk">{t("people.back")}</Link>
      </p>
      {state.status === "loading" && <p className="muted">{t("app.loading")}</p>}
      {state.status === "error" && <RegistryLoadError error={state.error} onRetry={reload} />}
      {state.status === "done" && (
        <>
          {state.data.nik_masked && <Alert kind="info" testId="people-masked-note">{t("people.maskedNote")}</Alert>}
          {children(state.data)}
        </>
      )}
    </Page>
  );
}
