#pragma once
// The registry tables as EntityTables, and the conversion of each kind of incoming row to a BatchRow (values in
// their stored form: codes for enums, ISO text for dates, compact digits for region codes).
#include <string>
#include <vector>

#include "store/people_batch.hpp"
#include "store/registry_types.hpp"
#include "store/sql/batch_apply.hpp"
#include "store/sql/entity_table.hpp"

namespace tepat::store::sql {

const EntityTable& PeopleTable();
const EntityTable& HouseholdsTable();
const EntityTable& DtksMembersTable();
const EntityTable& ProgramsTable();
const EntityTable& RecipientsTable();

/// The BatchRow of row `row` of `people` (the values copied).
BatchRow PersonBatchRow(const PeopleBatch& people, std::size_t row);
BatchRow DtksBatchRow(const DtksUpdate& update);
BatchRow ProgramBatchRow(const ProgramUpdate& update);
BatchRow RecipientBatchRow(const RecipientUpdate& update);
/// The households row that the people rows of a batch give one KK (views into the PeopleBatch rows).
struct HouseholdOfPeople {
  std::string_view kk;
  std::string_view head_nik;  ///< "" when no row of the KK sets its relation to head: the stored head is kept
  std::string_view desa;
};
/// One household per distinct KK of the rows of `batches` (in order), in first-seen order: desa from the last row
/// naming the KK, head NIK from the last row whose relation is set to head. Views stay valid while `batches` does.
std::vector<HouseholdOfPeople> HouseholdsOf(const std::vector<PeopleBatch>& batches);
/// The BatchRow of `household` (values copied).
BatchRow HouseholdBatchRow(const HouseholdOfPeople& household);

/// The text name search compares with: ASCII lower case.
std::string SearchKey(std::string_view text);
/// A LIKE pattern matching text containing the search key of `query`, with \ escaping % _ and \.
std::string ContainsPattern(std::string_view query);

}  // namespace tepat::store::sql
