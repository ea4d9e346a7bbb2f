#pragma once
// Connection: the small port that every engine adapter implements (prepare/exec with positional parameters,
// typed row reading, scripts for transactions and migrations). SqlStore is written only against this.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>

#include "domain/status.hpp"
#include "store/sql/dialect.hpp"
#include "store/sql/fault_injector.hpp"
#include "store/sql/row.hpp"
#include "store/sql/sql_param.hpp"
#include "store/sql/statement.hpp"

namespace tepat::store::sql {

using domain::Result;
using domain::Status;

/// One open database connection. Not thread-safe: a pool lends it to one thread at a time.
/// Errors: kAlreadyExists for a unique-key violation, kUnavailable when the database cannot be reached or is
/// busy past the timeout, kInternal otherwise; messages name the statement and never contain parameter values.
class Connection {
 public:
  explicit Connection(const Dialect& dialect) : dialect_(dialect) {}
  virtual ~Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  const Dialect& dialect() const { return dialect_; }

  /// Runs a statement (prepared once per connection and reused); returns how many rows it changed.
  Result<std::int64_t> Exec(const Statement& statement, const SqlParams& params);
  /// Runs a statement and calls `on_row` for every result row, in order.
  Status Query(const Statement& statement, const SqlParams& params, const RowHandler& on_row);
  /// Runs one or more `;`-separated statements without parameters (transaction control, migrations, DDL).
  /// Not counted by the fault injector.
  virtual Status ExecScript(std::string_view script) = 0;
  /// Bulk-inserts `rows` rows into `target` ("table(col, ...)") through the engine's bulk path (PostgreSQL COPY);
  /// `row(i, params)` appends the values of row i in column order. Returns false, having done nothing, when the
  /// engine has no bulk path (the caller then uses INSERT). Counted by the fault injector as one statement when
  /// the engine has a bulk path.
  Result<bool> CopyIn(std::string_view target, std::size_t rows,
                      const std::function<void(std::size_t, SqlParams&)>& row);
  /// True when the connection is no longer usable (the pool then discards it instead of reusing it).
  virtual bool IsBroken() const { return false; }

  /// Test hook: statements run through Exec/Query consult `faults` first. nullptr (the default) disables.
  void set_fault_injector(FaultInjector* faults) { faults_ = faults; }

 protected:
  virtual Result<std::int64_t> DoExec(const Statement& statement, const SqlParams& params) = 0;
  virtual Status DoQuery(const Statement& statement, const SqlParams& params, const RowHandler& on_row) = 0;
  /// False when the engine has no bulk path (the default).
  virtual bool HasCopyIn() const { return false; }
  virtual Result<bool> DoCopyIn(std::string_view target, std::size_t rows,
                                const std::function<void(std::size_t, SqlParams&)>& row) {
    return false;
  }

 private:
  Status InjectedFault(const Statement& statement);

  const Dialect& dialect_;
  FaultInjector* faults_ = nullptr;
};

}  // namespace tepat::store::sql
