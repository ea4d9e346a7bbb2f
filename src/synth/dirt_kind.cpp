#include "synth/dirt_kind.hpp"

namespace tepat::synth {

std::string_view DirtKindName(DirtKind kind) {
  switch (kind) {
    case DirtKind::kDuplicate: return "duplicate";
    case DirtKind::kTypoInsert: return "typo_insert";
    case DirtKind::kTypoDelete: return "typo_delete";
    case DirtKind::kTypoSubstitute: return "typo_substitute";
    case DirtKind::kSwappedLetters: return "swapped_letters";
    case DirtKind::kOldSpelling: return "old_spelling";
    case DirtKind::kAbbreviation: return "abbreviation";
    case DirtKind::kTitle: return "title";
    case DirtKind::kNickname: return "nickname";
    case DirtKind::kNikMissing: return "nik_missing";
    case DirtKind::kNikDigit: return "nik_digit";
    case DirtKind::kNikTransposed: return "nik_transposed";
    case DirtKind::kDateSwapped: return "date_swapped";
    case DirtKind::kDeceased: return "deceased";
    case DirtKind::kMoved: return "moved";
    case DirtKind::kDoubleKk: return "double_kk";
    case DirtKind::kCount: break;
  }
  return "unknown";
}

void DirtSet::AppendNames(std::string& out) const {
  bool first = true;
  for (unsigned k = 0; k < static_cast<unsigned>(DirtKind::kCount); ++k) {
    const auto kind = static_cast<DirtKind>(k);
    if (!Has(kind)) continue;
    if (!first) out.push_back(';');
    out.append(DirtKindName(kind));
    first = false;
  }
}

}  // namespace tepat::synth
