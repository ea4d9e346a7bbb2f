#include "store/sql/people_apply.hpp"

#include "store/sql/batch_apply.hpp"
#include "store/sql/registry_tables.hpp"
#include "store/sql/transaction.hpp"

namespace tepat::store::sql {

Result<PeopleApplyResult> ApplyPeopleBatches(Connection& connection, const std::vector<PeopleBatch>& batches,
                                             const ChangeSource& source) {
  // Built before the transaction and consumed by it; the body runs once.
  std::vector<BatchRow> people;
  for (const PeopleBatch& batch : batches) {
    for (std::size_t r = 0; r < batch.size(); ++r) people.push_back(PersonBatchRow(batch, r));
  }
  std::vector<BatchRow> households;
  for (const HouseholdOfPeople& household : HouseholdsOf(batches)) households.push_back(HouseholdBatchRow(household));
  PeopleApplyResult result;
  Status written = RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
    if (std::string_view indexes = tx.dialect().registry_key_indexes_create; !indexes.empty()) {
      if (Status built = tx.ExecScript(indexes); !built.ok()) return built;
    }
    Result<ApplyCounts> applied_people = ApplyBatch(tx, PeopleTable(), std::move(people), source);
    if (!applied_people.ok()) return applied_people.status();
    Result<ApplyCounts> applied_households = ApplyBatch(tx, HouseholdsTable(), std::move(households), source);
    if (!applied_households.ok()) return applied_households.status();
    result = {*applied_people, *applied_households};
    return Status::Ok();
  });
  if (!written.ok()) return written;
  return result;
}

Result<PeopleApplyResult> ApplyPeopleRows(Connection& connection, const std::vector<PersonUpdate>& rows,
                                          const ChangeSource& source) {
  std::vector<PeopleBatch> batches;
  batches.push_back(PeopleBatch::Of(rows));
  return ApplyPeopleBatches(connection, batches, source);
}

}  // namespace tepat::store::sql
