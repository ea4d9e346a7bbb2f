#pragma once
// Inputs and outputs of the Store's notification, outbox and discussion methods that are not domain types.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/discussion.hpp"
#include "domain/notification.hpp"

namespace tepat::store {

/// How many emails wait in the outbox and how many were sent.
struct OutboxCounts {
  std::int64_t pending = 0;  ///< not sent yet (due or waiting for a retry)
  std::int64_t sent = 0;
  std::int64_t failing = 0;  ///< pending with at least one failed attempt
};

/// Which discussion items to list: one state, optionally one kind, newest first, `limit` with id < `before_id`
/// when it is non-zero.
struct DiscussionQuery {
  domain::DiscussionState state = domain::DiscussionState::kVisible;
  std::optional<domain::DiscussionKind> kind;
  int limit = 20;
  std::int64_t before_id = 0;
};

/// One moderator decision, applied by Store::ModerateDiscussionPost.
struct ModerationChange {
  domain::ModerationAction action = domain::ModerationAction::kRestore;
  std::string title;  ///< kEdit: the new title (items; ignored for comments)
  std::string body;   ///< kEdit: the new body
  std::string note;   ///< the moderator's reason, kept with the revision
  std::int64_t moderator_id = 0;
  domain::UnixSeconds at = 0;
};

}  // namespace tepat::store
