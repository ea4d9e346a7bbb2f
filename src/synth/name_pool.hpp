#pragma once
// NamePool: draws realistic Indonesian full names from data/names, weighted toward common names.
//
// Weighting (documented in docs/synthetic-data.md): the lists in data/names carry no frequencies and the male
// list is full of rare old-Javanese names, so every list gets an explicit "common names" ranking written in
// name_pool.cpp. Names on it share a fixed part of the probability mass in a Zipf-like way (weight
// 1 / (rank + offset)); every other name in the file shares the remaining mass equally. Given names are steep
// (Siti, Muhammad, Sri lead by far); family-style names are flatter, so that full names do not repeat too often.
#include <string>
#include <string_view>
#include <vector>

#include "domain/nik.hpp"
#include "synth/reference_data.hpp"
#include "synth/rng.hpp"
#include "synth/weighted_choice.hpp"

namespace tepat::synth {

/// How a list is weighted: the share of draws on the common-names ranking and the Zipf offset (the name at rank
/// r, 0-based, weighs 1 / (r + offset) within that share).
struct NameWeighting {
  double common_share = 0.7;
  double zipf_offset = 2.0;
};
/// Given names.
inline constexpr NameWeighting kGivenWeighting{0.7, 2.0};
/// Family-style names: flatter; the part off the ranking is dominated by clan names rare outside their region.
inline constexpr NameWeighting kFamilyWeighting{0.6, 10.0};

/// A sex as recorded on a KK (the domain's type).
using domain::Sex;

/// Weighted picks over one list of names.
class WeightedNames {
 public:
  WeightedNames() = default;
  /// Builds weights for `names`: names on the ranking `common` share `weighting.common_share` Zipf-like, the
  /// others the rest equally (names of `common` absent from `names` are ignored).
  WeightedNames(std::vector<std::string> names, const std::vector<std::string_view>& common, NameWeighting weighting);
  /// One name; the list must not be empty.
  const std::string& Pick(Rng& rng) const { return names_[choice_.Pick(rng)]; }
  /// Probability that Pick returns `name` (0 when absent). For tests and docs.
  double Probability(std::string_view name) const;
  std::size_t size() const { return names_.size(); }

 private:
  std::vector<std::string> names_;
  std::vector<double> weights_;
  WeightedChoice choice_;
};

/// Full-name composer. Immutable after construction; Compose is const (thread-safe with a per-thread Rng).
class NamePool {
 public:
  explicit NamePool(const ReferenceData& ref);

  /// A full name in title case, e.g. "Agus Setiawan", "Siti Rahayu", "Sutrisno", "Muhammad Rizky Pratama".
  /// Older generations more often have a single name. `inherited_last` (may be empty) is a father's
  /// family-style last name a child sometimes carries on.
  std::string Compose(Sex sex, int birth_year, Rng& rng, std::string_view inherited_last = {}) const;
  /// A random given name only (used for streets' neighbours, nicknames in tests).
  const std::string& Given(Sex sex, Rng& rng) const;
  /// True when `token` is a family-style name (from family_names.csv) that a child may inherit.
  bool IsFamilyName(std::string_view token) const;

  const WeightedNames& male_given() const { return male_given_; }
  const WeightedNames& female_given() const { return female_given_; }

 private:
  WeightedNames male_given_;
  WeightedNames female_given_;
  WeightedNames male_family_;
  WeightedNames female_family_;
  std::vector<std::string> family_names_sorted_;
};

}  // namespace tepat::synth
