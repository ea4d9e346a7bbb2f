#pragma once
// String similarity measures used by comparison levels.
#include <cstddef>
#include <string_view>

namespace tepat::match {

/// Jaro-Winkler similarity in [0, 1] (1 = equal), prefix scale 0.1 over at most 4 characters. Two empty strings
/// give 1. Byte-wise. Pure; thread-safe.
double JaroWinkler(std::string_view a, std::string_view b);

/// Levenshtein distance, or `limit + 1` as soon as the distance is known to exceed `limit`. Byte-wise.
size_t BoundedLevenshtein(std::string_view a, std::string_view b, size_t limit);

/// True when `a` and `b` have the same length and differ in exactly one position ("3273" vs "3274").
bool DiffersInOnePosition(std::string_view a, std::string_view b);

/// True when `b` is `a` with exactly two adjacent characters swapped ("3273" vs "3237").
bool IsAdjacentTransposition(std::string_view a, std::string_view b);

}  // namespace tepat::match
