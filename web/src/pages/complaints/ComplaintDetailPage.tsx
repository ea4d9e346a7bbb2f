import { useState, type FormEvent } from "react";
import { useAuth } from "../../auth";
import { Alert } from "../../components/Alert";
import { LoadError } from "../../components/LoadError";
import { Page } from "../../components/Page";
import { useLoad } from "../../components/useLoad";
import {
  complaintsApi,
  kAttachmentAccept,
  oversizedFiles,
  type ComplaintAction,
  type ComplaintComment,
  type ComplaintView,
} from "../../complaintsApi";
import { errorMessage } from "../../errors";
import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/id";
import { ComplaintRegistryPanel, mayAnswerFromData } from "./ComplaintRegistryPanel";
import { formatTime, StatusBadge } from "./StatusBadge";

/** One entry of the timeline; the author may edit or delete it (the earlier text stays in history). */
function CommentItem({ comment, mine, onChanged }: { comment: ComplaintComment; mine: boolean; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(comment.text);
  const [error, setError] = useState<string | null>(null);

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      setEditing(false);
      onChanged();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };

  return (
    <li className="timeline-item" data-testid="complaint-comment" data-status-to={comment.status_to ?? ""}>
      <p className="timeline-meta">
        <strong>{comment.author_label}</strong> · {formatTime(comment.at, lang)}
        {comment.status_from && comment.status_to && (
          <span className="timeline-change">
            {" "}
            · {t(`complaintStatus.${comment.status_from}` as MessageKey)} →{" "}
            {t(`complaintStatus.${comment.status_to}` as MessageKey)}
          </span>
        )}
        {comment.edited && !comment.deleted && <span className="muted"> · {t("complaintDetail.edited")}</span>}
      </p>
      {comment.deleted ? (
        <p className="muted">{t("complaintDetail.deleted")}</p>
      ) : editing ? (
        <form
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void run(() => complaintsApi.editComment(comment.id, text));
          }}
        >
          <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="actions">
            <button type="submit" className="button primary small">
              {t("complaintDetail.save")}
            </button>
            <button type="button" className="link-button" onClick={() => setEditing(false)}>
              {t("complaintDetail.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <p className="prewrap">{comment.text}</p>
      )}
      {mine && !comment.deleted && !editing && (
        <p className="small">
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            {t("complaintDetail.edit")}
          </button>{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => void run(() => complaintsApi.deleteComment(comment.id))}
          >
            {t("complaintDetail.delete")}
          </button>
        </p>
      )}
      {comment.history.length > 0 && (
        <details className="small muted">
          <summary>{t("complaintDetail.history", { count: comment.history.length })}</summary>
          <ul>
            {comment.history.map((h) => (
              <li key={h.replaced_at + h.text}>
                {formatTime(h.replaced_at, lang)}: {h.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      {error && <Alert kind="error">{error}</Alert>}
    </li>
  );
}

/** The actions the viewer may take now, with the message each needs. */
function ActionForm({ view, onDone }: { view: ComplaintView; onDone: (next: ComplaintView) => void }) {
  const { t } = useI18n();
  const [action, setAction] = useState<ComplaintAction>(view.allowed_actions[0]!);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone(await complaintsApi.act(view.complaint.id, action, message));
      setMessage("");
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form" onSubmit={onSubmit} data-testid="complaint-action-form">
      <h2>{t("complaintDetail.respondTitle")}</h2>
      <fieldset className="choice">
        <legend>{t("complaintDetail.action")}</legend>
        {view.allowed_actions.map((a) => (
          <label key={a}>
            <input
              type="radio"
              name="action"
              checked={action === a}
              onChange={() => setAction(a)}
              data-testid={`complaint-action-${a}`}
            />{" "}
            {t(`complaintAction.${a}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t("complaintDetail.message")}</span>
        <textarea rows={3} value={message} onChange={(e) => setMessage(e.target.value)} data-testid="complaint-action-message" />
      </label>
      {error && (
        <Alert kind="error" testId="complaint-action-error">
          {error}
        </Alert>
      )}
      <button type="submit" className="button primary" disabled={busy} data-testid="complaint-action-submit">
        {t("complaintDetail.submit")}
      </button>
    </form>
  );
}

function AttachForm({ id, onDone }: { id: number; onDone: () => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const onFiles = async (files: File[]) => {
    setError(null);
    const tooBig = oversizedFiles(files);
    if (tooBig.length > 0) {
      setError(t("complaintForm.fileTooBig", { name: tooBig[0]!.name }));
      return;
    }
    try {
      for (const file of files) await complaintsApi.attach(id, file);
      onDone();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };
  return (
    <label className="field">
      <span>{t("complaintDetail.addAttachment")}</span>
      <input
        type="file"
        multiple
        accept={kAttachmentAccept}
        onChange={(e) => void onFiles(Array.from(e.target.files ?? []))}
        data-testid="complaint-attach"
      />
      <small className="muted">{t("complaintForm.attachmentsHint")}</small>
      {error && <small className="field-error">{error}</small>}
    </label>
  );
}

/** Detail of one complaint (by id, or by tracking number): facts, personal data when allowed, timeline, actions. */
export function ComplaintDetailPage({ id, tracking }: { id?: string; tracking?: string }) {
  const { t, lang } = useI18n();
  const auth = useAuth();
  const key = id !== undefined ? `id:${id}` : `track:${tracking ?? ""}`;
  const [state, reload] = useLoad(key, () =>
    id !== undefined ? complaintsApi.get(id) : complaintsApi.track(tracking ?? ""),
  );
  const [fresh, setFresh] = useState<ComplaintView | null>(null);
  const view = fresh ?? (state.status === "done" ? state.data : null);
  const refresh = () => {
    setFresh(null);
    reload();
  };

  if (state.status === "loading" && !view) {
    return (
      <Page title={t("complaintDetail.title")} testId="complaint-detail">
        <p className="muted">{t("app.loading")}</p>
      </Page>
    );
  }
  if (!view) {
    return (
      <Page title={t("complaintDetail.title")} testId="complaint-detail">
        {state.status === "error" &&
          (state.error instanceof Error && "status" in state.error && state.error.status === 404 ? (
            <Alert kind="error" testId="complaint-not-found">
              {t("complaintDetail.notFound")}
            </Alert>
          ) : (
            <LoadError error={state.error} onRetry={reload} />
          ))}
      </Page>
    );
  }

  const c = view.complaint;
  const personal = view.visibility === "full" || view.visibility === "masked";
  return (
    <Page title={c.title} testId="complaint-detail">
      <p>
        <StatusBadge status={c.status} /> <span className="code" data-testid="complaint-detail-tracking">{c.tracking_number}</span>
      </p>
      <dl className="facts">
        <dt>{t("complaintDetail.agency")}</dt>
        <dd>{c.region_name || c.region}</dd>
        <dt>{t("complaintDetail.topic")}</dt>
        <dd>{c.topic_name}</dd>
        <dt>{t("complaintDetail.channel")}</dt>
        <dd>{t(`complaintChannel.${c.channel}` as MessageKey)}</dd>
        <dt>{t("complaintDetail.createdAt")}</dt>
        <dd>{formatTime(c.created_at, lang)}</dd>
        <dt>{t("complaintDetail.reporter")}</dt>
        <dd data-testid="complaint-detail-reporter">{c.reporter_name || t("complaintDetail.anonymous")}</dd>
        {c.source && (
          <>
            <dt>{t("complaintDetail.source")}</dt>
            <dd>{c.source}</dd>
          </>
        )}
      </dl>
      <p className="prewrap card" data-testid="complaint-detail-message">
        {c.message}
      </p>
      {personal && (
        <div className="card subtle" data-testid="complaint-personal">
          <h2>{t("complaintDetail.personal")}</h2>
          <p className="muted small">
            {view.visibility === "full" ? t("complaintDetail.personalFull") : t("complaintDetail.personalMasked")}
          </p>
          <dl className="facts">
            <dt>{t("complaintDetail.reporterNik")}</dt>
            <dd className="code" data-testid="complaint-nik">{c.reporter_nik ?? "–"}</dd>
            <dt>{t("complaintDetail.beneficiaryNiks")}</dt>
            <dd className="code">{c.beneficiary_niks.join(", ") || "–"}</dd>
            <dt>{t("complaintDetail.phones")}</dt>
            <dd className="code" data-testid="complaint-phones">{c.phones.join(", ") || "–"}</dd>
          </dl>
          <h3>{t("complaintDetail.attachments")}</h3>
          {view.attachments.length === 0 ? (
            <p className="muted">{t("complaintDetail.noAttachments")}</p>
          ) : (
            <ul data-testid="complaint-attachments">
              {view.attachments.map((a) => (
                <li key={a.id}>
                  <a href={a.url} target="_blank" rel="noopener noreferrer">
                    {a.name}
                  </a>{" "}
                  <span className="muted small">({Math.ceil(a.size_bytes / 1024)} KB)</span>
                </li>
              ))}
            </ul>
          )}
          {view.can_attach && <AttachForm id={c.id} onDone={refresh} />}
        </div>
      )}
      {mayAnswerFromData(auth.account?.role ?? null, view) && <ComplaintRegistryPanel complaintId={c.id} />}
      <h2>{t("complaintDetail.timeline")}</h2>
      {view.comments.length === 0 ? (
        <p className="muted">{t("complaintDetail.noComments")}</p>
      ) : (
        <ol className="timeline" data-testid="complaint-timeline">
          {view.comments.map((comment) => (
            <CommentItem
              key={`${comment.id}-${comment.history.length}`}
              comment={comment}
              mine={auth.account !== null && String(comment.author_account_id) === String(auth.account.id)}
              onChanged={refresh}
            />
          ))}
        </ol>
      )}
      {view.allowed_actions.length > 0 && <ActionForm key={c.status} view={view} onDone={setFresh} />}
    </Page>
  );
}
