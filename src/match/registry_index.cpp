#include "match/registry_index.hpp"

#include <tbb/parallel_for.h>
#include <tbb/parallel_sort.h>

#include <algorithm>

#include "fmt/format.h"
#include "match/linker.hpp"

namespace tepat::match {
namespace {

constexpr size_t kCandidateGrain = 256;

// Restores the prepared records to the registry alone when a call ends, however it ends.
class TruncateOnExit {
 public:
  TruncateOnExit(PreparedRecords& records, size_t rows) : records_(records), rows_(rows) {}
  ~TruncateOnExit() { records_.Truncate(rows_); }
  TruncateOnExit(const TruncateOnExit&) = delete;
  TruncateOnExit& operator=(const TruncateOnExit&) = delete;

 private:
  PreparedRecords& records_;
  size_t rows_;
};

using KeyRange = std::pair<std::vector<std::pair<uint64_t, uint32_t>>::const_iterator,
                           std::vector<std::pair<uint64_t, uint32_t>>::const_iterator>;

KeyRange Lookup(const std::vector<std::pair<uint64_t, uint32_t>>& sorted, uint64_t key) {
  const auto first = std::lower_bound(sorted.begin(), sorted.end(), std::make_pair(key, uint32_t{0}));
  auto last = first;
  while (last != sorted.end() && last->first == key) ++last;
  return {first, last};
}

}  // namespace

RegistryIndex::RegistryIndex(PreparedRecords records)
    : records_(std::move(records)), registry_rows_(records_.rows()) {}

domain::Result<std::unique_ptr<RegistryIndex>> RegistryIndex::Prepare(const RecordTable& registry,
                                                                      const MatchSettings& settings) {
  if (auto status = ValidateSettings(settings); !status.ok()) return status;
  auto prepared = PreparedRecords::Build(settings, {&registry});
  if (!prepared.ok()) return prepared.status();
  std::unique_ptr<RegistryIndex> index(new RegistryIndex(std::move(prepared).value()));
  const Blocker blocker(index->records_);
  for (size_t r = 0; r < settings.blocking.size(); ++r) {
    const auto& keys = index->keys_.emplace_back(blocker.Keys(r, 0, index->registry_rows_));
    const auto keyed = static_cast<size_t>(std::count_if(
        keys.begin(), keys.end(), [](uint64_t key) { return key != Blocker::kNoKey; }));
    auto& sorted = index->sorted_.emplace_back();
    sorted.reserve(keyed);  // exactly: no regrowth of arrays of hundreds of MB
    for (size_t row = 0; row < keys.size(); ++row) {
      if (keys[row] != Blocker::kNoKey) sorted.emplace_back(keys[row], static_cast<uint32_t>(row));
    }
    tbb::parallel_sort(sorted.begin(), sorted.end());
  }
  return index;
}

domain::Status RegistryIndex::SetModel(MatchModel model) {
  if (model.fields.size() != records_.settings().fields.size()) {
    return domain::InvalidArgument("the model was trained for other settings; train it again with these settings");
  }
  model_ = std::move(model);
  return domain::Status::Ok();
}

domain::Result<std::unique_ptr<RegistryIndex>> RegistryIndex::Build(const RecordTable& registry,
                                                                    const MatchSettings& settings, MatchModel model) {
  std::promise<domain::Result<MatchModel>> ready;
  ready.set_value(std::move(model));
  return Build(registry, settings, ready.get_future());
}

domain::Result<std::unique_ptr<RegistryIndex>> RegistryIndex::Build(
    const RecordTable& registry, const MatchSettings& settings, std::future<domain::Result<MatchModel>> model) {
  auto index = Prepare(registry, settings);
  auto trained = model.get();
  if (!trained.ok()) return trained.status();
  if (!index.ok()) return index.status();
  if (auto status = (*index)->SetModel(std::move(trained).value()); !status.ok()) return status;
  return index;
}

domain::Result<std::vector<std::vector<RegistryMatch>>> RegistryIndex::Screen(const RecordTable& candidates,
                                                                              double min_probability, size_t top_k,
                                                                              const Progress& progress) {
  const std::lock_guard lock(mutex_);
  if (auto status = records_.Append(candidates); !status.ok()) return status;
  const TruncateOnExit restore(records_, registry_rows_);
  const MatchSettings& settings = records_.settings();
  const Blocker blocker(records_);
  const size_t rules = settings.blocking.size();
  std::vector<std::vector<uint64_t>> candidate_keys(rules);
  for (size_t r = 0; r < rules; ++r) {
    candidate_keys[r] = blocker.Keys(r, registry_rows_, records_.rows());
    uint64_t pairs = 0;
    for (const uint64_t key : candidate_keys[r]) {
      if (key == Blocker::kNoKey) continue;
      const auto [first, last] = Lookup(sorted_[r], key);
      pairs += static_cast<uint64_t>(last - first);
    }
    if (pairs > settings.max_pairs_per_rule) {
      return domain::InvalidArgument(fmt::format(
          "blocking[{}] \"{}\" would compare {} pairs, more than limits.max_pairs_per_rule ({}); add a key to the "
          "rule to make blocks smaller, or raise the limit",
          r, settings.blocking[r].name, pairs, settings.max_pairs_per_rule));
    }
  }
  const PairScorer scorer(records_, model_);
  std::vector<std::vector<RegistryMatch>> results(candidates.rows());
  tbb::parallel_for(tbb::blocked_range<size_t>(0, candidates.rows(), kCandidateGrain),
                    [&](const tbb::blocked_range<size_t>& range) {
                      for (size_t c = range.begin(); c < range.end(); ++c) {
                        const auto record = static_cast<uint32_t>(registry_rows_ + c);
                        auto& found = results[c];
                        for (size_t r = 0; r < rules; ++r) {
                          const uint64_t key = candidate_keys[r][c];
                          if (key == Blocker::kNoKey) continue;
                          const auto [first, last] = Lookup(sorted_[r], key);
                          for (auto it = first; it != last; ++it) {
                            const uint32_t row = it->second;
                            bool seen = false;  // an earlier rule already offered this registry record
                            for (size_t earlier = 0; earlier < r && !seen; ++earlier) {
                              seen = candidate_keys[earlier][c] != Blocker::kNoKey &&
                                     candidate_keys[earlier][c] == keys_[earlier][row];
                            }
                            if (seen) continue;
                            const double weight = scorer.Weight(row, record);
                            const double probability = PairScorer::Probability(weight);
                            if (probability >= min_probability) {
                              found.push_back({row, static_cast<float>(weight), static_cast<float>(probability)});
                            }
                          }
                        }
                        std::sort(found.begin(), found.end(), [](const RegistryMatch& x, const RegistryMatch& y) {
                          return x.weight != y.weight ? x.weight > y.weight : x.registry_row < y.registry_row;
                        });
                        if (found.size() > top_k) found.resize(top_k);
                      }
                    });
  progress.Report("screening", candidates.rows(), candidates.rows());
  if (progress.Cancelled()) return domain::FailedPrecondition("cancelled");
  return results;
}

domain::Result<PairExplanation> RegistryIndex::Explain(const RecordTable& candidates, size_t candidate_row,
                                                       uint32_t registry_row) {
  if (candidate_row >= candidates.rows() || registry_row >= registry_rows_) {
    return domain::InvalidArgument("candidate_row or registry_row is out of range");
  }
  const std::lock_guard lock(mutex_);
  if (auto status = records_.Append(candidates); !status.ok()) return status;
  const TruncateOnExit restore(records_, registry_rows_);
  const PairScorer scorer(records_, model_);
  return scorer.Explain(registry_row, static_cast<uint32_t>(registry_rows_ + candidate_row));
}

domain::Result<MatchModel> TrainRegistryModel(const RecordTable& registry, const MatchSettings& settings,
                                              const Progress& progress) {
  auto linker = Linker::ForDedup(registry, settings);
  if (!linker.ok()) return linker.status();
  auto pairs = (*linker)->Run(progress);
  if (!pairs.ok()) return pairs.status();
  return (*linker)->model();
}

}  // namespace tepat::match
