import type { MessageKey } from "./i18n/id";

// Password rules shown to people before the server checks them (the server is the authority: ASVS 6.2 lengths, no
// composition rules, a common-password list, and not built from the email address).

/** Length bounds in code points, as the server counts them. */
export const kMinPasswordLength = 12;
export const kMaxPasswordLength = 128;

export type PasswordProblem = "tooShort" | "tooLong" | "fromEmail" | "common";

/** The sentence that explains each problem to a person. */
export const kPasswordProblemMessage: Record<PasswordProblem, MessageKey> = {
  tooShort: "register.passwordTooShort",
  tooLong: "register.passwordTooLong",
  fromEmail: "register.passwordFromEmail",
  common: "register.passwordCommon",
};

/** The problem the browser can see on its own, or null; "common" is only known to the server. */
export function localPasswordProblem(password: string, email: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < kMinPasswordLength) return "tooShort";
  if (length > kMaxPasswordLength) return "tooLong";
  const local = (email.split("@")[0] ?? "").toLowerCase();
  if (local.length >= 4 && password.toLowerCase().includes(local)) return "fromEmail";
  return null;
}

/**
 * Recognises the server's reason for refusing a password (its messages start with "password:") so that the UI can
 * say it in the user's language; null when the message is about something else or not recognised (then the UI shows
 * the server's own words).
 */
export function serverPasswordProblem(message: string): PasswordProblem | null {
  const text = message.toLowerCase();
  if (!text.startsWith("password:")) return null;
  if (text.includes("common")) return "common";
  if (text.includes("email")) return "fromEmail";
  if (text.includes("at least")) return "tooShort";
  if (text.includes("at most")) return "tooLong";
  return null;
}
