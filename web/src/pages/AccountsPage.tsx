import { useState, type FormEvent } from "react";
import { api, ApiError, kRoles, type Account, type Role } from "../api";
import { useAuth } from "../auth";
import { Alert } from "../components/Alert";
import { LoadError } from "../components/LoadError";
import { Page } from "../components/Page";
import { useLoad } from "../components/useLoad";
import { errorMessage } from "../errors";
import type { MessageKey } from "../i18n/id";
import { useI18n } from "../i18n/I18nProvider";
import { parseRegionCodeList } from "../regionCode";
import { kPasswordProblemMessage, localPasswordProblem, serverPasswordProblem } from "../passwordRules";

/** Roles an admin gives to officials here; citizens register themselves. */
const kOfficialRoles = kRoles.filter((role) => role !== "warga");

function CreateAccountForm({ onCreated }: { onCreated: (account: Account) => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<Role>("operator_desa");
  const [password, setPassword] = useState("");
  const [scopes, setScopes] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseRegionCodeList(scopes);
    if (parsed.invalid.length > 0) return setError(t("accounts.scopesInvalid", { codes: parsed.invalid.join(", ") }));
    const problem = localPasswordProblem(password, email.trim());
    if (problem) return setError(t(kPasswordProblemMessage[problem]));
    setBusy(true);
    setError(null);
    try {
      const { account } = await api.createAccount({
        email: email.trim(),
        display_name: displayName.trim(),
        role,
        password,
        scopes: parsed.codes,
      });
      setEmail("");
      setDisplayName("");
      setPassword("");
      setScopes("");
      onCreated(account);
    } catch (e) {
      const problem = e instanceof ApiError ? serverPasswordProblem(e.message) : null;
      if (e instanceof ApiError && e.code === "already_exists") setError(t("register.emailTaken"));
      else setError(problem ? t(kPasswordProblemMessage[problem]) : errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form card" onSubmit={onSubmit} data-testid="account-create">
      <h2>{t("accounts.create")}</h2>
      {error && <Alert kind="error">{error}</Alert>}
      <label className="field">
        <span>{t("accounts.email")}</span>
        <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
      </label>
      <label className="field">
        <span>{t("accounts.name")}</span>
        <input required value={displayName} onChange={(e) => setDisplayName(e.target.value)} autoComplete="off" />
      </label>
      <label className="field">
        <span>{t("accounts.role")}</span>
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {kOfficialRoles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("accounts.scopesField")}</span>
        <input
          value={scopes}
          onChange={(e) => setScopes(e.target.value)}
          aria-describedby="scopes-hint"
          inputMode="decimal"
          autoComplete="off"
        />
        <small id="scopes-hint" className="muted">
          {t("accounts.scopesHint")}
        </small>
      </label>
      <label className="field">
        <span>{t("accounts.password")}</span>
        <input
          type="password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
          aria-describedby="new-password-hint"
        />
        <small id="new-password-hint" className="muted">
          {t("register.passwordHint")}
        </small>
      </label>
      <button type="submit" className="button primary" disabled={busy}>
        {t("accounts.createSubmit")}
      </button>
    </form>
  );
}

function AccountRow({
  account,
  isSelf,
  onChanged,
}: {
  account: Account;
  isSelf: boolean;
  onChanged: (account: Account) => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const disabled = account.disabled === true;

  const onToggle = async () => {
    if (!disabled && !window.confirm(t("accounts.disableConfirm", { email: account.email }))) return;
    setBusy(true);
    setError(null);
    try {
      onChanged((await api.setAccountDisabled(account.id, !disabled)).account);
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={disabled ? "account disabled" : "account"} data-testid="account-row" data-email={account.email}>
      <div className="account-main">
        <strong>{account.display_name}</strong>
        <span className="small">{account.email}</span>
      </div>
      <dl className="account-facts small">
        <dt>{t("accounts.role")}</dt>
        <dd>{t(`role.${account.role}` as MessageKey)}</dd>
        <dt>{t("accounts.scopes")}</dt>
        <dd>{account.scopes.length === 0 ? "—" : account.scopes.map((s) => `${s.name} (${s.code})`).join(", ")}</dd>
        <dt>{t("accounts.status")}</dt>
        <dd>
          <span className={disabled ? "badge badge-off" : "badge badge-on"}>
            {disabled ? t("accounts.disabled") : t("accounts.active")}
          </span>
        </dd>
      </dl>
      {!isSelf && (
        <button type="button" className="button secondary" disabled={busy} onClick={onToggle}>
          {disabled ? t("accounts.enable") : t("accounts.disable")}
        </button>
      )}
      {error && <Alert kind="error">{error}</Alert>}
    </li>
  );
}

/** Akun (admin only): list every account, create officials' accounts, disable and enable them. */
export function AccountsPage() {
  const { t } = useI18n();
  const self = useAuth().account;
  const [state, reload] = useLoad("accounts", () => api.accounts());
  const [overrides, setOverrides] = useState<Map<string, Account>>(new Map());
  const [created, setCreated] = useState<Account | null>(null);

  const replace = (account: Account) =>
    setOverrides((previous) => new Map(previous).set(String(account.id), account));

  const onCreated = (account: Account) => {
    setCreated(account);
    setOverrides(new Map());
    reload();
  };

  return (
    <Page title={t("accounts.title")} testId="accounts">
      <p>{t("accounts.intro")}</p>
      {created && <Alert kind="info">{t("accounts.created", { email: created.email })}</Alert>}
      <section>
        <h2>{t("accounts.list")}</h2>
        {state.status === "loading" && <p className="muted">{t("app.loading")}</p>}
        {state.status === "error" && <LoadError error={state.error} onRetry={reload} />}
        {state.status === "done" &&
          (state.data.accounts.length === 0 ? (
            <p>{t("accounts.empty")}</p>
          ) : (
            <>
              <p className="muted small">{t("accounts.count", { count: state.data.accounts.length })}</p>
              <ul className="accounts" data-testid="account-list">
                {state.data.accounts.map((a) => (
                  <AccountRow
                    key={String(a.id)}
                    account={overrides.get(String(a.id)) ?? a}
                    isSelf={String(a.id) === String(self?.id)}
                    onChanged={replace}
                  />
                ))}
              </ul>
            </>
          ))}
      </section>
      <CreateAccountForm onCreated={onCreated} />
    </Page>
  );
}
