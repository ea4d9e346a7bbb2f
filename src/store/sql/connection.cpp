#include "store/sql/connection.hpp"

#include <string>

namespace tepat::store::sql {

Status Connection::InjectedFault(const Statement& statement) {
  if (faults_ != nullptr && faults_->ShouldFail()) {
    return domain::Internal("statement " + std::string(statement.name) + " failed: injected fault (test hook)");
  }
  return Status::Ok();
}

Result<std::int64_t> Connection::Exec(const Statement& statement, const SqlParams& params) {
  if (Status fault = InjectedFault(statement); !fault.ok()) return fault;
  return DoExec(statement, params);
}

Status Connection::Query(const Statement& statement, const SqlParams& params, const RowHandler& on_row) {
  if (Status fault = InjectedFault(statement); !fault.ok()) return fault;
  return DoQuery(statement, params, on_row);
}

Result<bool> Connection::CopyIn(std::string_view target, std::size_t rows,
                                const std::function<void(std::size_t, SqlParams&)>& row) {
  if (!HasCopyIn()) return false;
  if (Status fault = InjectedFault(Statement{"copy_in", target}); !fault.ok()) return fault;
  return DoCopyIn(target, rows, row);
}

}  // namespace tepat::store::sql
