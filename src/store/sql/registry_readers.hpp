#pragma once
// Registry row readers: domain and registry objects from result rows, in the column orders of
// registry_statements.hpp. Each returns kInternal (naming the table and column, never the value of an identity
// number) when a stored value cannot be read back.
#include <optional>
#include <string_view>

#include "domain/civil_date.hpp"
#include "domain/household.hpp"
#include "domain/person.hpp"
#include "store/job_types.hpp"
#include "store/registry_types.hpp"
#include "store/sql/connection.hpp"

namespace tepat::store::sql {

/// The kInternal error for a stored value of `table`.`column` that cannot be read back (no value in the message).
Status BadColumn(std::string_view table, std::string_view column);
/// "1980-12-31" -> the date; nullopt for anything else.
std::optional<domain::CivilDate> ParseIsoDate(std::string_view text);

/// Person from TEPAT_PERSON_COLUMNS. NULL relation reads as kOther, NULL life status as alive.
Result<domain::Person> ReadPerson(const Row& row);
/// ChangeRecord from TEPAT_HISTORY_COLUMNS.
Result<ChangeRecord> ReadChangeRecord(const Row& row);
/// DtksMembership from TEPAT_DTKS_COLUMNS ("" NIK reads as nullopt: a household-level entry).
Result<domain::DtksMembership> ReadDtksMembership(const Row& row);
/// ReceivedAid from TEPAT_RECIPIENT_COLUMNS.
Result<ReceivedAid> ReadReceivedAid(const Row& row);
/// Job from TEPAT_JOB_COLUMNS.
Result<Job> ReadJob(const Row& row);

}  // namespace tepat::store::sql
