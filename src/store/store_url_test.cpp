#include "store/store_url.hpp"

#include <gtest/gtest.h>

namespace tepat::store {
namespace {

struct UrlCase {
  const char* description;
  const char* url;
  bool valid;
  StoreEngine engine;
  const char* target;
};

void PrintTo(const UrlCase& c, std::ostream* os) { *os << c.description; }

class ParseStoreUrlTest : public ::testing::TestWithParam<UrlCase> {};

TEST_P(ParseStoreUrlTest, Parses) {
  const UrlCase& c = GetParam();
  domain::Result<StoreUrl> parsed = ParseStoreUrl(c.url);
  ASSERT_EQ(parsed.ok(), c.valid) << c.description;
  if (!c.valid) {
    EXPECT_EQ(parsed.status().code(), domain::ErrorCode::kInvalidArgument);
    EXPECT_EQ(parsed.status().message().find("secret"), std::string::npos) << "the URL must not be echoed";
    return;
  }
  EXPECT_EQ(parsed->engine, c.engine) << c.description;
  EXPECT_EQ(parsed->target, c.target) << c.description;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ParseStoreUrlTest,
    ::testing::Values(
        UrlCase{"relative sqlite path", "sqlite:var/tepat.db", true, StoreEngine::kSqlite, "var/tepat.db"},
        UrlCase{"absolute sqlite path", "sqlite:/srv/t.db", true, StoreEngine::kSqlite, "/srv/t.db"},
        UrlCase{"in-memory sqlite", "sqlite::memory:", true, StoreEngine::kSqlite, ":memory:"},
        UrlCase{"postgresql scheme", "postgresql://u@h:5432/d", true, StoreEngine::kPostgres,
                "postgresql://u@h:5432/d"},
        UrlCase{"postgres scheme", "postgres://u@h/d", true, StoreEngine::kPostgres, "postgres://u@h/d"},
        UrlCase{"empty sqlite path", "sqlite:", false, StoreEngine::kSqlite, ""},
        UrlCase{"sqlite with slashes", "sqlite://x.db", false, StoreEngine::kSqlite, ""},
        UrlCase{"unknown scheme with password", "mysql://u:secret@h/d", false, StoreEngine::kSqlite, ""},
        UrlCase{"bare path", "var/tepat.db", false, StoreEngine::kSqlite, ""}));

}  // namespace
}  // namespace tepat::store
