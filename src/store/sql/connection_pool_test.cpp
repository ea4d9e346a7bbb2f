#include "store/sql/connection_pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <thread>

namespace tepat::store::sql {
namespace {

/// A connection that runs nothing; can be marked broken.
class FakeConnection final : public Connection {
 public:
  FakeConnection() : Connection(SqliteDialect()) {}
  Status ExecScript(std::string_view) override { return Status::Ok(); }
  bool IsBroken() const override { return broken; }
  bool broken = false;

 protected:
  Result<std::int64_t> DoExec(const Statement&, const SqlParams&) override { return std::int64_t{0}; }
  Status DoQuery(const Statement&, const SqlParams&, const RowHandler&) override { return Status::Ok(); }
};

class ConnectionPoolTest : public ::testing::Test {
 protected:
  ConnectionPool::Factory CountingFactory() {
    return [this]() -> Result<std::unique_ptr<Connection>> {
      ++opened_;
      return std::unique_ptr<Connection>(std::make_unique<FakeConnection>());
    };
  }
  std::atomic<int> opened_{0};
};

TEST_F(ConnectionPoolTest, OpensLazilyAndReusesReturnedConnections) {
  ConnectionPool pool(CountingFactory(), 3, nullptr);
  EXPECT_EQ(pool.Stats().open, 0);
  {
    auto a = pool.Acquire();
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(pool.Stats().in_use, 1);
  }
  { auto b = pool.Acquire(); }
  EXPECT_EQ(opened_.load(), 1);
  EXPECT_EQ(pool.Stats().open, 1);
  EXPECT_EQ(pool.Stats().in_use, 0);
}

TEST_F(ConnectionPoolTest, InitialConnectionIsUsedFirst) {
  ConnectionPool pool(CountingFactory(), 2, std::make_unique<FakeConnection>());
  auto lease = pool.Acquire();
  ASSERT_TRUE(lease.ok());
  EXPECT_EQ(opened_.load(), 0);
  EXPECT_EQ(pool.Stats().open, 1);
}

TEST_F(ConnectionPoolTest, NeverOpensMoreThanCapacityAndWaitersGetReturnedConnections) {
  ConnectionPool pool(CountingFactory(), 2, nullptr);
  auto first = std::make_unique<ConnectionPool::Lease>(std::move(pool.Acquire()).value());
  auto second = pool.Acquire();
  ASSERT_TRUE(second.ok());
  std::promise<void> waiter_done;
  std::thread waiter([&] {
    auto third = pool.Acquire();
    EXPECT_TRUE(third.ok());
    waiter_done.set_value();
  });
  while (pool.Stats().waits == 0) std::this_thread::yield();  // the waiter is blocked on a full pool
  EXPECT_EQ(pool.Stats().open, 2);
  first.reset();  // returning one connection wakes the waiter
  waiter_done.get_future().wait();
  waiter.join();
  EXPECT_EQ(opened_.load(), 2);
  EXPECT_EQ(pool.Stats().waits, 1);
}

TEST_F(ConnectionPoolTest, FullPoolTimesOutAsUnavailable) {
  ConnectionPool pool(CountingFactory(), 1, nullptr, std::chrono::milliseconds(1));
  auto only = pool.Acquire();
  ASSERT_TRUE(only.ok());
  auto none = pool.Acquire();
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.status().code(), domain::ErrorCode::kUnavailable);
  EXPECT_NE(none.status().message().find("pool size"), std::string::npos);
}

TEST_F(ConnectionPoolTest, BrokenConnectionsAreDiscardedAndReplaced) {
  ConnectionPool pool(CountingFactory(), 1, nullptr);
  {
    auto lease = pool.Acquire();
    ASSERT_TRUE(lease.ok());
    static_cast<FakeConnection&>(*lease.value()).broken = true;
  }
  EXPECT_EQ(pool.Stats().open, 0);
  auto fresh = pool.Acquire();
  ASSERT_TRUE(fresh.ok());
  EXPECT_EQ(opened_.load(), 2);
}

TEST_F(ConnectionPoolTest, FactoryFailureIsReturnedAndFreesTheSlot) {
  bool fail = true;
  ConnectionPool pool(
      [&]() -> Result<std::unique_ptr<Connection>> {
        if (fail) return domain::Unavailable("database down");
        return std::unique_ptr<Connection>(std::make_unique<FakeConnection>());
      },
      1, nullptr);
  auto failed = pool.Acquire();
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().message(), "database down");
  fail = false;
  EXPECT_TRUE(pool.Acquire().ok());
}

TEST_F(ConnectionPoolTest, FaultInjectorFailsExactlyTheNthStatement) {
  ConnectionPool pool(CountingFactory(), 1, nullptr);
  auto lease = pool.Acquire();
  ASSERT_TRUE(lease.ok());
  pool.faults().FailNthStatement(2);
  const Statement statement{"probe", "SELECT 1"};
  EXPECT_TRUE(lease.value()->Exec(statement, {}).ok());
  auto failed = lease.value()->Exec(statement, {});
  ASSERT_FALSE(failed.ok());
  EXPECT_NE(failed.status().message().find("probe"), std::string::npos);
  EXPECT_TRUE(lease.value()->Query(statement, {}, [](const Row&) {}).ok());
}

}  // namespace
}  // namespace tepat::store::sql
