#pragma once
// Registry types of the Store interface: what a batch of imported rows asks of the stored registry (field patches),
// what applying it did (counts, history) and DTKS round differences.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/account.hpp"
#include "domain/civil_date.hpp"
#include "domain/household.hpp"
#include "domain/nik.hpp"
#include "domain/person.hpp"
#include "domain/program.hpp"
#include "domain/region_code.hpp"

namespace tepat::store {

/// What one optional field of an incoming row asks of the stored value: keep it (empty cell or absent column),
/// clear it (an empty cell in a column whose template blanks the value), or set it. The same three cases as
/// ingest::FieldUpdate, which the import layer maps one to one (the store may not include ingest headers).
template <typename T>
struct Patch {
  enum class Op { kKeep, kClear, kSet };
  Op op = Op::kKeep;
  T value{};

  static Patch Keep() { return {}; }
  static Patch Clear() { return {Op::kClear, T{}}; }
  static Patch Set(T v) { return {Op::kSet, std::move(v)}; }
  friend bool operator==(const Patch&, const Patch&) = default;
};

/// Who made a change and when; stored with every history row and with each row a batch creates.
/// `job_id` is the import job (0 for none), `user_id` the account (0 for none); `at` is UTC (0 means now).
struct ChangeSource {
  std::int64_t job_id = 0;
  std::int64_t user_id = 0;
  domain::UnixSeconds at = 0;
};

/// What applying a batch did, per input row: the row created a record, changed at least one stored field, or
/// changed nothing. inserted + updated + unchanged == rows in the batch.
struct ApplyCounts {
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::int64_t unchanged = 0;
  std::int64_t history_rows = 0;  ///< change_history rows written (one per changed field of an existing record)
  friend bool operator==(const ApplyCounts&, const ApplyCounts&) = default;
};

/// One civil-registration row (person), keyed by NIK. Required columns are plain values (always written).
struct PersonUpdate {
  std::string nik;
  std::string kk;
  std::string name;
  Patch<std::string> birth_place;
  domain::CivilDate birth_date;
  domain::Sex sex = domain::Sex::kMale;
  Patch<std::string> religion;
  Patch<domain::FamilyRelation> relation;
  Patch<std::string> address;
  Patch<std::string> rt;
  Patch<std::string> rw;
  domain::RegionCode desa = *domain::RegionCode::Parse("00.00.00.0000");
  Patch<domain::LifeStatus> life_status;
  Patch<domain::CivilDate> status_date;
  Patch<std::string> status_source;
};

/// Outcome of ApplyPeople: people by NIK, and the households (by KK) the rows name.
struct PeopleApplyResult {
  ApplyCounts people;
  ApplyCounts households;  ///< one "row" per distinct KK of the batch
};

/// One DTKS row: a household member (or the household itself when `nik` is nullopt) in one update round.
/// Keyed by (round, kk, nik).
struct DtksUpdate {
  std::string round;
  std::string kk;
  std::optional<std::string> nik;
  Patch<std::string> dtks_id;
  std::string name;
  Patch<domain::FamilyRelation> relation;
  domain::RegionCode desa = *domain::RegionCode::Parse("00.00.00.0000");
  Patch<std::string> address;
  int decile = domain::kMaxDecile;
  domain::DtksStatus status = domain::DtksStatus::kActive;
};

/// One programs row, keyed by code.
struct ProgramUpdate {
  std::string code;
  std::string name;
  domain::ProgramKind kind = domain::ProgramKind::kOther;
  domain::FundingSource funding = domain::FundingSource::kApbn;
  Patch<std::string> agency;
  domain::RegionCode region = *domain::RegionCode::Parse("00");
  domain::CivilDate starts;
  Patch<domain::CivilDate> ends;
  Patch<std::string> note;
};

/// One recipients row, keyed by (program, period, stage, NIK), or (program, period, stage, name, desa) when the
/// list gives no NIK.
struct RecipientUpdate {
  std::string program_code;
  std::string period;
  domain::RecipientStage stage = domain::RecipientStage::kDecree;
  std::optional<std::string> nik;
  Patch<std::string> kk;
  std::string name;
  domain::RegionCode desa = *domain::RegionCode::Parse("00.00.00.0000");
  Patch<std::int64_t> amount_rupiah;
  Patch<std::string> goods;
  Patch<domain::CivilDate> received_on;
  Patch<std::string> decree_number;
};

/// Kinds of registry record that keep history.
enum class RegistryEntity { kPerson, kHousehold, kDtksMember, kProgram, kRecipient };
/// Stored code: "person", "household", "dtks_member", "program", "recipient".
const char* RegistryEntityCode(RegistryEntity entity);

/// One change of one field. The record is named by its internal row id (not by NIK/KK), so history can be shown
/// to authorised operators and joined back without repeating identity numbers.
struct ChangeRecord {
  std::int64_t id = 0;
  RegistryEntity entity = RegistryEntity::kPerson;
  std::int64_t entity_id = 0;
  std::string field;                      ///< column name, e.g. "life_status", "address"
  std::optional<std::string> old_value;   ///< nullopt when the stored value was empty (NULL)
  std::optional<std::string> new_value;   ///< nullopt when cleared
  std::int64_t job_id = 0;
  std::int64_t user_id = 0;
  domain::UnixSeconds at = 0;
};

/// A household with its members (ordered by NIK).
struct HouseholdView {
  domain::Household household;
  std::string head_nik;                   ///< "" when no head is known
  std::vector<domain::Person> members;
};

/// One difference between two DTKS rounds. `nik` is nullopt for a household-level entry.
struct DtksDifference {
  std::string kk;
  std::optional<std::string> nik;
  std::optional<int> old_decile;          ///< nullopt for an added entry
  std::optional<int> new_decile;          ///< nullopt for a removed entry
  std::optional<domain::DtksStatus> old_status;
  std::optional<domain::DtksStatus> new_status;
  friend bool operator==(const DtksDifference&, const DtksDifference&) = default;
};

/// Difference report data between an earlier and a later DTKS round, each list ordered by (kk, nik).
struct DtksRoundDiff {
  std::vector<std::string> added_households;    ///< KKs in the later round only
  std::vector<std::string> removed_households;  ///< KKs in the earlier round only
  std::vector<DtksDifference> added;            ///< entries (households or people) in the later round only
  std::vector<DtksDifference> removed;          ///< entries in the earlier round only
  std::vector<DtksDifference> changed;          ///< entries in both whose decile or status differ
};

/// One stored recipient entry with its provenance (the job that first wrote it).
struct ReceivedAid {
  domain::RecipientRecord record;
  std::int64_t source_job_id = 0;
};

}  // namespace tepat::store
