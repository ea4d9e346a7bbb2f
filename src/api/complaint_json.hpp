#pragma once
// JSON views of complaints as the API returns them. The service has already redacted every complaint to what the
// caller may see; these functions only shape it (fields that are empty after redaction are left out).
#include <boost/json.hpp>

#include "domain/complaint_validation.hpp"
#include "service/complaint_service.hpp"
#include "store/complaint_types.hpp"

namespace tepat::api {

/// The complaint: {"id","tracking_number","region","program_id","topic_id","title","message","source",
/// "show_profile","rahasia","reporter_name","reporter_nik","beneficiary_niks","phones","channel","status",
/// "status_label","created_at","forwarded_at","first_response_at","no_response_at","closed_at","is_mine"}.
boost::json::object ComplaintJson(const domain::Complaint& complaint);
/// A list row: the complaint plus "region_name" and "topic_name".
boost::json::object ComplaintListItemJson(const store::ComplaintListItem& item);
/// {"items":[...],"total","page","page_size"}.
boost::json::object ComplaintPageJson(const store::ComplaintPage& page, int page_number, int page_size);
/// {"complaint","visibility","topic_name","region_name","comments","attachments","allowed_actions",
/// "can_attach"}.
boost::json::object ComplaintViewJson(const service::ComplaintView& view);
/// {"id","author_label","at","text","status_from","status_to","edited","deleted","author_account_id"?,
/// "history"?}.
boost::json::object CommentJson(const domain::ComplaintComment& comment);
/// {"id","name","content_type","size_bytes","uploaded_at","url"}.
boost::json::object AttachmentJson(const store::ComplaintAttachment& attachment);
/// {"field","issue","message","message_en"} per problem.
boost::json::array ProblemsJson(const std::vector<domain::ComplaintProblem>& problems);

}  // namespace tepat::api
