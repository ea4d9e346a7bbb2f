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

BatchRow PersonBatchRow(const PeopleBatch& people, std::size_t row) {
  const CellRows& cells = people.cells();
  BatchRow out{std::string(people.nik(row)), {}};
  out.cells.reserve(cells.width());
  for (std::size_t c = 0; c < cells.width(); ++c) {
    switch (cells.op(row, c)) {
      case CellRows::Op::kKeep: out.cells.push_back(CellPatch::Keep()); break;
      case CellRows::Op::kClear: out.cells.push_back(CellPatch::Clear()); break;
      case CellRows::Op::kSet: out.cells.push_back(SetCell(Text(std::string(cells.text(row, c))))); break;
    }
  }
  return out;
}

std::vector<HouseholdOfPeople> HouseholdsOf(const std::vector<PeopleBatch>& batches) {
  namespace col = people_columns;
  const std::string_view head = domain::FamilyRelationCode(domain::FamilyRelation::kHead);
  std::vector<HouseholdOfPeople> households;
  std::unordered_map<std::string_view, std::size_t> index;
  for (const PeopleBatch& batch : batches) {
    const CellRows& cells = batch.cells();
    for (std::size_t r = 0; r < cells.rows(); ++r) {
      const std::string_view kk = cells.text(r, col::kKk);
      auto [it, added] = index.try_emplace(kk, households.size());
      if (added) households.push_back({kk, {}, {}});
      HouseholdOfPeople& household = households[it->second];
      household.desa = cells.text(r, col::kDesa);
      if (cells.op(r, col::kRelation) == CellRows::Op::kSet && cells.text(r, col::kRelation) == head) {
        household.head_nik = cells.text(r, col::kNik);
      }
    }
  }
  return households;
}

BatchRow HouseholdBatchRow(const HouseholdOfPeople& household) {
  return BatchRow{std::string(household.kk),
                  {SetCell(Text(std::string(household.kk))),
                   household.head_nik.empty() ? CellPatch::Keep() : SetCell(Text(std::string(household.head_nik))),
                   SetCell(Text(std::string(household.desa)))}};
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
