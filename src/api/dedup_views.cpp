#include "api/dedup_views.hpp"

#include "api/json_views.hpp"
#include "domain/kk.hpp"
#include "domain/nik.hpp"

namespace tepat::api {
namespace {

std::string TimeOrEmpty(domain::UnixSeconds at) { return at == 0 ? std::string() : IsoUtc(at); }

boost::json::object PairJson(const store::DedupPair& pair) {
  boost::json::array fields;
  for (const store::DedupFieldEvidence& field : pair.fields) {
    fields.push_back({{"field", field.field},
                      {"level", field.level},
                      {"label", field.label},
                      {"weight", field.weight},
                      {"tf_adjustment", field.tf_adjustment}});
  }
  return {{"id", pair.id},
          {"person_a", pair.person_a},
          {"person_b", pair.person_b},
          {"weight", pair.weight},
          {"probability", pair.probability},
          {"prior_weight", pair.prior_weight},
          {"fields", std::move(fields)}};
}

}  // namespace

boost::json::object DedupRunJson(const store::DedupRun& run, const service::JobTiming& timing) {
  const std::optional<domain::RegionCode> region = domain::RegionCode::Parse(run.region);
  boost::json::value remaining = nullptr;
  if (timing.remaining) remaining = *timing.remaining;
  return {{"id", run.id},
          {"region", region ? region->Dotted() : std::string()},
          {"status", store::JobStatusCode(run.status)},
          {"stage", run.progress.stage},
          {"done", run.progress.done},
          {"total", run.progress.total},
          {"elapsed_seconds", timing.elapsed},
          {"remaining_seconds", std::move(remaining)},
          {"counts",
           {{"records", run.counts.records},
            {"candidate_pairs", run.counts.candidate_pairs},
            {"matches", run.counts.matches},
            {"clusters", run.counts.clusters},
            {"dismissed_skipped", run.counts.dismissed_skipped}}},
          {"settings_digest", run.settings_digest},
          {"data_version", run.data_version},
          {"created_at", TimeOrEmpty(run.created_at)},
          {"started_at", TimeOrEmpty(run.started_at)},
          {"finished_at", TimeOrEmpty(run.finished_at)},
          {"cancel_requested", run.cancel_requested},
          {"message", run.message}};
}

boost::json::object DedupClusterJson(const store::DedupCluster& cluster) {
  boost::json::array members;
  for (const store::DedupMember& member : cluster.members) {
    members.push_back({{"person_id", member.person_id}, {"desa", member.desa.Dotted()}});
  }
  boost::json::object out{{"id", cluster.id},
                          {"run_id", cluster.run_id},
                          {"status", store::DedupClusterStatusCode(cluster.status)},
                          {"size", cluster.members.size()},
                          {"max_probability", cluster.max_probability},
                          {"members", std::move(members)},
                          {"survivor_id", cluster.survivor_id},
                          {"decided_at", TimeOrEmpty(cluster.decided_at)}};
  if (!cluster.pairs.empty()) {
    boost::json::array pairs;
    for (const store::DedupPair& pair : cluster.pairs) pairs.push_back(PairJson(pair));
    out["pairs"] = std::move(pairs);
  }
  return out;
}

boost::json::object ReviewPersonJson(const domain::Person& person) {
  return {{"id", person.id},
          {"nik_masked", domain::MaskNik(person.nik)},
          {"kk_masked", domain::MaskKk(person.kk)},
          {"name", person.name},
          {"birth_place", person.birth_place},
          {"birth_date", person.birth_date.Iso()},
          {"sex", domain::SexCode(person.sex)},
          {"religion", person.religion.value_or("")},
          {"address", person.address},
          {"rt", person.rt},
          {"rw", person.rw},
          {"desa", person.desa.Dotted()},
          {"life_status", domain::LifeStatusCode(person.life.status)}};
}

}  // namespace tepat::api
