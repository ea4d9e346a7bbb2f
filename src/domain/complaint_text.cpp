#include "domain/complaint_text.hpp"

#include <algorithm>
#include <cstdint>

namespace tepat::domain {
namespace {

constexpr unsigned char kAsciiLimit = 0x80;
constexpr unsigned char kContinuationMask = 0xC0;
constexpr unsigned char kContinuationBits = 0x80;
constexpr unsigned char kDelete = 0x7F;
constexpr unsigned char kSpace = 0x20;
constexpr char32_t kMaxCodePoint = 0x10FFFF;
constexpr char32_t kSurrogateFirst = 0xD800;
constexpr char32_t kSurrogateLast = 0xDFFF;
constexpr char32_t kC1First = 0x80;
constexpr char32_t kC1Last = 0x9F;

bool IsContinuation(unsigned char c) { return (c & kContinuationMask) == kContinuationBits; }

// Length of the UTF-8 sequence that starts with `lead`, and the minimum code point it may encode; 0 when invalid.
std::size_t SequenceLength(unsigned char lead, char32_t* min_value, char32_t* value) {
  constexpr struct {
    unsigned char mask, bits;
    std::size_t length;
    char32_t min;
  } kForms[] = {{0xE0, 0xC0, 2, 0x80}, {0xF0, 0xE0, 3, 0x800}, {0xF8, 0xF0, 4, 0x10000}};
  for (const auto& form : kForms) {
    if ((lead & form.mask) == form.bits) {
      *min_value = form.min;
      *value = lead & static_cast<unsigned char>(~form.mask);
      return form.length;
    }
  }
  return 0;
}

// Decodes one code point at `at`; returns its byte length, 0 when the bytes are not valid UTF-8.
std::size_t Decode(std::string_view text, std::size_t at, char32_t* out) {
  constexpr int kBitsPerContinuation = 6;
  constexpr unsigned char kPayloadMask = 0x3F;
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < kAsciiLimit) {
    *out = lead;
    return 1;
  }
  char32_t min_value = 0;
  char32_t value = 0;
  const std::size_t length = SequenceLength(lead, &min_value, &value);
  if (length == 0 || at + length > text.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    const auto c = static_cast<unsigned char>(text[at + i]);
    if (!IsContinuation(c)) return 0;
    value = (value << kBitsPerContinuation) | (c & kPayloadMask);
  }
  if (value < min_value || value > kMaxCodePoint || (value >= kSurrogateFirst && value <= kSurrogateLast)) return 0;
  *out = value;
  return length;
}

bool IsForbiddenControl(char32_t c) {
  if (c == '\t' || c == '\n' || c == '\r') return false;
  return c < kSpace || c == kDelete || (c >= kC1First && c <= kC1Last);
}

bool IsBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

std::size_t CountChars(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !IsContinuation(static_cast<unsigned char>(c)); }));
}

TextIssue CheckText(std::string_view text, std::size_t max_chars, bool required) {
  std::size_t chars = 0;
  for (std::size_t at = 0; at < text.size();) {
    char32_t c = 0;
    const std::size_t length = Decode(text, at, &c);
    if (length == 0) return TextIssue::kInvalidUtf8;
    if (IsForbiddenControl(c)) return TextIssue::kControlChar;
    at += length;
    ++chars;
  }
  if (chars > max_chars) return TextIssue::kTooLong;
  if (required && IsBlank(text)) return TextIssue::kEmpty;
  return TextIssue::kNone;
}

TextMessage DescribeTextIssue(TextIssue issue, std::string_view field_id, std::string_view field_en,
                              std::size_t max_chars) {
  const std::string id(field_id);
  const std::string en(field_en);
  const std::string max = std::to_string(max_chars);
  switch (issue) {
    case TextIssue::kNone: return {};
    case TextIssue::kEmpty: return {id + " wajib diisi.", "The " + en + " is required."};
    case TextIssue::kTooLong:
      return {id + " paling banyak " + max + " karakter; persingkat teksnya.",
              "The " + en + " may have at most " + max + " characters; shorten it."};
    case TextIssue::kInvalidUtf8:
      return {id + " berisi karakter yang tidak terbaca (bukan UTF-8); ketik ulang teksnya.",
              "The " + en + " contains unreadable characters (not UTF-8); type it again."};
    case TextIssue::kControlChar:
      return {id + " berisi karakter kontrol yang tidak diizinkan; ketik ulang teksnya.",
              "The " + en + " contains control characters that are not allowed; type it again."};
  }
  return {};
}

}  // namespace tepat::domain
