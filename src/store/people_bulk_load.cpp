#include "store/people_bulk_load.hpp"

namespace tepat::store {

domain::Result<ApplyCounts> PeopleBulkLoad::Apply(const std::vector<PersonUpdate>& rows) {
  std::vector<PeopleBatch> batches;
  batches.push_back(PeopleBatch::Of(rows));
  return Apply(std::move(batches));
}

}  // namespace tepat::store
