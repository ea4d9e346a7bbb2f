// Shared store suite: migrations, ping, pool, on both engines; and OpenStore's URL handling.
#include <thread>

#include "store/migrations/migrations.hpp"
#include "store_fixture.hpp"

namespace tepat::store_test {
namespace {

const int kLatestVersion = static_cast<int>(store::migrations::AllMigrations().size());

class SchemaStoreTest : public StoreTest {};
TEPAT_STORE_SUITE_ON_ALL_ENGINES(SchemaStoreTest);

TEST_P(SchemaStoreTest, EveryMigrationIsRecordedOnce) {
  auto version = store().SchemaVersion();
  ASSERT_TRUE(version.ok()) << version.status().message();
  EXPECT_EQ(*version, kLatestVersion);
  ASSERT_TRUE(store().Migrate().ok()) << "Migrate() must be idempotent";
  EXPECT_EQ(store().SchemaVersion().value(), kLatestVersion);
}

TEST_P(SchemaStoreTest, ConcurrentMigrateAppliesOnce) {
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int i = 0; i < 3; ++i) {
    threads.emplace_back([&] {
      if (!store().Migrate().ok()) ++failures;
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(store().SchemaVersion().value(), kLatestVersion);
}

TEST_P(SchemaStoreTest, FreshDatabaseHasVersionZeroUntilMigrated) {
  auto database = test_support::ScratchDatabase::Create(GetParam());
  ASSERT_TRUE(database.ok()) << database.status().message();
  auto opened = store::OpenStore(database.value()->url(), 2);
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  EXPECT_EQ(opened.value()->SchemaVersion().value(), 0);
  ASSERT_TRUE(opened.value()->Migrate().ok());
  EXPECT_EQ(opened.value()->SchemaVersion().value(), kLatestVersion);
}

TEST_P(SchemaStoreTest, PingEngineNameAndPoolCounts) {
  EXPECT_TRUE(store().Ping());
  EXPECT_EQ(store().EngineName(), IsPostgres() ? "postgresql" : "sqlite");
  const store::PoolStats pool = store().Pool();
  EXPECT_EQ(pool.size, kPoolSize);
  EXPECT_EQ(pool.in_use, 0);
  EXPECT_GE(pool.open, 1);
  EXPECT_LE(pool.open, kPoolSize);
}

TEST(OpenStoreTest, UnknownSchemeIsInvalidArgumentNamingTheAcceptedForms) {
  auto opened = store::OpenStore("mysql://root:hunter2@localhost/tepat");
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), domain::ErrorCode::kInvalidArgument);
  EXPECT_NE(opened.status().message().find("sqlite:PATH"), std::string::npos);
  EXPECT_NE(opened.status().message().find("postgresql://"), std::string::npos);
  EXPECT_EQ(opened.status().message().find("hunter2"), std::string::npos);
}

TEST(OpenStoreTest, UnreachablePostgresIsUnavailableWithoutThePassword) {
  // Port 1 on loopback: nothing listens there, the connection is refused at once.
  auto opened = store::OpenStore("postgresql://tepat:hunter2@127.0.0.1:1/tepat");
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), domain::ErrorCode::kUnavailable);
  EXPECT_NE(opened.status().message().find("'tepat' on 127.0.0.1:1"), std::string::npos)
      << opened.status().message();
  EXPECT_EQ(opened.status().message().find("hunter2"), std::string::npos) << opened.status().message();
}

TEST(OpenStoreTest, UnwritableSqlitePathIsUnavailable) {
  auto opened = store::OpenStore("sqlite:/proc/tepat-cannot-be-here/tepat.db");
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), domain::ErrorCode::kUnavailable);
  EXPECT_NE(opened.status().message().find("/proc/tepat-cannot-be-here"), std::string::npos);
}

TEST(OpenStoreTest, InMemorySqliteWorksWithOneConnection) {
  auto opened = store::OpenStore("sqlite::memory:", 8);
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  store::Store& store = *opened.value();
  ASSERT_TRUE(store.Migrate().ok());
  EXPECT_EQ(store.Pool().size, 1);
  domain::Account account;
  account.email = "mem@demo.tepat.id";
  account.password_hash = "x";
  ASSERT_TRUE(store.CreateAccount(account).ok());
  EXPECT_TRUE(store.FindAccountByEmail("mem@demo.tepat.id").value().has_value());
}

TEST(OpenStoreTest, SqliteCreatesTheMissingParentFolder) {
  auto database = test_support::ScratchDatabase::Create(TestEngine::kSqlite);
  ASSERT_TRUE(database.ok());
  const std::string url = database.value()->url();
  const std::string nested = url.substr(0, url.rfind('/')) + "/nested/deeper/tepat.db";
  auto opened = store::OpenStore(nested, 2);
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  EXPECT_TRUE(opened.value()->Migrate().ok());
}

}  // namespace
}  // namespace tepat::store_test
