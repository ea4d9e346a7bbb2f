#pragma once
// DiscussionService (Diskusi, issue 5 item 6): public items (success and failure stories; complaints made public)
// with comments, abuse reports that hide a post after N reports, and moderation that keeps every earlier text.
// Reading is public; writing needs an account; moderation is for admins and the PIC Korwil of the post's region.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/discussion.hpp"
#include "service/actor.hpp"
#include "service/auditor.hpp"
#include "service/clock.hpp"
#include "service/notification_service.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// Settings of the discussion.
struct DiscussionConfig {
  int hide_after_reports = domain::kDefaultHideAfterReports;  ///< open reports that hide a post (at least 1)
};

/// A new story from the web form or the API.
struct NewStory {
  std::string kind;    ///< "success_story" or "failure_story"
  std::string title;
  std::string body;
  std::string region;  ///< optional: the kabupaten/kota or province it is about
  bool anonymous = false;  ///< show "Anonim" instead of the author's name
};

/// An item with its comments, as the caller may see them.
struct DiscussionThread {
  domain::DiscussionPost item;
  std::vector<domain::DiscussionPost> comments;
  bool may_moderate = false;  ///< the caller may moderate (then hidden and removed comments are included)
};

/// What a moderator sends.
struct ModerationInput {
  std::string action;  ///< "restore", "remove" or "edit"
  std::string title;   ///< edit: new title (items)
  std::string body;    ///< edit: new text
  std::string note;    ///< required: why
};

/// Thread-safe (stateless over the store).
class DiscussionService {
 public:
  DiscussionService(store::Store& store, Auditor& auditor, const Clock& clock, NotificationService& notifications,
                    DiscussionConfig config)
      : store_(store), auditor_(auditor), clock_(clock), notifications_(notifications), config_(config) {}

  /// Visible items, newest first; `kind` "" for all; `limit` clamped to 1..50. kInvalidArgument for an unknown kind.
  domain::Result<std::vector<domain::DiscussionPost>> ListItems(const std::string& kind, int limit,
                                                                std::int64_t before_id);
  /// One item with its visible comments (every comment for a moderator). kNotFound for a comment id, an unknown
  /// item, or an item hidden or removed (unless the caller may moderate it).
  domain::Result<DiscussionThread> GetThread(const Actor& actor, std::int64_t item_id);
  /// Publishes a story by the caller. kUnauthenticated for a guest; kInvalidArgument naming the field.
  domain::Result<domain::DiscussionPost> CreateStory(const Actor& actor, const NewStory& story);
  /// Adds an item for a complaint made public, with the complaint's public title and text (the caller decides
  /// that the complaint may be public: never a rahasia one). `author_account_id` (the reporter's account, if any)
  /// is never shown; it lets the reporter hear of comments. kAlreadyExists when it is already in the discussion.
  domain::Result<domain::DiscussionPost> PublishComplaint(const Actor& actor, std::int64_t complaint_id,
                                                          const domain::RegionCode& region,
                                                          const std::string& author_label, const std::string& title,
                                                          const std::string& body,
                                                          std::optional<std::int64_t> author_account_id = {});
  /// Comments on a visible item; notifies the item's author. kNotFound when the item is not visible.
  domain::Result<domain::DiscussionPost> Comment(const Actor& actor, std::int64_t item_id, const std::string& body);
  /// Reports a visible post as abusive; hides it after `hide_after_reports` open reports and then notifies the
  /// moderators. kAlreadyExists for a second report by the same account; kNotFound when it is not visible.
  domain::Result<domain::DiscussionPost> Report(const Actor& actor, std::int64_t post_id, const std::string& reason);
  /// Hidden posts the caller may moderate, oldest first. kPermissionDenied for non-moderators.
  domain::Result<std::vector<domain::DiscussionPost>> ModerationQueue(const Actor& actor);
  /// Applies a moderator decision (the old text is kept). kPermissionDenied when the caller may not moderate the
  /// post (kNotFound when they could not even see it); kInvalidArgument for a bad action or text.
  domain::Result<domain::DiscussionPost> Moderate(const Actor& actor, std::int64_t post_id,
                                                  const ModerationInput& input);
  /// Earlier versions of a post, oldest first; moderators only.
  domain::Result<std::vector<domain::DiscussionRevision>> History(const Actor& actor, std::int64_t post_id);

  const DiscussionConfig& config() const { return config_; }

 private:
  /// True for an admin, or a PIC Korwil whose scopes cover the post's region.
  static bool MayModerate(const Actor& actor, const domain::DiscussionPost& post);
  /// The post, when it exists and the caller may see it (visible, or moderatable); kNotFound otherwise.
  domain::Result<domain::DiscussionPost> VisiblePost(const Actor& actor, std::int64_t post_id);
  domain::Result<domain::DiscussionPost> Insert(const Actor& actor, domain::DiscussionPost post,
                                                const std::string& action);
  void Audit(const Actor& actor, const std::string& action, std::int64_t post_id, const std::string& detail = "");

  store::Store& store_;
  Auditor& auditor_;
  const Clock& clock_;
  NotificationService& notifications_;
  DiscussionConfig config_;
};

}  // namespace tepat::service
