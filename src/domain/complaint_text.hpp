#pragma once
// The text rules shared by complaints and their comments: length limits counted in characters (Unicode code
// points, so Indonesian text and emoji count like Latin letters), valid UTF-8, no control characters.
#include <cstddef>
#include <string>
#include <string_view>

namespace tepat::domain {

/// Limits, in characters. A message of 10,000 characters is about four pages; a 1 MB message is refused.
inline constexpr std::size_t kMaxTitleChars = 150;
inline constexpr std::size_t kMaxMessageChars = 10'000;
inline constexpr std::size_t kMaxSourceChars = 500;
inline constexpr std::size_t kMaxReporterNameChars = 150;
inline constexpr std::size_t kMaxCommentChars = 10'000;

/// What is wrong with a text.
enum class TextIssue {
  kNone,
  kEmpty,        ///< nothing but white space
  kTooLong,      ///< more characters than the limit
  kInvalidUtf8,  ///< not UTF-8 (e.g. a Latin-1 file pasted as bytes)
  kControlChar,  ///< a control character other than tab, line feed and carriage return
};

/// Checks `text` against `max_chars`; an empty (all white-space) text is kEmpty only when `required`.
/// The first problem found wins, in the order invalid UTF-8, control character, too long, empty. Pure; thread-safe.
TextIssue CheckText(std::string_view text, std::size_t max_chars, bool required);

/// A message for a text problem, in Indonesian and English, naming the field (e.g. "Judul", "title") and saying
/// what to do. Empty strings for kNone. Pure.
struct TextMessage {
  std::string message_id;
  std::string message_en;
};
TextMessage DescribeTextIssue(TextIssue issue, std::string_view field_id, std::string_view field_en,
                              std::size_t max_chars);

/// Number of code points of valid UTF-8 `text` (bytes that are not a valid sequence count one each). Pure.
std::size_t CountChars(std::string_view text);

}  // namespace tepat::domain
