#pragma once
// String similarity measures used by comparison levels.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tepat::match {

/// Jaro-Winkler similarity in [0, 1] (1 = equal), prefix scale 0.1 over at most 4 characters. Two empty strings
/// give 1. Byte-wise. Pure; thread-safe.
double JaroWinkler(std::string_view a, std::string_view b);

/// How often each letter occurs in a string, coarsely: bit s of `at_least[k]` is set when letter class s occurs more
/// than k times. Letters fall into 64 classes (a-z, 0-9 and space have their own; other bytes share the rest), so
/// counts of classes can only over-state what two strings share. Built once per distinct value by CountLetters.
struct LetterCounts {
  static constexpr size_t kLayers = 4;
  std::array<uint64_t, kLayers> at_least{};
};

/// The LetterCounts of `text`. Pure; thread-safe.
LetterCounts CountLetters(std::string_view text);

/// An upper bound of JaroWinkler(a, b), from the letters the two strings can share at most (ignoring order and the
/// match window), their lengths and their common prefix; `ca`/`cb` are CountLetters of `a`/`b`. Never below the
/// true value, so "bound < threshold" proves "JaroWinkler < threshold" without computing it. Pure; thread-safe.
double JaroWinklerUpperBound(const LetterCounts& ca, const LetterCounts& cb, std::string_view a, std::string_view b);

/// A lower bound of the Levenshtein distance of `a` and `b` from their letter counts (`ca`/`cb` are CountLetters of
/// `a`/`b`): every letter of the longer string that the shorter cannot supply costs at least one edit. Never above
/// the true distance, so "bound > limit" proves "distance > limit". Pure; thread-safe.
size_t LevenshteinLowerBound(const LetterCounts& ca, const LetterCounts& cb, std::string_view a, std::string_view b);

/// Levenshtein distance, or `limit + 1` as soon as the distance is known to exceed `limit`. Byte-wise.
size_t BoundedLevenshtein(std::string_view a, std::string_view b, size_t limit);

/// True when `a` and `b` have the same length and differ in exactly one position ("3273" vs "3274").
bool DiffersInOnePosition(std::string_view a, std::string_view b);

/// True when `b` is `a` with exactly two adjacent characters swapped ("3273" vs "3237").
bool IsAdjacentTransposition(std::string_view a, std::string_view b);

}  // namespace tepat::match
