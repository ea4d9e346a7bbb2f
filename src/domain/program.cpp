#include "domain/program.hpp"

#include <array>
#include <utility>

#include "domain/code_text.hpp"

namespace tepat::domain {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> Lookup(const std::array<std::pair<const char*, Enum>, N>& table, std::string_view text) {
  const std::string s = CanonicalCode(text);
  for (const auto& [name, value] : table) {
    if (s == name) return value;
  }
  return std::nullopt;
}

}  // namespace

const char* ProgramKindCode(ProgramKind kind) {
  switch (kind) {
    case ProgramKind::kBst: return "BST";
    case ProgramKind::kPkh: return "PKH";
    case ProgramKind::kBpnt: return "BPNT";
    case ProgramKind::kSembako: return "SEMBAKO";
    case ProgramKind::kBltDanaDesa: return "BLT_DANA_DESA";
    case ProgramKind::kBanpres: return "BANPRES";
    case ProgramKind::kBanprov: return "BANPROV";
    case ProgramKind::kBankot: return "BANKOT";
    case ProgramKind::kBankab: return "BANKAB";
    case ProgramKind::kOther: return "LAINNYA";
  }
  return "LAINNYA";
}

std::optional<ProgramKind> ParseProgramKind(std::string_view text) {
  static const std::array<std::pair<const char*, ProgramKind>, 12> kNames = {{
      {"BST", ProgramKind::kBst}, {"PKH", ProgramKind::kPkh}, {"BPNT", ProgramKind::kBpnt},
      {"SEMBAKO", ProgramKind::kSembako}, {"BLT DANA DESA", ProgramKind::kBltDanaDesa},
      {"BLT DD", ProgramKind::kBltDanaDesa}, {"BANPRES", ProgramKind::kBanpres},
      {"BANPROV", ProgramKind::kBanprov}, {"BANKOT", ProgramKind::kBankot}, {"BANKAB", ProgramKind::kBankab},
      {"LAINNYA", ProgramKind::kOther}, {"LAIN LAIN", ProgramKind::kOther},
  }};
  return Lookup(kNames, text);
}

const char* FundingSourceCode(FundingSource source) {
  switch (source) {
    case FundingSource::kApbn: return "APBN";
    case FundingSource::kApbdProvinsi: return "APBD_PROVINSI";
    case FundingSource::kApbdKabupatenKota: return "APBD_KABUPATEN_KOTA";
    case FundingSource::kDanaDesa: return "DANA_DESA";
  }
  return "APBN";
}

std::optional<FundingSource> ParseFundingSource(std::string_view text) {
  static const std::array<std::pair<const char*, FundingSource>, 9> kNames = {{
      {"APBN", FundingSource::kApbn}, {"APBD PROVINSI", FundingSource::kApbdProvinsi},
      {"APBD PROV", FundingSource::kApbdProvinsi}, {"APBD KABUPATEN KOTA", FundingSource::kApbdKabupatenKota},
      {"APBD KAB KOTA", FundingSource::kApbdKabupatenKota}, {"APBD KABUPATEN", FundingSource::kApbdKabupatenKota},
      {"APBD KOTA", FundingSource::kApbdKabupatenKota}, {"DANA DESA", FundingSource::kDanaDesa},
      {"DD", FundingSource::kDanaDesa},
  }};
  return Lookup(kNames, text);
}

const char* RecipientStageCode(RecipientStage stage) {
  return stage == RecipientStage::kRealised ? "REALISASI" : "PENETAPAN";
}

std::optional<RecipientStage> ParseRecipientStage(std::string_view text) {
  static const std::array<std::pair<const char*, RecipientStage>, 6> kNames = {{
      {"PENETAPAN", RecipientStage::kDecree}, {"SK", RecipientStage::kDecree},
      {"DITETAPKAN", RecipientStage::kDecree}, {"REALISASI", RecipientStage::kRealised},
      {"TEREALISASI", RecipientStage::kRealised}, {"DITERIMA", RecipientStage::kRealised},
  }};
  return Lookup(kNames, text);
}

}  // namespace tepat::domain
