// Google Benchmark programs for the matching engine's inner loops: string similarity, name normalisation, and
// comparing + scoring candidate pairs on a synthetic in-memory population (pairs per second, both cores).
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "match/blocker.hpp"
#include "match/linker.hpp"
#include "match/name_normalizer.hpp"
#include "match/string_similarity.hpp"

namespace tepat::match {
namespace {

constexpr int kPopulation = 200000;

void BM_JaroWinkler(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(JaroWinkler("muhammad rizki pratama", "muhamad riski pratama"));
}
BENCHMARK(BM_JaroWinkler);

void BM_NormalizeIndonesianName(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(NormalizeIndonesianName("H. Mochamad Soedjatmiko, S.Pd."));
}
BENCHMARK(BM_NormalizeIndonesianName);

// A population where a fifth of the people appear twice with one typo in the name.
RecordTable Population() {
  const std::vector<std::string> given = {"siti", "budi", "agus", "dewi", "joko", "rina", "wahyu", "sri", "eko",
                                          "ani", "rudi", "yanti", "hendra", "lestari", "bambang", "nur", "made"};
  const std::vector<std::string> family = {"santoso", "wijaya", "hartono", "susanti", "pratama", "kusuma",
                                           "hidayat", "saputra", "rahayu", "setiawan", "wibowo", "lestari"};
  std::mt19937 random(1);
  RecordTable table({"id", "nama", "lahir", "desa"});
  for (int i = 0; i < kPopulation; ++i) {
    std::string name = given[random() % given.size()] + " " + family[random() % family.size()];
    const std::string date = std::to_string(1940 + random() % 80) + "0" + std::to_string(1 + random() % 9) +
                             std::to_string(10 + random() % 18);
    const std::string desa = "3273" + std::to_string(100000 + random() % 2000);
    (void)table.AddRow({std::to_string(i), name, date, desa});
    if (random() % 5 == 0) {
      name[1 + random() % (name.size() - 2)] = 'x';
      (void)table.AddRow({std::to_string(i) + "d", name, date, desa});
    }
  }
  return table;
}

MatchSettings Settings() {
  MatchSettings settings;
  settings.id_column = "id";
  settings.fields = {
      {"nama", "nama", NormalizeKind::kIndonesianName,
       {{LevelKind::kExact}, {LevelKind::kJaroWinkler, 0.92}, {LevelKind::kPhonetic}, {LevelKind::kTokenSubset}},
       true},
      {"lahir", "lahir", NormalizeKind::kDate, {{LevelKind::kExact}, {LevelKind::kOneDigitOff}}, false},
      {"desa", "desa", NormalizeKind::kDigits, {{LevelKind::kExact}, {LevelKind::kPrefix, 6}}, false}};
  settings.blocking = {{"lahir", {{"lahir", KeyTransform::kValue, 0}}}};
  return settings;
}

void BM_CompareCandidatePairs(benchmark::State& state) {
  static const RecordTable table = Population();
  static const MatchSettings settings = Settings();
  auto prepared = PreparedRecords::Build(settings, {&table});
  auto pairs = Blocker(*prepared).Pairs({});
  const PairComparator comparator(*prepared);
  for (auto _ : state) {
    auto patterns = ComparePairs(comparator, *pairs, {});
    benchmark::DoNotOptimize(patterns.value().data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pairs->size()));
  state.counters["pairs"] = static_cast<double>(pairs->size());
}
BENCHMARK(BM_CompareCandidatePairs)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_DedupEndToEnd(benchmark::State& state) {
  static const RecordTable table = Population();
  static const MatchSettings settings = Settings();
  uint64_t pairs = 0;
  for (auto _ : state) {
    auto linker = Linker::ForDedup(table, settings);
    auto result = (*linker)->Run();
    benchmark::DoNotOptimize(result.value().data());
    pairs = (*linker)->summary().candidate_pairs;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pairs));
  state.counters["records"] = static_cast<double>(table.rows());
}
BENCHMARK(BM_DedupEndToEnd)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

}  // namespace
}  // namespace tepat::match

BENCHMARK_MAIN();
