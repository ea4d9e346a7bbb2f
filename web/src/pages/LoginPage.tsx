import { useState, type FormEvent } from "react";
import { useAuth } from "../auth";
import { Alert } from "../components/Alert";
import { Page } from "../components/Page";
import { errorMessage } from "../errors";
import { useI18n } from "../i18n/I18nProvider";
import { Link, navigate } from "../router";
import { TextField } from "../components/TextField";

/** Email + password login; a failed attempt shows one message that does not say which of the two was wrong. */
export function LoginPage() {
  const { t } = useI18n();
  const auth = useAuth();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const expired = auth.state.status === "guest" && auth.state.expired;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await auth.login(email.trim(), password);
      navigate("/");
    } catch (e) {
      setError(e);
      setPassword("");
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t("login.title")} testId="login" narrow>
      <p>{t("login.intro")}</p>
      {expired && error === null && <Alert kind="info">{t("error.sessionExpired")}</Alert>}
      {error !== null && (
        <Alert kind="error" testId="login-error">
          {errorMessage(error, t, "login.wrong")}
        </Alert>
      )}
      <form className="form card" onSubmit={onSubmit} noValidate={false}>
        <TextField
          label={t("login.email")}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onValue={setEmail}
          testId="login-email"
        />
        <TextField
          label={t("login.password")}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onValue={setPassword}
          testId="login-password"
        />
        <button type="submit" className="button primary" disabled={busy} data-testid="login-submit">
          {busy ? t("login.submitting") : t("login.submit")}
        </button>
      </form>
      <p>
        {t("login.noAccount")} <Link to="/daftar">{t("login.registerLink")}</Link>
      </p>
      <p>
        <Link to="/wilayah">{t("login.guestRegions")}</Link>
      </p>
    </Page>
  );
}
