import { useEffect, useState } from "react";
import { navItemsFor } from "../access";
import { useAuth } from "../auth";
import { useI18n } from "../i18n/I18nProvider";
import { Link, navigate } from "../router";
import { NotificationBell } from "./NotificationBell";

/** Whether `itemPath` is the current page or an ancestor of it ("/wilayah" is current on "/wilayah/35.10"). */
function isCurrent(itemPath: string, path: string): boolean {
  return itemPath === "/" ? path === "/" : path === itemPath || path.startsWith(`${itemPath}/`);
}

/**
 * The top bar: brand, navigation limited to what the role may do, language switch and logout. On narrow screens the
 * navigation folds behind a menu button (aria-expanded tells its state); on wide screens it is always shown.
 */
export function Header({ path }: { path: string }) {
  const { t, lang, setLang } = useI18n();
  const auth = useAuth();
  const [menuOpen, setMenuOpen] = useState(false);
  const account = auth.account;
  const items = auth.state.status === "loading" ? [] : navItemsFor(account?.role ?? null);

  useEffect(() => setMenuOpen(false), [path]);

  const onLogout = async () => {
    await auth.logout();
    navigate("/masuk");
  };

  return (
    <header className="header">
      <div className="header-bar">
        <Link to="/" className="brand" data-testid="brand">
          <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28">
            <rect width="32" height="32" rx="6" fill="currentColor" />
            <circle cx="16" cy="16" r="9" fill="none" stroke="#fff" strokeWidth="3" />
            <circle cx="16" cy="16" r="3" fill="#fff" />
          </svg>
          <span>{t("app.name")}</span>
        </Link>
        {account && <NotificationBell path={path} />}
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          data-testid="menu-button"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true" className="menu-icon" />
          {menuOpen ? t("nav.closeMenu") : t("nav.menu")}
        </button>
      </div>
      <nav
        id="main-nav"
        className={menuOpen ? "nav open" : "nav"}
        aria-label={t("nav.label")}
        data-testid="main-nav"
      >
        <ul className="nav-items">
          {items.map((item) => (
            <li key={item.id}>
              <Link
                to={item.path}
                data-nav={item.id}
                aria-current={isCurrent(item.path, path) ? "page" : undefined}
              >
                {t(item.label)}
              </Link>
            </li>
          ))}
        </ul>
        <div className="nav-tools">
          {account && (
            <span className="signed-in small" data-testid="signed-in-as">
              {t("nav.signedInAs", { name: account.display_name })}
            </span>
          )}
          <button
            type="button"
            className="button secondary"
            lang={lang === "id" ? "en" : "id"}
            aria-label={t("lang.switchLabel")}
            data-testid="lang-switch"
            onClick={() => setLang(lang === "id" ? "en" : "id")}
          >
            {t("lang.switch")}
          </button>
          {account && (
            <button type="button" className="button" data-testid="logout" onClick={onLogout}>
              {t("nav.logout")}
            </button>
          )}
        </div>
      </nav>
    </header>
  );
}
