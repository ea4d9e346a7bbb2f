#pragma once
// Discussion (Diskusi, issue 5 item 6): public items — a complaint made public, or a success or failure story —
// with comments. Any logged-in account may report a post as abusive; after `hide_after_reports` open reports the
// post is hidden until a moderator looks. Moderation never destroys text: every edit or removal keeps the previous
// text as a revision. Pure types and rules; the store persists them.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/account.hpp"
#include "domain/region_code.hpp"

namespace tepat::domain {

/// What a post is: an item (a top-level entry) of one of three kinds, or a comment on an item.
enum class DiscussionKind {
  kComplaint,     ///< a complaint made public (never a rahasia one); its text is the complaint's public view
  kSuccessStory,  ///< cerita berhasil: aid that arrived, a problem that was solved
  kFailureStory,  ///< cerita gagal: what went wrong
  kComment,       ///< a comment on an item
};

/// "complaint", "success_story", "failure_story", "comment".
const char* DiscussionKindCode(DiscussionKind kind);
/// Parses a wire code; nullopt when unknown.
std::optional<DiscussionKind> ParseDiscussionKind(std::string_view code);

/// Whether the public sees a post.
enum class DiscussionState {
  kVisible,  ///< shown to everyone
  kHidden,   ///< hidden after reports, waiting for a moderator
  kRemoved,  ///< removed by a moderator (text kept in the history)
};

/// "visible", "hidden", "removed".
const char* DiscussionStateCode(DiscussionState state);
/// Parses a wire code; nullopt when unknown.
std::optional<DiscussionState> ParseDiscussionState(std::string_view code);

/// Text limits of posts, in characters.
inline constexpr std::size_t kMaxDiscussionTitleChars = 150;
inline constexpr std::size_t kMaxDiscussionBodyChars = 10'000;
inline constexpr std::size_t kMaxReportReasonChars = 500;
inline constexpr std::size_t kMaxModerationNoteChars = 500;
/// Default number of open reports after which a post is hidden.
inline constexpr int kDefaultHideAfterReports = 3;

/// One post: an item (parent_id nullopt) or a comment (parent_id = the item). Comments carry the item's region.
struct DiscussionPost {
  std::int64_t id = 0;  ///< assigned by the store
  std::optional<std::int64_t> parent_id;
  DiscussionKind kind = DiscussionKind::kSuccessStory;
  std::optional<std::int64_t> complaint_id;  ///< kComplaint only
  std::optional<RegionCode> region;          ///< the Pemda it is about, when known; decides which PIC Korwil moderates
  std::optional<std::int64_t> author_account_id;
  std::string author_label;  ///< display name, or "Anonim"
  std::string title;         ///< "" for comments
  std::string body;
  DiscussionState state = DiscussionState::kVisible;
  int open_reports = 0;     ///< reports since the last moderator decision
  bool moderated = false;   ///< a moderator changed the text or the state at least once
  int comment_count = 0;    ///< visible comments (items only; filled by list queries)
  UnixSeconds created_at = 0;
  UnixSeconds updated_at = 0;
};

/// A moderator's decision on a post.
enum class ModerationAction {
  kRestore,  ///< show it again and close the open reports
  kRemove,   ///< take it down (text kept)
  kEdit,     ///< replace title/body (e.g. strip a phone number); the old text is kept; shown again
};

/// "restore", "remove", "edit".
const char* ModerationActionCode(ModerationAction action);
/// Parses a wire code; nullopt when unknown.
std::optional<ModerationAction> ParseModerationAction(std::string_view code);

/// The state a post takes after one more report: kHidden once `open_reports_after` reaches `hide_after_reports`
/// (values below 1 count as 1) while it is visible; otherwise unchanged (a removed post stays removed). Pure.
DiscussionState StateAfterReport(DiscussionState state, int open_reports_after, int hide_after_reports);

/// The state a post takes after a moderator's action: restore and edit show it, remove takes it down. Pure.
DiscussionState StateAfterModeration(ModerationAction action);

/// One stored earlier version of a post, written before every moderator change.
struct DiscussionRevision {
  std::int64_t id = 0;
  std::int64_t post_id = 0;
  std::string title;
  std::string body;
  DiscussionState state = DiscussionState::kVisible;  ///< the state it had before the change
  std::int64_t changed_by = 0;                        ///< the moderator's account id
  ModerationAction action = ModerationAction::kRestore;
  std::string note;  ///< the moderator's reason
  UnixSeconds changed_at = 0;
};

}  // namespace tepat::domain
