#pragma once
// PeopleBulkLoad: the first load of civil-registration rows into an empty registry, faster than ApplyPeople batch by
// batch because the key indexes are not kept up to date row by row: they are dropped when the load begins and built
// once (by sorting) when it finishes.
#include <vector>

#include "domain/status.hpp"
#include "store/people_batch.hpp"
#include "store/registry_types.hpp"

namespace tepat::store {

/// A load started by Store::BeginPeopleBulkLoad. Gives the same records, counts and history as ApplyPeople of the
/// same batches, in the same order, except that a row whose NIK (or the household of whose KK) was written by an
/// earlier Apply of the load is held back and applied by Finish, after the indexes are built, as ApplyPeople
/// would. Memory: a fixed-size filter of the keys seen, plus the held-back rows; when too many are held back the
/// load finishes early (indexes built, held-back rows applied) and goes on as ApplyPeople.
///
/// Until Finish, look-ups of people by NIK or KK scan the table, and an ordinary people batch (ApplyPeople, e.g. a
/// second import) builds the indexes again first. If the process dies during the load, the database holds the
/// whole transactions written so far (new people and households only, never a duplicate key; held-back rows are
/// lost) and the indexes are built again when a store next migrates (every start) or writes a people batch.
/// Not thread-safe: one writer thread uses it.
class PeopleBulkLoad {
 public:
  virtual ~PeopleBulkLoad() = default;
  /// Writes the rows of one or more parsed batches, in file order, in ONE write transaction; returns what the rows
  /// written now did (rows held back are counted by Finish). On failure nothing of `batches` is written; call
  /// Finish anyway to get the indexes back.
  virtual domain::Result<ApplyCounts> Apply(std::vector<PeopleBatch> batches) = 0;
  /// Apply of `rows` as one batch.
  domain::Result<ApplyCounts> Apply(const std::vector<PersonUpdate>& rows);
  /// Builds the unique key indexes (one transaction), applies the held-back rows (as ApplyPeople would, in
  /// batches), then builds people's KK index (one transaction); returns the held-back rows' counts. Call once,
  /// also after a failed Apply or a cancel. Apply may not be called afterwards.
  virtual domain::Result<ApplyCounts> Finish() = 0;
};

}  // namespace tepat::store
