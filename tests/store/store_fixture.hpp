#pragma once
// The fixture of the shared store suite: every test runs once per engine on a fresh, migrated database.
#include <gtest/gtest.h>

#include <string>

#include "store/sql/sql_store.hpp"
#include "support/test_databases.hpp"

namespace tepat::store_test {

using test_support::TestEngine;

/// Gives each test a fresh migrated store of the engine it is instantiated for.
class StoreTest : public ::testing::TestWithParam<TestEngine> {
 protected:
  void SetUp() override {
    domain::Result<test_support::TestStore> opened = test_support::OpenMigratedTestStore(GetParam(), kPoolSize);
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    test_store_ = std::move(opened).value();
  }

  store::Store& store() { return *test_store_.store; }
  /// The concrete store, for its test hooks (fault injection, raw SQL).
  store::sql::SqlStore& sql_store() { return dynamic_cast<store::sql::SqlStore&>(*test_store_.store); }
  bool IsPostgres() const { return GetParam() == TestEngine::kPostgres; }

  static constexpr int kPoolSize = 4;
  test_support::TestStore test_store_;
};

/// Test-name suffix: the engine name.
inline std::string EngineParamName(const ::testing::TestParamInfo<TestEngine>& info) {
  return test_support::TestEngineName(info.param);
}

}  // namespace tepat::store_test

/// Runs every TEST_P of `suite` (a class derived from StoreTest) on SQLite and on PostgreSQL.
#define TEPAT_STORE_SUITE_ON_ALL_ENGINES(suite)                                                              \
  INSTANTIATE_TEST_SUITE_P(Engines, suite, ::testing::ValuesIn(::tepat::test_support::AllTestEngines()), \
                           ::tepat::store_test::EngineParamName)
