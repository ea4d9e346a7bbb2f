#include "synth/record_dirt.hpp"

#include <array>
#include <utility>
#include <vector>

#include "synth/name_dirt.hpp"
#include "synth/weighted_choice.hpp"

namespace tepat::synth {
namespace {

constexpr double kNikDigitShare = 0.5;  // of NIK typos; the rest are transpositions
constexpr std::array<DirtKind, 3> kTypoKinds = {DirtKind::kTypoInsert, DirtKind::kTypoDelete,
                                                DirtKind::kTypoSubstitute};

DirtKind PickTypo(Rng& rng) { return kTypoKinds[rng.Below(kTypoKinds.size())]; }

// Draws `kind` at `rate` (or takes it from the backlog) and applies it with `apply`; owes it when it cannot apply.
template <typename ApplyFn>
void Maybe(DirtKind kind, double rate, RecordIdentity& id, Rng& rng, DirtBacklog& backlog, ApplyFn apply) {
  bool from_backlog = false;
  if (!rng.Chance(rate)) {
    if (!backlog.Pending(kind)) return;
    from_backlog = true;
  }
  if (apply()) {
    id.dirt.Add(kind);
    if (from_backlog) backlog.Pay(kind);
  } else if (!from_backlog) {
    backlog.Owe(kind);
  }
}

void ApplyIdentityKinds(RecordIdentity& id, const DirtRates& rates, Rng& rng, DirtBacklog& backlog) {
  bool missing = false;
  Maybe(DirtKind::kNikMissing, rates.nik_missing, id, rng, backlog, [&] {
    missing = ApplyNikDirt(DirtKind::kNikMissing, id.nik, rng);
    return missing;
  });
  if (!missing) {
    const DirtKind kind = rng.Chance(kNikDigitShare) ? DirtKind::kNikDigit : DirtKind::kNikTransposed;
    Maybe(kind, rates.nik_typo, id, rng, backlog, [&] { return ApplyNikDirt(kind, id.nik, rng); });
  }
  Maybe(DirtKind::kDateSwapped, rates.date_swapped, id, rng, backlog, [&] { return SwapDayMonth(id.birth); });
}

}  // namespace

RecordIdentity MakeRecordIdentity(const SyntheticPerson& person, CopyKind copy, const DirtRates& rates,
                                  const ReferenceData& ref, Rng& rng, DirtBacklog& backlog) {
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
    ApplyIdentityKinds(id, rates, rng, backlog);
    return id;
  }
  // Order: spelling changes first, then abbreviation/nickname, then titles (so a title is never typo'd).
  auto name_kind = [&](DirtKind kind, double rate) {
    Maybe(kind, rate, id, rng, backlog, [&] { return ApplyNameDirt(kind, id.name, person.sex, ref, rng); });
  };
  name_kind(DirtKind::kOldSpelling, rates.old_spelling);
  name_kind(DirtKind::kNickname, rates.nickname);
  name_kind(DirtKind::kAbbreviation, rates.abbreviation);
  name_kind(PickTypo(rng), rates.typo);  // one of the three typo kinds, drawn first
  name_kind(DirtKind::kSwappedLetters, rates.swapped_letters);
  name_kind(DirtKind::kTitle, rates.title);
  ApplyIdentityKinds(id, rates, rng, backlog);
  return id;
}

}  // namespace tepat::synth
