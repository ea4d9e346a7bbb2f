#include "synth/synthetic_household.hpp"

namespace tepat::synth {

std::string_view RelationLabel(domain::FamilyRelation relation, Sex sex) {
  if (relation == domain::FamilyRelation::kSpouse) return sex == Sex::kFemale ? "ISTRI" : "SUAMI";
  return domain::FamilyRelationCode(relation);
}

const std::vector<std::string_view>& ReligionLabels() {
  static const std::vector<std::string_view> kLabels = {"ISLAM", "KRISTEN",  "KATOLIK",    "HINDU",
                                                         "BUDDHA", "KONGHUCU", "KEPERCAYAAN"};
  return kLabels;
}

}  // namespace tepat::synth
