import { useState } from "react";
import type { Account } from "../api";
import { mayOpen } from "../access";
import { useAuth } from "../auth";
import { Page } from "../components/Page";
import type { MessageKey } from "../i18n/id";
import { useI18n } from "../i18n/I18nProvider";
import { Link, navigate } from "../router";

interface Capability {
  text: MessageKey;
  to: string;
}

/** What the account can do in the app today; only features that exist are listed. */
function capabilities(account: Account): Capability[] {
  const list: Capability[] = [
    { text: "can.complaints", to: "/keluhan" },
    { text: "can.regions", to: "/wilayah" },
  ];
  if (mayOpen(account.role, "people")) list.push({ text: "can.people", to: "/penduduk" });
  if (mayOpen(account.role, "imports")) list.push({ text: "can.imports", to: "/impor" });
  if (mayOpen(account.role, "accounts")) list.push({ text: "can.accounts", to: "/akun" });
  if (mayOpen(account.role, "audit")) list.push({ text: "can.audit", to: "/log-audit" });
  return list;
}

/** Beranda: who you are, your role in words, your regions and what you can do here. */
export function HomePage({ account }: { account: Account }) {
  const { t } = useI18n();
  const auth = useAuth();
  const [busy, setBusy] = useState(false);
  const roleName = t(`role.${account.role}` as MessageKey);

  const onLogoutAll = async () => {
    setBusy(true);
    try {
      await auth.logout(true);
      navigate("/masuk");
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t("home.title")} testId="home">
      <p className="lead">{t("home.greeting", { name: account.display_name })}</p>
      <div className="card">
        <h2>{t("home.youAre")}</h2>
        <dl className="facts">
          <dt>{t("home.email")}</dt>
          <dd data-testid="home-email">{account.email}</dd>
          <dt>{t("home.role")}</dt>
          <dd data-testid="home-role" data-role={account.role}>
            {roleName}
          </dd>
          <dt>{t("home.regions")}</dt>
          <dd data-testid="home-regions">
            {account.scopes.length === 0 ? (
              <span className="muted">{t(account.role === "admin" ? "home.allRegions" : "home.noRegions")}</span>
            ) : (
              <ul className="plain">
                {account.scopes.map((scope) => (
                  <li key={scope.code}>
                    <Link to={`/wilayah/${scope.code}`}>{scope.name}</Link>{" "}
                    <span className="code">{scope.code}</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        <p className="muted">{t(`roleDuty.${account.role}` as MessageKey)}</p>
      </div>
      <h2>{t("home.canDo")}</h2>
      <ul className="capabilities" data-testid="home-capabilities">
        {capabilities(account).map((c) => (
          <li key={c.to}>
            <Link to={c.to}>{t(c.text)}</Link>
          </li>
        ))}
      </ul>
      {account.role !== "admin" && <p className="muted">{t("can.comingSoon")}</p>}
      <div className="card subtle">
        <button type="button" className="button secondary" disabled={busy} onClick={onLogoutAll} data-testid="logout-all">
          {t("home.logoutAll")}
        </button>
        <p className="muted small">{t("home.logoutAllHint")}</p>
      </div>
    </Page>
  );
}
