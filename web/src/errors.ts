import { ApiError } from "./api";
import type { MessageKey } from "./i18n/id";
import type { MessageParams } from "./i18n/translate";

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Returns a message a person can act on, in the UI language, for an error thrown by the API client. Server messages
 * are shown only for invalid input (they name the field); other codes map to fixed sentences. `unauthenticatedKey`
 * picks the sentence for 401 (wrong password on the login page, expired session elsewhere).
 */
export function errorMessage(
  error: unknown,
  t: Translate,
  unauthenticatedKey: MessageKey = "error.sessionExpired",
): string {
  if (!(error instanceof ApiError)) return t("error.generic");
  if (error.code === "network") return t("error.network");
  if (error.status === 401) return t(unauthenticatedKey);
  if (error.status === 429) return t("error.tooMany");
  if (error.status === 403) return t("error.forbidden");
  if (error.status === 400 || error.status === 409 || error.status === 422) {
    return error.message ? t("error.invalid", { reason: error.message }) : t("error.generic");
  }
  return t("error.generic");
}
