#pragma once
// FieldUpdate<T>: what an optional column of an import row asks of the stored value.
#include <utility>

namespace tepat::ingest {

/// kKeep: the cell was empty (and the template does not let an empty cell blank the value) or the column is absent
/// from the file, so the stored value must stay. kClear: the cell was empty in a column whose template says an empty
/// cell blanks the stored value. kSet: store `value`.
template <typename T>
struct FieldUpdate {
  enum class Op { kKeep, kClear, kSet };
  Op op = Op::kKeep;
  T value{};

  static FieldUpdate Keep() { return {}; }
  static FieldUpdate Clear() { return {Op::kClear, T{}}; }
  static FieldUpdate Set(T v) { return {Op::kSet, std::move(v)}; }
  bool is_set() const { return op == Op::kSet; }
  friend bool operator==(const FieldUpdate&, const FieldUpdate&) = default;
};

}  // namespace tepat::ingest
