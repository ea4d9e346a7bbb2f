#pragma once
// JSON view of a background job as the API returns it: progress, timing and outcome, never server file paths.
#include <boost/json.hpp>

#include "store/job_types.hpp"

namespace tepat::api {

/// {"id","kind","status","rows_total","rows_done","rows_errors","created_at","started_at","finished_at",
///  "elapsed_seconds","remaining_seconds" (null while unknown),"cancel_requested","message","has_error_report",
///  "has_result","original_name"} at `now`. Times are ISO 8601 UTC or null when not reached.
boost::json::object JobJson(const store::Job& job, domain::UnixSeconds now);

}  // namespace tepat::api
