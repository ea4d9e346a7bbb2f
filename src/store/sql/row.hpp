#pragma once
// Row: typed read access to the current result row of a query, implemented by each adapter over its native handle.
#include <cstdint>
#include <functional>
#include <string_view>

namespace tepat::store::sql {

/// One result row. Valid only during the RowHandler call that received it. Columns are 0-based, in SELECT order.
class Row {
 public:
  virtual ~Row() = default;
  /// True when the column is SQL NULL.
  virtual bool IsNull(int column) const = 0;
  /// The column as text ("" for NULL). The view is valid until the handler returns.
  virtual std::string_view Text(int column) const = 0;
  /// The column as a 64-bit integer (0 for NULL or non-numeric text).
  virtual std::int64_t Int(int column) const = 0;
};

/// Called once per result row, in order.
using RowHandler = std::function<void(const Row&)>;

}  // namespace tepat::store::sql
