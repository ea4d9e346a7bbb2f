import { api } from "../api";
import { LoadError } from "../components/LoadError";
import { ModerationControls } from "../components/ModerationControls";
import { Page } from "../components/Page";
import { PostView } from "../components/PostView";
import { useLoad } from "../components/useLoad";
import { useI18n } from "../i18n/I18nProvider";
import { Link } from "../router";

/** Moderasi: posts hidden after reports that this moderator may decide on, oldest first. */
export function ModerationPage() {
  const { t } = useI18n();
  const [state, reload] = useLoad("moderation", () => api.moderationQueue());
  return (
    <Page title={t("moderation.title")} testId="moderation">
      <p>{t("moderation.intro")}</p>
      {state.status === "loading" && <p className="muted">{t("app.loading")}</p>}
      {state.status === "error" && <LoadError error={state.error} onRetry={reload} />}
      {state.status === "done" && state.data.posts.length === 0 && <p>{t("moderation.empty")}</p>}
      {state.status === "done" && (
        <ul className="posts">
          {state.data.posts.map((post) => (
            <li key={post.id}>
              <PostView post={post}>
                <Link to={`/diskusi/${post.item_id ?? post.id}`}>{t("moderation.openThread")}</Link>
              </PostView>
              <ModerationControls post={post} onDone={reload} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
