#include "match/screener.hpp"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>

#include "fmt/format.h"
#include "match/name_normalizer.hpp"
#include "match/prepared_records.hpp"
#include "match/string_similarity.hpp"
#include "match/text_normalizer.hpp"

namespace tepat::match {
namespace {

namespace cols = screening_columns;

constexpr size_t kChunkRows = 16384;
constexpr size_t kParallelGrain = 512;
constexpr size_t kNikLength = 16;

bool SameIgnoringCase(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
  });
}

std::optional<size_t> FindColumn(const RecordTable& list, std::string_view name) {
  for (size_t i = 0; i < list.columns().size(); ++i) {
    if (SameIgnoringCase(list.columns()[i], name)) return i;
  }
  return std::nullopt;
}

std::string_view Cell(const RecordTable& list, size_t row, const std::optional<size_t>& column) {
  return column ? list.Value(row, *column) : std::string_view();
}

std::string DigitsOf(std::string_view text) {
  std::string digits;
  for (const char c : text) {
    if (c >= '0' && c <= '9') digits.push_back(c);
  }
  return digits;
}

// A NIK is well formed when it has 16 digits, a real birth date (day + 40 for women) and a serial other than 0000.
bool NikWellFormed(std::string_view text) {
  const std::string digits = DigitsOf(text);
  if (digits.size() != kNikLength || !IdentityNumberKey(text)) return false;
  const auto two = [&](size_t at) { return (digits[at] - '0') * 10 + (digits[at + 1] - '0'); };
  int day = two(6);
  if (day > 40) day -= 40;
  const int month = two(8);
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  return digits.substr(12) != "0000";
}

bool ProgramIn(std::string_view code, const ScreeningRules& rules) {
  return std::find(rules.excluded_programs.begin(), rules.excluded_programs.end(), code) !=
         rules.excluded_programs.end();
}

std::string DottedDesa(std::string_view digits) {
  constexpr size_t kDesaDigits = 10;
  if (digits.size() != kDesaDigits) return std::string(digits);
  return fmt::format("{}.{}.{}.{}", digits.substr(0, 2), digits.substr(2, 2), digits.substr(4, 2), digits.substr(6));
}

// Checks one row against the registry (everything except the checks across rows of the list and fuzzy look-ups).
class RowChecker {
 public:
  RowChecker(const ScreeningRegistry& registry, const RecordTable& list, const ListColumns& columns,
             const ScreeningProgram& program, const ScreeningRules& rules)
      : registry_(registry), list_(list), columns_(columns), program_(program), rules_(rules) {}

  void Check(size_t row, ScreenedRow& out) const {
    out.row = row;
    const std::string_view nik_text = Cell(list_, row, columns_.nik);
    const std::string_view name = Cell(list_, row, columns_.name);
    if (nik_text.empty() && name.empty()) {
      Add(out, ScreeningReason::kRowIncomplete, "NIK dan NAMA kosong");
      return;
    }
    // A NIK the registry holds is taken as it is; only an unknown one is checked for its structure.
    std::optional<uint64_t> nik = IdentityNumberKey(nik_text);
    if (nik) out.registry_row = registry_.FindNik(*nik);
    if (nik_text.empty()) {
      Add(out, ScreeningReason::kNikNotFound, "NIK kosong");
    } else if (!out.registry_row && !NikWellFormed(nik_text)) {
      nik.reset();
      Add(out, ScreeningReason::kNikMalformed, "bukan NIK yang sah (16 angka, tanggal lahir, nomor urut)");
    } else if (!out.registry_row) {
      Add(out, ScreeningReason::kNikNotFound, "");
    }
    if (out.registry_row) CheckAgainstPerson(row, *out.registry_row, out);
    CheckRegion(row, out);
    const uint64_t kk = out.registry_row ? registry_.KkOf(*out.registry_row)
                                         : IdentityNumberKey(Cell(list_, row, columns_.kk)).value_or(0);
    if (nik) CheckAid(*nik, kk, out);
    CheckDtks(nik.value_or(0), kk, out);
  }

 private:
  static void Add(ScreenedRow& out, ScreeningReason reason, std::string detail) {
    out.findings.push_back({reason, std::move(detail)});
  }

  void CheckAgainstPerson(size_t row, uint32_t person, ScreenedRow& out) const {
    const RecordTable& people = registry_.table();
    const std::string_view name = Cell(list_, row, columns_.name);
    const std::string_view registry_name = people.Value(person, registry_.column(cols::kName));
    if (!name.empty()) {
      const std::string a = NormalizeIndonesianName(name);
      const std::string b = NormalizeIndonesianName(registry_name);
      if (a != b && JaroWinkler(a, b) < rules_.name_similarity) {
        Add(out, ScreeningReason::kNameDiffers, fmt::format("Dukcapil: {}", registry_name));
      }
    }
    const std::string_view birth = Cell(list_, row, columns_.birth_date);
    const std::string_view registry_birth = people.Value(person, registry_.column(cols::kBirthDate));
    if (!birth.empty() && NormalizeDate(birth) != NormalizeDate(registry_birth)) {
      Add(out, ScreeningReason::kBirthDateDiffers, fmt::format("Dukcapil: {}", registry_birth));
    }
    const std::string_view since = people.Value(person, registry_.column(cols::kStatusDate));
    const auto dated = [&](std::string_view what) {
      return since.empty() ? std::string(what) : fmt::format("{} {}", what, since);
    };
    switch (registry_.LifeOf(person)) {
      case ScreeningLife::kDeceased:
        Add(out, ScreeningReason::kDeceased, dated("meninggal"));
        break;
      case ScreeningLife::kMoved:
        Add(out, ScreeningReason::kMoved, dated("pindah"));
        break;
      case ScreeningLife::kAlive:
        break;
    }
  }

  void CheckRegion(size_t row, ScreenedRow& out) const {
    if (program_.region.empty()) return;
    const std::string desa = out.registry_row
                                 ? DigitsOf(registry_.table().Value(*out.registry_row, registry_.column(cols::kDesa)))
                                 : DigitsOf(Cell(list_, row, columns_.desa));
    if (desa.empty() || desa.starts_with(program_.region)) return;
    Add(out, ScreeningReason::kOutsideRegion, fmt::format("desa {}", DottedDesa(desa)));
  }

  void CheckAid(uint64_t nik, uint64_t kk, ScreenedRow& out) const {
    for (const AidHit& hit : registry_.AidOfNik(nik)) {
      if (hit.period != program_.period) continue;
      if (hit.program_code == program_.code) {
        Add(out, ScreeningReason::kAlreadyReceived, fmt::format("{} {}", hit.program_code, hit.period));
      } else if (ProgramIn(hit.program_code, rules_)) {
        Add(out, ScreeningReason::kReceivesExcluded, fmt::format("{} {}", hit.program_code, hit.period));
      }
    }
    if (!rules_.household_rule || kk == 0) return;
    for (const AidHit& hit : registry_.AidOfKk(kk)) {
      if (hit.nik == nik || hit.period != program_.period) continue;
      if (hit.program_code == program_.code || ProgramIn(hit.program_code, rules_)) {
        Add(out, ScreeningReason::kHouseholdReceives, fmt::format("{} {}", hit.program_code, hit.period));
        return;
      }
    }
  }

  void CheckDtks(uint64_t nik, uint64_t kk, ScreenedRow& out) const {
    std::optional<DtksHit> hit = nik != 0 ? registry_.DtksOfNik(nik) : std::nullopt;
    if ((!hit || !hit->active) && kk != 0) hit = registry_.DtksOfKk(kk);
    if (!hit || !hit->active) {
      Add(out, ScreeningReason::kNotInDtks, registry_.newest_dtks_round().empty()
                                                ? std::string()
                                                : fmt::format("periode {}", registry_.newest_dtks_round()));
      return;
    }
    Add(out, ScreeningReason::kInDtks, fmt::format("desil {}, periode {}", hit->decile, hit->round));
    if (rules_.decile_cap && hit->decile > *rules_.decile_cap) {
      Add(out, ScreeningReason::kDecileAboveCap, fmt::format("desil {} > batas {}", hit->decile, *rules_.decile_cap));
    }
  }

  const ScreeningRegistry& registry_;
  const RecordTable& list_;
  const ListColumns& columns_;
  const ScreeningProgram& program_;
  const ScreeningRules& rules_;
};

// Rows naming the same person twice, and other members of one KK in the list, in list order.
void CheckAcrossRows(const ScreeningRegistry& registry, const RecordTable& list, const ListColumns& columns,
                     const ScreeningRules& rules, std::vector<ScreenedRow>& rows) {
  std::unordered_map<std::string, size_t> first_of_person;
  std::unordered_map<uint64_t, std::pair<std::string, size_t>> first_of_kk;  // kk -> (person key, row)
  for (ScreenedRow& out : rows) {
    const size_t row = out.row;
    std::string person;
    if (out.registry_row) {
      person = fmt::format("r{}", *out.registry_row);
    } else if (const auto nik = IdentityNumberKey(Cell(list, row, columns.nik))) {
      person = fmt::format("n{}", *nik);
    } else {
      const std::string name = NormalizeIndonesianName(Cell(list, row, columns.name));
      if (name.empty()) continue;
      person = fmt::format("t{}|{}", name, DigitsOf(Cell(list, row, columns.desa)));
    }
    const auto [it, fresh] = first_of_person.emplace(person, row);
    if (!fresh) {
      out.findings.push_back({ScreeningReason::kDuplicateInList, fmt::format("sama dengan baris data {}", it->second + 1)});
      continue;
    }
    if (!rules.household_rule) continue;
    const uint64_t kk = out.registry_row ? registry.KkOf(*out.registry_row)
                                         : IdentityNumberKey(Cell(list, row, columns.kk)).value_or(0);
    if (kk == 0) continue;
    const auto [member, first_member] = first_of_kk.emplace(kk, std::make_pair(person, row));
    if (!first_member) {
      out.findings.push_back(
          {ScreeningReason::kHouseholdReceives, fmt::format("satu KK dengan baris data {}", member->second.second + 1)});
    }
  }
}

// Fuzzy candidates for rows whose NIK is malformed or unknown.
domain::Status AddCandidates(const ScreeningRegistry& registry, const RecordTable& list, const ListColumns& columns,
                             const ScreeningRules& rules, std::vector<ScreenedRow>& rows, const Progress& progress) {
  RegistryIndex* index = registry.fuzzy();
  if (index == nullptr || rules.max_candidates == 0) return domain::Status::Ok();
  std::vector<size_t> wanted;
  for (const ScreenedRow& out : rows) {
    if (!out.registry_row && !Cell(list, out.row, columns.name).empty()) wanted.push_back(out.row);
  }
  if (wanted.empty()) return domain::Status::Ok();
  RecordTable lookups(registry.table().columns());
  lookups.Reserve(wanted.size());
  for (const size_t row : wanted) {
    const std::string id = fmt::format("list-{}", row);
    (void)lookups.AddRow({id, Cell(list, row, columns.nik), Cell(list, row, columns.kk), Cell(list, row, columns.name),
                          Cell(list, row, columns.birth_place), Cell(list, row, columns.birth_date),
                          Cell(list, row, columns.sex), Cell(list, row, columns.desa), "", ""});
  }
  auto found = index->Screen(lookups, rules.candidate_probability, rules.max_candidates, progress);
  if (!found.ok()) return found.status();
  for (size_t i = 0; i < wanted.size(); ++i) {
    for (const RegistryMatch& match : (*found)[i]) {
      rows[wanted[i]].candidates.push_back({match.registry_row, match.probability});
    }
  }
  return domain::Status::Ok();
}

}  // namespace

void ScreeningCounts::Add(const ScreenedRow& row) {
  ++rows;
  ++verdicts[static_cast<size_t>(row.verdict)];
  std::array<bool, kScreeningReasonCount> seen{};
  for (const ScreeningFinding& finding : row.findings) {
    const auto index = static_cast<size_t>(finding.reason);
    if (!seen[index]) ++reasons[index];
    seen[index] = true;
  }
}

domain::Result<ListColumns> ListColumns::Find(const RecordTable& list) {
  ListColumns columns;
  columns.nik = FindColumn(list, cols::kNik);
  columns.kk = FindColumn(list, cols::kKk);
  columns.name = FindColumn(list, cols::kName);
  columns.birth_date = FindColumn(list, cols::kBirthDate);
  columns.birth_place = FindColumn(list, cols::kBirthPlace);
  columns.sex = FindColumn(list, cols::kSex);
  columns.desa = FindColumn(list, cols::kDesa);
  if (!columns.nik && !columns.name) {
    return domain::InvalidArgument("the list needs a NIK or a NAMA column (headers as in the recipients template)");
  }
  return columns;
}

Verdict VerdictOf(const std::vector<ScreeningFinding>& findings, const ScreeningRules& rules) {
  Verdict worst = Verdict::kLolos;
  for (const ScreeningFinding& finding : findings) worst = std::max(worst, rules.VerdictOf(finding.reason));
  return worst;
}

domain::Result<ScreeningResult> ScreenList(const ScreeningRegistry& registry, const RecordTable& list,
                                           const ScreeningProgram& program, const ScreeningRules& rules,
                                           const Progress& progress) {
  ScreeningResult result;
  if (list.rows() == 0) return result;
  auto columns = ListColumns::Find(list);
  if (!columns.ok()) return columns.status();
  result.rows.resize(list.rows());
  const RowChecker checker(registry, list, *columns, program, rules);
  for (size_t begin = 0; begin < list.rows(); begin += kChunkRows) {
    const size_t end = std::min(list.rows(), begin + kChunkRows);
    tbb::parallel_for(tbb::blocked_range<size_t>(begin, end, kParallelGrain), [&](const auto& range) {
      for (size_t row = range.begin(); row < range.end(); ++row) checker.Check(row, result.rows[row]);
    });
    progress.Report("screening", end, list.rows());
    if (progress.Cancelled()) return domain::FailedPrecondition("cancelled");
  }
  CheckAcrossRows(registry, list, *columns, rules, result.rows);
  if (auto status = AddCandidates(registry, list, *columns, rules, result.rows, progress); !status.ok()) return status;
  for (ScreenedRow& out : result.rows) {
    std::stable_sort(out.findings.begin(), out.findings.end(),
                     [](const ScreeningFinding& a, const ScreeningFinding& b) { return a.reason < b.reason; });
    out.verdict = VerdictOf(out.findings, rules);
    result.counts.Add(out);
  }
  return result;
}

}  // namespace tepat::match
