#pragma once
// MatchSettings: everything that configures a linkage run (fields, comparison levels, blocking, thresholds, limits).
// Plain structs: the app reads them from a JSON settings file; src/match never parses files.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/status.hpp"

namespace tepat::match {

/// How a column's text is cleaned before comparing.
enum class NormalizeKind {
  kNone,            ///< compared as written
  kText,            ///< NormalizeText: case, punctuation, spacing
  kIndonesianName,  ///< NormalizeIndonesianName: also titles, Muhammad, old spelling
  kDigits,          ///< digits only (NIK, KK, postcode, phone)
  kDate,            ///< NormalizeDate: "YYYYMMDD"
};

/// One comparison level: a test on two (normalised) values. A field's levels are tried in order; the first that
/// holds is the pair's level for that field. "else" (none held) and "null" (a value missing) are implicit.
enum class LevelKind {
  kExact,              ///< equal
  kJaroWinkler,        ///< Jaro-Winkler similarity >= threshold
  kPhonetic,           ///< equal Indonesian phonetic keys
  kTokenSet,           ///< weighted Jaccard of name tokens >= threshold (common tokens weigh little); 1 = same set
  kTokenSubset,        ///< every token of the shorter name is in the longer one (single names, dropped parts)
  kInitials,           ///< same tokens where one side may abbreviate a token to its initial ("b santoso")
  kLevenshtein,        ///< edit distance <= threshold
  kOneDigitOff,        ///< same length, exactly one position differs, within the first threshold characters when
                       ///< threshold > 0 (a NIK's 12: region and birth date, not the serial)
  kTransposed,         ///< two adjacent characters swapped
  kDayMonthSwapped,    ///< dates "YYYYMMDD" with day and month swapped
  kYearWithin,         ///< dates with the same day and month, years at most threshold apart
  kPrefix,             ///< the first threshold characters equal (region codes: 4 kabupaten, 6 kecamatan, 10 desa)
  kNumericWithin,      ///< both numbers, at most threshold apart
  kNickname,           ///< same tokens where one side may use an everyday form of a token: a known nickname
                       ///< ("mamat" for "muhammad") or its last syllables ("trisno" for "sutrisno")
};

/// Lower-case settings-file name of each kind ("exact", "jaro_winkler", ...) and back.
const char* LevelKindName(LevelKind kind);
std::optional<LevelKind> LevelKindFromName(std::string_view name);
const char* NormalizeKindName(NormalizeKind kind);
std::optional<NormalizeKind> NormalizeKindFromName(std::string_view name);

/// A level with its parameter (ignored by kinds without one).
struct LevelSpec {
  LevelKind kind = LevelKind::kExact;
  double threshold = 0.0;
};

/// One compared field: which column, how normalised, which levels.
struct FieldSpec {
  std::string name;    ///< unique name used in explanations and blocking rules
  std::string column;  ///< input column header
  NormalizeKind normalize = NormalizeKind::kText;
  std::vector<LevelSpec> levels;
  bool tf_adjust = false;  ///< adjust the exact-level weight by how common the value is
};

/// How one part of a blocking key is derived from a field's normalised value.
/// kDayMonthUnordered: a "YYYYMMDD" date with day and month in ascending order, so that a date and its day/month
/// swap share a key (other values give no key).
enum class KeyTransform { kValue, kPrefix, kPhonetic, kFirstToken, kLastToken, kDayMonthUnordered };
const char* KeyTransformName(KeyTransform transform);
std::optional<KeyTransform> KeyTransformFromName(std::string_view name);

/// One part of a blocking key.
struct BlockingKeyPart {
  std::string field;  ///< a FieldSpec name
  KeyTransform transform = KeyTransform::kValue;
  size_t length = 0;  ///< for kPrefix
};

/// Records are compared when all parts of the key are present and equal. Several rules form a union.
struct BlockingRule {
  std::string name;
  std::vector<BlockingKeyPart> keys;
};

/// Limits and defaults for a run.
inline constexpr size_t kMaxFields = 16;            ///< a comparison vector packs 4 bits per field into 64 bits
inline constexpr size_t kMaxLevelsPerField = 13;    ///< + null + else fit in 4 bits
inline constexpr uint64_t kDefaultMaxPairsPerRule = 50'000'000;

/// All settings of a linkage run. Validate with ValidateSettings before use.
struct MatchSettings {
  std::string id_column;
  std::vector<FieldSpec> fields;
  std::vector<BlockingRule> blocking;
  double match_probability = 0.5;            ///< pairs at or above this are matches
  double cluster_guard_probability = 0.1;    ///< every two members of a cluster must score at least this
  size_t max_cluster_size = 50;              ///< clusters never grow beyond this
  uint64_t max_pairs_per_rule = kDefaultMaxPairsPerRule;  ///< a rule that would compare more pairs is refused
  uint64_t u_sample_pairs = 1'000'000;       ///< random pairs used to estimate u
  size_t em_max_iterations = 100;
  double em_tolerance = 1e-6;                ///< stop when no m/u/lambda moves more than this
  /// false (default): m by EM rule by rule with u fixed from random pairs, lambda over all pairs (TrainByBlockingRules).
  /// true: one EM over all candidates refining u too, lambda over candidates (TrainByEm, ECM-like).
  bool em_estimates_u = false;
  double initial_match_share = 0.1;          ///< EM starting lambda: share of candidate pairs that match
  double tf_max_adjust_bits = 6.0;           ///< cap on the term-frequency adjustment, either way
  uint64_t seed = 1;                         ///< random pair sampling seed (runs are reproducible)
};

/// Checks the settings: id column and field names set and unique, columns named, at least one field and one blocking
/// rule, levels valid for their kind (thresholds in range), blocking parts naming known fields, probabilities in
/// (0,1), limits positive. Returns InvalidArgument naming the offending key (e.g. "fields[2].levels[1].threshold").
domain::Status ValidateSettings(const MatchSettings& settings);

/// A readable label of a level for explanations ("exact", "jaro_winkler>=0.92", "prefix:6").
std::string LevelLabel(const LevelSpec& level);

}  // namespace tepat::match
