#pragma once
// ApplyPeopleRows: the ordinary write of a batch of civil-registration rows (people and the households they name)
// on one connection, shared by SqlStore::ApplyPeople and a bulk load that goes on as ordinary batches.
#include <vector>

#include "store/people_batch.hpp"
#include "store/registry_types.hpp"
#include "store/sql/connection.hpp"

namespace tepat::store::sql {

/// In ONE write transaction on `connection`: builds the registry key indexes when they are missing (the dialect's
/// registry_key_indexes_create; a bulk load dropped them), then applies the rows of `batches`, in order, to people
/// and their households (ApplyBatch, stored keys looked up). Nothing is written on failure.
Result<PeopleApplyResult> ApplyPeopleBatches(Connection& connection, const std::vector<PeopleBatch>& batches,
                                             const ChangeSource& source);

/// ApplyPeopleBatches of `rows` as one batch.
Result<PeopleApplyResult> ApplyPeopleRows(Connection& connection, const std::vector<PersonUpdate>& rows,
                                          const ChangeSource& source);

}  // namespace tepat::store::sql
