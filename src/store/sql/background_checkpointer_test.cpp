#include "store/sql/background_checkpointer.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "store/sqlite/sqlite_connection.hpp"

namespace tepat::store::sql {
namespace {

/// A pool of SQLite connections to a fresh database file in a temporary folder, removed at the end.
class BackgroundCheckpointerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "tepat-checkpoint-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    folder_ = pattern;
    const std::string file = (folder_ / "test.db").string();
    pool_ = std::make_unique<ConnectionPool>([file] { return sqlite::SqliteConnection::Open(file); }, 2, nullptr);
  }
  void TearDown() override {
    pool_.reset();
    std::filesystem::remove_all(folder_);
  }
  std::uintmax_t DatabaseFileBytes() const { return std::filesystem::file_size(folder_ / "test.db"); }

  std::filesystem::path folder_;
  std::unique_ptr<ConnectionPool> pool_;
};

TEST_F(BackgroundCheckpointerTest, CopiesTheCommittedLogIntoTheDatabaseAfterANotify) {
  Result<ConnectionPool::Lease> writer = pool_->Acquire();
  ASSERT_TRUE(writer.ok());
  // No checkpoint by the writer itself: everything it commits stays in the log until the checkpointer copies it.
  ASSERT_TRUE((*writer)->ExecScript("PRAGMA wal_autocheckpoint = 0; CREATE TABLE t(x TEXT);").ok());
  ASSERT_TRUE((*writer)
                  ->ExecScript("BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                               "INSERT INTO t SELECT printf('%0100d', i) FROM n; COMMIT;")
                  .ok());
  const std::uintmax_t before = DatabaseFileBytes();
  BackgroundCheckpointer checkpointer(*pool_, SqliteDialect().wal_checkpoint);
  checkpointer.Notify();
  checkpointer.Drain();
  EXPECT_EQ(checkpointer.runs(), 1);
  EXPECT_EQ(checkpointer.failures(), 0);
  EXPECT_LT(before, 100'000u);                   // the 5,000 rows of 100 bytes were only in the log
  EXPECT_GT(DatabaseFileBytes(), 500'000u);      // now they are in the database file
}

TEST_F(BackgroundCheckpointerTest, RunsOnlyWhenAskedAndCountsARunThatFails) {
  BackgroundCheckpointer idle(*pool_, SqliteDialect().wal_checkpoint);
  idle.Drain();
  EXPECT_EQ(idle.runs(), 0);

  BackgroundCheckpointer broken(*pool_, "PRAGMA this is not sql;");
  broken.Notify();
  broken.Drain();
  EXPECT_EQ(broken.runs(), 1);
  EXPECT_EQ(broken.failures(), 1);
}

}  // namespace
}  // namespace tepat::store::sql
