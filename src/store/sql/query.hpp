#pragma once
// Query helpers: run a statement and map its rows to values with a reader that may fail.
#include <optional>
#include <utility>
#include <vector>

#include "store/sql/connection.hpp"

namespace tepat::store::sql {

/// Every row mapped by `read` (a callable `Result<T>(const Row&)`); the first failure of the query or of a
/// reader is returned.
template <typename T, typename Reader>
Result<std::vector<T>> QueryAll(Connection& connection, const Statement& statement, const SqlParams& params,
                                Reader read) {
  std::vector<T> out;
  Status bad_row;
  Status queried = connection.Query(statement, params, [&](const Row& row) {
    if (!bad_row.ok()) return;
    Result<T> value = read(row);
    if (value.ok()) {
      out.push_back(std::move(value).value());
    } else {
      bad_row = value.status();
    }
  });
  if (!queried.ok()) return queried;
  if (!bad_row.ok()) return bad_row;
  return out;
}

/// The first row mapped by `read`, or nullopt when the query returns no row.
template <typename T, typename Reader>
Result<std::optional<T>> QueryOptional(Connection& connection, const Statement& statement, const SqlParams& params,
                                       Reader read) {
  Result<std::vector<T>> all = QueryAll<T>(connection, statement, params, read);
  if (!all.ok()) return all.status();
  if (all->empty()) return std::optional<T>();
  return std::optional<T>(std::move(all.value().front()));
}

/// The integer in the first column of the first row (0 when there is no row).
inline Result<std::int64_t> QueryInt(Connection& connection, const Statement& statement, const SqlParams& params) {
  std::int64_t value = 0;
  Status queried = connection.Query(statement, params, [&](const Row& row) { value = row.Int(0); });
  if (!queried.ok()) return queried;
  return value;
}

}  // namespace tepat::store::sql
