#pragma once
// Screener: screens a proposed recipient list (pemadanan/filterisasi) against a ScreeningRegistry for one program
// and period, giving every row a verdict and every reason that applies.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/status.hpp"
#include "match/progress.hpp"
#include "match/record_table.hpp"
#include "match/screening_registry.hpp"
#include "match/screening_rules.hpp"

namespace tepat::match {

/// The program and period a list is proposed for.
struct ScreeningProgram {
  std::string code;
  std::string period;
  std::string region;  ///< compact region code the program covers (any level); "" for anywhere
};

/// One reason found for a row, with a short detail for the operator (dates, decile, program, list row). Details
/// never hold a NIK or KK.
struct ScreeningFinding {
  ScreeningReason reason = ScreeningReason::kRowIncomplete;
  std::string detail;
};

/// A registry person offered for a row whose NIK is malformed or unknown.
struct FuzzyCandidate {
  uint32_t registry_row = 0;
  float probability = 0;
};

/// The outcome for one row of the list.
struct ScreenedRow {
  size_t row = 0;  ///< row of the list table
  Verdict verdict = Verdict::kLolos;
  std::vector<ScreeningFinding> findings;       ///< in reason order
  std::optional<uint32_t> registry_row;         ///< the registry person the NIK names
  std::vector<FuzzyCandidate> candidates;       ///< best first
};

/// Counts of a screening.
struct ScreeningCounts {
  std::array<uint64_t, 3> verdicts{};                      ///< by Verdict
  std::array<uint64_t, kScreeningReasonCount> reasons{};   ///< rows with each reason
  uint64_t rows = 0;
  /// Adds one row.
  void Add(const ScreenedRow& row);
};

/// The result of screening a list: one row per list row, in list order.
struct ScreeningResult {
  std::vector<ScreenedRow> rows;
  ScreeningCounts counts;
};

/// Where the list's columns are (header names of the recipients template: NIK, NO_KK, NAMA, TANGGAL_LAHIR,
/// TEMPAT_LAHIR, JENIS_KELAMIN, KODE_DESA); any may be missing.
struct ListColumns {
  std::optional<size_t> nik, kk, name, birth_date, birth_place, sex, desa;
  /// Finds the columns by header name (case-insensitive). InvalidArgument when the list has neither NIK nor NAMA.
  static domain::Result<ListColumns> Find(const RecordTable& list);
};

/// Screens every row of `list`. Rules must be valid (ValidateScreeningRules). Reports "screening" progress per chunk
/// of rows and returns FailedPrecondition "cancelled" when asked to stop. An empty list gives an empty result.
/// Errors: InvalidArgument for a list without NIK and NAMA columns or fuzzy look-ups refused by the index guard.
/// Thread-safety: uses all cores; concurrent calls on one registry serialise in the fuzzy index.
domain::Result<ScreeningResult> ScreenList(const ScreeningRegistry& registry, const RecordTable& list,
                                           const ScreeningProgram& program, const ScreeningRules& rules,
                                           const Progress& progress = {});

/// The worst verdict of `findings` under `rules` (LOLOS when none).
Verdict VerdictOf(const std::vector<ScreeningFinding>& findings, const ScreeningRules& rules);

}  // namespace tepat::match
