import { useState } from "react";
import { kRegistryRoles } from "../../access";
import type { Role } from "../../api";
import { Alert } from "../../components/Alert";
import { LifeBadge, PeopleTable } from "../../components/RegistryTables";
import { complaintsApi, type ComplaintNikAnswer, type ComplaintRegistry, type ComplaintView } from "../../complaintsApi";
import { errorMessage } from "../../errors";
import { useI18n } from "../../i18n/I18nProvider";
import type { Aid } from "../../registry";
import { formatTime } from "./StatusBadge";

/**
 * Whether the detail page offers "answering from the data": the viewer sees the complaint's NIKs (masked or full),
 * has a role with registry access (not a citizen, so not the reporter) and the complaint names at least one NIK.
 * The server decides again (region, audit); this only avoids offering a button that would answer 403.
 */
export function mayAnswerFromData(role: Role | null, view: ComplaintView): boolean {
  if (role === null || !kRegistryRoles.includes(role)) return false;
  if (view.visibility !== "full" && view.visibility !== "masked") return false;
  return view.complaint.reporter_nik !== undefined || view.complaint.beneficiary_niks.length > 0;
}

/** "BST 2024-01 (REALISASI)" for each aid entry, joined. */
function aidText(aid: Aid[]): string {
  return aid.map((a) => `${a.program_name || a.program_code} ${a.period} (${a.stage})`).join("; ");
}

/** What the data says about one NIK: registry standing, life, household, DTKS, aid, family receiving, screening. */
function NikAnswer({ answer }: { answer: ComplaintNikAnswer }) {
  const { t, lang } = useI18n();
  return (
    <section className="card" data-testid="complaint-registry-nik" data-standing={answer.standing}>
      <h3>
        {answer.role === "reporter" ? t("complaintRegistry.reporter") : t("complaintRegistry.beneficiary")}{" "}
        <span className="code" data-testid="complaint-registry-nik-number">{answer.nik}</span>
      </h3>
      {answer.standing === "not_found" && <p data-testid="complaint-registry-not-found">{t("people.notFound")}</p>}
      {answer.standing === "outside_regions" && (
        <p>
          {t("people.outsideRegions")} {answer.registered_kabupaten}
        </p>
      )}
      {answer.standing === "found" && answer.person && (
        <dl className="facts">
          <dt>{t("people.name")}</dt>
          <dd data-testid="complaint-registry-name">{answer.person.name}</dd>
          <dt>{t("people.lifeStatus")}</dt>
          <dd>
            <LifeBadge status={answer.person.life_status} />
          </dd>
          <dt>{t("people.desa")}</dt>
          <dd>{answer.person.desa.name || answer.person.desa.code}</dd>
          <dt>{t("people.dtks")}</dt>
          <dd data-testid="complaint-registry-dtks">
            {answer.latest_dtks
              ? t("complaintRegistry.dtks", {
                  decile: answer.latest_dtks.decile,
                  round: answer.latest_dtks.round,
                  status: answer.latest_dtks.status,
                })
              : t("people.dtksNone")}
          </dd>
          <dt>{t("people.aid")}</dt>
          <dd data-testid="complaint-registry-aid">{answer.aid.length > 0 ? aidText(answer.aid) : t("people.aidNone")}</dd>
          <dt>{t("complaintRegistry.family")}</dt>
          <dd data-testid="complaint-registry-family">
            {answer.family_receiving.length === 0
              ? t("complaintRegistry.familyNone")
              : answer.family_receiving.map((f) => `${f.member.name}: ${aidText(f.aid)}`).join(" · ")}
          </dd>
        </dl>
      )}
      {answer.household && (
        <details>
          <summary>
            {t("people.household")} <span className="code">{answer.household.kk}</span> ({answer.household.members.length})
          </summary>
          <PeopleTable people={answer.household.members} testId="complaint-registry-members" showRelation />
        </details>
      )}
      <h4>{t("complaintRegistry.screenings")}</h4>
      {answer.screenings.length === 0 ? (
        <p className="muted">{t("complaintRegistry.screeningsNone")}</p>
      ) : (
        <ul data-testid="complaint-registry-screenings">
          {answer.screenings.map((s) => (
            <li key={`${s.run_id}-${s.program_code}`}>
              <strong>{s.program_name || s.program_code}</strong> {s.period} · {s.verdict}
              {s.reasons.length > 0 && <> · {s.reasons.join(", ")}</>}{" "}
              <span className="muted small">
                ({s.list_name}, {formatTime(s.screened_at, lang)})
              </span>
              {s.details && <p className="prewrap small">{s.details}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * "Answering from the data" (issue 5 item 4): beside a complaint with NIKs, an official opens what the registry and
 * screening say about each one. Loaded only on request, because every opening is written to the audit log.
 */
export function ComplaintRegistryPanel({ complaintId }: { complaintId: number }) {
  const { t } = useI18n();
  const [data, setData] = useState<ComplaintRegistry | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      setData(await complaintsApi.registry(complaintId));
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="card subtle" data-testid="complaint-registry">
      <h2>{t("complaintRegistry.title")}</h2>
      <p className="muted small">{t("complaintRegistry.intro")}</p>
      {data === null ? (
        <button type="button" className="button secondary" onClick={() => void open()} disabled={busy} data-testid="complaint-registry-open">
          {busy ? t("app.loading") : t("complaintRegistry.open")}
        </button>
      ) : (
        <>
          {data.nik_masked && <p className="muted small">{t("people.maskedNote")}</p>}
          {data.niks.map((answer, index) => (
            <NikAnswer key={`${answer.role}-${index}`} answer={answer} />
          ))}
        </>
      )}
      {error && (
        <Alert kind="error" testId="complaint-registry-error">
          {error}
        </Alert>
      )}
    </div>
  );
}
