#pragma once
// PairComparator: the comparison level of every field for a pair of prepared records.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "match/blocker.hpp"
#include "match/prepared_records.hpp"

namespace tepat::match {

/// Level codes of one field: kNullLevel when either value is missing, 1..n for the first of the field's n levels
/// that holds, n + 1 ("else") when none holds.
inline constexpr uint8_t kNullLevel = 0;
inline constexpr unsigned kBitsPerField = 4;
inline constexpr uint64_t kLevelMask = 0xF;

/// A comparison vector: the level code of every field packed kBitsPerField bits each (field 0 lowest).
using ComparisonPattern = uint64_t;

/// The level code of field `field` in `pattern`.
inline uint8_t LevelAt(ComparisonPattern pattern, size_t field) {
  return static_cast<uint8_t>((pattern >> (kBitsPerField * field)) & kLevelMask);
}

/// Number of level codes of a field with `levels` configured levels (null + levels + else).
inline size_t LevelCodeCount(size_t levels) { return levels + 2; }

/// Compares prepared records field by field, as the settings' levels say.
/// Thread-safety: const; many threads may compare at once while `records` is not modified.
class PairComparator {
 public:
  explicit PairComparator(const PreparedRecords& records);

  /// The level code of `field` for records `a` and `b`.
  uint8_t Level(size_t field, uint32_t a, uint32_t b) const;
  /// The comparison vector of records `a` and `b`.
  ComparisonPattern Pattern(uint32_t a, uint32_t b) const;
  /// The comparison vectors of `count` pairs into `patterns` (same values as Pattern() pair by pair). Faster for
  /// many pairs: while comparing one pair it asks memory for the records of a pair further on and for the value cards
  /// of a nearer one, so that the cache misses of random records overlap with work instead of stalling it.
  void Patterns(const RecordPair* pairs, size_t count, ComparisonPattern* patterns) const;

 private:
  static constexpr double kNotComputed = -1.0;

  /// The two values of the field being compared: their ids, cards and text.
  struct ValuePair {
    uint32_t a;
    uint32_t b;
    const ValueCard& card_a;
    const ValueCard& card_b;
    std::string_view text_a;
    std::string_view text_b;
  };

  /// The level code of `field` for value ids `va` and `vb`.
  uint8_t LevelOfValues(size_t field, uint32_t va, uint32_t vb) const;

  static constexpr size_t kRecordsAhead = 16;  // pairs between asking for a pair's value ids and comparing it
  static constexpr size_t kCardsAhead = 8;     // pairs between asking for a pair's value cards and comparing it
  void PrefetchRecords(const RecordPair& pair) const;
  void PrefetchCards(const RecordPair& pair) const;

  /// Whether `level` holds for the kinds LevelOfValues() does not decide itself (tokens, dates, prefixes, numbers).
  /// Out of line so that the common kinds pay no call.
  [[gnu::noinline]] bool Holds(const LevelSpec& level, const FieldColumn& column, const ValuePair& values) const;

  /// What comparing one field needs, gathered once (the settings' field specs are large and hold strings).
  struct FieldPlan {
    const FieldColumn* column;
    const LevelSpec* levels;
    size_t level_count;
    bool exact_first;
  };

  const PreparedRecords& records_;
  std::vector<FieldPlan> plans_;
};

/// Weighted Jaccard similarity of two token lists in [0, 1]; tokens marked common in `column` weigh little.
double WeightedTokenJaccard(const FieldColumn& column, uint32_t va, uint32_t vb);
/// True when every token of the value with fewer tokens appears in the other and it has a token that is not common.
bool IsTokenSubset(const FieldColumn& column, uint32_t va, uint32_t vb);
/// True when the values have the same number of tokens, each equal or one an initial of the other, and at least
/// one is an initial ("b santoso" vs "budi santoso").
bool MatchesByInitials(const FieldColumn& column, uint32_t va, uint32_t vb);
/// True when the values have the same number of tokens, each equal or one an everyday form of the other
/// (IsNicknameOf), and at least one is ("mamat eko" vs "muhammad eko", "trisno" vs "sutrisno").
bool MatchesByNickname(const FieldColumn& column, uint32_t va, uint32_t vb);

}  // namespace tepat::match
