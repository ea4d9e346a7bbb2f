#include "service/registry_dedup.hpp"

#include <algorithm>
#include <string>

#include "match/clustering.hpp"
#include "match/linker.hpp"
#include "match/record_table.hpp"

namespace tepat::service {
namespace {

constexpr int kIdBits = 32;  // person ids in a pair key: ample for any registry (ids are row numbers)

std::vector<std::string> PersonCells(const domain::Person& person) {
  return {std::to_string(person.id),
          person.nik,
          person.kk,
          person.name,
          person.birth_place,
          person.birth_date.Iso(),
          domain::SexCode(person.sex),
          person.religion.value_or(""),
          person.address,
          person.rt,
          person.rw,
          person.desa.compact()};
}

store::DedupPair ExplainedPair(const match::PairScorer& scorer, uint32_t a, uint32_t b, std::int64_t person_a,
                               std::int64_t person_b) {
  const match::PairExplanation explanation = scorer.Explain(a, b);
  store::DedupPair pair;
  pair.person_a = person_a;
  pair.person_b = person_b;
  pair.weight = explanation.weight;
  pair.probability = explanation.probability;
  pair.prior_weight = explanation.prior_weight;
  for (const match::FieldEvidence& field : explanation.fields) {
    pair.fields.push_back({field.field, field.level, field.label, field.weight, field.tf_adjustment});
  }
  if (pair.person_a > pair.person_b) std::swap(pair.person_a, pair.person_b);
  return pair;
}

}  // namespace

const std::vector<std::string>& RegistryDedupColumns() {
  static const std::vector<std::string> kColumns = {"RECORD_ID", "NIK",    "NO_KK",  "NAMA", "TEMPAT_LAHIR",
                                                    "TANGGAL_LAHIR", "JENIS_KELAMIN", "AGAMA", "ALAMAT", "RT",
                                                    "RW",        "KODE_DESA"};
  return kColumns;
}

std::uint64_t PairExclusions::Key(std::int64_t a, std::int64_t b) {
  if (a > b) std::swap(a, b);
  return (static_cast<std::uint64_t>(a) << kIdBits) ^ static_cast<std::uint64_t>(b);
}

void PairExclusions::AddDismissed(std::int64_t a, std::int64_t b) { dismissed_.insert(Key(a, b)); }

void PairExclusions::AddMerge(std::int64_t person, std::int64_t survivor) { survivor_of_[person] = survivor; }

std::int64_t PairExclusions::GroupOf(std::int64_t person) const {
  auto it = survivor_of_.find(person);
  return it == survivor_of_.end() ? person : it->second;
}

bool PairExclusions::Excludes(std::int64_t a, std::int64_t b) const {
  return GroupOf(a) == GroupOf(b) || dismissed_.contains(Key(a, b));
}

domain::Result<DedupOutcome> FindDuplicateClusters(const std::vector<domain::Person>& people,
                                                   const match::MatchSettings& settings,
                                                   const PairExclusions& exclusions, const match::Progress& progress) {
  DedupOutcome outcome;
  outcome.counts.records = static_cast<std::int64_t>(people.size());
  match::RecordTable table(RegistryDedupColumns());
  table.Reserve(people.size());
  for (const domain::Person& person : people) {
    const std::vector<std::string> cells = PersonCells(person);
    const std::vector<std::string_view> views(cells.begin(), cells.end());
    if (auto added = table.AddRow(views); !added.ok()) return added;
  }
  if (people.size() < 2) return outcome;

  auto linker = match::Linker::ForDedup(table, settings);
  if (!linker.ok()) return linker.status();
  auto matches = (*linker)->Run(progress);
  if (!matches.ok()) return matches.status();
  const match::Linker& run = **linker;
  outcome.counts.candidate_pairs = static_cast<std::int64_t>(run.summary().candidate_pairs);
  outcome.counts.matches = static_cast<std::int64_t>(matches->size());

  const auto excluded = [&](uint32_t a, uint32_t b) { return exclusions.Excludes(people[a].id, people[b].id); };
  std::vector<match::ScoredPair> kept;
  kept.reserve(matches->size());
  for (const match::ScoredPair& pair : *matches) {
    if (excluded(pair.a, pair.b)) {
      ++outcome.counts.dismissed_skipped;
    } else {
      kept.push_back(pair);
    }
  }
  progress.Report("clustering", 0, kept.size());
  // An excluded pair scores 0 for the chain guard, so a cluster never joins two people an operator separated.
  const auto probability = [&](uint32_t a, uint32_t b) -> double {
    if (excluded(a, b)) return 0.0;
    return match::PairScorer::Probability(run.scorer().Weight(std::min(a, b), std::max(a, b)));
  };
  const match::Clustering clustering = match::ClusterPairs(std::move(kept), probability,
                                                           settings.cluster_guard_probability,
                                                           settings.max_cluster_size);
  for (const std::vector<uint32_t>& members : clustering.clusters) {
    store::DedupCluster cluster;
    for (const uint32_t record : members) cluster.members.push_back({people[record].id, people[record].desa});
    std::sort(cluster.members.begin(), cluster.members.end(),
              [](const store::DedupMember& x, const store::DedupMember& y) { return x.person_id < y.person_id; });
    for (std::size_t i = 0; i < members.size(); ++i) {
      for (std::size_t j = i + 1; j < members.size(); ++j) {
        const uint32_t a = std::min(members[i], members[j]);
        const uint32_t b = std::max(members[i], members[j]);
        cluster.pairs.push_back(ExplainedPair(run.scorer(), a, b, people[a].id, people[b].id));
        cluster.max_probability = std::max(cluster.max_probability, cluster.pairs.back().probability);
      }
    }
    outcome.clusters.push_back(std::move(cluster));
  }
  progress.Report("clustering", outcome.clusters.size(), outcome.clusters.size());
  outcome.counts.clusters = static_cast<std::int64_t>(outcome.clusters.size());
  return outcome;
}

}  // namespace tepat::service
