#include "match/blocker.hpp"

#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>
#include <tbb/parallel_sort.h>

#include <algorithm>
#include <functional>
#include <string_view>
#include <utility>

#include "fmt/format.h"

namespace tepat::match {
namespace {

using KeyedRecord = std::pair<uint64_t, uint32_t>;

constexpr size_t kKeyGrain = 4096;
constexpr size_t kDateLength = 8;  // "YYYYMMDD"
constexpr size_t kMonthStart = 4;
constexpr size_t kDayStart = 6;
constexpr size_t kPartLength = 2;
constexpr uint64_t kGoldenGamma = 0x9e3779b97f4a7c15ULL;

// SplitMix64 finaliser: spreads bits so that combined part hashes rarely collide.
uint64_t Mix(uint64_t x) {
  x += kGoldenGamma;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

size_t FieldIndex(const MatchSettings& settings, const std::string& name) {
  for (size_t f = 0; f < settings.fields.size(); ++f) {
    if (settings.fields[f].name == name) return f;
  }
  return 0;  // ValidateSettings guarantees the name exists
}

// Hash of one key part for a value, or nullopt when the value gives no key.
std::optional<uint64_t> PartHash(const FieldColumn& column, const BlockingKeyPart& part, uint32_t value) {
  if (value == StringPool::kEmptyId) return std::nullopt;
  switch (part.transform) {
    case KeyTransform::kValue:
      return value;
    case KeyTransform::kPrefix: {
      const std::string_view text = column.pool.Get(value);
      return std::hash<std::string_view>{}(text.substr(0, part.length));
    }
    case KeyTransform::kPhonetic:
      return column.phonetic[value];
    case KeyTransform::kFirstToken:
    case KeyTransform::kLastToken: {
      const auto tokens = column.Tokens(value);
      if (tokens.empty()) return std::nullopt;
      return part.transform == KeyTransform::kFirstToken ? tokens.front() : tokens.back();
    }
    case KeyTransform::kDayMonthUnordered: {
      const std::string_view text = column.pool.Get(value);
      if (text.size() != kDateLength) return std::nullopt;
      std::string key(text);
      const std::string_view month = text.substr(kMonthStart, kPartLength);
      const std::string_view day = text.substr(kDayStart, kPartLength);
      if (day < month) key.replace(kMonthStart, kDateLength - kMonthStart, std::string(day) + std::string(month));
      return std::hash<std::string>{}(key);
    }
  }
  return std::nullopt;
}

std::vector<KeyedRecord> SortedKeyedRecords(const std::vector<uint64_t>& keys) {
  std::vector<KeyedRecord> keyed;
  keyed.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] != Blocker::kNoKey) keyed.emplace_back(keys[i], static_cast<uint32_t>(i));
  }
  tbb::parallel_sort(keyed.begin(), keyed.end());
  return keyed;
}

// A block: records [begin, end) of the sorted list share a key; in linkage, [begin, split_at) are left records.
struct Block {
  size_t begin;
  size_t split_at;
  size_t end;
};

std::vector<Block> FindBlocks(const std::vector<KeyedRecord>& keyed, PairScope scope) {
  std::vector<Block> blocks;
  size_t begin = 0;
  while (begin < keyed.size()) {
    size_t end = begin + 1;
    while (end < keyed.size() && keyed[end].first == keyed[begin].first) ++end;
    if (end - begin > 1) {
      size_t split_at = begin;
      while (split_at < end && keyed[split_at].second < scope.split) ++split_at;
      blocks.push_back({begin, split_at, end});
    }
    begin = end;
  }
  return blocks;
}

uint64_t BlockPairs(const Block& block, PairScope scope) {
  if (scope.IsLink()) return static_cast<uint64_t>(block.split_at - block.begin) * (block.end - block.split_at);
  const uint64_t n = block.end - block.begin;
  return n * (n - 1) / 2;
}

uint64_t CountOf(const std::vector<Block>& blocks, PairScope scope) {
  uint64_t total = 0;
  for (const Block& block : blocks) total += BlockPairs(block, scope);
  return total;
}

}  // namespace

std::vector<uint64_t> Blocker::Keys(size_t rule, size_t begin, size_t end) const {
  const MatchSettings& settings = records_.settings();
  const BlockingRule& spec = settings.blocking[rule];
  std::vector<size_t> fields;
  for (const BlockingKeyPart& part : spec.keys) fields.push_back(FieldIndex(settings, part.field));
  std::vector<uint64_t> keys(end - begin, kNoKey);
  tbb::parallel_for(tbb::blocked_range<size_t>(begin, end, kKeyGrain), [&](const tbb::blocked_range<size_t>& range) {
    for (size_t record = range.begin(); record < range.end(); ++record) {
      uint64_t key = Mix(rule);
      bool complete = true;
      for (size_t p = 0; p < spec.keys.size() && complete; ++p) {
        const FieldColumn& column = records_.field(fields[p]);
        const auto hash = PartHash(column, spec.keys[p], column.value[record]);
        complete = hash.has_value();
        if (complete) key = Mix(key ^ Mix(*hash + p));
      }
      if (complete) keys[record - begin] = key == kNoKey ? 1 : key;
    }
  });
  return keys;
}

std::vector<RuleCount> Blocker::CountPairs(PairScope scope) const {
  std::vector<RuleCount> counts;
  const MatchSettings& settings = records_.settings();
  for (size_t r = 0; r < settings.blocking.size(); ++r) {
    const auto keyed = SortedKeyedRecords(Keys(r, 0, records_.rows()));
    counts.push_back({settings.blocking[r].name, CountOf(FindBlocks(keyed, scope), scope)});
  }
  return counts;
}

namespace {

// One rule's blocks, for walking them record by record: where each record sits in the sorted list and where the
// block at each position ends.
struct RuleBlocks {
  static constexpr uint32_t kNone = UINT32_MAX;
  std::vector<KeyedRecord> sorted;   // (key, record), sorted: a block's records come in ascending order
  std::vector<uint32_t> position;    // per record: its index in `sorted`, kNone when it has no key or a block alone
  std::vector<uint32_t> block_end;   // per index in `sorted`: one past the last index of its block
};

RuleBlocks IndexBlocks(std::vector<KeyedRecord> sorted, const std::vector<Block>& blocks, size_t rows) {
  RuleBlocks index;
  index.position.assign(rows, RuleBlocks::kNone);
  index.block_end.assign(sorted.size(), 0);
  for (const Block& block : blocks) {
    for (size_t i = block.begin; i < block.end; ++i) {
      index.position[sorted[i].second] = static_cast<uint32_t>(i);
      index.block_end[i] = static_cast<uint32_t>(block.end);
    }
  }
  index.sorted = std::move(sorted);
  return index;
}

constexpr size_t kRecordGrain = 256;  // records whose pairs one task makes

// The partners b of record `a` in any rule's block (b > a for deduplication, b in the right table for linkage),
// ascending and each once, appended to `out` as pairs.
void PairsOfRecord(uint32_t a, const std::vector<RuleBlocks>& rules, PairScope scope, std::vector<uint32_t>& partners,
                   std::vector<RecordPair>& out) {
  partners.clear();
  size_t rules_with_partners = 0;
  for (const RuleBlocks& rule : rules) {
    const uint32_t p = rule.position[a];
    if (p == RuleBlocks::kNone) continue;
    const size_t before = partners.size();
    for (size_t q = p + 1; q < rule.block_end[p]; ++q) {
      const uint32_t b = rule.sorted[q].second;
      if (!scope.IsLink() || b >= scope.split) partners.push_back(b);
    }
    if (partners.size() > before) ++rules_with_partners;
  }
  if (rules_with_partners > 1) {  // one rule's partners are already ascending and distinct
    std::sort(partners.begin(), partners.end());
    partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
  }
  for (const uint32_t b : partners) out.push_back({a, b});
}

}  // namespace

domain::Result<std::vector<RecordPair>> Blocker::Pairs(PairScope scope, const Progress& progress,
                                                       std::vector<RuleCount>* rule_counts) const {
  const MatchSettings& settings = records_.settings();
  const size_t rules = settings.blocking.size();
  const size_t rows = records_.rows();
  // Every rule's blocks, side by side (rules are independent), counted before any pair is made.
  std::vector<RuleBlocks> indexed(rules);
  std::vector<uint64_t> counts(rules, 0);
  tbb::parallel_for(size_t{0}, rules, [&](size_t r) {
    auto keyed = SortedKeyedRecords(Keys(r, 0, rows));
    const std::vector<Block> blocks = FindBlocks(keyed, scope);
    counts[r] = CountOf(blocks, scope);
    if (counts[r] <= settings.max_pairs_per_rule) indexed[r] = IndexBlocks(std::move(keyed), blocks, rows);
  });
  if (rule_counts != nullptr) rule_counts->clear();
  // An oversized rule is refused (the first one, in the settings' order).
  for (size_t r = 0; r < rules; ++r) {
    const uint64_t count = counts[r];
    if (rule_counts != nullptr) rule_counts->push_back({settings.blocking[r].name, count});
    if (count > settings.max_pairs_per_rule) {
      const std::string& name = settings.blocking[r].name;
      return domain::InvalidArgument(fmt::format(
          "blocking[{}] \"{}\" would compare {} pairs, more than limits.max_pairs_per_rule ({}); add a key to the "
          "rule to make blocks smaller, or raise the limit",
          r, name.empty() ? std::to_string(r) : name, count, settings.max_pairs_per_rule));
    }
    progress.Report("blocking", r + 1, rules);
    if (progress.Cancelled()) return domain::FailedPrecondition("cancelled");
  }
  // Record by record, so that pairs come out sorted without sorting them: each task makes the pairs of a range of
  // records (left records only, for linkage), and the ranges are joined in order.
  const size_t first_records = scope.IsLink() ? std::min(scope.split, rows) : rows;
  const size_t tasks = (first_records + kRecordGrain - 1) / kRecordGrain;
  std::vector<std::vector<RecordPair>> parts(tasks);
  tbb::enumerable_thread_specific<std::vector<uint32_t>> partners;
  tbb::parallel_for(size_t{0}, tasks, [&](size_t task) {
    auto& buffer = partners.local();
    const size_t end = std::min(first_records, (task + 1) * kRecordGrain);
    for (size_t a = task * kRecordGrain; a < end; ++a) {
      PairsOfRecord(static_cast<uint32_t>(a), indexed, scope, buffer, parts[task]);
    }
  });
  progress.Report("pairing", rules, rules);
  if (progress.Cancelled()) return domain::FailedPrecondition("cancelled");
  size_t total = 0;
  for (const auto& part : parts) total += part.size();
  std::vector<RecordPair> pairs;
  pairs.reserve(total);
  for (auto& part : parts) {
    pairs.insert(pairs.end(), part.begin(), part.end());
    std::vector<RecordPair>().swap(part);
  }
  return pairs;
}

}  // namespace tepat::match
