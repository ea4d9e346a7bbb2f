import { useState, type FormEvent } from "react";
import { ApiError } from "../api";
import { useAuth } from "../auth";
import { Alert } from "../components/Alert";
import { Page } from "../components/Page";
import { errorMessage } from "../errors";
import { useI18n } from "../i18n/I18nProvider";
import { kPasswordProblemMessage, localPasswordProblem, serverPasswordProblem } from "../passwordRules";
import { Link, navigate } from "../router";
import { TextField } from "../components/TextField";


/** Citizen self-registration; on success the new account is signed in and sent to its home page. */
export function RegisterPage() {
  const { t } = useI18n();
  const auth = useAuth();
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = localPasswordProblem(password, email.trim());
    if (problem) return setError(t(kPasswordProblemMessage[problem]));
    setBusy(true);
    setError(null);
    try {
      await auth.register(email.trim(), password, displayName.trim());
      navigate("/");
    } catch (e) {
      if (e instanceof ApiError && e.code === "already_exists") {
        setError(t("register.emailTaken"));
      } else if (e instanceof ApiError && e.status === 400 && e.message !== "") {
        const problem = serverPasswordProblem(e.message);
        setError(problem ? t(kPasswordProblemMessage[problem]) : t("register.refused", { reason: e.message }));
      } else {
        setError(errorMessage(e, t));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t("register.title")} testId="register" narrow>
      <p>{t("register.intro")}</p>
      {error !== null && (
        <Alert kind="error" testId="register-error">
          {error}
        </Alert>
      )}
      <form className="form card" onSubmit={onSubmit}>
        <TextField
          label={t("register.displayName")}
          name="display_name"
          autoComplete="name"
          required
          maxLength={120}
          value={displayName}
          onValue={setDisplayName}
          testId="register-name"
        />
        <TextField
          label={t("register.email")}
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          required
          value={email}
          onValue={setEmail}
          testId="register-email"
        />
        <TextField
          label={t("register.password")}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          hint={{ id: "password-hint", text: t("register.passwordHint") }}
          value={password}
          onValue={setPassword}
          testId="register-password"
        />
        <button type="submit" className="button primary" disabled={busy} data-testid="register-submit">
          {busy ? t("register.submitting") : t("register.submit")}
        </button>
      </form>
      <p>
        {t("register.haveAccount")} <Link to="/masuk">{t("register.loginLink")}</Link>
      </p>
    </Page>
  );
}
