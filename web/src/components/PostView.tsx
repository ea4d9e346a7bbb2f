import type { ReactNode } from "react";
import type { DiscussionPost } from "../api";
import type { MessageKey } from "../i18n/id";
import { useI18n } from "../i18n/I18nProvider";
import { localeOf } from "../i18n/translate";

export const kKindLabel: Record<DiscussionPost["kind"], MessageKey> = {
  complaint: "discussion.kind.complaint",
  success_story: "discussion.kind.success_story",
  failure_story: "discussion.kind.failure_story",
  comment: "discussion.kind.comment",
};

/**
 * One discussion post: kind, author, time, region, title and text. Every text is rendered as text (React escapes it),
 * never as HTML. `title` may be a link (lists); `children` adds actions under the text.
 */
export function PostView({ post, title, children }: { post: DiscussionPost; title?: ReactNode; children?: ReactNode }) {
  const { t, lang } = useI18n();
  const format = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: "medium", timeStyle: "short" });
  const hidden = post.state !== "visible";
  return (
    <article className={hidden ? "post hidden-post" : "post"} data-testid="post" data-id={post.id} data-state={post.state}>
      {post.kind !== "comment" && <h2 className="h3">{title ?? post.title}</h2>}
      <p className="post-meta">
        <span>{t(kKindLabel[post.kind])}</span>
        <span>{t("discussion.by", { name: post.author_label })}</span>
        <time dateTime={post.created_at}>{format.format(new Date(post.created_at))}</time>
        {post.region && <span>{post.region.name || post.region.code}</span>}
        {post.moderated && <span>{t("discussion.moderated")}</span>}
        {post.state === "hidden" && <span className="badge badge-off">{t("discussion.state.hidden")}</span>}
        {post.state === "removed" && <span className="badge badge-off">{t("discussion.state.removed")}</span>}
        {post.open_reports !== undefined && post.open_reports > 0 && (
          <span>{t("moderation.reports", { count: post.open_reports })}</span>
        )}
      </p>
      <p className="post-body" data-testid="post-body">
        {post.body}
      </p>
      {children}
    </article>
  );
}
