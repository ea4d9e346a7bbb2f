#include "match/screening_rules.hpp"

#include <algorithm>
#include <cctype>

#include "domain/household.hpp"
#include "fmt/format.h"

namespace tepat::match {
namespace {

constexpr std::array<const char*, 3> kVerdictCodes = {"LOLOS", "PERLU_VERIFIKASI", "DITOLAK"};
constexpr std::array<const char*, kScreeningReasonCount> kReasonCodes = {
    "DATA_TIDAK_LENGKAP", "NIK_TIDAK_VALID",     "NIK_TIDAK_DITEMUKAN", "NAMA_BERBEDA",    "TANGGAL_LAHIR_BERBEDA",
    "MENINGGAL",          "PINDAH",              "DI_LUAR_WILAYAH",     "GANDA_DALAM_DAFTAR", "SUDAH_MENERIMA",
    "MENERIMA_PROGRAM_LAIN", "ANGGOTA_KK_MENERIMA", "TERDAFTAR_DTKS",   "TIDAK_TERDAFTAR_DTKS", "DESIL_DI_ATAS_BATAS"};
constexpr size_t kMaxCandidatesLimit = 20;

bool SameIgnoringCase(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
  });
}

template <size_t N>
std::optional<size_t> FindCode(const std::array<const char*, N>& codes, std::string_view text) {
  for (size_t i = 0; i < N; ++i) {
    if (SameIgnoringCase(codes[i], text)) return i;
  }
  return std::nullopt;
}

}  // namespace

const char* VerdictCode(Verdict verdict) { return kVerdictCodes[static_cast<size_t>(verdict)]; }

std::optional<Verdict> ParseVerdict(std::string_view text) {
  const auto index = FindCode(kVerdictCodes, text);
  if (!index) return std::nullopt;
  return static_cast<Verdict>(*index);
}

const char* ScreeningReasonCode(ScreeningReason reason) { return kReasonCodes[static_cast<size_t>(reason)]; }

std::optional<ScreeningReason> ParseScreeningReason(std::string_view text) {
  const auto index = FindCode(kReasonCodes, text);
  if (!index) return std::nullopt;
  return static_cast<ScreeningReason>(*index);
}

const std::array<ScreeningReason, kScreeningReasonCount>& AllScreeningReasons() {
  static const auto kAll = [] {
    std::array<ScreeningReason, kScreeningReasonCount> all{};
    for (size_t i = 0; i < kScreeningReasonCount; ++i) all[i] = static_cast<ScreeningReason>(i);
    return all;
  }();
  return kAll;
}

ScreeningRules DefaultScreeningRules() {
  ScreeningRules rules;
  rules.verdicts.fill(Verdict::kDitolak);
  for (const ScreeningReason reason :
       {ScreeningReason::kRowIncomplete, ScreeningReason::kNikMalformed, ScreeningReason::kNikNotFound,
        ScreeningReason::kNameDiffers, ScreeningReason::kBirthDateDiffers, ScreeningReason::kNotInDtks}) {
    rules.SetVerdict(reason, Verdict::kPerluVerifikasi);
  }
  rules.SetVerdict(ScreeningReason::kInDtks, Verdict::kLolos);
  return rules;
}

domain::Status ValidateScreeningRules(const ScreeningRules& rules) {
  if (rules.decile_cap && (*rules.decile_cap < domain::kMinDecile || *rules.decile_cap > domain::kMaxDecile)) {
    return domain::InvalidArgument(fmt::format("decile_cap must be a whole number from {} to {}", domain::kMinDecile,
                                               domain::kMaxDecile));
  }
  if (!(rules.name_similarity > 0 && rules.name_similarity <= 1)) {
    return domain::InvalidArgument("name_similarity must be a number in (0, 1]");
  }
  if (!(rules.candidate_probability > 0 && rules.candidate_probability <= 1)) {
    return domain::InvalidArgument("candidate_probability must be a number in (0, 1]");
  }
  if (rules.max_candidates > kMaxCandidatesLimit) {
    return domain::InvalidArgument(fmt::format("max_candidates must be from 0 to {}", kMaxCandidatesLimit));
  }
  for (size_t i = 0; i < rules.excluded_programs.size(); ++i) {
    if (rules.excluded_programs[i].empty()) {
      return domain::InvalidArgument(fmt::format("excluded_programs[{}] must be a program code, not empty", i));
    }
  }
  return domain::Status::Ok();
}

}  // namespace tepat::match
