import type { ReactElement } from "react";
import { mayOpen, type NavItemId } from "./access";
import { useAuth } from "./auth";
import { Header } from "./components/Header";
import { useI18n } from "./i18n/I18nProvider";
import { AccountsPage } from "./pages/AccountsPage";
import { AuditPage } from "./pages/AuditPage";
import { DiscussionPage } from "./pages/DiscussionPage";
import { DiscussionThreadPage } from "./pages/DiscussionThreadPage";
import { ModerationPage } from "./pages/ModerationPage";
import { NotificationsPage } from "./pages/NotificationsPage";
import { DedupClusterPage } from "./pages/DedupClusterPage";
import { DedupQueuePage } from "./pages/DedupQueuePage";
import { HouseholdPage } from "./pages/HouseholdPage";
import { HomePage } from "./pages/HomePage";
import { ImportPage } from "./pages/ImportPage";
import { LoginPage } from "./pages/LoginPage";
import { MessagePage } from "./pages/MessagePage";
import { PeopleSearchPage } from "./pages/PeopleSearchPage";
import { PersonPage } from "./pages/PersonPage";
import { RegionsPage } from "./pages/RegionsPage";
import { RegisterPage } from "./pages/RegisterPage";
import { ComplaintDashboardPage } from "./pages/complaints/ComplaintDashboardPage";
import { ComplaintDetailPage } from "./pages/complaints/ComplaintDetailPage";
import { ComplaintListPage, handlesComplaints } from "./pages/complaints/ComplaintListPage";
import { FileComplaintPage } from "./pages/complaints/FileComplaintPage";
import { ScreeningDetailPage, ScreeningListPage } from "./pages/ScreeningPage";
import { Redirect, segments, usePath } from "./router";

/** Picks the page for `path`; pages a role may not open become a redirect to login (guest) or "not allowed". */
function Routes({ path }: { path: string }): ReactElement {
  const auth = useAuth();
  const account = auth.account;
  const role = account?.role ?? null;
  const [first, second, ...rest] = segments(path);

  const guarded = (id: NavItemId, page: () => ReactElement): ReactElement => {
    if (mayOpen(role, id)) return page();
    if (role === null) return <Redirect to="/masuk" />;
    return <MessagePage title="forbidden.title" body="error.forbidden" testId="forbidden" />;
  };

  if (first === "keluhan") {
    if (second === undefined && rest.length === 0) return <ComplaintListPage />;
    if (second === "baru" && rest.length === 0) return <FileComplaintPage />;
    if (second === "catat" && rest.length === 0) {
      if (handlesComplaints(role)) return <FileComplaintPage offline />;
      if (role === null) return <Redirect to="/masuk" />;
      return <MessagePage title="forbidden.title" body="error.forbidden" testId="forbidden" />;
    }
    if (second === "dasbor" && rest.length === 0) {
      if (handlesComplaints(role)) return <ComplaintDashboardPage />;
      if (role === null) return <Redirect to="/masuk" />;
      return <MessagePage title="forbidden.title" body="error.forbidden" testId="forbidden" />;
    }
    if (second === "lacak" && rest.length === 1) return <ComplaintDetailPage key={rest[0]} tracking={rest[0]} />;
    if (second !== undefined && rest.length === 0) return <ComplaintDetailPage key={second} id={second} />;
  }

  if (rest.length === 0) {
    switch (first) {
      case undefined:
        return account ? <HomePage account={account} /> : <Redirect to="/masuk" />;
      case "masuk":
        if (second === undefined) return account ? <Redirect to="/" /> : <LoginPage />;
        break;
      case "daftar":
        if (second === undefined) return account ? <Redirect to="/" /> : <RegisterPage />;
        break;
      case "wilayah":
        return <RegionsPage key={second ?? ""} code={second ?? null} />;
      case "akun":
        if (second === undefined) return guarded("accounts", () => <AccountsPage />);
        break;
      case "data-ganda":
        if (second === undefined) return guarded("dedup", () => <DedupQueuePage />);
        if (/^[0-9]+$/.test(second)) return guarded("dedup", () => <DedupClusterPage key={second} id={Number(second)} />);
        break;
      case "penduduk":
        if (second === undefined) return guarded("people", () => <PeopleSearchPage />);
        return guarded("people", () => <PersonPage key={second} id={second} />);
      case "keluarga":
        if (second !== undefined) return guarded("people", () => <HouseholdPage key={second} id={second} />);
        break;
      case "impor":
        if (second === undefined) return guarded("imports", () => <ImportPage />);
        break;
      case "pemadanan":
        if (second === undefined) return guarded("screening", () => <ScreeningListPage />);
        return guarded("screening", () => <ScreeningDetailPage key={second} id={second} />);
      case "log-audit":
        if (second === undefined) return guarded("audit", () => <AuditPage />);
        break;
      case "notifikasi":
        if (second === undefined) return guarded("notifications", () => <NotificationsPage />);
        break;
      case "moderasi":
        if (second === undefined) return guarded("moderation", () => <ModerationPage />);
        break;
      case "diskusi":
        if (second === undefined) return <DiscussionPage />;
        if (/^\d+$/.test(second)) return <DiscussionThreadPage key={second} id={Number(second)} />;
        break;
    }
  }
  return <MessagePage title="notFound.title" body="notFound.body" testId="not-found" />;
}

/** The app frame: skip link, header, the current page, footer. */
export function App() {
  const { t } = useI18n();
  const auth = useAuth();
  const path = usePath();
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById("main")?.focus();
      }}>
        {t("app.skipToContent")}
      </a>
      <Header path={path} />
      <main id="main" tabIndex={-1} className="main">
        {auth.state.status === "loading" ? (
          <p className="muted" data-testid="app-loading">
            {t("app.loading")}
          </p>
        ) : (
          <Routes path={path} />
        )}
      </main>
      <footer className="footer small muted">
        {t("app.footer")} {t("app.tagline")}.
      </footer>
    </>
  );
}
