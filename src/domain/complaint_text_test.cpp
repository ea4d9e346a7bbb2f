#include "domain/complaint_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tepat::domain {
namespace {

struct TextCase {
  const char* name;
  std::string text;
  std::size_t max;
  bool required;
  TextIssue issue;
};

class CheckTextTest : public ::testing::TestWithParam<TextCase> {};

TEST_P(CheckTextTest, FindsTheIssue) {
  const TextCase& c = GetParam();
  EXPECT_EQ(CheckText(c.text, c.max, c.required), c.issue);
}

std::string Repeat(std::string_view piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out.append(piece);
  return out;
}

INSTANTIATE_TEST_SUITE_P(
    Texts, CheckTextTest,
    ::testing::Values(TextCase{"Plain", "Bantuan belum diterima", 50, true, TextIssue::kNone},
                      TextCase{"EmptyRequired", "", 50, true, TextIssue::kEmpty},
                      TextCase{"BlankRequired", " \t\r\n", 50, true, TextIssue::kEmpty},
                      TextCase{"EmptyOptional", "", 50, false, TextIssue::kNone},
                      TextCase{"ExactlyAtLimit", std::string(10, 'a'), 10, true, TextIssue::kNone},
                      TextCase{"OneOverLimit", std::string(11, 'a'), 10, true, TextIssue::kTooLong},
                      TextCase{"MultibyteCountsAsOne", Repeat("\xC3\xA9", 10), 10, true, TextIssue::kNone},
                      TextCase{"EmojiCountsAsOne", Repeat("\xF0\x9F\x98\x80", 10), 10, true, TextIssue::kNone},
                      TextCase{"OneMegabyte", std::string(1 << 20, 'x'), kMaxMessageChars, true, TextIssue::kTooLong},
                      TextCase{"Latin1Byte", "caf\xE9", 50, true, TextIssue::kInvalidUtf8},
                      TextCase{"TruncatedSequence", "ok\xE2\x82", 50, true, TextIssue::kInvalidUtf8},
                      TextCase{"OverlongSlash", "\xC0\xAF", 50, true, TextIssue::kInvalidUtf8},
                      TextCase{"Surrogate", "\xED\xA0\x80", 50, true, TextIssue::kInvalidUtf8},
                      TextCase{"NulByte", std::string("a\0b", 3), 50, true, TextIssue::kControlChar},
                      TextCase{"Escape", "a\x1b[31mb", 50, true, TextIssue::kControlChar},
                      TextCase{"NewlinesAndTabsAllowed", "baris 1\r\nbaris 2\tkolom", 50, true, TextIssue::kNone},
                      TextCase{"HtmlIsJustText", "<script>alert(1)</script>", 50, true, TextIssue::kNone}),
    [](const auto& info) { return info.param.name; });

TEST(DescribeTextIssueTest, NamesTheFieldInBothLanguages) {
  TextMessage m = DescribeTextIssue(TextIssue::kTooLong, "Judul", "title", kMaxTitleChars);
  EXPECT_NE(m.message_id.find("Judul"), std::string::npos);
  EXPECT_NE(m.message_id.find("150"), std::string::npos);
  EXPECT_NE(m.message_en.find("title"), std::string::npos);
  EXPECT_TRUE(DescribeTextIssue(TextIssue::kNone, "Judul", "title", 1).message_id.empty());
}

TEST(CountCharsTest, CountsCodePoints) {
  EXPECT_EQ(CountChars(""), 0u);
  EXPECT_EQ(CountChars("abc"), 3u);
  EXPECT_EQ(CountChars("\xC3\xA9t\xC3\xA9"), 3u);
  EXPECT_EQ(CountChars("\xF0\x9F\x98\x80"), 1u);
}

}  // namespace
}  // namespace tepat::domain
