#include "synth/record_dirt.hpp"

#include <array>
#include <utility>
#include <vector>

#include "synth/name_dirt.hpp"
#include "synth/weighted_choice.hpp"

namespace tepat::synth {
namespace {

constexpr std::array<DirtKind, 3> kTypoKinds = {DirtKind::kTypoInsert, DirtKind::kTypoDelete,
                                                DirtKind::kTypoSubstitute};

DirtKind PickTypo(Rng& rng) { return kTypoKinds[rng.Below(kTypoKinds.size())]; }

void Apply(DirtKind kind, RecordIdentity& id, Sex sex, const ReferenceData& ref, Rng& rng) {
  if (ApplyNameDirt(kind, id.name, sex, ref, rng)) id.dirt.Add(kind);
}

void ApplyIdentityKinds(RecordIdentity& id, const DirtRates& rates, Rng& rng) {
  if (rng.Chance(rates.nik_missing)) {
    if (ApplyNikDirt(DirtKind::kNikMissing, id.nik, rng)) id.dirt.Add(DirtKind::kNikMissing);
  } else if (rng.Chance(rates.nik_typo)) {
    const DirtKind kind = rng.Chance(0.5) ? DirtKind::kNikDigit : DirtKind::kNikTransposed;
    if (ApplyNikDirt(kind, id.nik, rng)) id.dirt.Add(kind);
  }
  if (rng.Chance(rates.date_swapped) && SwapDayMonth(id.birth)) id.dirt.Add(DirtKind::kDateSwapped);
}

}  // namespace

RecordIdentity MakeRecordIdentity(const SyntheticPerson& person, CopyKind copy, const DirtRates& rates,
                                  const ReferenceData& ref, Rng& rng) {
  RecordIdentity id{person.name, person.nik, person.birth, {}};
  if (copy == CopyKind::kDuplicate) {
    id.dirt.Add(DirtKind::kDuplicate);
    const std::vector<std::pair<DirtKind, double>> kinds = {
        {DirtKind::kTypoInsert, rates.typo},          {DirtKind::kSwappedLetters, rates.swapped_letters},
        {DirtKind::kOldSpelling, rates.old_spelling}, {DirtKind::kAbbreviation, rates.abbreviation},
        {DirtKind::kTitle, rates.title},              {DirtKind::kNickname, rates.nickname}};
    std::vector<double> weights;
    for (const auto& k : kinds) weights.push_back(k.second);
    const WeightedChoice choice(weights);
    DirtKind kind = choice.empty() ? DirtKind::kTypoInsert : kinds[choice.Pick(rng)].first;
    if (kind == DirtKind::kTypoInsert) kind = PickTypo(rng);
    // A kind that cannot apply to this name falls back to a typo, so every duplicate differs in its name.
    if (!ApplyNameDirt(kind, id.name, person.sex, ref, rng)) {
      kind = PickTypo(rng);
      if (!ApplyNameDirt(kind, id.name, person.sex, ref, rng)) kind = DirtKind::kCount;
    }
    if (kind != DirtKind::kCount) id.dirt.Add(kind);
    ApplyIdentityKinds(id, rates, rng);
    return id;
  }
  // Order: spelling changes first, then abbreviation/nickname, then titles (so a title is never typo'd).
  if (rng.Chance(rates.old_spelling)) Apply(DirtKind::kOldSpelling, id, person.sex, ref, rng);
  if (rng.Chance(rates.nickname)) Apply(DirtKind::kNickname, id, person.sex, ref, rng);
  if (rng.Chance(rates.abbreviation)) Apply(DirtKind::kAbbreviation, id, person.sex, ref, rng);
  if (rng.Chance(rates.typo)) Apply(PickTypo(rng), id, person.sex, ref, rng);
  if (rng.Chance(rates.swapped_letters)) Apply(DirtKind::kSwappedLetters, id, person.sex, ref, rng);
  if (rng.Chance(rates.title)) Apply(DirtKind::kTitle, id, person.sex, ref, rng);
  ApplyIdentityKinds(id, rates, rng);
  return id;
}

}  // namespace tepat::synth
