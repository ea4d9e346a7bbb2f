import { useEffect, useState, type FormEvent } from "react";
import type { Role } from "../../api";
import { useAuth } from "../../auth";
import { exportUrl } from "../../complaintDashboard";
import { LoadError } from "../../components/LoadError";
import { Page } from "../../components/Page";
import { useLoad } from "../../components/useLoad";
import {
  complaintsApi,
  filterQuery,
  kStatuses,
  type ComplaintFilters,
  type ComplaintListKind,
  type Topic,
} from "../../complaintsApi";
import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/id";
import { Link, navigate } from "../../router";
import { RegionPicker } from "./RegionPicker";
import { formatTime, StatusBadge } from "./StatusBadge";

const kPageSize = 20;
const kOfficialRoles: readonly Role[] = ["admin", "pic_korwil", "admin_pemda", "operator_desa"];

/** True for the roles that handle complaints of their regions (and may record oral complaints). */
export function handlesComplaints(role: Role | null): boolean {
  return role !== null && kOfficialRoles.includes(role);
}

/** The lists a viewer may switch between, the first being the default. */
export function listKindsFor(role: Role | null): ComplaintListKind[] {
  if (role === null) return ["public"];
  return handlesComplaints(role) ? ["officials", "public"] : ["mine", "public"];
}

/**
 * Keluhan: the seed's table (no, created at, agency, topic, status, title, reporter, action) with filters, search
 * and paging. Officials see their regions (rahasia included), citizens their own complaints, everyone the public list.
 */
export function ComplaintListPage() {
  const { t, lang } = useI18n();
  const auth = useAuth();
  const role = auth.account?.role ?? null;
  const kinds = listKindsFor(role);
  const [kind, setKind] = useState<ComplaintListKind>(kinds[0]!);
  const [filters, setFilters] = useState<ComplaintFilters>({ page: 1, page_size: kPageSize });
  const [search, setSearch] = useState("");
  const [tracking, setTracking] = useState("");
  const [topics, setTopics] = useState<Topic[]>([]);
  const [state, reload] = useLoad(`${kind}${filterQuery(filters)}`, () => complaintsApi.list(kind, filters));

  useEffect(() => {
    complaintsApi.topics().then((r) => setTopics(r.topics), () => setTopics([]));
  }, []);

  const setFilter = (key: keyof ComplaintFilters, value: string) =>
    setFilters((f) => ({ ...f, [key]: value, page: 1 }));
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setFilter("q", search.trim());
  };
  const onTrack = (event: FormEvent) => {
    event.preventDefault();
    if (tracking.trim() !== "") navigate(`/keluhan/lacak/${encodeURIComponent(tracking.trim())}`);
  };
  const page = filters.page ?? 1;
  const pages = state.status === "done" ? Math.max(1, Math.ceil(state.data.total / kPageSize)) : 1;

  return (
    <Page title={t("complaints.title")} testId="complaints">
      <p className="actions">
        <Link to="/keluhan/baru" className="button primary" data-testid="complaints-file">
          {t("complaints.file")}
        </Link>
        {handlesComplaints(role) && (
          <>
            <Link to="/keluhan/catat" className="button secondary" data-testid="complaints-record">
              {t("complaints.record")}
            </Link>
            <Link to="/keluhan/dasbor" className="button secondary" data-testid="complaints-dashboard">
              {t("complaints.dashboard")}
            </Link>
          </>
        )}
      </p>
      <form className="search" onSubmit={onTrack}>
        <label className="field">
          <span>{t("complaints.track")}</span>
          <span className="search-row">
            <input
              type="text"
              value={tracking}
              placeholder="KLH-3510-2026-000001"
              onChange={(e) => setTracking(e.target.value)}
              data-testid="complaints-track"
            />
            <button type="submit" className="button secondary">
              {t("complaints.trackSubmit")}
            </button>
          </span>
        </label>
      </form>
      {kinds.length > 1 && (
        <div className="tabs" role="tablist">
          {kinds.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              aria-selected={kind === k}
              className={kind === k ? "tab active" : "tab"}
              onClick={() => {
                setKind(k);
                setFilters((f) => ({ ...f, region: undefined, page: 1 }));
              }}
              data-testid={`complaints-tab-${k}`}
            >
              {t(`complaints.kind.${k}` as MessageKey)}
            </button>
          ))}
        </div>
      )}
      <div className="filters">
        <label className="field">
          <span>{t("complaints.status")}</span>
          <select value={filters.status ?? ""} onChange={(e) => setFilter("status", e.target.value)} data-testid="complaints-status">
            <option value="">{t("complaints.all")}</option>
            {kStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`complaintStatus.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("complaints.topic")}</span>
          <select value={filters.topic ?? ""} onChange={(e) => setFilter("topic", e.target.value)} data-testid="complaints-topic">
            <option value="">{t("complaints.all")}</option>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.name}
              </option>
            ))}
          </select>
        </label>
        {kind === "officials" && (
          <RegionPicker onChange={(code) => setFilter("region", code)} onName={() => undefined} showHint={false} />
        )}
        <label className="field">
          <span>{t("complaints.from")}</span>
          <input type="date" value={filters.from ?? ""} onChange={(e) => setFilter("from", e.target.value)} />
        </label>
        <label className="field">
          <span>{t("complaints.until")}</span>
          <input type="date" value={filters.until ?? ""} onChange={(e) => setFilter("until", e.target.value)} />
        </label>
        <form className="search" role="search" onSubmit={onSearch}>
          <label className="field">
            <span>{t("complaints.search")}</span>
            <span className="search-row">
              <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} data-testid="complaints-search" />
              <button type="submit" className="button secondary" data-testid="complaints-search-submit">
                {t("complaints.searchSubmit")}
              </button>
            </span>
          </label>
        </form>
      </div>
      {state.status === "loading" && <p className="muted">{t("app.loading")}</p>}
      {state.status === "error" && <LoadError error={state.error} onRetry={reload} />}
      {state.status === "done" &&
        (state.data.items.length === 0 ? (
          <p data-testid="complaints-empty">{t("complaints.empty")}</p>
        ) : (
          <>
            <p className="muted small" data-testid="complaints-total">
              {t("complaints.total", { count: state.data.total })}
            </p>
            {kind === "officials" && (
              <p className="actions">
                <a className="button secondary" href={exportUrl("csv", filters)} data-testid="complaints-export-csv">
                  {t("complaints.exportCsv")}
                </a>
                <a className="button secondary" href={exportUrl("xlsx", filters)} data-testid="complaints-export-xlsx">
                  {t("complaints.exportXlsx")}
                </a>
                <small className="muted">{t("complaints.exportHelp")}</small>
              </p>
            )}
            <div className="table-scroll">
              <table className="audit" data-testid="complaints-table">
                <thead>
                  <tr>
                    <th>{t("complaints.col.no")}</th>
                    <th>{t("complaints.col.createdAt")}</th>
                    <th>{t("complaints.col.agency")}</th>
                    <th>{t("complaints.col.topic")}</th>
                    <th>{t("complaints.col.status")}</th>
                    <th>{t("complaints.col.title")}</th>
                    <th>{t("complaints.col.reporter")}</th>
                    <th>{t("complaints.col.action")}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.data.items.map((c, index) => (
                    <tr key={c.id} data-testid="complaints-row" data-tracking={c.tracking_number}>
                      <td data-label={t("complaints.col.no")}>{(page - 1) * kPageSize + index + 1}</td>
                      <td data-label={t("complaints.col.createdAt")} className="nowrap">
                        {formatTime(c.created_at, lang)}
                      </td>
                      <td data-label={t("complaints.col.agency")}>{c.region_name || c.region}</td>
                      <td data-label={t("complaints.col.topic")}>{c.topic_name}</td>
                      <td data-label={t("complaints.col.status")}>
                        <StatusBadge status={c.status} />
                        {c.rahasia && <span className="badge rahasia">{t("complaints.rahasia")}</span>}
                      </td>
                      <td data-label={t("complaints.col.title")}>{c.title}</td>
                      <td data-label={t("complaints.col.reporter")}>{c.reporter_name || t("complaintDetail.anonymous")}</td>
                      <td data-label={t("complaints.col.action")}>
                        <Link to={`/keluhan/${c.id}`} data-testid="complaints-open">
                          {t("complaints.open")}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav className="pager" aria-label={t("complaints.paging")}>
              <button
                type="button"
                className="button secondary"
                disabled={page <= 1}
                onClick={() => setFilters((f) => ({ ...f, page: page - 1 }))}
              >
                {t("complaints.prev")}
              </button>
              <span data-testid="complaints-page">{t("complaints.pageOf", { page, pages })}</span>
              <button
                type="button"
                className="button secondary"
                disabled={page >= pages}
                onClick={() => setFilters((f) => ({ ...f, page: page + 1 }))}
                data-testid="complaints-next"
              >
                {t("complaints.next")}
              </button>
            </nav>
          </>
        ))}
    </Page>
  );
}
