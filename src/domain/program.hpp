#pragma once
// Program: a social-assistance program (bansos) with its kind and funding source, and the record of who received it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/civil_date.hpp"
#include "domain/region_code.hpp"

namespace tepat::domain {

/// Kinds of aid named in the seeds.
enum class ProgramKind { kBst, kPkh, kBpnt, kSembako, kBltDanaDesa, kBanpres, kBanprov, kBankot, kBankab, kOther };

/// Template code: "BST", "PKH", "BPNT", "SEMBAKO", "BLT_DANA_DESA", "BANPRES", "BANPROV", "BANKOT", "BANKAB", "LAINNYA".
const char* ProgramKindCode(ProgramKind kind);
/// Parses the codes above case-insensitively, with spaces or dashes for underscores (e.g. "BLT Dana Desa").
std::optional<ProgramKind> ParseProgramKind(std::string_view text);

/// Who pays for a program.
enum class FundingSource { kApbn, kApbdProvinsi, kApbdKabupatenKota, kDanaDesa };

/// Template code: "APBN", "APBD_PROVINSI", "APBD_KABUPATEN_KOTA", "DANA_DESA".
const char* FundingSourceCode(FundingSource source);
/// Parses the codes above case-insensitively (spaces/dashes/slashes for underscores; also "APBD KAB/KOTA",
/// "APBD KABUPATEN", "APBD KOTA", "DD").
std::optional<FundingSource> ParseFundingSource(std::string_view text);

/// A program run by one agency for one region. `code` is unique (e.g. "BST-3510-2024").
struct Program {
  std::int64_t id = 0;           ///< assigned by the store
  std::string code;
  std::string name;
  ProgramKind kind = ProgramKind::kOther;
  FundingSource funding = FundingSource::kApbn;
  std::string agency;            ///< owner agency (e.g. "Dinas Sosial Kab. Banyuwangi"); "" when not given
  RegionCode region = *RegionCode::Parse("00");  ///< region the program covers (any level)
  CivilDate starts;
  std::optional<CivilDate> ends; ///< nullopt while open-ended
};

/// Which list a recipient row comes from: the decree that fixes the list, or what was actually disbursed.
enum class RecipientStage { kDecree, kRealised };

/// Template code: "PENETAPAN" or "REALISASI".
const char* RecipientStageCode(RecipientStage stage);
/// Parses PENETAPAN/SK/DITETAPKAN and REALISASI/TEREALISASI/DITERIMA (case-insensitive); nullopt otherwise.
std::optional<RecipientStage> ParseRecipientStage(std::string_view text);

/// One person (or household) named for one program in one period. Invariant: nik passed CheckNik.
struct RecipientRecord {
  std::string program_code;
  std::string period;                    ///< distribution period as named by the program, e.g. "2024-01", "TAHAP 2"
  RecipientStage stage = RecipientStage::kDecree;
  std::string nik;
  std::optional<std::string> kk;
  std::string name;                      ///< as written on the list (compared with the registry by the matcher)
  RegionCode desa = *RegionCode::Parse("00.00.00.0000");
  std::optional<std::int64_t> amount_rupiah;  ///< cash amount; nullopt for goods only
  std::string goods;                     ///< goods description (e.g. "beras 10 kg"); "" for cash only
  std::optional<CivilDate> received_on;  ///< date of disbursement (realisation)
  std::string decree_number;             ///< nomor SK; "" when not given
};

}  // namespace tepat::domain
