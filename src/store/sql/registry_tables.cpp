#include "store/sql/registry_tables.hpp"

#include <unordered_map>

namespace tepat::store::sql {
namespace {

SqlParam Text(std::string value) { return SqlParam(std::move(value)); }
SqlParam Date(const domain::CivilDate& date) { return SqlParam(date.Iso()); }
SqlParam Code(const char* code) { return SqlParam(std::string(code)); }

CellPatch SetCell(SqlParam value) { return CellPatch::Set(std::move(value)); }

/// A Patch<T> as a CellPatch, the value converted to its stored form by `to_param`.
template <typename T, typename ToParam>
CellPatch FromPatch(const Patch<T>& patch, ToParam to_param) {
  switch (patch.op) {
    case Patch<T>::Op::kKeep: return CellPatch::Keep();
    case Patch<T>::Op::kClear: return CellPatch::Clear();
    case Patch<T>::Op::kSet: return CellPatch::Set(to_param(patch.value));
  }
  return CellPatch::Keep();
}

CellPatch TextPatch(const Patch<std::string>& patch) { return FromPatch(patch, Text); }
CellPatch TextPatch(Patch<std::string>&& patch) {
  if (patch.op == Patch<std::string>::Op::kSet) return CellPatch::Set(Text(std::move(patch.value)));
  return FromPatch(patch, Text);  // no value to move
}
CellPatch DatePatch(const Patch<domain::CivilDate>& patch) { return FromPatch(patch, Date); }
CellPatch RelationPatch(const Patch<domain::FamilyRelation>& patch) {
  return FromPatch(patch, [](domain::FamilyRelation r) { return Code(domain::FamilyRelationCode(r)); });
}

constexpr char kKeySeparator = '|';

}  // namespace

std::string SearchKey(std::string_view text) {
  std::string key(text);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

std::string ContainsPattern(std::string_view query) {
  std::string pattern = "%";
  for (char c : SearchKey(query)) {
    if (c == '%' || c == '_' || c == '\\') pattern.push_back('\\');
    pattern.push_back(c);
  }
  pattern.push_back('%');
  return pattern;
}

const EntityTable& PeopleTable() {
  static const EntityTable kTable(RegistryEntity::kPerson, "people",
                                  {{"nik"}, {"kk"}, {"name"}, {"search_name", CellType::kText, false},
                                   {"birth_place"}, {"birth_date"}, {"sex"}, {"religion"}, {"relation"},
                                   {"address"}, {"rt"}, {"rw"}, {"desa"}, {"life_status"}, {"status_date"},
                                   {"status_source"}});
  return kTable;
}

const EntityTable& HouseholdsTable() {
  static const EntityTable kTable(RegistryEntity::kHousehold, "households", {{"kk"}, {"head_nik"}, {"desa"}});
  return kTable;
}

const EntityTable& DtksMembersTable() {
  static const EntityTable kTable(RegistryEntity::kDtksMember, "dtks_members",
                                  {{"round"}, {"kk"}, {"nik"}, {"dtks_id"}, {"name"}, {"relation"}, {"desa"},
                                   {"address"}, {"decile", CellType::kInt}, {"status"}});
  return kTable;
}

const EntityTable& ProgramsTable() {
  static const EntityTable kTable(RegistryEntity::kProgram, "programs",
                                  {{"code"}, {"name"}, {"kind"}, {"funding"}, {"agency"}, {"region"}, {"starts"},
                                   {"ends"}, {"note"}});
  return kTable;
}

const EntityTable& RecipientsTable() {
  static const EntityTable kTable(RegistryEntity::kRecipient, "recipients",
                                  {{"program_code"}, {"period"}, {"stage"}, {"nik"}, {"kk"}, {"name"}, {"desa"},
                                   {"amount_rupiah", CellType::kInt}, {"goods"}, {"received_on"},
                                   {"decree_number"}});
  return kTable;
}

BatchRow PersonBatchRow(const PersonUpdate& update) { return PersonBatchRow(PersonUpdate(update)); }

BatchRow PersonBatchRow(PersonUpdate&& u) {
  std::string key = u.nik;
  std::string search_name = SearchKey(u.name);
  // A braced list is evaluated left to right: each field is moved from once.
  return BatchRow{
      std::move(key),
      {SetCell(Text(std::move(u.nik))), SetCell(Text(std::move(u.kk))), SetCell(Text(std::move(u.name))),
       SetCell(Text(std::move(search_name))), TextPatch(std::move(u.birth_place)), SetCell(Date(u.birth_date)),
       SetCell(Code(domain::SexCode(u.sex))), TextPatch(std::move(u.religion)), RelationPatch(u.relation),
       TextPatch(std::move(u.address)), TextPatch(std::move(u.rt)), TextPatch(std::move(u.rw)),
       SetCell(Text(u.desa.compact())),
       FromPatch(u.life_status, [](domain::LifeStatus s) { return Code(domain::LifeStatusCode(s)); }),
       DatePatch(u.status_date), TextPatch(std::move(u.status_source))}};
}

std::vector<BatchRow> HouseholdBatchRows(const std::vector<PersonUpdate>& people) {
  std::vector<BatchRow> rows;
  std::unordered_map<std::string_view, std::size_t> index;
  for (const PersonUpdate& person : people) {
    auto [it, added] = index.try_emplace(person.kk, rows.size());
    if (added) rows.push_back(BatchRow{person.kk, {SetCell(Text(person.kk)), CellPatch::Keep(), CellPatch::Keep()}});
    BatchRow& row = rows[it->second];
    row.cells[2] = SetCell(Text(person.desa.compact()));
    const bool is_head =
        person.relation.op == Patch<domain::FamilyRelation>::Op::kSet && person.relation.value == domain::FamilyRelation::kHead;
    if (is_head) row.cells[1] = SetCell(Text(person.nik));
  }
  return rows;
}

BatchRow DtksBatchRow(const DtksUpdate& u) {
  const std::string nik = u.nik.value_or("");
  return BatchRow{u.round + kKeySeparator + u.kk + kKeySeparator + nik,
                  {SetCell(Text(u.round)), SetCell(Text(u.kk)), SetCell(Text(nik)), TextPatch(u.dtks_id),
                   SetCell(Text(u.name)), RelationPatch(u.relation), SetCell(Text(u.desa.compact())),
                   TextPatch(u.address), SetCell(SqlParam(std::int64_t{u.decile})),
                   SetCell(Code(domain::DtksStatusCode(u.status)))}};
}

BatchRow ProgramBatchRow(const ProgramUpdate& u) {
  return BatchRow{u.code,
                  {SetCell(Text(u.code)), SetCell(Text(u.name)), SetCell(Code(domain::ProgramKindCode(u.kind))),
                   SetCell(Code(domain::FundingSourceCode(u.funding))), TextPatch(u.agency),
                   SetCell(Text(u.region.compact())), SetCell(Date(u.starts)), DatePatch(u.ends),
                   TextPatch(u.note)}};
}

BatchRow RecipientBatchRow(const RecipientUpdate& u) {
  const std::string stage = domain::RecipientStageCode(u.stage);
  std::string key = u.program_code + kKeySeparator + u.period + kKeySeparator + stage + kKeySeparator;
  // Without a NIK the entry is told apart by name and desa ("~" cannot start a NIK).
  key += u.nik ? *u.nik : "~" + SearchKey(u.name) + kKeySeparator + u.desa.compact();
  return BatchRow{std::move(key),
                  {SetCell(Text(u.program_code)), SetCell(Text(u.period)), SetCell(Text(stage)),
                   u.nik ? SetCell(Text(*u.nik)) : CellPatch::Clear(), TextPatch(u.kk), SetCell(Text(u.name)),
                   SetCell(Text(u.desa.compact())),
                   FromPatch(u.amount_rupiah, [](std::int64_t v) { return SqlParam(v); }), TextPatch(u.goods),
                   DatePatch(u.received_on), TextPatch(u.decree_number)}};
}

}  // namespace tepat::store::sql
