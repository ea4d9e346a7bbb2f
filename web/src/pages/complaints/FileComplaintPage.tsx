import { useEffect, useState, type FormEvent } from "react";
import { ApiError } from "../../api";
import { useAuth } from "../../auth";
import { Alert } from "../../components/Alert";
import { Page } from "../../components/Page";
import {
  complaintsApi,
  kAttachmentAccept,
  kChannels,
  kMaxPhones,
  oversizedFiles,
  type Complaint,
  type ComplaintChannel,
  type ComplaintDraft,
  type Program,
  type Topic,
} from "../../complaintsApi";
import { errorMessage } from "../../errors";
import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/id";
import { Link } from "../../router";
import { ListField } from "./ListField";
import { RegionPicker } from "./RegionPicker";

/** At most this many beneficiary NIKs (the server's limit). */
const kMaxBeneficiaryNiks = 10;

/** "3510********0003": what the reporter sees of a NIK once sent. */
export function maskNik(nik: string): string {
  const digits = nik.replace(/\D/g, "");
  return digits.length < 8 ? "****" : `${digits.slice(0, 4)}${"*".repeat(digits.length - 8)}${digits.slice(-4)}`;
}

type Step = "form" | "confirm" | "sending" | "done";

function blankDraft(channel: ComplaintChannel): ComplaintDraft {
  return {
    region: "",
    topic_id: 0,
    title: "",
    message: "",
    source: "",
    show_profile: false,
    rahasia: false,
    reporter_name: "",
    reporter_nik: "",
    beneficiary_niks: [""],
    phones: [""],
    channel,
  };
}

/** Who will see the NIK and phones, said exactly, before sending (issue 5 item 1). */
function PrivacyNotice({ draft, regionName }: { draft: ComplaintDraft; regionName: string }) {
  const { t } = useI18n();
  const niks = [draft.reporter_nik, ...draft.beneficiary_niks].filter((n) => n.trim() !== "");
  const phones = draft.phones.filter((p) => p.trim() !== "");
  return (
    <div className="card" data-testid="complaint-privacy">
      <h2>{t("complaintConfirm.whoSees")}</h2>
      {niks.length + phones.length === 0 ? (
        <p>{t("complaintConfirm.noPersonal")}</p>
      ) : (
        <>
          <p>
            {t("complaintConfirm.personalGiven", { niks: niks.length, phones: phones.length })}{" "}
            {niks.map(maskNik).join(", ")}
          </p>
          <ul data-testid="complaint-privacy-list">
            <li>{t("complaintConfirm.seeAdmin")}</li>
            <li>{t("complaintConfirm.seeKorwil", { region: regionName })}</li>
            <li>{t("complaintConfirm.seePemda", { region: regionName })}</li>
            <li>{t("complaintConfirm.seeYou")}</li>
          </ul>
          <p>
            <strong>{t("complaintConfirm.notPublic")}</strong> {t("complaintConfirm.audited")}
          </p>
        </>
      )}
      <p data-testid="complaint-privacy-name">
        {draft.show_profile ? t("complaintConfirm.nameShown") : t("complaintConfirm.nameHidden")}
      </p>
      <p>{draft.rahasia ? t("complaintConfirm.rahasia") : t("complaintConfirm.public")}</p>
    </div>
  );
}

/**
 * Sampaikan keluhan: the filing form (mobile first), a confirmation page that says who will see NIK and phones,
 * then "Terima kasih!" with the tracking number. With `offline`, an official records an oral or offline complaint
 * for a citizen, with its channel and the citizen's name.
 */
export function FileComplaintPage({ offline = false }: { offline?: boolean }) {
  const { t } = useI18n();
  const auth = useAuth();
  const [draft, setDraft] = useState<ComplaintDraft>(() => blankDraft(offline ? "LISAN" : "ONLINE"));
  const [regionName, setRegionName] = useState("");
  const [topics, setTopics] = useState<Topic[]>([]);
  const [programs, setPrograms] = useState<Program[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [step, setStep] = useState<Step>("form");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [filed, setFiled] = useState<Complaint | null>(null);
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);

  useEffect(() => {
    complaintsApi.topics().then((r) => setTopics(r.topics), () => setTopics([]));
  }, []);

  // The programs to choose from follow the region; a program of another region is dropped.
  useEffect(() => {
    if (draft.region === "") {
      setPrograms([]);
      return;
    }
    let live = true;
    complaintsApi.programs(draft.region).then(
      (r) => {
        if (!live) return;
        setPrograms(r.programs);
        setDraft((d) => (r.programs.some((p) => p.id === d.program_id) ? d : { ...d, program_id: null }));
      },
      () => live && setPrograms([]),
    );
    return () => {
      live = false;
    };
  }, [draft.region]);

  const update = <K extends keyof ComplaintDraft>(key: K, value: ComplaintDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const tooBig = oversizedFiles(files);

  const onReview = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (draft.region === "") local.region = t("complaintForm.needRegion");
    if (draft.topic_id === 0) local.topic_id = t("complaintForm.needTopic");
    if (draft.title.trim() === "") local.title = t("complaintForm.needTitle");
    if (draft.message.trim() === "") local.message = t("complaintForm.needMessage");
    if (tooBig.length > 0) local.attachments = t("complaintForm.fileTooBig", { name: tooBig[0]!.name });
    setProblems(local);
    setError(null);
    if (Object.keys(local).length === 0) setStep("confirm");
  };

  const onSend = async () => {
    setStep("sending");
    try {
      const { complaint } = await complaintsApi.file({
        ...draft,
        beneficiary_niks: draft.beneficiary_niks.filter((n) => n.trim() !== ""),
        phones: draft.phones.filter((p) => p.trim() !== ""),
      });
      const failed: string[] = [];
      for (const file of files) {
        try {
          await complaintsApi.attach(complaint.id, file);
        } catch (e) {
          failed.push(`${file.name}: ${errorMessage(e, t)}`);
        }
      }
      setUploadErrors(failed);
      setFiled(complaint);
      setStep("done");
    } catch (e) {
      const byField: Record<string, string> = {};
      if (e instanceof ApiError) for (const p of e.problems) byField[p.field] = p.message;
      setProblems(byField);
      setError(errorMessage(e, t));
      setStep("form");
    }
  };

  if (step === "done" && filed) {
    return (
      <Page title={t("complaintThanks.title")} testId="complaint-thanks" narrow>
        <p className="lead">{t("complaintThanks.body")}</p>
        <div className="card">
          <p>{t("complaintThanks.tracking")}</p>
          <p className="tracking" data-testid="complaint-tracking">
            {filed.tracking_number}
          </p>
          <p className="muted small">{t("complaintThanks.keep")}</p>
        </div>
        {uploadErrors.length > 0 && (
          <Alert kind="error" testId="complaint-upload-errors">
            <p>{t("complaintThanks.uploadFailed")}</p>
            <ul>
              {uploadErrors.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </Alert>
        )}
        <p>
          <Link to={`/keluhan/${filed.id}`} className="button primary" data-testid="complaint-open">
            {t("complaintThanks.open")}
          </Link>
        </p>
      </Page>
    );
  }

  const fieldError = (name: string) =>
    problems[name] ? (
      <small className="field-error" data-testid={`problem-${name}`}>
        {problems[name]}
      </small>
    ) : null;

  const title = offline ? t("complaintForm.offlineTitle") : t("complaintForm.title");
  if (step === "confirm" || step === "sending") {
    return (
      <Page title={t("complaintConfirm.title")} testId="complaint-confirm" narrow>
        <div className="card">
          <h2>{draft.title}</h2>
          <p className="muted">
            {regionName} · {topics.find((x) => x.id === draft.topic_id)?.name}
            {draft.program_id ? ` · ${programs.find((x) => x.id === draft.program_id)?.name ?? ""}` : ""}
          </p>
          <p className="prewrap">{draft.message}</p>
          {files.length > 0 && <p className="muted small">{t("complaintConfirm.files", { count: files.length })}</p>}
        </div>
        <PrivacyNotice draft={draft} regionName={regionName} />
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => setStep("form")} disabled={step === "sending"}>
            {t("complaintConfirm.back")}
          </button>
          <button
            type="button"
            className="button primary"
            onClick={onSend}
            disabled={step === "sending"}
            data-testid="complaint-send"
          >
            {step === "sending" ? t("complaintConfirm.sending") : t("complaintConfirm.send")}
          </button>
        </div>
      </Page>
    );
  }

  return (
    <Page title={title} testId={offline ? "complaint-record" : "complaint-file"} narrow>
      <p>{offline ? t("complaintForm.offlineIntro") : t("complaintForm.intro")}</p>
      {error && (
        <Alert kind="error" testId="complaint-error">
          {error}
        </Alert>
      )}
      <form className="form" onSubmit={onReview} noValidate>
        {offline && (
          <label className="field">
            <span>{t("complaintForm.channel")}</span>
            <select
              value={draft.channel}
              onChange={(e) => update("channel", e.target.value as ComplaintChannel)}
              data-testid="complaint-channel"
            >
              {kChannels
                .filter((c) => c !== "ONLINE")
                .map((c) => (
                  <option key={c} value={c}>
                    {t(`complaintChannel.${c}` as MessageKey)}
                  </option>
                ))}
            </select>
          </label>
        )}
        <RegionPicker onChange={(code) => update("region", code)} onName={setRegionName} />
        {fieldError("region")}
        <label className="field">
          <span>{t("complaintForm.program")}</span>
          <select
            value={draft.program_id ?? 0}
            onChange={(e) => update("program_id", Number(e.target.value) || null)}
            disabled={programs.length === 0}
            data-testid="complaint-program"
          >
            <option value={0}>{t("complaintForm.noProgram")}</option>
            {programs.map((program) => (
              <option key={program.id} value={program.id}>
                {program.name}
              </option>
            ))}
          </select>
          {fieldError("program_id")}
        </label>
        <label className="field">
          <span>{t("complaintForm.topic")}</span>
          <select
            value={draft.topic_id}
            onChange={(e) => update("topic_id", Number(e.target.value))}
            data-testid="complaint-topic"
          >
            <option value={0}>{t("complaintForm.choose")}</option>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.name}
              </option>
            ))}
          </select>
          {fieldError("topic_id")}
        </label>
        <label className="field">
          <span>{t("complaintForm.titleField")}</span>
          <input
            type="text"
            value={draft.title}
            maxLength={150}
            onChange={(e) => update("title", e.target.value)}
            data-testid="complaint-title"
          />
          {fieldError("title")}
        </label>
        <label className="field">
          <span>{t("complaintForm.message")}</span>
          <textarea
            rows={6}
            value={draft.message}
            maxLength={10000}
            onChange={(e) => update("message", e.target.value)}
            data-testid="complaint-message"
          />
          {fieldError("message")}
        </label>
        <label className="field">
          <span>{t("complaintForm.source")}</span>
          <input type="text" value={draft.source} onChange={(e) => update("source", e.target.value)} data-testid="complaint-source" />
          <small className="muted">{t("complaintForm.sourceHint")}</small>
          {fieldError("source")}
        </label>
        {offline && (
          <label className="field">
            <span>{t("complaintForm.reporterName")}</span>
            <input
              type="text"
              value={draft.reporter_name}
              onChange={(e) => update("reporter_name", e.target.value)}
              data-testid="complaint-reporter-name"
            />
            {fieldError("reporter_name")}
          </label>
        )}
        <fieldset className="choice">
          <legend>{t("complaintForm.identity")}</legend>
          <label>
            <input
              type="radio"
              name="identity"
              checked={draft.show_profile}
              onChange={() => update("show_profile", true)}
              data-testid="complaint-show-profile"
            />{" "}
            {t("complaintForm.showProfile")}
          </label>
          <label>
            <input
              type="radio"
              name="identity"
              checked={!draft.show_profile}
              onChange={() => update("show_profile", false)}
              data-testid="complaint-anonymous"
            />{" "}
            {t("complaintForm.anonymous")}
          </label>
        </fieldset>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.rahasia}
            onChange={(e) => update("rahasia", e.target.checked)}
            data-testid="complaint-rahasia"
          />{" "}
          {t("complaintForm.rahasia")}
        </label>
        <label className="field">
          <span>{t("complaintForm.reporterNik")}</span>
          <input
            type="text"
            inputMode="numeric"
            value={draft.reporter_nik}
            maxLength={24}
            onChange={(e) => update("reporter_nik", e.target.value)}
            data-testid="complaint-reporter-nik"
          />
          <small className="muted">{t("complaintForm.nikHint")}</small>
          {fieldError("reporter_nik")}
        </label>
        <ListField
          label={t("complaintForm.beneficiaryNiks")}
          values={draft.beneficiary_niks}
          onValues={(v) => update("beneficiary_niks", v)}
          max={kMaxBeneficiaryNiks}
          testId="complaint-beneficiary-nik"
          inputMode="numeric"
          problems={problems}
          field="beneficiary_niks"
        />
        <ListField
          label={t("complaintForm.phones")}
          values={draft.phones}
          onValues={(v) => update("phones", v)}
          max={kMaxPhones}
          testId="complaint-phone"
          inputMode="tel"
          problems={problems}
          field="phones"
        />
        {auth.account ? (
          <label className="field">
            <span>{t("complaintForm.attachments")}</span>
            <input
              type="file"
              multiple
              accept={kAttachmentAccept}
              onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
              data-testid="complaint-files"
            />
            <small className="muted">{t("complaintForm.attachmentsHint")}</small>
            {tooBig.length > 0 && (
              <small className="field-error" data-testid="complaint-file-too-big">
                {t("complaintForm.fileTooBig", { name: tooBig[0]!.name })}
              </small>
            )}
          </label>
        ) : (
          <p className="muted small">{t("complaintForm.loginToAttach")}</p>
        )}
        <button type="submit" className="button primary" data-testid="complaint-review">
          {t("complaintForm.review")}
        </button>
      </form>
    </Page>
  );
}
