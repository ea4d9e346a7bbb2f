#pragma once
// Fresh databases for tests: a SQLite file or a PostgreSQL database on the cluster of TEPAT_TEST_PG_URL, unique
// per test (tests run in parallel under ctest -j), removed afterwards.
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "domain/status.hpp"
#include "store/store.hpp"

namespace tepat::test_support {

/// The engines every store test runs on.
enum class TestEngine { kSqlite, kPostgres };

/// "Sqlite" or "Postgres" (used in parameterised test names).
const char* TestEngineName(TestEngine engine);
/// Prints the engine name (readable parameterised test names in gtest and ctest).
inline void PrintTo(TestEngine engine, std::ostream* out) { *out << TestEngineName(engine); }
/// Both engines, SQLite first.
const std::vector<TestEngine>& AllTestEngines();

/// An empty database for one test. SQLite: a file in a new temp folder. PostgreSQL: `CREATE DATABASE` with a
/// unique name on TEPAT_TEST_PG_URL. The destructor deletes the folder or drops the database (forcing off any
/// connection still open), so close stores first. Not thread-safe.
class ScratchDatabase {
 public:
  /// Creates the database. kFailedPrecondition for PostgreSQL when TEPAT_TEST_PG_URL is unset (the message says
  /// to run through scripts/with-test-postgres.sh: PostgreSQL tests fail rather than skip);
  /// kUnavailable when the cluster cannot be reached.
  static domain::Result<std::unique_ptr<ScratchDatabase>> Create(TestEngine engine);
  ~ScratchDatabase();
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  /// The --db URL of the database ("sqlite:/tmp/.../tepat.db" or "postgresql://.../tepat_test_...").
  const std::string& url() const { return url_; }
  TestEngine engine() const { return engine_; }

 private:
  ScratchDatabase(TestEngine engine, std::string url, std::string cleanup_target)
      : engine_(engine), url_(std::move(url)), cleanup_target_(std::move(cleanup_target)) {}

  TestEngine engine_;
  std::string url_;
  std::string cleanup_target_;  ///< SQLite: the temp folder; PostgreSQL: the database name
};

/// A migrated store on its own scratch database. `store` is declared last so that it closes first.
struct TestStore {
  std::unique_ptr<ScratchDatabase> database;
  std::unique_ptr<store::Store> store;
};

/// Creates a scratch database, opens a store on it with `pool_size` connections and migrates it.
domain::Result<TestStore> OpenMigratedTestStore(TestEngine engine, int pool_size = 4);

}  // namespace tepat::test_support
