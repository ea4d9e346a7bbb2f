#pragma once
// ScreeningRules: which screening reason leads to which verdict for one program, and the program-specific checks
// (same-KK rule, decile cap, excluded programs, fuzzy look-up limits). Plain structs: the app reads them from the
// screening settings file; src/match never parses files.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/status.hpp"

namespace tepat::match {

/// Outcome of screening one proposed recipient. Ordered from best to worst: a row takes the worst verdict of its
/// reasons (LOLOS when it has none that weighs).
enum class Verdict { kLolos, kPerluVerifikasi, kDitolak };
/// "LOLOS", "PERLU_VERIFIKASI", "DITOLAK".
const char* VerdictCode(Verdict verdict);
/// Parses the codes above (case-insensitive); nullopt otherwise.
std::optional<Verdict> ParseVerdict(std::string_view text);

/// Every reason screening can give. Codes are stable (stored, exported, shown as chips in the app).
enum class ScreeningReason {
  kRowIncomplete,          ///< DATA_TIDAK_LENGKAP: the row cannot be screened (no NIK and no name, broken row)
  kNikMalformed,           ///< NIK_TIDAK_VALID: not 16 digits, impossible birth date, serial 0000
  kNikNotFound,            ///< NIK_TIDAK_DITEMUKAN: not in the civil registry (best fuzzy candidates attached)
  kNameDiffers,            ///< NAMA_BERBEDA: the name differs from the civil registry's
  kBirthDateDiffers,       ///< TANGGAL_LAHIR_BERBEDA
  kDeceased,               ///< MENINGGAL (with the date)
  kMoved,                  ///< PINDAH: civil registry says the person moved away (with the date)
  kOutsideRegion,          ///< DI_LUAR_WILAYAH: the registry's desa lies outside the program's region
  kDuplicateInList,        ///< GANDA_DALAM_DAFTAR: the same person appears earlier in the list
  kAlreadyReceived,        ///< SUDAH_MENERIMA: already a recipient of this program in this period
  kReceivesExcluded,       ///< MENERIMA_PROGRAM_LAIN: receives a program this one excludes, in this period
  kHouseholdReceives,      ///< ANGGOTA_KK_MENERIMA: another member of the same KK receives (or is earlier in the list)
  kInDtks,                 ///< TERDAFTAR_DTKS (with the decile)
  kNotInDtks,              ///< TIDAK_TERDAFTAR_DTKS
  kDecileAboveCap,         ///< DESIL_DI_ATAS_BATAS
};
inline constexpr size_t kScreeningReasonCount = 15;
/// Stored code of a reason, e.g. "NIK_TIDAK_DITEMUKAN".
const char* ScreeningReasonCode(ScreeningReason reason);
/// Parses a code above (case-insensitive); nullopt otherwise.
std::optional<ScreeningReason> ParseScreeningReason(std::string_view text);
/// Every reason, in enum order.
const std::array<ScreeningReason, kScreeningReasonCount>& AllScreeningReasons();

/// The screening configuration of one program. Value type.
struct ScreeningRules {
  /// Verdict of each reason, indexed by the enum value. Defaults: see DefaultScreeningRules.
  std::array<Verdict, kScreeningReasonCount> verdicts{};
  /// Whether "another member of the same KK already receives" applies (household-targeted aid).
  bool household_rule = true;
  /// Highest DTKS decile the program accepts; nullopt for no cap.
  std::optional<int> decile_cap;
  /// Program codes whose recipients (in the same period) may not receive this program.
  std::vector<std::string> excluded_programs;
  /// Jaro-Winkler similarity of the normalised names at or above which a name counts as the same.
  double name_similarity = 0.9;
  /// Fuzzy candidates offered for a NIK that is not found: at least this probability, at most this many.
  double candidate_probability = 0.5;
  size_t max_candidates = 3;

  Verdict VerdictOf(ScreeningReason reason) const { return verdicts[static_cast<size_t>(reason)]; }
  void SetVerdict(ScreeningReason reason, Verdict verdict) { verdicts[static_cast<size_t>(reason)] = verdict; }
};

/// The defaults: PERLU_VERIFIKASI for a malformed or unknown NIK (the fuzzy candidates help the check); DITOLAK for deceased, moved, outside the region, duplicate in the
/// list, already received, excluded program, household already receives, decile above the cap; PERLU_VERIFIKASI
/// for an incomplete row, differing name or birth date and not in DTKS; LOLOS (shown, not weighing) for in DTKS.
/// household_rule on, no decile cap, no excluded programs.
ScreeningRules DefaultScreeningRules();

/// OK, or InvalidArgument naming the key (`decile_cap`, `name_similarity`, `candidate_probability`,
/// `max_candidates`, `excluded_programs[i]`).
domain::Status ValidateScreeningRules(const ScreeningRules& rules);

}  // namespace tepat::match
