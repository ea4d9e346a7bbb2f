import { ApiError } from "../api";
import { errorMessage } from "../errors";
import { useI18n } from "../i18n/I18nProvider";
import { Alert } from "./Alert";

/** Shows why loading failed, the request id when the server gave one, and a retry button. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const requestId = error instanceof ApiError ? error.requestId : null;
  return (
    <Alert kind="error">
      <p>{errorMessage(error, t)}</p>
      {requestId && <p className="muted small">{t("error.requestId", { id: requestId })}</p>}
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t("error.retry")}
        </button>
      )}
    </Alert>
  );
}
