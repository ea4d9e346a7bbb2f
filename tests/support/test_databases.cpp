#include "support/test_databases.hpp"

#include <sodium.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "store/postgres/pg_connection.hpp"

namespace tepat::test_support {
namespace {

constexpr const char* kPgUrlVariable = "TEPAT_TEST_PG_URL";

/// A name no other test process on this machine uses: pid, a per-process counter and random bits.
std::string UniqueSuffix() {
  static std::atomic<int> counter{0};
  static const bool kSodiumReady = sodium_init() >= 0;
  if (!kSodiumReady) return std::to_string(::getpid()) + "_" + std::to_string(counter.fetch_add(1));
  return std::to_string(::getpid()) + "_" + std::to_string(counter.fetch_add(1)) + "_" +
         std::to_string(randombytes_uniform(1'000'000));
}

/// `url` with its database path replaced by `database` (query parameters kept).
std::string WithDatabase(const std::string& url, const std::string& database) {
  const std::size_t authority = url.find("://");
  const std::size_t path = url.find('/', authority == std::string::npos ? 0 : authority + 3);
  const std::size_t query = url.find('?');
  std::string base = url.substr(0, path == std::string::npos ? query : path);
  std::string rest = query == std::string::npos ? "" : url.substr(query);
  return base + "/" + database + rest;
}

domain::Result<std::unique_ptr<store::sql::Connection>> AdminConnection() {
  const char* admin_url = std::getenv(kPgUrlVariable);
  if (admin_url == nullptr || *admin_url == '\0') {
    return domain::FailedPrecondition(
        std::string(kPgUrlVariable) +
        " is not set: run the PostgreSQL tests through scripts/with-test-postgres.sh, e.g. "
        "scripts/with-test-postgres.sh ctest --test-dir build --output-on-failure");
  }
  return store::postgres::PgConnection::Open(admin_url);
}

}  // namespace

const char* TestEngineName(TestEngine engine) { return engine == TestEngine::kSqlite ? "Sqlite" : "Postgres"; }

const std::vector<TestEngine>& AllTestEngines() {
  static const std::vector<TestEngine> kAll = {TestEngine::kSqlite, TestEngine::kPostgres};
  return kAll;
}

domain::Result<std::unique_ptr<ScratchDatabase>> ScratchDatabase::Create(TestEngine engine) {
  if (engine == TestEngine::kSqlite) {
    std::error_code error;
    const std::filesystem::path folder =
        std::filesystem::temp_directory_path(error) / ("tepat-test-" + UniqueSuffix());
    std::filesystem::create_directories(folder, error);
    if (error) return domain::Unavailable("cannot create a temp folder for a test database: " + error.message());
    return std::unique_ptr<ScratchDatabase>(
        new ScratchDatabase(engine, "sqlite:" + (folder / "tepat.db").string(), folder.string()));
  }
  domain::Result<std::unique_ptr<store::sql::Connection>> admin = AdminConnection();
  if (!admin.ok()) return admin.status();
  const std::string name = "tepat_test_" + UniqueSuffix();
  if (domain::Status created = admin.value()->ExecScript("CREATE DATABASE " + name); !created.ok()) {
    return created;
  }
  return std::unique_ptr<ScratchDatabase>(
      new ScratchDatabase(engine, WithDatabase(std::getenv(kPgUrlVariable), name), name));
}

ScratchDatabase::~ScratchDatabase() {
  if (engine_ == TestEngine::kSqlite) {
    std::error_code ignored;
    std::filesystem::remove_all(cleanup_target_, ignored);
    return;
  }
  domain::Result<std::unique_ptr<store::sql::Connection>> admin = AdminConnection();
  if (admin.ok()) (void)admin.value()->ExecScript("DROP DATABASE IF EXISTS " + cleanup_target_ + " WITH (FORCE)");
}

domain::Result<TestStore> OpenMigratedTestStore(TestEngine engine, int pool_size) {
  domain::Result<std::unique_ptr<ScratchDatabase>> database = ScratchDatabase::Create(engine);
  if (!database.ok()) return database.status();
  domain::Result<std::unique_ptr<store::Store>> opened = store::OpenStore(database.value()->url(), pool_size);
  if (!opened.ok()) return opened.status();
  if (domain::Status migrated = opened.value()->Migrate(); !migrated.ok()) return migrated;
  return TestStore{std::move(database).value(), std::move(opened).value()};
}

}  // namespace tepat::test_support
