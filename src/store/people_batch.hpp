#pragma once
// PeopleBatch: civil-registration rows in the people table's stored form (codes, ISO dates, compact region codes,
// the lower-cased search name), texts in one buffer. An import prepares them on its reading thread, so the thread
// that writes them only binds and steps.
#include <cstddef>
#include <string_view>
#include <vector>

#include "store/cell_rows.hpp"
#include "store/registry_types.hpp"

namespace tepat::store {

/// The columns of a PeopleBatch row, in the people table's order.
namespace people_columns {
enum : std::size_t {
  kNik, kKk, kName, kSearchName, kBirthPlace, kBirthDate, kSex, kReligion, kRelation, kAddress, kRt, kRw, kDesa,
  kLifeStatus, kStatusDate, kStatusSource, kCount
};
}  // namespace people_columns

/// Rows of PersonUpdates in stored form, in the order added. Required fields are kSet cells; each Patch becomes
/// kKeep, kClear or kSet. Not thread-safe; handed between threads whole.
class PeopleBatch {
 public:
  PeopleBatch() = default;
  /// A batch of `rows`, in order.
  static PeopleBatch Of(const std::vector<PersonUpdate>& rows);
  /// Reserves room for `rows` rows.
  void Reserve(std::size_t rows);
  /// Appends `row` in stored form.
  void Add(const PersonUpdate& row);

  std::size_t size() const { return cells_.rows(); }
  /// The rows' cells (people_columns).
  const CellRows& cells() const { return cells_; }
  /// The NIK of row `row` (its key in people).
  std::string_view nik(std::size_t row) const { return cells_.text(row, people_columns::kNik); }

 private:
  CellRows cells_{people_columns::kCount};
};

}  // namespace tepat::store
