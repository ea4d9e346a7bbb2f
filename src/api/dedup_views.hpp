#pragma once
// JSON views of registry deduplication: runs (progress, counts, settings digest, data version), clusters, pairs
// with each field's evidence, and people side by side (NIK and KK masked).
#include <boost/json.hpp>

#include "domain/person.hpp"
#include "service/job_timing.hpp"
#include "store/dedup_types.hpp"

namespace tepat::api {

/// {"id","region","status","stage","done","total","elapsed_seconds","remaining_seconds" (null while unknown),
///  "counts":{...},"settings_digest","data_version","created_at","started_at","finished_at","cancel_requested",
///  "message"}, with `timing` from DedupService::Timing.
boost::json::object DedupRunJson(const store::DedupRun& run, const service::JobTiming& timing);
/// {"id","run_id","status","size","max_probability","members":[{"person_id","desa"}],"survivor_id","decided_at"}
/// plus "pairs":[{"id","person_a","person_b","weight","probability","prior_weight","fields":[{"field","level",
/// "label","weight","tf_adjustment"}]}] when the cluster carries pairs.
boost::json::object DedupClusterJson(const store::DedupCluster& cluster);
/// A person for side-by-side review: {"id","nik_masked","kk_masked","name","birth_place","birth_date","sex",
/// "religion","address","rt","rw","desa","life_status"}.
boost::json::object ReviewPersonJson(const domain::Person& person);

}  // namespace tepat::api
