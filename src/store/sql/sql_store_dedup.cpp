// SqlStore: registry deduplication — reading people in batches, runs, clusters for review, decisions, merges.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "store/sql/batch_apply.hpp"
#include "store/sql/dedup_readers.hpp"
#include "store/sql/dedup_statements.hpp"
#include "store/sql/query.hpp"
#include "store/sql/registry_readers.hpp"
#include "store/sql/registry_statements.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/transaction.hpp"

namespace tepat::store::sql {
namespace {

constexpr std::string_view kCancelledMessage = "cancelled before it started";

domain::UnixSeconds NowOr(domain::UnixSeconds at) { return ChangeTime(ChangeSource{.at = at}); }

/// "%" for the whole registry, else the compact code followed by "%".
std::string RegionPattern(const std::optional<domain::RegionCode>& region) {
  return region ? region->compact() + "%" : std::string("%");
}

/// The parameters of TEPAT_DEDUP_CLUSTER_FILTER.
SqlParams FilterParams(const DedupClusterFilter& filter) {
  const std::string status = filter.status ? DedupClusterStatusCode(*filter.status) : "";
  const std::string region = filter.region ? filter.region->compact() + "%" : "";
  return {status, status, filter.run_id, filter.run_id, region, region};
}

std::string ClusterName(std::int64_t id) { return "dedup cluster " + std::to_string(id); }

Status SaveOneCluster(Connection& connection, std::int64_t run_id, const DedupCluster& cluster) {
  Result<std::int64_t> cluster_id =
      QueryInt(connection, kInsertDedupCluster,
               {run_id, static_cast<std::int64_t>(cluster.members.size()), ToMicro(cluster.max_probability)});
  if (!cluster_id.ok()) return cluster_id.status();
  for (const DedupMember& member : cluster.members) {
    Result<std::int64_t> added =
        connection.Exec(kInsertDedupMember, {*cluster_id, member.person_id, member.desa.compact()});
    if (!added.ok()) return added.status();
  }
  for (const DedupPair& pair : cluster.pairs) {
    Result<std::int64_t> pair_id =
        QueryInt(connection, kInsertDedupPair,
                 {*cluster_id, pair.person_a, pair.person_b, ToMicro(pair.weight), ToMicro(pair.probability),
                  ToMicro(pair.prior_weight)});
    if (!pair_id.ok()) return pair_id.status();
    for (std::size_t position = 0; position < pair.fields.size(); ++position) {
      const DedupFieldEvidence& field = pair.fields[position];
      Result<std::int64_t> added = connection.Exec(
          kInsertDedupPairField, {*pair_id, static_cast<std::int64_t>(position), field.field,
                                  std::int64_t{field.level}, field.label, ToMicro(field.weight),
                                  ToMicro(field.tf_adjustment)});
      if (!added.ok()) return added.status();
    }
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<domain::Person>> SqlStore::ListPeopleAfter(const std::optional<domain::RegionCode>& region,
                                                              std::int64_t after_id, int limit) {
  if (limit <= 0) return std::vector<domain::Person>();
  return WithConnection([&](Connection& connection) {
    return QueryAll<domain::Person>(connection, kListPeopleAfter,
                                    {after_id, RegionPattern(region), std::int64_t{limit}}, ReadPerson);
  });
}

Result<std::vector<domain::Person>> SqlStore::GetPeopleByIds(const std::vector<std::int64_t>& ids) {
  std::vector<std::int64_t> sorted = ids;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  return WithConnection([&](Connection& connection) -> Result<std::vector<domain::Person>> {
    std::vector<domain::Person> people;
    for (const std::int64_t id : sorted) {
      Result<std::optional<domain::Person>> person =
          QueryOptional<domain::Person>(connection, kGetPersonById, {id}, ReadPerson);
      if (!person.ok()) return person.status();
      if (person->has_value()) people.push_back(std::move(**person));
    }
    return people;
  });
}

Result<std::string> SqlStore::PeopleDataVersion(const std::optional<domain::RegionCode>& region) {
  return WithConnection([&](Connection& connection) -> Result<std::string> {
    std::string version;
    Status queried = connection.Query(kPeopleDataVersion, {RegionPattern(region)}, [&](const Row& row) {
      version = "people=" + std::to_string(row.Int(0)) + ";max_id=" + std::to_string(row.Int(1)) +
                ";max_updated_at=" + std::to_string(row.Int(2));
    });
    if (!queried.ok()) return queried;
    return version;
  });
}

Status SqlStore::DedupRunNotInState(Connection& connection, std::int64_t id, std::string_view expected) {
  Result<std::optional<DedupRun>> run = QueryOptional<DedupRun>(connection, kGetDedupRun, {id}, ReadDedupRun);
  if (!run.ok()) return run.status();
  if (!run->has_value()) return domain::NotFound("dedup run " + std::to_string(id) + " does not exist");
  return domain::FailedPrecondition("dedup run " + std::to_string(id) + " is " +
                                    JobStatusCode((*run)->status) + ", not " + std::string(expected));
}

Result<std::int64_t> SqlStore::CreateDedupRun(const DedupRun& run) {
  return WithConnection([&](Connection& connection) {
    return QueryInt(connection, kInsertDedupRun,
                    {run.region, run.settings_digest, run.settings_text, run.data_version, run.created_by,
                     NowOr(run.created_at)});
  });
}

Result<std::optional<DedupRun>> SqlStore::GetDedupRun(std::int64_t id) {
  return WithConnection(
      [&](Connection& connection) { return QueryOptional<DedupRun>(connection, kGetDedupRun, {id}, ReadDedupRun); });
}

Result<std::vector<DedupRun>> SqlStore::ListDedupRuns(int limit) {
  if (limit <= 0) return std::vector<DedupRun>();
  return WithConnection([&](Connection& connection) -> Result<std::vector<DedupRun>> {
    Result<std::vector<DedupRun>> runs =
        QueryAll<DedupRun>(connection, kListDedupRuns, {std::int64_t{limit}}, ReadDedupRun);
    if (runs.ok()) {
      for (DedupRun& run : runs.value()) run.settings_text.clear();
    }
    return runs;
  });
}

Status SqlStore::StartDedupRun(std::int64_t id, domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) -> Status {
    Result<std::int64_t> changed = connection.Exec(kStartDedupRun, {at, at, id});
    if (!changed.ok()) return changed.status();
    if (*changed == 1) return Status::Ok();
    return DedupRunNotInState(connection, id, "queued");
  });
}

Result<bool> SqlStore::ReportDedupProgress(std::int64_t id, const DedupProgress& progress, domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) -> Result<bool> {
    Result<std::int64_t> changed =
        connection.Exec(kDedupRunProgress, {progress.stage, progress.done, progress.total, at, id});
    if (!changed.ok()) return changed.status();
    if (*changed == 0) return DedupRunNotInState(connection, id, "running");
    Result<std::int64_t> cancel = QueryInt(connection, kDedupRunCancelRequested, {id});
    if (!cancel.ok()) return cancel.status();
    return *cancel != 0;
  });
}

Status SqlStore::FinishDedupRun(std::int64_t id, DedupRunStatus outcome, const DedupRunCounts& counts,
                                const std::string& message, domain::UnixSeconds now) {
  if (outcome != DedupRunStatus::kSucceeded && outcome != DedupRunStatus::kFailed &&
      outcome != DedupRunStatus::kCancelled) {
    return domain::InvalidArgument("a dedup run finishes as succeeded, failed or cancelled, not " +
                                   std::string(JobStatusCode(outcome)));
  }
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) -> Status {
    Result<std::int64_t> changed = connection.Exec(
        kFinishDedupRun, {std::string(JobStatusCode(outcome)), counts.records, counts.candidate_pairs,
                          counts.matches, counts.clusters, counts.dismissed_skipped, message, at, id});
    if (!changed.ok()) return changed.status();
    if (*changed == 1) return Status::Ok();
    return DedupRunNotInState(connection, id, "running");
  });
}

Status SqlStore::RequestDedupCancel(std::int64_t id, domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return WithConnection([&](Connection& connection) -> Status {
    Result<std::int64_t> cancelled = connection.Exec(kCancelQueuedDedupRun, {at, std::string(kCancelledMessage), id});
    if (!cancelled.ok()) return cancelled.status();
    if (*cancelled == 1) return Status::Ok();
    Result<std::int64_t> requested = connection.Exec(kRequestDedupRunCancel, {id});
    if (!requested.ok()) return requested.status();
    if (*requested == 1) return Status::Ok();
    Status state = DedupRunNotInState(connection, id, "queued or running");
    return state.code() == domain::ErrorCode::kFailedPrecondition ? Status::Ok() : state;
  });
}

Status SqlStore::SaveDedupClusters(std::int64_t run_id, const std::vector<DedupCluster>& clusters) {
  return WithConnection([&](Connection& connection) -> Status {
    Result<std::optional<DedupRun>> run = QueryOptional<DedupRun>(connection, kGetDedupRun, {run_id}, ReadDedupRun);
    if (!run.ok()) return run.status();
    if (!run->has_value()) return domain::NotFound("dedup run " + std::to_string(run_id) + " does not exist");
    const std::string region_pattern = (*run)->region + "%";
    return RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      Result<std::int64_t> superseded = tx.Exec(kSupersedeOpenClusters, {run_id, region_pattern});
      if (!superseded.ok()) return superseded.status();
      for (const DedupCluster& cluster : clusters) {
        if (Status saved = SaveOneCluster(tx, run_id, cluster); !saved.ok()) return saved;
      }
      return Status::Ok();
    });
  });
}

Result<DedupCluster> SqlStore::LoadClusterHead(Connection& connection, std::int64_t id) {
  Result<std::optional<DedupCluster>> head =
      QueryOptional<DedupCluster>(connection, kGetDedupCluster, {id}, ReadDedupCluster);
  if (!head.ok()) return head.status();
  if (!head->has_value()) return domain::NotFound(ClusterName(id) + " does not exist");
  DedupCluster cluster = std::move(**head);
  Result<std::vector<DedupMember>> members =
      QueryAll<DedupMember>(connection, kListDedupMembers, {id}, ReadDedupMember);
  if (!members.ok()) return members.status();
  cluster.members = std::move(members).value();
  Result<std::int64_t> survivor = QueryInt(connection, kActiveSurvivorOfCluster, {id});
  if (!survivor.ok()) return survivor.status();
  cluster.survivor_id = *survivor;
  return cluster;
}

Result<std::vector<DedupCluster>> SqlStore::ListDedupClusters(const DedupClusterFilter& filter) {
  if (filter.limit <= 0) return std::vector<DedupCluster>();
  SqlParams params = FilterParams(filter);
  params.emplace_back(std::int64_t{filter.limit});
  params.emplace_back(std::int64_t{std::max(filter.offset, 0)});
  return WithConnection([&](Connection& connection) -> Result<std::vector<DedupCluster>> {
    Result<std::vector<DedupCluster>> clusters =
        QueryAll<DedupCluster>(connection, kListDedupClusters, params, ReadDedupCluster);
    if (!clusters.ok()) return clusters;
    for (DedupCluster& cluster : clusters.value()) {
      Result<DedupCluster> full = LoadClusterHead(connection, cluster.id);
      if (!full.ok()) return full.status();
      cluster = std::move(full).value();
    }
    return clusters;
  });
}

Result<std::int64_t> SqlStore::CountDedupClusters(const DedupClusterFilter& filter) {
  return WithConnection(
      [&](Connection& connection) { return QueryInt(connection, kCountDedupClusters, FilterParams(filter)); });
}

Result<std::optional<DedupCluster>> SqlStore::GetDedupCluster(std::int64_t id) {
  return WithConnection([&](Connection& connection) -> Result<std::optional<DedupCluster>> {
    Result<DedupCluster> cluster = LoadClusterHead(connection, id);
    if (cluster.status().code() == domain::ErrorCode::kNotFound) return std::optional<DedupCluster>();
    if (!cluster.ok()) return cluster.status();
    Result<std::vector<DedupPair>> pairs = QueryAll<DedupPair>(connection, kListDedupPairs, {id}, ReadDedupPair);
    if (!pairs.ok()) return pairs.status();
    cluster->pairs = std::move(pairs).value();
    std::unordered_map<std::int64_t, std::size_t> index_of;
    for (std::size_t i = 0; i < cluster->pairs.size(); ++i) index_of.emplace(cluster->pairs[i].id, i);
    Status fields = connection.Query(kListDedupPairFields, {id}, [&](const Row& row) {
      auto it = index_of.find(row.Int(0));
      if (it == index_of.end()) return;
      cluster->pairs[it->second].fields.push_back(
          DedupFieldEvidence{std::string(row.Text(1)), static_cast<int>(row.Int(2)), std::string(row.Text(3)),
                             FromMicro(row.Int(4)), FromMicro(row.Int(5))});
    });
    if (!fields.ok()) return fields;
    return std::optional<DedupCluster>(std::move(cluster).value());
  });
}

Status SqlStore::ChangeDedupCluster(std::int64_t id,
                                    const std::function<Status(Connection&, const DedupCluster&)>& change) {
  return WithConnection([&](Connection& connection) -> Status {
    return RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      Result<DedupCluster> cluster = LoadClusterHead(tx, id);
      if (!cluster.ok()) return cluster.status();
      return change(tx, *cluster);
    });
  });
}

Status SqlStore::DecideDedupCluster(std::int64_t id, DedupDecision decision, std::int64_t by,
                                    domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return ChangeDedupCluster(id, [&](Connection& tx, const DedupCluster& cluster) -> Status {
    if (cluster.status == DedupClusterStatus::kMerged || cluster.status == DedupClusterStatus::kSuperseded) {
      return domain::FailedPrecondition(ClusterName(id) + " is " + DedupClusterStatusCode(cluster.status) +
                                        "; undo the merge first, or review the newer run's cluster");
    }
    const DedupClusterStatus status =
        decision == DedupDecision::kSame ? DedupClusterStatus::kSame : DedupClusterStatus::kDifferent;
    Result<std::int64_t> changed =
        tx.Exec(kDecideDedupCluster, {std::string(DedupClusterStatusCode(status)), by, at, id});
    if (!changed.ok()) return changed.status();
    Result<std::int64_t> forgotten = tx.Exec(kDeleteDismissedOfCluster, {id});
    if (!forgotten.ok()) return forgotten.status();
    if (decision == DedupDecision::kSame) return Status::Ok();
    const std::vector<DedupMember>& members = cluster.members;  // ordered by person id
    for (std::size_t i = 0; i < members.size(); ++i) {
      for (std::size_t j = i + 1; j < members.size(); ++j) {
        Result<std::int64_t> added =
            tx.Exec(kInsertDismissedPair, {members[i].person_id, members[j].person_id, id, by, at});
        if (!added.ok()) return added.status();
      }
    }
    return Status::Ok();
  });
}

Result<std::vector<PersonPair>> SqlStore::ListDismissedPairs() {
  return WithConnection([&](Connection& connection) {
    return QueryAll<PersonPair>(connection, kListDismissedPairs, {},
                                [](const Row& row) -> Result<PersonPair> { return PersonPair{row.Int(0), row.Int(1)}; });
  });
}

Status SqlStore::MergeDedupCluster(std::int64_t id, std::int64_t survivor_id, std::int64_t by,
                                   domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return ChangeDedupCluster(id, [&](Connection& tx, const DedupCluster& cluster) -> Status {
    if (cluster.status != DedupClusterStatus::kSame) {
      return domain::FailedPrecondition(ClusterName(id) + " is " + DedupClusterStatusCode(cluster.status) +
                                        "; mark it as the same person before merging");
    }
    const bool member = std::any_of(cluster.members.begin(), cluster.members.end(),
                                    [&](const DedupMember& m) { return m.person_id == survivor_id; });
    if (!member) {
      return domain::InvalidArgument("survivor_id: choose one of the members of " + ClusterName(id));
    }
    for (const DedupMember& m : cluster.members) {
      if (m.person_id == survivor_id) continue;
      Result<std::int64_t> added = tx.Exec(kInsertMerge, {id, m.person_id, survivor_id, by, at});
      if (added.status().code() == domain::ErrorCode::kAlreadyExists) {
        return domain::FailedPrecondition("person " + std::to_string(m.person_id) +
                                          " is already merged in another cluster; undo that merge first");
      }
      if (!added.ok()) return added.status();
    }
    Result<std::int64_t> changed = tx.Exec(
        kDecideDedupCluster, {std::string(DedupClusterStatusCode(DedupClusterStatus::kMerged)), by, at, id});
    return changed.status();
  });
}

Status SqlStore::UndoDedupMerge(std::int64_t id, std::int64_t by, domain::UnixSeconds now) {
  const domain::UnixSeconds at = NowOr(now);
  return ChangeDedupCluster(id, [&](Connection& tx, const DedupCluster& cluster) -> Status {
    if (cluster.status != DedupClusterStatus::kMerged) {
      return domain::FailedPrecondition(ClusterName(id) + " is " + DedupClusterStatusCode(cluster.status) +
                                        ", not merged: there is nothing to undo");
    }
    Result<std::int64_t> undone = tx.Exec(kUndoMerges, {by, at, id});
    if (!undone.ok()) return undone.status();
    Result<std::int64_t> changed = tx.Exec(
        kDecideDedupCluster, {std::string(DedupClusterStatusCode(DedupClusterStatus::kSame)), by, at, id});
    return changed.status();
  });
}

Result<std::vector<PersonMerge>> SqlStore::ListMergesOfCluster(std::int64_t cluster_id) {
  return WithConnection([&](Connection& connection) {
    return QueryAll<PersonMerge>(connection, kListMergesOfCluster, {cluster_id}, ReadPersonMerge);
  });
}

Result<std::vector<PersonMerge>> SqlStore::ListActiveMerges() {
  return WithConnection(
      [&](Connection& connection) { return QueryAll<PersonMerge>(connection, kListActiveMerges, {}, ReadPersonMerge); });
}

}  // namespace tepat::store::sql
