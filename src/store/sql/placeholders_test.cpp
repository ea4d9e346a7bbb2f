#include "store/sql/placeholders.hpp"

#include <gtest/gtest.h>

namespace tepat::store::sql {
namespace {

struct PlaceholderCase {
  const char* description;
  const char* input;
  const char* expected;
};

void PrintTo(const PlaceholderCase& c, std::ostream* os) { *os << c.description; }

class NumberPlaceholdersTest : public ::testing::TestWithParam<PlaceholderCase> {};

TEST_P(NumberPlaceholdersTest, Rewrites) {
  EXPECT_EQ(NumberPlaceholders(GetParam().input), GetParam().expected) << GetParam().description;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, NumberPlaceholdersTest,
    ::testing::Values(
        PlaceholderCase{"no placeholder", "SELECT 1", "SELECT 1"},
        PlaceholderCase{"in order", "INSERT INTO t(a, b) VALUES (?, ?)", "INSERT INTO t(a, b) VALUES ($1, $2)"},
        PlaceholderCase{"ten or more", "?,?,?,?,?,?,?,?,?,?,?", "$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11"},
        PlaceholderCase{"single-quoted literal kept", "SELECT '?', ? FROM t", "SELECT '?', $1 FROM t"},
        PlaceholderCase{"doubled quote inside literal", "SELECT 'it''s ?', ?", "SELECT 'it''s ?', $1"},
        PlaceholderCase{"quoted identifier kept", "SELECT \"a?\" FROM t WHERE x = ?",
                        "SELECT \"a?\" FROM t WHERE x = $1"},
        PlaceholderCase{"line comment kept", "SELECT ? -- why?\n, ?", "SELECT $1 -- why?\n, $2"},
        PlaceholderCase{"block comment kept", "SELECT /* ? */ ?", "SELECT /* ? */ $1"},
        PlaceholderCase{"unterminated literal", "SELECT '?", "SELECT '?"}));

}  // namespace
}  // namespace tepat::store::sql
