import { useState, type FormEvent } from "react";
import { api, type DiscussionPost, type StoryKind } from "../api";
import { useAuth } from "../auth";
import { Alert } from "../components/Alert";
import { LoadError } from "../components/LoadError";
import { Page } from "../components/Page";
import { kKindLabel, PostView } from "../components/PostView";
import { TextField } from "../components/TextField";
import { useLoad } from "../components/useLoad";
import { errorMessage } from "../errors";
import { useI18n } from "../i18n/I18nProvider";
import { Link, navigate } from "../router";

/** Items fetched per page. */
export const kDiscussionPageSize = 20;

type Filter = StoryKind | "complaint" | "";
const kFilters: Filter[] = ["", "success_story", "failure_story", "complaint"];

/** The form for a new success or failure story (signed-in accounts). */
function NewStoryForm() {
  const { t } = useI18n();
  const [kind, setKind] = useState<StoryKind>("success_story");
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [region, setRegion] = useState("");
  const [anonymous, setAnonymous] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSending(true);
    setError(null);
    try {
      const { item } = await api.createStory({ kind, title, body, region: region.trim(), anonymous });
      navigate(`/diskusi/${item.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="form card" onSubmit={(e) => void submit(e)} data-testid="story-form">
      <h2 className="h3">{t("discussion.new")}</h2>
      <label className="field">
        <span>{t("discussion.kind")}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as StoryKind)} data-testid="story-kind">
          <option value="success_story">{t("discussion.kind.success_story")}</option>
          <option value="failure_story">{t("discussion.kind.failure_story")}</option>
        </select>
      </label>
      <TextField label={t("discussion.storyTitle")} value={title} onValue={setTitle} testId="story-title" maxLength={150} required />
      <label className="field">
        <span>{t("discussion.body")}</span>
        <textarea value={body} onChange={(e) => setBody(e.target.value)} data-testid="story-body" maxLength={10000} required />
      </label>
      <TextField label={t("discussion.region")} value={region} onValue={setRegion} testId="story-region" placeholder="35.10" />
      <label>
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} data-testid="story-anonymous" />{" "}
        {t("discussion.anonymous")}
      </label>
      {error !== null && <Alert kind="error">{errorMessage(error, t)}</Alert>}
      <button type="submit" className="button" disabled={sending} data-testid="story-submit">
        {t("discussion.publish")}
      </button>
    </form>
  );
}

/** Diskusi: public stories and complaints, newest first, with a kind filter; signed-in accounts can write. */
export function DiscussionPage() {
  const { t } = useI18n();
  const auth = useAuth();
  const [filter, setFilter] = useState<Filter>("");
  const [older, setOlder] = useState<DiscussionPost[]>([]);
  const [state, reload] = useLoad(`discussion:${filter}`, () => api.discussion(filter, kDiscussionPageSize));
  const [moreError, setMoreError] = useState<unknown>(null);
  const [atEnd, setAtEnd] = useState(false);

  const first = state.status === "done" ? state.data.items : [];
  const items = [...first, ...older];
  const last = items[items.length - 1];
  const choose = (next: Filter) => {
    setFilter(next);
    setOlder([]);
    setAtEnd(false);
  };
  const loadMore = async () => {
    if (!last) return;
    setMoreError(null);
    try {
      const page = (await api.discussion(filter, kDiscussionPageSize, last.id)).items;
      setOlder((previous) => [...previous, ...page]);
      setAtEnd(page.length < kDiscussionPageSize);
    } catch (e) {
      setMoreError(e);
    }
  };

  return (
    <Page title={t("discussion.title")} testId="discussion">
      <p>{t("discussion.intro")}</p>
      {auth.account ? (
        <NewStoryForm />
      ) : (
        <p>
          <Link to="/masuk">{t("discussion.loginToWrite")}</Link>
        </p>
      )}
      <div className="filters" role="group" aria-label={t("discussion.filter")}>
        {kFilters.map((f) => (
          <button
            key={f || "all"}
            type="button"
            className="button secondary"
            aria-pressed={filter === f}
            onClick={() => choose(f)}
            data-testid={`filter-${f || "all"}`}
          >
            {f ? t(kKindLabel[f]) : t("discussion.filter.all")}
          </button>
        ))}
      </div>
      {state.status === "loading" && <p className="muted">{t("app.loading")}</p>}
      {state.status === "error" && <LoadError error={state.error} onRetry={reload} />}
      {state.status === "done" && items.length === 0 && <p>{t("discussion.empty")}</p>}
      <ul className="posts">
        {items.map((item) => (
          <li key={item.id}>
            <PostView post={item} title={<Link to={`/diskusi/${item.id}`}>{item.title}</Link>}>
              <p className="muted small">{t("discussion.comments", { count: item.comment_count ?? 0 })}</p>
            </PostView>
          </li>
        ))}
      </ul>
      {moreError !== null && <LoadError error={moreError} onRetry={() => void loadMore()} />}
      {state.status === "done" && !atEnd && first.length === kDiscussionPageSize && (
        <button type="button" className="button secondary" onClick={() => void loadMore()}>
          {t("discussion.loadMore")}
        </button>
      )}
    </Page>
  );
}
