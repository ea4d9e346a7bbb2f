#include "store/sql/registry_readers.hpp"

#include <charconv>
#include <string>

#include "store/sql/row_readers.hpp"

namespace tepat::store::sql {
namespace {

std::optional<std::string> OptionalText(const Row& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return std::string(row.Text(column));
}

std::string PlainText(const Row& row, int column) { return std::string(row.Text(column)); }

/// Reads an optional date column into `out`; false when the stored text is not a date.
bool ReadOptionalDate(const Row& row, int column, std::optional<domain::CivilDate>& out) {
  if (row.IsNull(column)) {
    out.reset();
    return true;
  }
  out = ParseIsoDate(row.Text(column));
  return out.has_value();
}

}  // namespace

Status BadColumn(std::string_view table, std::string_view column) {
  return domain::Internal("stored " + std::string(table) + "." + std::string(column) +
                          " cannot be read back; the database was changed outside Tepat or by a newer version");
}

std::optional<domain::CivilDate> ParseIsoDate(std::string_view text) {
  constexpr std::size_t kIsoLength = 10;
  if (text.size() != kIsoLength || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = 0;
  int month = 0;
  int day = 0;
  const char* base = text.data();
  if (std::from_chars(base, base + 4, year).ptr != base + 4) return std::nullopt;
  if (std::from_chars(base + 5, base + 7, month).ptr != base + 7) return std::nullopt;
  if (std::from_chars(base + 8, base + 10, day).ptr != base + 10) return std::nullopt;
  return domain::CivilDate::FromYmd(year, month, day);
}

Result<domain::Person> ReadPerson(const Row& row) {
  domain::Person person;
  person.id = row.Int(0);
  person.nik = PlainText(row, 1);
  person.kk = PlainText(row, 2);
  person.name = PlainText(row, 3);
  person.birth_place = PlainText(row, 4);
  std::optional<domain::CivilDate> birth = ParseIsoDate(row.Text(5));
  if (!birth) return BadColumn("people", "birth_date");
  person.birth_date = *birth;
  std::optional<domain::Sex> sex = domain::ParseSex(row.Text(6));
  if (!sex) return BadColumn("people", "sex");
  person.sex = *sex;
  person.religion = OptionalText(row, 7);
  if (!row.IsNull(8)) {
    std::optional<domain::FamilyRelation> relation = domain::ParseFamilyRelation(row.Text(8));
    if (!relation) return BadColumn("people", "relation");
    person.relation = *relation;
  }
  person.address = PlainText(row, 9);
  person.rt = PlainText(row, 10);
  person.rw = PlainText(row, 11);
  Result<domain::RegionCode> desa = ReadRegionCode(row, 12);
  if (!desa.ok()) return desa.status();
  person.desa = *desa;
  if (!row.IsNull(13)) {
    std::optional<domain::LifeStatus> status = domain::ParseLifeStatus(row.Text(13));
    if (!status) return BadColumn("people", "life_status");
    person.life.status = *status;
  }
  if (!ReadOptionalDate(row, 14, person.life.since)) return BadColumn("people", "status_date");
  person.life.source = PlainText(row, 15);
  return person;
}

Result<ChangeRecord> ReadChangeRecord(const Row& row) {
  ChangeRecord record;
  record.id = row.Int(0);
  const std::string_view entity = row.Text(1);
  bool known = false;
  for (RegistryEntity candidate : {RegistryEntity::kPerson, RegistryEntity::kHousehold, RegistryEntity::kDtksMember,
                                   RegistryEntity::kProgram, RegistryEntity::kRecipient}) {
    if (entity == RegistryEntityCode(candidate)) {
      record.entity = candidate;
      known = true;
    }
  }
  if (!known) return BadColumn("change_history", "entity_type");
  record.entity_id = row.Int(2);
  record.field = PlainText(row, 3);
  record.old_value = OptionalText(row, 4);
  record.new_value = OptionalText(row, 5);
  record.job_id = row.Int(6);
  record.user_id = row.Int(7);
  record.at = row.Int(8);
  return record;
}

Result<domain::DtksMembership> ReadDtksMembership(const Row& row) {
  domain::DtksMembership membership;
  membership.dtks_id = PlainText(row, 0);
  membership.kk = PlainText(row, 1);
  if (!row.Text(2).empty()) membership.nik = PlainText(row, 2);
  membership.decile = static_cast<int>(row.Int(3));
  membership.round = PlainText(row, 4);
  std::optional<domain::DtksStatus> status = domain::ParseDtksStatus(row.Text(5));
  if (!status) return BadColumn("dtks_members", "status");
  membership.status = *status;
  return membership;
}

Result<ReceivedAid> ReadReceivedAid(const Row& row) {
  ReceivedAid aid;
  domain::RecipientRecord& record = aid.record;
  record.program_code = PlainText(row, 0);
  record.period = PlainText(row, 1);
  std::optional<domain::RecipientStage> stage = domain::ParseRecipientStage(row.Text(2));
  if (!stage) return BadColumn("recipients", "stage");
  record.stage = *stage;
  record.nik = PlainText(row, 3);
  record.kk = OptionalText(row, 4);
  record.name = PlainText(row, 5);
  Result<domain::RegionCode> desa = ReadRegionCode(row, 6);
  if (!desa.ok()) return desa.status();
  record.desa = *desa;
  if (!row.IsNull(7)) record.amount_rupiah = row.Int(7);
  record.goods = PlainText(row, 8);
  if (!ReadOptionalDate(row, 9, record.received_on)) return BadColumn("recipients", "received_on");
  record.decree_number = PlainText(row, 10);
  aid.source_job_id = row.Int(11);
  return aid;
}

Result<Job> ReadJob(const Row& row) {
  Job job;
  job.id = row.Int(0);
  job.kind = PlainText(row, 1);
  job.file_name = PlainText(row, 2);
  std::optional<JobStatus> status = ParseJobStatus(row.Text(3));
  if (!status) return BadColumn("jobs", "status");
  job.status = *status;
  job.rows_total = row.Int(4);
  job.rows_done = row.Int(5);
  job.rows_errors = row.Int(6);
  job.created_at = row.Int(7);
  job.started_at = row.Int(8);
  job.finished_at = row.Int(9);
  job.heartbeat_at = row.Int(10);
  job.error_report_path = PlainText(row, 11);
  job.created_by = row.Int(12);
  job.cancel_requested = row.Int(13) != 0;
  job.message = PlainText(row, 14);
  job.params = PlainText(row, 15);
  job.scope_region = PlainText(row, 16);
  job.result_path = PlainText(row, 17);
  return job;
}

}  // namespace tepat::store::sql
