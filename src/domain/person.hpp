#pragma once
// Person: one resident as known from civil registration (Dukcapil), with life status and its provenance.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/civil_date.hpp"
#include "domain/nik.hpp"
#include "domain/region_code.hpp"

namespace tepat::domain {

/// Whether a person is alive, deceased or has moved out of the region.
enum class LifeStatus { kAlive, kDeceased, kMoved };

/// Template code: "HIDUP", "MENINGGAL", "PINDAH".
const char* LifeStatusCode(LifeStatus status);
/// Parses HIDUP/MENINGGAL/PINDAH (also MATI, WAFAT, PINDAH DOMISILI; case-insensitive); nullopt otherwise.
std::optional<LifeStatus> ParseLifeStatus(std::string_view text);

/// Relation to the head of the family as printed on the KK (Dukcapil's list).
enum class FamilyRelation { kHead, kSpouse, kChild, kChildInLaw, kGrandchild, kParent, kParentInLaw, kOtherRelative,
                            kHelper, kOther };

/// Template code: "KEPALA KELUARGA", "ISTRI/SUAMI", "ANAK", "MENANTU", "CUCU", "ORANG TUA", "MERTUA", "FAMILI LAIN",
/// "PEMBANTU", "LAINNYA".
const char* FamilyRelationCode(FamilyRelation relation);
/// Parses the codes above, ISTRI and SUAMI alone, and the usual short forms (KK, KEPALA); nullopt otherwise.
std::optional<FamilyRelation> ParseFamilyRelation(std::string_view text);

/// Life status with when it took effect and who said so (e.g. "dukcapil", "laporan desa", an import id).
struct LifeStatusRecord {
  LifeStatus status = LifeStatus::kAlive;
  std::optional<CivilDate> since;  ///< date of death or move; nullopt when unknown or alive
  std::string source;              ///< free text naming the source; "" when unknown
};

/// A resident. Invariant: `nik` is 16 digits that passed CheckNik; `kk` is 16 digits that passed CheckKk.
/// `id` is assigned by the store (0 before insertion).
struct Person {
  std::int64_t id = 0;
  std::string nik;
  std::string kk;
  std::string name;                         ///< as written in civil registration (upper case in Dukcapil files)
  std::string birth_place;                  ///< "" when unknown
  CivilDate birth_date;
  Sex sex = Sex::kMale;
  std::optional<std::string> religion;      ///< optional by law; nullopt when not given
  FamilyRelation relation = FamilyRelation::kOther;
  std::string address;                      ///< street/dusun text without RT/RW
  std::string rt;                           ///< rukun tetangga, digits as written ("003"); "" when unknown
  std::string rw;                           ///< rukun warga; "" when unknown
  RegionCode desa = *RegionCode::Parse("00.00.00.0000");  ///< desa/kelurahan code (10 digits)
  LifeStatusRecord life;
};

}  // namespace tepat::domain
