// Shared store suite: registry deduplication — people in batches, runs, clusters with explanations, decisions
// ("different" remembered), merges that keep every record and can be undone.
#include "registry_fixtures.hpp"
#include "store_fixture.hpp"

namespace tepat::store_test {
namespace {

using store::DedupCluster;
using store::DedupClusterFilter;
using store::DedupClusterStatus;
using store::DedupDecision;
using store::DedupRun;
using store::DedupRunStatus;

constexpr domain::UnixSeconds kT0 = 1'700'000'000;
constexpr std::int64_t kOperator = 7;

class DedupStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    ASSERT_TRUE(store().ApplyPeople(TestPeople(8), store::ChangeSource{.at = kT0}).ok());
    auto people = store().ListPeopleAfter(std::nullopt, 0, 100);
    ASSERT_TRUE(people.ok()) << people.status().message();
    for (const auto& person : *people) ids_.push_back(person.id);
  }

  std::int64_t Run(const std::string& region = "") {
    DedupRun run;
    run.region = region;
    run.settings_digest = "abc";
    run.settings_text = "{\"id_column\":\"RECORD_ID\"}";
    run.data_version = "people=8";
    run.created_by = kOperator;
    run.created_at = kT0;
    auto id = store().CreateDedupRun(run);
    EXPECT_TRUE(id.ok()) << id.status().message();
    return id.ok() ? *id : 0;
  }

  /// A cluster of people ids_[first..first+size) with one scored pair per neighbour, two fields each.
  DedupCluster Cluster(std::size_t first, std::size_t size, double probability) {
    DedupCluster cluster;
    cluster.max_probability = probability;
    for (std::size_t i = first; i < first + size; ++i) cluster.members.push_back({ids_[i], TestDesa()});
    for (std::size_t i = first; i + 1 < first + size; ++i) {
      store::DedupPair pair{0, ids_[i], ids_[i + 1], 12.5, probability, -9.25, {}};
      pair.fields.push_back({"nama", 1, "exact", 8.125, 1.5});
      pair.fields.push_back({"tanggal_lahir", 2, "day_month_swapped", -0.75, 0});
      cluster.pairs.push_back(pair);
    }
    return cluster;
  }

  std::vector<std::int64_t> ids_;
};
TEPAT_STORE_SUITE_ON_ALL_ENGINES(DedupStoreTest);

TEST_P(DedupStoreTest, PeopleAreReadInBatchesByIdAndRegion) {
  auto first = store().ListPeopleAfter(std::nullopt, 0, 3);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->size(), 3u);
  auto rest = store().ListPeopleAfter(std::nullopt, first->back().id, 100);
  ASSERT_TRUE(rest.ok());
  EXPECT_EQ(rest->size(), 5u);
  EXPECT_EQ(store().ListPeopleAfter(domain::RegionCode::Parse("35.10"), 0, 100)->size(), 8u);
  EXPECT_TRUE(store().ListPeopleAfter(domain::RegionCode::Parse("32.01"), 0, 100)->empty());
  auto some = store().GetPeopleByIds({ids_[3], ids_[1], ids_[3], 999999});
  ASSERT_TRUE(some.ok());
  ASSERT_EQ(some->size(), 2u);
  EXPECT_EQ((*some)[0].id, ids_[1]);
}

TEST_P(DedupStoreTest, DataVersionChangesWhenPeopleChange) {
  auto before = store().PeopleDataVersion(std::nullopt);
  ASSERT_TRUE(before.ok());
  EXPECT_NE(before->find("people=8"), std::string::npos);
  ASSERT_TRUE(store().ApplyPeople(TestPeople(9), store::ChangeSource{.at = kT0 + 5}).ok());
  EXPECT_NE(store().PeopleDataVersion(std::nullopt).value(), *before);
  EXPECT_EQ(store().PeopleDataVersion(domain::RegionCode::Parse("32")).value(),
            "people=0;max_id=0;max_updated_at=0");
}

TEST_P(DedupStoreTest, RunGoesFromQueuedToSucceededWithProgressAndCounts) {
  const std::int64_t id = Run();
  ASSERT_TRUE(store().StartDedupRun(id, kT0 + 1).ok());
  EXPECT_EQ(store().StartDedupRun(id, kT0 + 1).code(), domain::ErrorCode::kFailedPrecondition);
  auto cancel = store().ReportDedupProgress(id, {"comparing", 40, 100}, kT0 + 2);
  ASSERT_TRUE(cancel.ok()) << cancel.status().message();
  EXPECT_FALSE(*cancel);
  const store::DedupRunCounts counts{8, 20, 3, 2, 1};
  ASSERT_TRUE(store().FinishDedupRun(id, DedupRunStatus::kSucceeded, counts, "", kT0 + 3).ok());
  DedupRun run = store().GetDedupRun(id).value().value();
  EXPECT_EQ(run.status, DedupRunStatus::kSucceeded);
  EXPECT_EQ(run.counts, counts);
  EXPECT_EQ(run.progress.stage, "comparing");
  EXPECT_EQ(run.settings_text, "{\"id_column\":\"RECORD_ID\"}");
  EXPECT_EQ(run.data_version, "people=8");
  EXPECT_EQ(run.finished_at, kT0 + 3);
  EXPECT_EQ(store().FinishDedupRun(id, DedupRunStatus::kFailed, counts, "", kT0).code(),
            domain::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(store().ListDedupRuns(10).value().front().settings_text, "");
}

TEST_P(DedupStoreTest, CancelStopsAQueuedRunAndIsSeenByARunningOne) {
  const std::int64_t queued = Run();
  ASSERT_TRUE(store().RequestDedupCancel(queued, kT0).ok());
  EXPECT_EQ(store().GetDedupRun(queued).value()->status, DedupRunStatus::kCancelled);
  const std::int64_t running = Run();
  ASSERT_TRUE(store().StartDedupRun(running, kT0).ok());
  ASSERT_TRUE(store().RequestDedupCancel(running, kT0).ok());
  EXPECT_TRUE(store().ReportDedupProgress(running, {"blocking", 1, 2}, kT0).value());
  EXPECT_EQ(store().RequestDedupCancel(424242, kT0).code(), domain::ErrorCode::kNotFound);
}

TEST_P(DedupStoreTest, ClustersKeepTheirExplanationsAndAreQueuedByProbability) {
  const std::int64_t run = Run();
  ASSERT_TRUE(store().SaveDedupClusters(run, {Cluster(0, 3, 0.9), Cluster(4, 2, 0.99)}).ok());
  auto queue = store().ListDedupClusters(DedupClusterFilter{.status = DedupClusterStatus::kOpen});
  ASSERT_TRUE(queue.ok()) << queue.status().message();
  ASSERT_EQ(queue->size(), 2u);
  EXPECT_DOUBLE_EQ((*queue)[0].max_probability, 0.99);
  EXPECT_EQ((*queue)[1].members.size(), 3u);
  EXPECT_TRUE((*queue)[1].pairs.empty());
  EXPECT_EQ(store().CountDedupClusters({}).value(), 2);
  EXPECT_EQ(store().CountDedupClusters({.region = domain::RegionCode::Parse("32")}).value(), 0);
  EXPECT_EQ(store().ListDedupClusters({.limit = 1, .offset = 1}).value().front().id, (*queue)[1].id);

  auto cluster = store().GetDedupCluster((*queue)[1].id);
  ASSERT_TRUE(cluster.ok()) << cluster.status().message();
  ASSERT_TRUE(cluster->has_value());
  ASSERT_EQ((*cluster)->pairs.size(), 2u);
  const store::DedupPair& pair = (*cluster)->pairs[0];
  EXPECT_DOUBLE_EQ(pair.weight, 12.5);
  EXPECT_DOUBLE_EQ(pair.prior_weight, -9.25);
  ASSERT_EQ(pair.fields.size(), 2u);
  EXPECT_EQ(pair.fields[0], (store::DedupFieldEvidence{"nama", 1, "exact", 8.125, 1.5}));
  EXPECT_EQ(pair.fields[1].label, "day_month_swapped");
  EXPECT_FALSE(store().GetDedupCluster(999999).value().has_value());
}

TEST_P(DedupStoreTest, ANewRunOfTheSameRegionSupersedesOpenClusters) {
  const std::int64_t first = Run("3510");
  ASSERT_TRUE(store().SaveDedupClusters(first, {Cluster(0, 2, 0.9), Cluster(2, 2, 0.9)}).ok());
  const std::int64_t decided = store().ListDedupClusters({}).value().front().id;
  ASSERT_TRUE(store().DecideDedupCluster(decided, DedupDecision::kSame, kOperator, kT0).ok());
  const std::int64_t second = Run("35");
  ASSERT_TRUE(store().SaveDedupClusters(second, {Cluster(4, 2, 0.9)}).ok());
  EXPECT_EQ(store().CountDedupClusters({.status = DedupClusterStatus::kSuperseded}).value(), 1);
  EXPECT_EQ(store().CountDedupClusters({.status = DedupClusterStatus::kSame}).value(), 1);
  EXPECT_EQ(store().CountDedupClusters({.status = DedupClusterStatus::kOpen, .run_id = second}).value(), 1);
}

TEST_P(DedupStoreTest, DifferentRemembersEveryPairAndSameForgetsThem) {
  const std::int64_t run = Run();
  ASSERT_TRUE(store().SaveDedupClusters(run, {Cluster(0, 3, 0.9)}).ok());
  const std::int64_t id = store().ListDedupClusters({}).value().front().id;
  ASSERT_TRUE(store().DecideDedupCluster(id, DedupDecision::kDifferent, kOperator, kT0 + 1).ok());
  auto dismissed = store().ListDismissedPairs();
  ASSERT_TRUE(dismissed.ok());
  EXPECT_EQ(*dismissed, (std::vector<store::PersonPair>{{ids_[0], ids_[1]}, {ids_[0], ids_[2]}, {ids_[1], ids_[2]}}));
  DedupCluster cluster = store().GetDedupCluster(id).value().value();
  EXPECT_EQ(cluster.status, DedupClusterStatus::kDifferent);
  EXPECT_EQ(cluster.decided_by, kOperator);
  EXPECT_EQ(cluster.decided_at, kT0 + 1);
  ASSERT_TRUE(store().DecideDedupCluster(id, DedupDecision::kSame, kOperator, kT0 + 2).ok());
  EXPECT_TRUE(store().ListDismissedPairs().value().empty());
  EXPECT_EQ(store().DecideDedupCluster(999999, DedupDecision::kSame, kOperator, kT0).code(),
            domain::ErrorCode::kNotFound);
}

TEST_P(DedupStoreTest, MergeKeepsEveryRecordAndUndoRestores) {
  const std::int64_t run = Run();
  ASSERT_TRUE(store().SaveDedupClusters(run, {Cluster(0, 3, 0.9), Cluster(2, 2, 0.8)}).ok());
  auto queue = store().ListDedupClusters({}).value();
  const std::int64_t id = queue[0].id;
  EXPECT_EQ(store().MergeDedupCluster(id, ids_[0], kOperator, kT0).code(), domain::ErrorCode::kFailedPrecondition);
  ASSERT_TRUE(store().DecideDedupCluster(id, DedupDecision::kSame, kOperator, kT0).ok());
  EXPECT_EQ(store().MergeDedupCluster(id, ids_[7], kOperator, kT0).code(), domain::ErrorCode::kInvalidArgument);
  ASSERT_TRUE(store().MergeDedupCluster(id, ids_[1], kOperator, kT0 + 1).ok());
  DedupCluster merged = store().GetDedupCluster(id).value().value();
  EXPECT_EQ(merged.status, DedupClusterStatus::kMerged);
  EXPECT_EQ(merged.survivor_id, ids_[1]);
  EXPECT_EQ(store().CountPeople().value(), 8);  // nothing deleted
  EXPECT_EQ(store().ListActiveMerges().value().size(), 2u);
  EXPECT_EQ(store().DecideDedupCluster(id, DedupDecision::kDifferent, kOperator, kT0).code(),
            domain::ErrorCode::kFailedPrecondition);

  // A member already merged elsewhere cannot be merged again.
  const std::int64_t other = queue[1].id;
  ASSERT_TRUE(store().DecideDedupCluster(other, DedupDecision::kSame, kOperator, kT0).ok());
  EXPECT_EQ(store().MergeDedupCluster(other, ids_[3], kOperator, kT0).code(), domain::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(store().GetDedupCluster(other).value()->status, DedupClusterStatus::kSame);

  ASSERT_TRUE(store().UndoDedupMerge(id, kOperator, kT0 + 2).ok());
  DedupCluster undone = store().GetDedupCluster(id).value().value();
  EXPECT_EQ(undone.status, DedupClusterStatus::kSame);
  EXPECT_EQ(undone.survivor_id, 0);
  EXPECT_TRUE(store().ListActiveMerges().value().empty());
  auto history = store().ListMergesOfCluster(id).value();
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].undone_at, kT0 + 2);
  EXPECT_EQ(history[0].undone_by, kOperator);
  EXPECT_EQ(store().UndoDedupMerge(id, kOperator, kT0).code(), domain::ErrorCode::kFailedPrecondition);
  // After the undo the other cluster can merge its members.
  EXPECT_TRUE(store().MergeDedupCluster(other, ids_[3], kOperator, kT0 + 3).ok());
}

}  // namespace
}  // namespace tepat::store_test
