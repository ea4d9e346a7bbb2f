#pragma once
// Blocker: candidate pairs from blocking rules (union of rules, each pair once), with a guard on the pair count.
#include <cstdint>
#include <string>
#include <vector>

#include "domain/status.hpp"
#include "match/prepared_records.hpp"
#include "match/progress.hpp"

namespace tepat::match {

/// Two records by their number in PreparedRecords; a < b for deduplication, a in the left table for linkage.
struct RecordPair {
  uint32_t a = 0;
  uint32_t b = 0;
  friend bool operator==(const RecordPair&, const RecordPair&) = default;
  friend auto operator<=>(const RecordPair&, const RecordPair&) = default;
};

/// Which pairs are allowed: every pair (deduplication) or only pairs across the split (linkage: records
/// [0, split) are the left table, [split, rows) the right one; either side may be empty).
struct PairScope {
  size_t split = 0;
  bool link = false;
  bool IsLink() const { return link; }
};

/// How many pairs one rule selects (before removing pairs an earlier rule already selected).
struct RuleCount {
  std::string rule;
  uint64_t pairs = 0;
};

/// Makes candidate pairs from the settings' blocking rules over prepared records.
/// Thread-safety: const methods may run concurrently while `records` is not modified.
class Blocker {
 public:
  /// Marks a record without a key for a rule (a part was missing).
  static constexpr uint64_t kNoKey = 0;

  explicit Blocker(const PreparedRecords& records) : records_(records) {}

  /// The key of every record in [begin, end) under rule `rule`, kNoKey where a part is missing.
  std::vector<uint64_t> Keys(size_t rule, size_t begin, size_t end) const;

  /// Counts the pairs each rule would compare, without making them. Cheap: one sort per rule.
  std::vector<RuleCount> CountPairs(PairScope scope) const;

  /// The union of the rules' pairs, each pair once, sorted. Before making any pair, refuses with InvalidArgument
  /// naming the rule when one rule would compare more than settings.max_pairs_per_rule pairs. Returns
  /// FailedPrecondition when cancelled. When `rule_counts` is given it receives what CountPairs() returns (for the
  /// rules counted before a refusal), without counting twice.
  domain::Result<std::vector<RecordPair>> Pairs(PairScope scope, const Progress& progress = {},
                                                std::vector<RuleCount>* rule_counts = nullptr) const;

 private:
  const PreparedRecords& records_;
};

}  // namespace tepat::match
