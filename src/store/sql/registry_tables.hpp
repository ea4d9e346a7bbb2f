#pragma once
// The registry tables as EntityTables, and the conversion of each kind of incoming row to a BatchRow (values in
// their stored form: codes for enums, ISO text for dates, compact digits for region codes).
#include <string>
#include <vector>

#include "store/registry_types.hpp"
#include "store/sql/batch_apply.hpp"
#include "store/sql/entity_table.hpp"

namespace tepat::store::sql {

const EntityTable& PeopleTable();
const EntityTable& HouseholdsTable();
const EntityTable& DtksMembersTable();
const EntityTable& ProgramsTable();
const EntityTable& RecipientsTable();

/// The BatchRow of a person (values in their stored form); the second form moves the strings out of `update`.
BatchRow PersonBatchRow(const PersonUpdate& update);
BatchRow PersonBatchRow(PersonUpdate&& update);
BatchRow DtksBatchRow(const DtksUpdate& update);
BatchRow ProgramBatchRow(const ProgramUpdate& update);
BatchRow RecipientBatchRow(const RecipientUpdate& update);
/// One row per distinct KK of `people`, in first-seen order: desa from the last row naming the KK, head NIK from
/// the last row whose relation is set to head (kept otherwise).
std::vector<BatchRow> HouseholdBatchRows(const std::vector<PersonUpdate>& people);

/// The text name search compares with: ASCII lower case.
std::string SearchKey(std::string_view text);
/// A LIKE pattern matching text containing the search key of `query`, with \ escaping % _ and \.
std::string ContainsPattern(std::string_view query);

}  // namespace tepat::store::sql
