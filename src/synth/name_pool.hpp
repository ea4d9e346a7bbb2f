#pragma once
// NamePool: draws realistic Indonesian full names from data/names, weighted toward common names.
//
// Weighting (documented in docs/synthetic-data.md): the lists in data/names carry no frequencies and the male
// list is full of rare old-Javanese names, so every list gets an explicit "common names" ranking written in
// name_pool.cpp. Names on it share kCommonShare of the probability mass in a Zipf-like way (weight
// 1 / (rank + kZipfOffset)); every other name in the file shares the remaining mass equally.
#include <string>
#include <string_view>
#include <vector>

#include "domain/nik.hpp"
#include "synth/reference_data.hpp"
#include "synth/rng.hpp"
#include "synth/weighted_choice.hpp"

namespace tepat::synth {

/// Share of draws that land on a name from the common-names ranking (when the file holds them).
inline constexpr double kCommonShare = 0.7;
/// Zipf offset: the name at rank r (0-based) weighs 1 / (r + kZipfOffset) within the common share.
inline constexpr double kZipfOffset = 2.0;

/// A sex as recorded on a KK (the domain's type).
using domain::Sex;

/// Weighted picks over one list of names.
class WeightedNames {
 public:
  WeightedNames() = default;
  /// Builds weights for `names` using the ranking `common` (names absent from `names` are ignored).
  WeightedNames(std::vector<std::string> names, const std::vector<std::string_view>& common);
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
  /// `inherited_last` (may be empty) is a father's family-style last name a child sometimes carries on.
  std::string Compose(Sex sex, Rng& rng, std::string_view inherited_last = {}) const;
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
