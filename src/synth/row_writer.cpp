#include "synth/row_writer.hpp"

#include "domain/household.hpp"
#include "synth/csv_output.hpp"

namespace tepat::synth {
namespace {

constexpr int kRtRwDigits = 3;
constexpr std::string_view kDeathSource = "AKTA KEMATIAN";
constexpr std::string_view kMoveSource = "SKPWNI";
constexpr std::string_view kDecree = "PENETAPAN";
constexpr std::string_view kRealised = "REALISASI";
constexpr std::string_view kProgramEnd = "2024-12-31";

std::string_view Religion(int index) {
  if (index < 0) return {};
  return ReligionLabels()[static_cast<std::size_t>(index)];
}

std::string Padded(int value, int width) {
  std::string digits = std::to_string(value);
  if (static_cast<int>(digits.size()) < width) digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
  return digits;
}

}  // namespace

void AppendDukcapilRow(std::string& out, std::uint64_t record_id, const SyntheticHousehold& hh, std::string_view kk,
                       const SyntheticPerson& person, const RecordIdentity& id, const ReferenceData& ref) {
  std::string status_date;
  std::string_view source;
  if (person.status != domain::LifeStatus::kAlive) {
    status_date = person.status_date.Iso();
    source = person.status == domain::LifeStatus::kDeceased ? kDeathSource : kMoveSource;
  }
  CsvRow(out)
      .Text(id.nik)
      .Text(kk)
      .Upper(id.name)
      .Text(ref.kabupaten[person.birth_kabupaten].place_name)
      .Text(id.birth.Iso())
      .Text(domain::SexCode(person.sex))
      .Text(Religion(person.religion))
      .Text(RelationLabel(person.relation, person.sex))
      .Upper(hh.address)
      .Padded(hh.rt, kRtRwDigits)
      .Padded(hh.rw, kRtRwDigits)
      .Text(ref.villages[hh.village].code)
      .Text(domain::LifeStatusCode(person.status))
      .Text(status_date)
      .Text(source)
      .Id(kDukcapilIdPrefix, record_id, kIdDigits)
      .End();
}

void AppendDtksRow(std::string& out, std::uint64_t record_id, std::string_view dtks_id, const SyntheticHousehold& hh,
                   std::string_view kk, const SyntheticPerson& person, const RecordIdentity& id,
                   const ReferenceData& ref) {
  const std::string address =
      hh.address + " RT " + Padded(hh.rt, kRtRwDigits) + " RW " + Padded(hh.rw, kRtRwDigits);
  CsvRow(out)
      .Text(dtks_id)
      .Text(kk)
      .Text(id.nik)
      .Upper(id.name)
      .Text(RelationLabel(person.relation, person.sex))
      .Text(ref.villages[hh.village].code)
      .Upper(address)
      .Number(hh.decile)
      .Text(hh.dtks_round)
      .Text(domain::DtksStatusCode(hh.dtks_active ? domain::DtksStatus::kActive : domain::DtksStatus::kInactive))
      .Text(id.birth.Iso())
      .Text(domain::SexCode(person.sex))
      .Id(kDtksIdPrefix, record_id, kIdDigits)
      .End();
}

void AppendRecipientRow(std::string& out, std::uint64_t record_id, const RecipientLine& line,
                        const SyntheticHousehold& hh, const RecordIdentity& id, const ReferenceData& ref) {
  const bool goods = !line.program->goods.empty();
  const bool realised = line.stage == RecipientStage::kRealised;
  CsvRow row(out);
  row.Text(line.program->code)
      .Text(line.period)
      .Text(realised ? kRealised : kDecree)
      .Text(id.nik)
      .Text(hh.kk)
      .Text(id.name)
      .Text(ref.villages[hh.village].code);
  if (goods) {
    row.Text("").Text(line.program->goods);
  } else {
    row.Number(line.amount).Text("");
  }
  row.Text(realised ? line.received_on.Iso() : std::string())
      .Text(line.decree_number)
      .Id(kRecipientIdPrefix, record_id, kIdDigits)
      .End();
}

void AppendProgramRow(std::string& out, const Program& program) {
  std::string note = std::to_string(program.periods.size()) + " periode (" + program.periods.front() + " s.d. " +
                     program.periods.back() + "); ";
  if (!program.goods.empty()) {
    note += program.goods;
  } else if (program.amount > 0) {
    note += "Rp" + std::to_string(program.amount) + " per periode";
  } else {
    note += "nilai per keluarga menurut komponen";
  }
  CsvRow(out)
      .Text(program.code)
      .Text(program.name)
      .Text(domain::ProgramKindCode(program.kind))
      .Text(domain::FundingSourceCode(program.funding))
      .Text(program.agency)
      .Text(program.region_code)
      .Text(program.periods.front() + "-01")
      .Text(kProgramEnd)
      .Text(note)
      .End();
}

void AppendTruthRow(std::string& out, std::string_view record_prefix, std::uint64_t record_id, std::string_view file,
                    std::uint64_t line, std::uint64_t person_id, const DirtSet& dirt) {
  CsvRow(out)
      .Id(record_prefix, record_id, kIdDigits)
      .Text(file)
      .Number(static_cast<std::int64_t>(line))
      .Id(kPersonIdPrefix, person_id, kIdDigits);
  out.push_back(',');
  dirt.AppendNames(out);
  out.push_back('\n');
}

}  // namespace tepat::synth
