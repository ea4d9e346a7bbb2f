// SqlStore: discussion posts, abuse reports and moderation with revisions.
#include <ctime>

#include "store/sql/community_readers.hpp"
#include "store/sql/community_statements.hpp"
#include "store/sql/query.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/transaction.hpp"

namespace tepat::store::sql {
namespace {

SqlParam OptionalParam(const std::optional<std::int64_t>& value) {
  if (!value) return nullptr;
  return *value;
}

std::string StateCode(domain::DiscussionState state) { return domain::DiscussionStateCode(state); }

Result<domain::DiscussionPost> LoadPost(Connection& connection, std::int64_t id) {
  Result<std::optional<domain::DiscussionPost>> post =
      QueryOptional<domain::DiscussionPost>(connection, kGetPost, {id}, ReadDiscussionPost);
  if (!post.ok()) return post.status();
  if (!post->has_value()) return domain::NotFound("discussion post " + std::to_string(id) + " does not exist");
  return std::move(**post);
}

}  // namespace

Result<std::int64_t> SqlStore::CreateDiscussionPost(const domain::DiscussionPost& post) {
  const domain::UnixSeconds at = post.created_at != 0 ? post.created_at : std::time(nullptr);
  std::int64_t id = 0;
  Status created = WithConnection([&](Connection& connection) {
    return RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      if (post.parent_id) {
        Result<std::int64_t> parent = QueryInt(tx, kItemExists, {*post.parent_id});
        if (!parent.ok()) return parent.status();
        if (*parent == 0) {
          return domain::NotFound("discussion item " + std::to_string(*post.parent_id) + " does not exist");
        }
      }
      Result<std::int64_t> inserted = QueryInt(
          tx, kInsertPost,
          {OptionalParam(post.parent_id), std::string(domain::DiscussionKindCode(post.kind)),
           OptionalParam(post.complaint_id), post.region ? post.region->compact() : std::string(),
           OptionalParam(post.author_account_id), post.author_label, post.title, post.body, StateCode(post.state),
           at, at});
      if (!inserted.ok()) return inserted.status();
      id = *inserted;
      return Status::Ok();
    });
  });
  if (created.code() == domain::ErrorCode::kAlreadyExists) {
    return domain::AlreadyExists("this complaint is already in the discussion; open its existing item");
  }
  if (!created.ok()) return created;
  return id;
}

Result<std::optional<domain::DiscussionPost>> SqlStore::GetDiscussionPost(std::int64_t id) {
  return WithConnection([&](Connection& connection) {
    return QueryOptional<domain::DiscussionPost>(connection, kGetPost, {id}, ReadDiscussionPost);
  });
}

Result<std::vector<domain::DiscussionPost>> SqlStore::ListDiscussionItems(const DiscussionQuery& query) {
  if (query.limit <= 0) return std::vector<domain::DiscussionPost>();
  const std::string kind = query.kind ? domain::DiscussionKindCode(*query.kind) : "";
  return WithConnection([&](Connection& connection) {
    if (query.before_id > 0) {
      return QueryAll<domain::DiscussionPost>(
          connection, kListItemsBefore,
          {StateCode(query.state), kind, kind, query.before_id, std::int64_t{query.limit}}, ReadDiscussionPost);
    }
    return QueryAll<domain::DiscussionPost>(connection, kListItemsNewest,
                                            {StateCode(query.state), kind, kind, std::int64_t{query.limit}},
                                            ReadDiscussionPost);
  });
}

Result<std::vector<domain::DiscussionPost>> SqlStore::ListDiscussionComments(std::int64_t item_id, bool all_states) {
  return WithConnection([&](Connection& connection) {
    return QueryAll<domain::DiscussionPost>(connection, all_states ? kListAllComments : kListVisibleComments,
                                            {item_id}, ReadDiscussionPost);
  });
}

Result<std::vector<domain::DiscussionPost>> SqlStore::ListDiscussionPostsInState(domain::DiscussionState state,
                                                                                 int limit) {
  if (limit <= 0) return std::vector<domain::DiscussionPost>();
  return WithConnection([&](Connection& connection) {
    return QueryAll<domain::DiscussionPost>(connection, kListPostsInState, {StateCode(state), std::int64_t{limit}},
                                            ReadDiscussionPost);
  });
}

Result<domain::DiscussionPost> SqlStore::ReportDiscussionPost(std::int64_t post_id, std::int64_t account_id,
                                                              const std::string& reason, int hide_after_reports,
                                                              domain::UnixSeconds now) {
  std::optional<domain::DiscussionPost> after;
  Status reported = WithConnection([&](Connection& connection) {
    return RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      Result<domain::DiscussionPost> post = LoadPost(tx, post_id);
      if (!post.ok()) return post.status();
      Result<std::int64_t> inserted = tx.Exec(kInsertReport, {post_id, account_id, reason, now});
      if (!inserted.ok()) return inserted.status();
      domain::DiscussionPost changed = std::move(post).value();
      changed.open_reports += 1;
      changed.state = domain::StateAfterReport(changed.state, changed.open_reports, hide_after_reports);
      changed.updated_at = now;
      Result<std::int64_t> updated =
          tx.Exec(kSetPostReports, {std::int64_t{changed.open_reports}, StateCode(changed.state), now, post_id});
      if (!updated.ok()) return updated.status();
      after = std::move(changed);
      return Status::Ok();
    });
  });
  if (reported.code() == domain::ErrorCode::kAlreadyExists) {
    return domain::AlreadyExists("you already reported this post; a moderator will look at it");
  }
  if (!reported.ok()) return reported;
  return std::move(*after);
}

Result<domain::DiscussionPost> SqlStore::ModerateDiscussionPost(std::int64_t post_id, const ModerationChange& change) {
  const domain::UnixSeconds at = change.at != 0 ? change.at : std::time(nullptr);
  std::optional<domain::DiscussionPost> after;
  Status moderated = WithConnection([&](Connection& connection) {
    return RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      Result<domain::DiscussionPost> post = LoadPost(tx, post_id);
      if (!post.ok()) return post.status();
      domain::DiscussionPost changed = std::move(post).value();
      Result<std::int64_t> kept = tx.Exec(
          kInsertRevision, {post_id, changed.title, changed.body, StateCode(changed.state), change.moderator_id,
                            std::string(domain::ModerationActionCode(change.action)), change.note, at});
      if (!kept.ok()) return kept.status();
      if (change.action == domain::ModerationAction::kEdit) {
        if (!changed.parent_id) changed.title = change.title;
        changed.body = change.body;
      }
      changed.state = domain::StateAfterModeration(change.action);
      changed.open_reports = 0;
      changed.moderated = true;
      changed.updated_at = at;
      Result<std::int64_t> updated =
          tx.Exec(kModeratePost, {changed.title, changed.body, StateCode(changed.state), at, post_id});
      if (!updated.ok()) return updated.status();
      Result<std::int64_t> closed = tx.Exec(kCloseReports, {at, post_id});
      if (!closed.ok()) return closed.status();
      after = std::move(changed);
      return Status::Ok();
    });
  });
  if (!moderated.ok()) return moderated;
  return std::move(*after);
}

Result<std::vector<domain::DiscussionRevision>> SqlStore::ListDiscussionRevisions(std::int64_t post_id) {
  return WithConnection([&](Connection& connection) {
    return QueryAll<domain::DiscussionRevision>(connection, kListRevisions, {post_id}, ReadDiscussionRevision);
  });
}

}  // namespace tepat::store::sql
