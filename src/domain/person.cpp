#include "domain/person.hpp"

#include <array>
#include <utility>

#include "domain/code_text.hpp"

namespace tepat::domain {

const char* LifeStatusCode(LifeStatus status) {
  switch (status) {
    case LifeStatus::kAlive: return "HIDUP";
    case LifeStatus::kDeceased: return "MENINGGAL";
    case LifeStatus::kMoved: return "PINDAH";
  }
  return "HIDUP";
}

std::optional<LifeStatus> ParseLifeStatus(std::string_view text) {
  const std::string s = CanonicalCode(text);
  if (s == "HIDUP" || s == "ADA") return LifeStatus::kAlive;
  if (s == "MENINGGAL" || s == "MENINGGAL DUNIA" || s == "MATI" || s == "WAFAT") return LifeStatus::kDeceased;
  if (s == "PINDAH" || s == "PINDAH DOMISILI" || s == "PINDAH KELUAR") return LifeStatus::kMoved;
  return std::nullopt;
}

const char* FamilyRelationCode(FamilyRelation relation) {
  switch (relation) {
    case FamilyRelation::kHead: return "KEPALA KELUARGA";
    case FamilyRelation::kSpouse: return "ISTRI/SUAMI";
    case FamilyRelation::kChild: return "ANAK";
    case FamilyRelation::kChildInLaw: return "MENANTU";
    case FamilyRelation::kGrandchild: return "CUCU";
    case FamilyRelation::kParent: return "ORANG TUA";
    case FamilyRelation::kParentInLaw: return "MERTUA";
    case FamilyRelation::kOtherRelative: return "FAMILI LAIN";
    case FamilyRelation::kHelper: return "PEMBANTU";
    case FamilyRelation::kOther: return "LAINNYA";
  }
  return "LAINNYA";
}

std::optional<FamilyRelation> ParseFamilyRelation(std::string_view text) {
  static const std::array<std::pair<const char*, FamilyRelation>, 16> kRelations = {{
      {"KEPALA KELUARGA", FamilyRelation::kHead}, {"KEPALA", FamilyRelation::kHead}, {"KK", FamilyRelation::kHead},
      {"ISTRI SUAMI", FamilyRelation::kSpouse}, {"ISTRI", FamilyRelation::kSpouse},
      {"SUAMI", FamilyRelation::kSpouse}, {"ANAK", FamilyRelation::kChild},
      {"MENANTU", FamilyRelation::kChildInLaw}, {"CUCU", FamilyRelation::kGrandchild},
      {"ORANG TUA", FamilyRelation::kParent}, {"ORANGTUA", FamilyRelation::kParent},
      {"MERTUA", FamilyRelation::kParentInLaw}, {"FAMILI LAIN", FamilyRelation::kOtherRelative},
      {"PEMBANTU", FamilyRelation::kHelper}, {"LAINNYA", FamilyRelation::kOther},
      {"LAIN LAIN", FamilyRelation::kOther},
  }};
  const std::string s = CanonicalCode(text);
  for (const auto& [name, relation] : kRelations) {
    if (s == name) return relation;
  }
  return std::nullopt;
}

}  // namespace tepat::domain
