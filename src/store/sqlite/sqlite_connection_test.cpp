#include "store/sqlite/sqlite_connection.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "store/sql/query.hpp"

namespace tepat::store::sqlite {
namespace {

constexpr sql::Statement kPageSize{"test.page_size", "PRAGMA page_size"};

class SqliteConnectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "tepat-sqlite-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    folder_ = pattern;
  }
  void TearDown() override { std::filesystem::remove_all(folder_); }

  std::int64_t PageSizeOf(const std::string& file) {
    Result<std::unique_ptr<sql::Connection>> connection = SqliteConnection::Open(file);
    EXPECT_TRUE(connection.ok());
    if (!connection.ok()) return 0;
    Result<std::int64_t> size = sql::QueryInt(**connection, kPageSize, {});
    EXPECT_TRUE(size.ok());
    return size.ok() ? *size : 0;
  }

  std::filesystem::path folder_;
};

TEST_F(SqliteConnectionTest, ANewDatabaseGetsLargePagesAndAnExistingOneKeepsItsOwn) {
  const std::string fresh = (folder_ / "fresh.db").string();
  EXPECT_EQ(PageSizeOf(fresh), sql::kSqlitePageBytes);
  EXPECT_EQ(PageSizeOf(fresh), sql::kSqlitePageBytes);  // opened again

  const std::string older = (folder_ / "older.db").string();
  {
    Result<std::unique_ptr<sql::Connection>> connection = SqliteConnection::Open(":memory:");
    ASSERT_TRUE(connection.ok());
    // A database made with SQLite's default 4 KiB pages, as before Tepat chose larger ones.
    ASSERT_TRUE((*connection)->ExecScript("ATTACH '" + older + "' AS older; PRAGMA older.page_size = 4096; "
                                          "CREATE TABLE older.t(x); DETACH older;").ok());
  }
  EXPECT_EQ(PageSizeOf(older), 4096);
}

}  // namespace
}  // namespace tepat::store::sqlite
