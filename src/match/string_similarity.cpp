#include "match/string_similarity.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <vector>

namespace tepat::match {
namespace {

constexpr double kPrefixScale = 0.1;
constexpr size_t kMaxPrefix = 4;
constexpr size_t kMaskBits = 64;

// Matched-character flags: bits of one word for short strings (the usual case for names), a vector otherwise.
class Flags {
 public:
  explicit Flags(size_t size) {
    if (size > kMaskBits) wide_.assign(size, 0);
  }
  bool Get(size_t i) const { return wide_.empty() ? ((bits_ >> i) & 1U) != 0 : wide_[i] != 0; }
  void Set(size_t i) {
    if (wide_.empty()) {
      bits_ |= uint64_t{1} << i;
    } else {
      wide_[i] = 1;
    }
  }

 private:
  uint64_t bits_ = 0;
  std::vector<uint8_t> wide_;
};

constexpr size_t kLetterClasses = 64;
constexpr size_t kDigitClass = 26;
constexpr size_t kSpaceClass = 36;
constexpr size_t kOtherClass = 37;
// Added to a bound so that rounding in its arithmetic can never put it below the value it bounds.
constexpr double kBoundSlack = 1e-9;

size_t LetterClass(unsigned char c) {
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= '0' && c <= '9') return kDigitClass + (c - '0');
  if (c == ' ') return kSpaceClass;
  return kOtherClass + c % (kLetterClasses - kOtherClass);
}

// Winkler's boost of a Jaro similarity for a common prefix of `prefix` characters.
double WithPrefixBoost(double jaro, size_t prefix) {
  return jaro + static_cast<double>(prefix) * kPrefixScale * (1.0 - jaro);
}

size_t CommonPrefix(std::string_view a, std::string_view b) {
  size_t prefix = 0;
  while (prefix < std::min({kMaxPrefix, a.size(), b.size()}) && a[prefix] == b[prefix]) ++prefix;
  return prefix;
}

}  // namespace

LetterCounts CountLetters(std::string_view text) {
  std::array<uint8_t, kLetterClasses> counts{};
  for (const char c : text) {
    uint8_t& count = counts[LetterClass(static_cast<unsigned char>(c))];
    if (count < LetterCounts::kLayers) ++count;
  }
  LetterCounts letters;
  for (size_t s = 0; s < kLetterClasses; ++s) {
    for (size_t k = 0; k < counts[s]; ++k) letters.at_least[k] |= uint64_t{1} << s;
  }
  return letters;
}

namespace {

// At most how many letters two strings can have in common (a multiset bound, not above min(size a, size b)).
// Counts are capped at kLayers; a class that reaches the cap in both strings may share more, so then the bound is the
// shorter size. Built for the popcnt instruction where the processor has it.
__attribute__((target_clones("popcnt", "default"))) size_t SharedLettersAtMost(const LetterCounts& ca,
                                                                                const LetterCounts& cb,
                                                                                size_t size_a, size_t size_b) {
  constexpr size_t kTop = LetterCounts::kLayers - 1;
  const size_t shorter = std::min(size_a, size_b);
  if ((ca.at_least[kTop] & cb.at_least[kTop]) != 0) return shorter;
  size_t shared = 0;
  for (size_t k = 0; k < kTop; ++k) shared += static_cast<size_t>(std::popcount(ca.at_least[k] & cb.at_least[k]));
  return std::min(shared, shorter);
}

}  // namespace

double JaroWinklerUpperBound(const LetterCounts& ca, const LetterCounts& cb, std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return a.empty() && b.empty() ? 1.0 : 0.0;
  const double m = static_cast<double>(SharedLettersAtMost(ca, cb, a.size(), b.size()));
  if (m == 0) return 0.0;
  const double jaro = (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) + 1.0) / 3.0;
  return WithPrefixBoost(jaro, CommonPrefix(a, b)) + kBoundSlack;
}

double JaroWinkler(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  if (a == b) return 1.0;
  if (a.size() > b.size()) std::swap(a, b);
  const size_t window = std::max<size_t>(b.size() / 2, 1) - 1;
  Flags a_matched(a.size());
  Flags b_matched(b.size());
  size_t matches = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    const size_t lo = i > window ? i - window : 0;
    const size_t hi = std::min(i + window + 1, b.size());
    for (size_t j = lo; j < hi; ++j) {
      if (!b_matched.Get(j) && a[i] == b[j]) {
        a_matched.Set(i);
        b_matched.Set(j);
        ++matches;
        break;
      }
    }
  }
  if (matches == 0) return 0.0;
  size_t half_transpositions = 0;
  size_t k = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    if (!a_matched.Get(i)) continue;
    while (!b_matched.Get(k)) ++k;
    if (a[i] != b[k]) ++half_transpositions;
    ++k;
  }
  const double m = static_cast<double>(matches);
  const double jaro =
      (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) + (m - half_transpositions / 2.0) / m) /
      3.0;
  return WithPrefixBoost(jaro, CommonPrefix(a, b));
}

size_t LevenshteinLowerBound(const LetterCounts& ca, const LetterCounts& cb, std::string_view a, std::string_view b) {
  return std::max(a.size(), b.size()) - SharedLettersAtMost(ca, cb, a.size(), b.size());
}

size_t BoundedLevenshtein(std::string_view a, std::string_view b, size_t limit) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > limit) return limit + 1;
  // One row of the edit-distance table; on the stack for the short values compared in practice.
  constexpr size_t kStackRow = 64;
  std::array<size_t, kStackRow + 1> stack_row;
  std::vector<size_t> heap_row;
  size_t* row = stack_row.data();
  if (a.size() > kStackRow) {
    heap_row.resize(a.size() + 1);
    row = heap_row.data();
  }
  for (size_t i = 0; i <= a.size(); ++i) row[i] = i;
  for (size_t j = 1; j <= b.size(); ++j) {
    size_t diagonal = row[0];
    row[0] = j;
    size_t row_min = row[0];
    for (size_t i = 1; i <= a.size(); ++i) {
      const size_t above = row[i];
      row[i] = std::min({row[i] + 1, row[i - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      row_min = std::min(row_min, row[i]);
    }
    if (row_min > limit) return limit + 1;
  }
  return std::min(row[a.size()], limit + 1);
}

bool DiffersInOnePosition(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  size_t differences = 0;
  for (size_t i = 0; i < a.size() && differences < 2; ++i) differences += a[i] != b[i] ? 1 : 0;
  return differences == 1;
}

bool IsAdjacentTransposition(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.size() < 2) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i + 1 >= a.size()) return false;
  if (a[i] != b[i + 1] || a[i + 1] != b[i] || a[i] == a[i + 1]) return false;
  return a.substr(i + 2) == b.substr(i + 2);
}

}  // namespace tepat::match
