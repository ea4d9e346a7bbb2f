#include "match/pair_comparator.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "match/name_normalizer.hpp"
#include "match/string_similarity.hpp"

namespace tepat::match {
namespace {

constexpr double kCommonTokenWeight = 0.25;
constexpr size_t kDateLength = 8;   // "YYYYMMDD"
constexpr size_t kYearLength = 4;
constexpr size_t kMonthStart = 4;
constexpr size_t kDayStart = 6;
constexpr size_t kPartLength = 2;

double TokenWeight(const FieldColumn& column, uint32_t token) {
  return column.common[token] != 0 ? kCommonTokenWeight : 1.0;
}

bool ContainsToken(std::basic_string_view<uint32_t> tokens, uint32_t token) {
  return std::find(tokens.begin(), tokens.end(), token) != tokens.end();
}

bool DayMonthSwapped(std::string_view a, std::string_view b) {
  if (a.size() != kDateLength || b.size() != kDateLength || a == b) return false;
  return a.substr(0, kYearLength) == b.substr(0, kYearLength) &&
         a.substr(kMonthStart, kPartLength) == b.substr(kDayStart, kPartLength) &&
         a.substr(kDayStart, kPartLength) == b.substr(kMonthStart, kPartLength);
}

std::optional<double> ParseNumber(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool YearWithin(std::string_view a, std::string_view b, double years) {
  if (a.size() != kDateLength || b.size() != kDateLength) return false;
  if (a.substr(kMonthStart) != b.substr(kMonthStart)) return false;
  const auto year_a = ParseNumber(a.substr(0, kYearLength));
  const auto year_b = ParseNumber(b.substr(0, kYearLength));
  return year_a && year_b && std::abs(*year_a - *year_b) <= years;
}

}  // namespace

double WeightedTokenJaccard(const FieldColumn& column, uint32_t va, uint32_t vb) {
  const auto ta = column.Tokens(va);
  const auto tb = column.Tokens(vb);
  double shared = 0;
  double total = 0;
  for (const uint32_t token : ta) {
    const double w = TokenWeight(column, token);
    total += w;
    if (ContainsToken(tb, token)) shared += w;
  }
  for (const uint32_t token : tb) {
    if (!ContainsToken(ta, token)) total += TokenWeight(column, token);
  }
  return total > 0 ? shared / total : 0.0;
}

bool IsTokenSubset(const FieldColumn& column, uint32_t va, uint32_t vb) {
  auto small = column.Tokens(va);
  auto large = column.Tokens(vb);
  if (small.size() > large.size()) std::swap(small, large);
  if (small.empty()) return false;
  bool has_rare = false;
  for (const uint32_t token : small) {
    if (!ContainsToken(large, token)) return false;
    has_rare = has_rare || column.common[token] == 0;
  }
  return has_rare;
}

bool MatchesByInitials(const FieldColumn& column, uint32_t va, uint32_t vb) {
  const auto ta = column.Tokens(va);
  const auto tb = column.Tokens(vb);
  if (ta.size() != tb.size() || ta.empty()) return false;
  bool abbreviated = false;
  for (size_t i = 0; i < ta.size(); ++i) {
    if (ta[i] == tb[i]) continue;
    const std::string_view a = column.pool.Get(ta[i]);
    const std::string_view b = column.pool.Get(tb[i]);
    const bool a_initial = a.size() == 1 && !b.empty() && b[0] == a[0];
    const bool b_initial = b.size() == 1 && !a.empty() && a[0] == b[0];
    if (!a_initial && !b_initial) return false;
    abbreviated = true;
  }
  return abbreviated;
}

bool MatchesByNickname(const FieldColumn& column, uint32_t va, uint32_t vb) {
  const auto ta = column.Tokens(va);
  const auto tb = column.Tokens(vb);
  if (ta.size() != tb.size() || ta.empty()) return false;
  bool nicknamed = false;
  for (size_t i = 0; i < ta.size(); ++i) {
    if (ta[i] == tb[i]) continue;
    if (!IsNicknameOf(column.pool.Get(ta[i]), column.pool.Get(tb[i]))) return false;
    nicknamed = true;
  }
  return nicknamed;
}

bool PairComparator::Holds(const LevelSpec& level, const FieldColumn& column, const ValuePair& values) const {
  const uint32_t va = values.a;
  const uint32_t vb = values.b;
  const std::string_view a = values.text_a;
  const std::string_view b = values.text_b;
  switch (level.kind) {
    case LevelKind::kExact:
    case LevelKind::kJaroWinkler:
    case LevelKind::kPhonetic:
    case LevelKind::kLevenshtein:
    case LevelKind::kOneDigitOff:
    case LevelKind::kTransposed:
      return false;  // decided in LevelOfValues
    case LevelKind::kTokenSet:
      return WeightedTokenJaccard(column, va, vb) >= level.threshold;
    case LevelKind::kTokenSubset:
      return IsTokenSubset(column, va, vb);
    case LevelKind::kInitials:
      return MatchesByInitials(column, va, vb);
    case LevelKind::kNickname:
      return MatchesByNickname(column, va, vb);
    case LevelKind::kDayMonthSwapped:
      return DayMonthSwapped(a, b);
    case LevelKind::kYearWithin:
      return YearWithin(a, b, level.threshold);
    case LevelKind::kPrefix: {
      const auto length = static_cast<size_t>(level.threshold);
      return a.size() >= length && b.size() >= length && a.substr(0, length) == b.substr(0, length);
    }
    case LevelKind::kNumericWithin: {
      const auto x = ParseNumber(a);
      const auto y = ParseNumber(b);
      return x && y && std::abs(*x - *y) <= level.threshold;
    }
  }
  return false;
}

PairComparator::PairComparator(const PreparedRecords& records) : records_(records) {
  const MatchSettings& settings = records.settings();
  for (size_t f = 0; f < records.field_count(); ++f) {
    const std::vector<LevelSpec>& levels = settings.fields[f].levels;
    plans_.push_back({&records.field(f), levels.data(), levels.size(),
                      !levels.empty() && levels.front().kind == LevelKind::kExact});
  }
}

uint8_t PairComparator::Level(size_t field, uint32_t a, uint32_t b) const {
  const FieldColumn& column = records_.field(field);
  return LevelOfValues(field, column.value[a], column.value[b]);
}

uint8_t PairComparator::LevelOfValues(size_t field, uint32_t va, uint32_t vb) const {
  if (va == StringPool::kEmptyId || vb == StringPool::kEmptyId) return kNullLevel;
  const FieldPlan& plan = plans_[field];
  if (va == vb && plan.exact_first) return 1;
  const FieldColumn& column = *plan.column;
  const ValuePair values{va, vb, column.cards[va], column.cards[vb], column.Text(va), column.Text(vb)};
  const std::string_view a = values.text_a;
  const std::string_view b = values.text_b;
  // Jaro-Winkler of the pair, kept across the field's levels: its upper bound and its value, each computed when first
  // needed.
  double jaro_bound = kNotComputed;
  double jaro = kNotComputed;
  // The kinds random and blocked pairs meet most are decided here, inline; the rest in Holds().
  for (size_t l = 0; l < plan.level_count; ++l) {
    const LevelSpec& level = plan.levels[l];
    bool holds = false;
    switch (level.kind) {
      case LevelKind::kExact:
        holds = va == vb;
        break;
      case LevelKind::kPhonetic:
        holds = values.card_a.phonetic == values.card_b.phonetic;
        break;
      case LevelKind::kJaroWinkler:
        // Most pairs compared (random pairs for u, different names in a block) fail every Jaro-Winkler level; the
        // letter-count bound proves that without the character-by-character matching.
        if (jaro == kNotComputed) {
          if (jaro_bound == kNotComputed) {
            jaro_bound = JaroWinklerUpperBound(values.card_a.letters, values.card_b.letters, a, b);
          }
          if (jaro_bound < level.threshold) break;
          jaro = JaroWinkler(a, b);
        }
        holds = jaro >= level.threshold;
        break;
      case LevelKind::kLevenshtein: {
        const auto limit = static_cast<size_t>(level.threshold);
        holds = LevenshteinLowerBound(values.card_a.letters, values.card_b.letters, a, b) <= limit &&
                BoundedLevenshtein(a, b, limit) <= limit;
        break;
      }
      case LevelKind::kOneDigitOff: {
        const auto within = static_cast<size_t>(level.threshold);
        holds = a.size() == b.size() && DiffersInOnePosition(a, b) &&
                (within == 0 || a.size() <= within || a.substr(within) == b.substr(within));
        break;
      }
      case LevelKind::kTransposed:
        holds = a.size() == b.size() && IsAdjacentTransposition(a, b);
        break;
      default:
        holds = Holds(level, column, values);
        break;
    }
    if (holds) return static_cast<uint8_t>(l + 1);
  }
  return static_cast<uint8_t>(plan.level_count + 1);
}

void PairComparator::PrefetchRecords(const RecordPair& pair) const {
  const size_t row_bytes = records_.field_count() * sizeof(uint32_t);
  for (const uint32_t record : {pair.a, pair.b}) {
    const auto* row = reinterpret_cast<const char*>(records_.RecordValues(record));
    __builtin_prefetch(row);
    __builtin_prefetch(row + row_bytes - 1);  // a row may straddle two cache lines
  }
}

void PairComparator::PrefetchCards(const RecordPair& pair) const {
  const uint32_t* values_a = records_.RecordValues(pair.a);
  const uint32_t* values_b = records_.RecordValues(pair.b);
  for (size_t f = 0; f < records_.field_count(); ++f) {
    if (values_a[f] == values_b[f]) continue;  // equal (or both missing): the card is not read
    const FieldColumn& column = records_.field(f);
    __builtin_prefetch(column.cards.data() + values_a[f]);
    __builtin_prefetch(column.cards.data() + values_b[f]);
  }
}

void PairComparator::Patterns(const RecordPair* pairs, size_t count, ComparisonPattern* patterns) const {
  for (size_t i = 0; i < count; ++i) {
    if (i + kRecordsAhead < count) PrefetchRecords(pairs[i + kRecordsAhead]);
    if (i + kCardsAhead < count) PrefetchCards(pairs[i + kCardsAhead]);
    patterns[i] = Pattern(pairs[i].a, pairs[i].b);
  }
}

ComparisonPattern PairComparator::Pattern(uint32_t a, uint32_t b) const {
  const uint32_t* values_a = records_.RecordValues(a);
  const uint32_t* values_b = records_.RecordValues(b);
  ComparisonPattern pattern = 0;
  for (size_t f = 0; f < plans_.size(); ++f) {
    pattern |= static_cast<ComparisonPattern>(LevelOfValues(f, values_a[f], values_b[f])) << (kBitsPerField * f);
  }
  return pattern;
}

}  // namespace tepat::match
