import { useState } from "react";
import {
  barWidth,
  dashboardApi,
  exportUrl,
  percent,
  workingDuration,
  type ComplaintDashboard,
} from "../../complaintDashboard";
import type { ComplaintFilters } from "../../complaintsApi";
import { filterQuery } from "../../complaintsApi";
import { LoadError } from "../../components/LoadError";
import { Page } from "../../components/Page";
import { useLoad } from "../../components/useLoad";
import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/id";
import { Link } from "../../router";
import { RegionPicker } from "./RegionPicker";

interface Bar {
  key: string;
  label: string;
  count: number;
}

/** A labelled list of horizontal bars (pure CSS: works on a 360 px phone and in print). */
function Bars({ title, bars, testId }: { title: string; bars: Bar[]; testId: string }) {
  const max = Math.max(0, ...bars.map((b) => b.count));
  return (
    <section className="card" data-testid={testId}>
      <h2>{title}</h2>
      <ul className="bars">
        {bars.map((bar) => (
          <li key={bar.key}>
            <span className="bar-label">{bar.label}</span>
            <span className="bar-track">
              <span className="bar-fill" style={{ width: barWidth(bar.count, max) }} />
            </span>
            <span className="bar-count">{bar.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Dasbor keluhan (issue 5 item 8): counts by status, topic, region and program; the first answer against the 2×24-hour
 * aim in working days; time to resolution; the TIDAK_ADA_RESPON share per Pemda; for the caller's regions and a period.
 */
export function ComplaintDashboardPage() {
  const { t, lang } = useI18n();
  const [filters, setFilters] = useState<ComplaintFilters>({});
  const [state, reload] = useLoad(`dashboard${filterQuery(filters)}`, () => dashboardApi.get(filters));
  const setFilter = (key: keyof ComplaintFilters, value: string) => setFilters((f) => ({ ...f, [key]: value }));

  const duration = (seconds: number | null): string => {
    const d = workingDuration(seconds, lang);
    if (d === null) return "–";
    return t(d.unit === "hours" ? "dashboard.workingHours" : "dashboard.workingDays", { value: d.value });
  };

  const body = (data: ComplaintDashboard) => (
    <>
      <div className="stat-grid">
        <div className="card stat" data-testid="dashboard-total">
          <span className="stat-value">{data.total}</span>
          <span className="stat-label">{t("dashboard.total")}</span>
        </div>
        <div className="card stat" data-testid="dashboard-on-time">
          <span className="stat-value">{percent(data.first_response.share_within_target)}</span>
          <span className="stat-label">{t("dashboard.withinAim")}</span>
          <span className="muted small">
            {t("dashboard.withinAimDetail", {
              onTime: data.first_response.answered_on_time,
              due: data.first_response.answered + data.first_response.unanswered_late,
            })}
          </span>
        </div>
        <div className="card stat" data-testid="dashboard-first-response">
          <span className="stat-value">{duration(data.first_response.median_working_seconds)}</span>
          <span className="stat-label">{t("dashboard.medianFirstResponse")}</span>
        </div>
        <div className="card stat" data-testid="dashboard-resolution">
          <span className="stat-value">{duration(data.resolution.median_working_seconds)}</span>
          <span className="stat-label">{t("dashboard.medianResolution", { count: data.resolution.resolved })}</span>
        </div>
        <div className="card stat" data-testid="dashboard-late">
          <span className="stat-value">{data.first_response.unanswered_late}</span>
          <span className="stat-label">{t("dashboard.unansweredLate")}</span>
        </div>
      </div>
      <Bars
        title={t("dashboard.byStatus")}
        testId="dashboard-status"
        bars={data.by_status.map((s) => ({
          key: s.status,
          label: t(`complaintStatus.${s.status}` as MessageKey),
          count: s.count,
        }))}
      />
      <Bars
        title={t("dashboard.byTopic")}
        testId="dashboard-topic"
        bars={data.by_topic.map((s) => ({ key: String(s.id), label: s.name || `#${s.id}`, count: s.count }))}
      />
      <Bars
        title={t("dashboard.byRegion")}
        testId="dashboard-region"
        bars={data.by_region.map((s) => ({ key: s.region, label: s.name || s.region, count: s.count }))}
      />
      <Bars
        title={t("dashboard.byProgram")}
        testId="dashboard-program"
        bars={data.by_program.map((s) => ({
          key: String(s.id),
          label: s.id === null ? t("dashboard.noProgram") : s.name || `#${s.id}`,
          count: s.count,
        }))}
      />
      <section className="card">
        <h2>{t("dashboard.pemda")}</h2>
        <p className="muted small">{t("dashboard.pemdaHelp")}</p>
        <div className="table-scroll">
          <table className="audit" data-testid="dashboard-pemda">
            <thead>
              <tr>
                <th>{t("dashboard.col.pemda")}</th>
                <th>{t("dashboard.col.complaints")}</th>
                <th>{t("dashboard.col.forwarded")}</th>
                <th>{t("dashboard.col.noResponse")}</th>
                <th>{t("dashboard.col.noResponseShare")}</th>
                <th>{t("dashboard.col.late")}</th>
              </tr>
            </thead>
            <tbody>
              {data.pemda.map((p) => (
                <tr key={p.region} data-testid="dashboard-pemda-row" data-region={p.region}>
                  <td data-label={t("dashboard.col.pemda")}>{p.name || p.region}</td>
                  <td data-label={t("dashboard.col.complaints")}>{p.complaints}</td>
                  <td data-label={t("dashboard.col.forwarded")}>{p.forwarded}</td>
                  <td data-label={t("dashboard.col.noResponse")}>{p.marked_no_response}</td>
                  <td data-label={t("dashboard.col.noResponseShare")}>{percent(p.no_response_share)}</td>
                  <td data-label={t("dashboard.col.late")}>{p.first_response_late}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );

  return (
    <Page title={t("dashboard.title")} testId="complaint-dashboard">
      <p className="muted">{t("dashboard.intro")}</p>
      <p className="actions">
        <Link to="/keluhan" className="button secondary">
          {t("dashboard.toList")}
        </Link>
        <a className="button secondary" href={exportUrl("csv", filters)} data-testid="dashboard-export-csv">
          {t("complaints.exportCsv")}
        </a>
        <a className="button secondary" href={exportUrl("xlsx", filters)} data-testid="dashboard-export-xlsx">
          {t("complaints.exportXlsx")}
        </a>
      </p>
      <div className="filters">
        <RegionPicker onChange={(code) => setFilter("region", code)} onName={() => undefined} showHint={false} />
        <label className="field">
          <span>{t("complaints.from")}</span>
          <input type="date" value={filters.from ?? ""} onChange={(e) => setFilter("from", e.target.value)} data-testid="dashboard-from" />
        </label>
        <label className="field">
          <span>{t("complaints.until")}</span>
          <input type="date" value={filters.until ?? ""} onChange={(e) => setFilter("until", e.target.value)} data-testid="dashboard-until" />
        </label>
      </div>
      {state.status === "loading" && <p className="muted">{t("app.loading")}</p>}
      {state.status === "error" && <LoadError error={state.error} onRetry={reload} />}
      {state.status === "done" && body(state.data)}
    </Page>
  );
}
