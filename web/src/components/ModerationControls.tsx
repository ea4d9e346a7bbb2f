import { useState } from "react";
import { api, type DiscussionPost, type DiscussionRevision, type ModerationAction } from "../api";
import { errorMessage } from "../errors";
import { useI18n } from "../i18n/I18nProvider";
import { localeOf } from "../i18n/translate";
import { Alert } from "./Alert";

/** A moderator's decision on one post: restore, remove, or edit (with a required note); and its history. */
export function ModerationControls({ post, onDone }: { post: DiscussionPost; onDone: (post: DiscussionPost) => void }) {
  const { t, lang } = useI18n();
  const [note, setNote] = useState("");
  const [title, setTitle] = useState(post.title);
  const [body, setBody] = useState(post.body);
  const [error, setError] = useState<unknown>(null);
  const [history, setHistory] = useState<DiscussionRevision[] | null>(null);
  const format = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: "medium", timeStyle: "short" });

  const decide = async (action: ModerationAction) => {
    setError(null);
    try {
      const input = action === "edit" ? { action, note, title, body } : { action, note };
      onDone((await api.moderatePost(post.id, input)).post);
      setNote("");
    } catch (e) {
      setError(e);
    }
  };
  const showHistory = async () => {
    try {
      setHistory((await api.postHistory(post.id)).revisions);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="form card" data-testid="moderation-controls">
      {post.kind !== "comment" && (
        <label className="field">
          <span>{t("discussion.storyTitle")}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="moderation-title" />
        </label>
      )}
      <label className="field">
        <span>{t("discussion.body")}</span>
        <textarea value={body} onChange={(e) => setBody(e.target.value)} data-testid="moderation-body" />
      </label>
      <label className="field">
        <span>{t("moderation.note")}</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} data-testid="moderation-note" required />
      </label>
      <div className="post-actions">
        <button type="button" className="button" onClick={() => void decide("restore")} data-testid="moderation-restore">
          {t("moderation.restore")}
        </button>
        <button type="button" className="button secondary" onClick={() => void decide("edit")} data-testid="moderation-edit">
          {t("moderation.edit")}
        </button>
        <button type="button" className="button secondary" onClick={() => void decide("remove")} data-testid="moderation-remove">
          {t("moderation.remove")}
        </button>
        <button type="button" className="link-button" onClick={() => void showHistory()} data-testid="moderation-history">
          {t("moderation.history")}
        </button>
      </div>
      {error !== null && <Alert kind="error">{errorMessage(error, t)}</Alert>}
      {history !== null &&
        (history.length === 0 ? (
          <p className="muted">{t("moderation.noHistory")}</p>
        ) : (
          <ol data-testid="moderation-revisions">
            {history.map((r) => (
              <li key={r.id}>
                <time dateTime={r.changed_at}>{format.format(new Date(r.changed_at))}</time> · <code>{r.action}</code> ·{" "}
                {r.note}
                {r.title && <p className="post-body"><strong>{r.title}</strong></p>}
                <p className="post-body">{r.body}</p>
              </li>
            ))}
          </ol>
        ))}
    </div>
  );
}
