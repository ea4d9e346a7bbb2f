import { useState, type FormEvent } from "react";
import { api, type DiscussionPost } from "../api";
import { useAuth } from "../auth";
import { Alert } from "../components/Alert";
import { LoadError } from "../components/LoadError";
import { ModerationControls } from "../components/ModerationControls";
import { Page } from "../components/Page";
import { PostView } from "../components/PostView";
import { useLoad } from "../components/useLoad";
import { errorMessage } from "../errors";
import { useI18n } from "../i18n/I18nProvider";
import { Link } from "../router";

/** The full address of a share path ("/#/diskusi/7") on this site. */
export function shareUrl(sharePath: string, origin: string = window.location.origin): string {
  return `${origin}${sharePath}`;
}

/** Report-abuse: a reason (optional) and a send button; tells whether the post is now hidden. */
/** The thread is not reloaded after a report: a post that became hidden would vanish with the thank-you note. */
function ReportButton({ post }: { post: DiscussionPost }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<"reported" | "hidden" | null>(null);
  const [error, setError] = useState<unknown>(null);

  const send = async () => {
    setError(null);
    try {
      const { hidden } = await api.reportPost(post.id, reason);
      setResult(hidden ? "hidden" : "reported");
      setOpen(false);
    } catch (e) {
      setError(e);
    }
  };

  if (result) {
    return <Alert kind="info">{t(result === "hidden" ? "discussion.reportedHidden" : "discussion.reported")}</Alert>;
  }
  return (
    <>
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="report-open">
        {t("discussion.report")}
      </button>
      {open && (
        <span className="search-row">
          <input
            aria-label={t("discussion.reportReason")}
            placeholder={t("discussion.reportReason")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={500}
            data-testid="report-reason"
          />
          <button type="button" className="button secondary" onClick={() => void send()} data-testid="report-send">
            {t("discussion.reportSend")}
          </button>
        </span>
      )}
      {error !== null && <Alert kind="error">{errorMessage(error, t)}</Alert>}
    </>
  );
}

/** One discussion item with its comments, share link, report buttons, comment form and (moderators) moderation. */
export function DiscussionThreadPage({ id }: { id: number }) {
  const { t } = useI18n();
  const auth = useAuth();
  const [state, reload] = useLoad(`thread:${id}`, () => api.discussionThread(id));
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<unknown>(null);
  const [copied, setCopied] = useState(false);

  const share = async (path: string, title: string) => {
    const url = shareUrl(path);
    if (navigator.share) {
      await navigator.share({ title, url }).catch(() => undefined);
      return;
    }
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(true);
  };
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setCommentError(null);
    try {
      await api.commentOn(id, comment);
      setComment("");
      reload();
    } catch (err) {
      setCommentError(err);
    }
  };

  if (state.status === "loading") return <p className="muted">{t("app.loading")}</p>;
  if (state.status === "error") {
    return (
      <Page title={t("discussion.title")} testId="discussion-thread">
        <LoadError error={state.error} onRetry={reload} />
        <Link to="/diskusi">{t("discussion.back")}</Link>
      </Page>
    );
  }
  const { item, comments, may_moderate: mayModerate } = state.data;
  const signedIn = auth.account !== null;
  return (
    <Page title={item.title} testId="discussion-thread">
      <p>
        <Link to="/diskusi">{t("discussion.back")}</Link>
      </p>
      <PostView post={item} title={<span data-testid="thread-title">{item.title}</span>}>
        <div className="post-actions">
          <button type="button" className="button secondary" onClick={() => void share(item.share_path, item.title)} data-testid="share">
            {t("discussion.share")}
          </button>
          <a href={item.share_path} className="small" data-testid="share-link">
            {shareUrl(item.share_path)}
          </a>
          {copied && <span role="status">{t("discussion.shareCopied")}</span>}
          {signedIn && !item.mine && item.state === "visible" && <ReportButton post={item} />}
        </div>
      </PostView>
      {mayModerate && <ModerationControls post={item} onDone={reload} />}
      <h2>{t("discussion.comments", { count: comments.length })}</h2>
      {comments.length === 0 && <p className="muted">{t("discussion.noComments")}</p>}
      <ul className="posts">
        {comments.map((c) => (
          <li key={c.id}>
            <PostView post={c}>
              <div className="post-actions">
                {signedIn && !c.mine && c.state === "visible" && <ReportButton post={c} />}
              </div>
            </PostView>
            {mayModerate && c.state !== "visible" && <ModerationControls post={c} onDone={reload} />}
          </li>
        ))}
      </ul>
      {signedIn && item.state === "visible" ? (
        <form className="form" onSubmit={(e) => void send(e)} data-testid="comment-form">
          <label className="field">
            <span>{t("discussion.comment")}</span>
            <textarea value={comment} onChange={(e) => setComment(e.target.value)} maxLength={10000} required data-testid="comment-body" />
          </label>
          {commentError !== null && <Alert kind="error">{errorMessage(commentError, t)}</Alert>}
          <button type="submit" className="button" data-testid="comment-send">
            {t("discussion.send")}
          </button>
        </form>
      ) : (
        !signedIn && (
          <p>
            <Link to="/masuk">{t("discussion.loginToWrite")}</Link>
          </p>
        )
      )}
    </Page>
  );
}
