// SqlStore: the registry (people, households, DTKS, programs, recipients) — batch apply with history, look-ups.
#include <string>
#include <vector>

#include "store/sql/batch_apply.hpp"
#include "store/sql/people_apply.hpp"
#include "store/sql/sql_people_bulk_load.hpp"
#include "store/sql/query.hpp"
#include "store/sql/registry_readers.hpp"
#include "store/sql/registry_statements.hpp"
#include "store/sql/registry_tables.hpp"
#include "store/sql/row_readers.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/transaction.hpp"

namespace tepat::store::sql {
namespace {

/// Converts every update with `to_row`.
template <typename Update, typename ToRow>
std::vector<BatchRow> BatchRows(const std::vector<Update>& updates, ToRow to_row) {
  std::vector<BatchRow> rows;
  rows.reserve(updates.size());
  for (const Update& update : updates) rows.push_back(to_row(update));
  return rows;
}

Result<domain::Program> ReadProgram(const Row& row) {
  domain::Program program;
  program.id = row.Int(0);
  program.code = std::string(row.Text(1));
  program.name = std::string(row.Text(2));
  std::optional<domain::ProgramKind> kind = domain::ParseProgramKind(row.Text(3));
  std::optional<domain::FundingSource> funding = domain::ParseFundingSource(row.Text(4));
  std::optional<domain::CivilDate> starts = ParseIsoDate(row.Text(7));
  if (!kind || !funding || !starts) {
    return domain::Internal("stored program kind, funding or start date cannot be read back");
  }
  program.kind = *kind;
  program.funding = *funding;
  program.agency = std::string(row.Text(5));
  Result<domain::RegionCode> region = ReadRegionCode(row, 6);
  if (!region.ok()) return region.status();
  program.region = *region;
  program.starts = *starts;
  if (!row.IsNull(8)) program.ends = ParseIsoDate(row.Text(8));
  return program;
}

DtksDifference ReadDifference(const Row& row, bool earlier_side) {
  DtksDifference difference;
  difference.kk = std::string(row.Text(0));
  if (!row.Text(1).empty()) difference.nik = std::string(row.Text(1));
  const int decile = static_cast<int>(row.Int(2));
  const std::optional<domain::DtksStatus> status = domain::ParseDtksStatus(row.Text(3));
  if (earlier_side) {
    difference.old_decile = decile;
    difference.old_status = status;
  } else {
    difference.new_decile = decile;
    difference.new_status = status;
  }
  return difference;
}

}  // namespace

Result<PeopleApplyResult> SqlStore::ApplyPeople(const std::vector<PersonUpdate>& rows, const ChangeSource& source) {
  return WithConnection([&](Connection& connection) { return ApplyPeopleRows(connection, rows, source); });
}

Result<std::unique_ptr<PeopleBulkLoad>> SqlStore::BeginPeopleBulkLoad(const ChangeSource& source,
                                                                     std::size_t batch_rows) {
  return BeginSqlPeopleBulkLoad(*pool_, source, batch_rows);
}

namespace {

/// Applies one table's batch in its own write transaction.
template <typename Update, typename ToRow, typename WithConnectionFn>
Result<ApplyCounts> ApplyOneTable(WithConnectionFn with_connection, const EntityTable& table,
                                  const std::vector<Update>& updates, ToRow to_row, const ChangeSource& source) {
  std::vector<BatchRow> rows = BatchRows(updates, to_row);  // consumed by the transaction body (runs once)
  ApplyCounts counts;
  Status written = with_connection([&](Connection& connection) {
    return RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      Result<ApplyCounts> applied = ApplyBatch(tx, table, std::move(rows), source);
      if (!applied.ok()) return applied.status();
      counts = *applied;
      return Status::Ok();
    });
  });
  if (!written.ok()) return written;
  return counts;
}

}  // namespace

Result<ApplyCounts> SqlStore::ApplyDtks(const std::vector<DtksUpdate>& rows, const ChangeSource& source) {
  return ApplyOneTable([this](auto&& fn) { return WithConnection(fn); }, DtksMembersTable(), rows, DtksBatchRow,
                       source);
}

Result<ApplyCounts> SqlStore::ApplyPrograms(const std::vector<ProgramUpdate>& rows, const ChangeSource& source) {
  return ApplyOneTable([this](auto&& fn) { return WithConnection(fn); }, ProgramsTable(), rows, ProgramBatchRow,
                       source);
}

Result<ApplyCounts> SqlStore::ApplyRecipients(const std::vector<RecipientUpdate>& rows, const ChangeSource& source) {
  return ApplyOneTable([this](auto&& fn) { return WithConnection(fn); }, RecipientsTable(), rows,
                       RecipientBatchRow, source);
}

Result<std::optional<domain::Person>> SqlStore::FindPersonByNik(const std::string& nik) {
  return WithConnection([&](Connection& connection) {
    return QueryOptional<domain::Person>(connection, kFindPersonByNik, {nik}, ReadPerson);
  });
}

Result<std::vector<domain::Person>> SqlStore::SearchPeople(const std::string& name_query,
                                                           const std::vector<domain::RegionCode>& regions, int limit,
                                                           int offset) {
  if (regions.empty() || regions.size() > static_cast<std::size_t>(kSearchRegionSlots)) {
    return domain::InvalidArgument("a people search needs 1 to " + std::to_string(kSearchRegionSlots) +
                                   " regions; pass the common parent regions instead of many small ones");
  }
  if (limit <= 0) return std::vector<domain::Person>();
  SqlParams params{ContainsPattern(name_query)};
  for (int slot = 0; slot < kSearchRegionSlots; ++slot) {
    const domain::RegionCode& region = regions[std::min<std::size_t>(slot, regions.size() - 1)];
    params.emplace_back(region.compact() + "%");
  }
  params.emplace_back(std::int64_t{limit});
  params.emplace_back(std::int64_t{std::max(offset, 0)});
  return WithConnection([&](Connection& connection) {
    return QueryAll<domain::Person>(connection, kSearchPeople, params, ReadPerson);
  });
}

Result<std::int64_t> SqlStore::CountPeople() {
  return WithConnection([&](Connection& connection) { return QueryInt(connection, kCountPeople, {}); });
}

Result<std::vector<domain::Person>> SqlStore::SearchAllPeople(const std::string& name_query, int limit,
                                                              int offset) {
  if (limit <= 0) return std::vector<domain::Person>();
  SqlParams params{ContainsPattern(name_query), std::int64_t{limit}, std::int64_t{std::max(offset, 0)}};
  return WithConnection([&](Connection& connection) {
    return QueryAll<domain::Person>(connection, kSearchAllPeople, params, ReadPerson);
  });
}

Result<std::optional<domain::Person>> SqlStore::GetPerson(std::int64_t id) {
  return WithConnection([&](Connection& connection) {
    return QueryOptional<domain::Person>(connection, kGetPerson, {id}, ReadPerson);
  });
}

namespace {

// One household by `statement` (by KK or by id) with its members.
Result<std::optional<HouseholdView>> QueryHousehold(Connection& connection, const Statement& statement,
                                                    const SqlParams& params) {
  Result<std::optional<HouseholdView>> found =
      QueryOptional<HouseholdView>(connection, statement, params, [](const Row& row) -> Result<HouseholdView> {
        HouseholdView view;
        view.household.id = row.Int(0);
        view.household.kk = std::string(row.Text(1));
        view.household.head_person_id = row.Int(2);
        Result<domain::RegionCode> desa = ReadRegionCode(row, 3);
        if (!desa.ok()) return desa.status();
        view.household.desa = *desa;
        view.head_nik = std::string(row.Text(4));
        return view;
      });
  if (!found.ok() || !found->has_value()) return found;
  HouseholdView& view = *found.value();
  Result<std::vector<domain::Person>> members =
      QueryAll<domain::Person>(connection, kListHouseholdMembers, {view.household.kk}, ReadPerson);
  if (!members.ok()) return members.status();
  view.members = std::move(members).value();
  for (const domain::Person& member : view.members) view.household.member_ids.push_back(member.id);
  return found;
}

}  // namespace

Result<std::optional<HouseholdView>> SqlStore::FindHousehold(const std::string& kk) {
  return WithConnection([&](Connection& connection) { return QueryHousehold(connection, kFindHousehold, {kk}); });
}

Result<std::optional<HouseholdView>> SqlStore::GetHousehold(std::int64_t id) {
  return WithConnection([&](Connection& connection) { return QueryHousehold(connection, kGetHousehold, {id}); });
}

Result<std::vector<ChangeRecord>> SqlStore::ListHistory(RegistryEntity entity, std::int64_t entity_id) {
  return WithConnection([&](Connection& connection) {
    return QueryAll<ChangeRecord>(connection, kListHistory, {std::string(RegistryEntityCode(entity)), entity_id},
                                  ReadChangeRecord);
  });
}

Result<std::vector<domain::DtksMembership>> SqlStore::ListDtksOfPerson(const std::string& nik) {
  return WithConnection([&](Connection& connection) {
    return QueryAll<domain::DtksMembership>(connection, kListDtksOfPerson, {nik}, ReadDtksMembership);
  });
}

Result<std::vector<domain::DtksMembership>> SqlStore::ListDtksOfHousehold(const std::string& kk) {
  return WithConnection([&](Connection& connection) {
    return QueryAll<domain::DtksMembership>(connection, kListDtksOfHousehold, {kk}, ReadDtksMembership);
  });
}

Result<std::vector<std::string>> SqlStore::ListDtksRounds() {
  return WithConnection([&](Connection& connection) {
    return QueryAll<std::string>(connection, kListDtksRounds, {},
                                 [](const Row& row) -> Result<std::string> { return std::string(row.Text(0)); });
  });
}

Result<DtksRoundDiff> SqlStore::DiffDtksRounds(const std::string& earlier, const std::string& later) {
  return WithConnection([&](Connection& connection) -> Result<DtksRoundDiff> {
    DtksRoundDiff diff;
    auto read_kk = [](const Row& row) -> Result<std::string> { return std::string(row.Text(0)); };
    auto read_added = [](const Row& row) -> Result<DtksDifference> { return ReadDifference(row, false); };
    auto read_removed = [](const Row& row) -> Result<DtksDifference> { return ReadDifference(row, true); };
    auto read_changed = [](const Row& row) -> Result<DtksDifference> {
      DtksDifference difference = ReadDifference(row, true);
      difference.new_decile = static_cast<int>(row.Int(4));
      difference.new_status = domain::ParseDtksStatus(row.Text(5));
      return difference;
    };
    Result<std::vector<std::string>> added_households =
        QueryAll<std::string>(connection, kDtksHouseholdsOnlyIn, {later, earlier}, read_kk);
    if (!added_households.ok()) return added_households.status();
    Result<std::vector<std::string>> removed_households =
        QueryAll<std::string>(connection, kDtksHouseholdsOnlyIn, {earlier, later}, read_kk);
    if (!removed_households.ok()) return removed_households.status();
    Result<std::vector<DtksDifference>> added =
        QueryAll<DtksDifference>(connection, kDtksEntriesOnlyIn, {later, earlier}, read_added);
    if (!added.ok()) return added.status();
    Result<std::vector<DtksDifference>> removed =
        QueryAll<DtksDifference>(connection, kDtksEntriesOnlyIn, {earlier, later}, read_removed);
    if (!removed.ok()) return removed.status();
    Result<std::vector<DtksDifference>> changed =
        QueryAll<DtksDifference>(connection, kDtksEntriesChanged, {later, earlier}, read_changed);
    if (!changed.ok()) return changed.status();
    diff.added_households = std::move(added_households).value();
    diff.removed_households = std::move(removed_households).value();
    diff.added = std::move(added).value();
    diff.removed = std::move(removed).value();
    diff.changed = std::move(changed).value();
    return diff;
  });
}

Result<std::optional<domain::Program>> SqlStore::FindProgram(const std::string& code) {
  return WithConnection([&](Connection& connection) {
    return QueryOptional<domain::Program>(connection, kFindProgram, {code}, ReadProgram);
  });
}

Result<std::optional<domain::Program>> SqlStore::GetProgram(std::int64_t id) {
  return WithConnection([&](Connection& connection) {
    return QueryOptional<domain::Program>(connection, kGetProgram, {id}, ReadProgram);
  });
}

Result<std::vector<domain::Program>> SqlStore::ListPrograms() {
  return WithConnection([&](Connection& connection) {
    return QueryAll<domain::Program>(connection, kListPrograms, {}, ReadProgram);
  });
}

Result<std::vector<ReceivedAid>> SqlStore::ListAidOfPerson(const std::string& nik) {
  return WithConnection([&](Connection& connection) {
    return QueryAll<ReceivedAid>(connection, kListAidOfPerson, {nik}, ReadReceivedAid);
  });
}

}  // namespace tepat::store::sql
