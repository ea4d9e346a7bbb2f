// /api/complaints, /api/complaint-topics, /api/complaint-comments, /api/complaint-attachments, /api/programs:
// filing (with the programs to choose from), lists, the workflow, comments, attachments, and what the registry says
// about a complaint's NIKs (issue 5). The service checks roles, regions and visibility per
// complaint; the route rules only require a login where a guest can never succeed.
#include "api/api_response.hpp"
#include "api/complaint_json.hpp"
#include "api/complaint_list_request.hpp"
#include "api/registry_json.hpp"
#include "api/routes.hpp"

namespace tepat::api {
namespace {

using domain::Role;

std::optional<std::int64_t> IdParam(ApiContext& ctx, http::Response* error) {
  std::optional<std::int64_t> id = ParseWholeNumber(ctx.http.PathParam("id").value_or(""));
  if (!id) *error = ErrorResponse(ctx, domain::InvalidArgument("id: use the number of the item"));
  return id;
}

/// Reads the JSON fields of a draft; returns the first type error naming its field.
domain::Status ReadDraft(const boost::json::object& body, domain::ComplaintDraft* draft) {
  auto text = [&](std::string_view key, std::string* out) -> domain::Status {
    auto it = body.find(key);
    if (it == body.end() || it->value().is_null()) return domain::Status::Ok();
    if (!it->value().is_string()) return domain::InvalidArgument(std::string(key) + ": send text");
    *out = std::string(it->value().as_string());
    return domain::Status::Ok();
  };
  auto flag = [&](std::string_view key, bool* out) -> domain::Status {
    auto it = body.find(key);
    if (it == body.end() || it->value().is_null()) return domain::Status::Ok();
    if (!it->value().is_bool()) return domain::InvalidArgument(std::string(key) + ": send true or false");
    *out = it->value().as_bool();
    return domain::Status::Ok();
  };
  auto list = [&](std::string_view key, std::vector<std::string>* out) -> domain::Status {
    auto it = body.find(key);
    if (it == body.end() || it->value().is_null()) return domain::Status::Ok();
    if (!it->value().is_array()) return domain::InvalidArgument(std::string(key) + ": send a list of texts");
    for (const boost::json::value& item : it->value().as_array()) {
      if (!item.is_string()) return domain::InvalidArgument(std::string(key) + ": each item must be text");
      out->emplace_back(item.as_string());
    }
    return domain::Status::Ok();
  };
  auto number = [&](std::string_view key) -> domain::Result<std::optional<std::int64_t>> {
    auto it = body.find(key);
    if (it == body.end() || it->value().is_null()) return std::optional<std::int64_t>();
    if (!it->value().is_int64()) return domain::InvalidArgument(std::string(key) + ": send a whole number");
    return std::optional<std::int64_t>(it->value().as_int64());
  };
  std::string channel;
  for (domain::Status s : {text("region", &draft->region), text("title", &draft->title),
                           text("message", &draft->message), text("source", &draft->source),
                           text("reporter_name", &draft->reporter_name), text("reporter_nik", &draft->reporter_nik),
                           text("channel", &channel), flag("show_profile", &draft->show_profile),
                           flag("rahasia", &draft->rahasia), list("beneficiary_niks", &draft->beneficiary_niks),
                           list("phones", &draft->phones)}) {
    if (!s.ok()) return s;
  }
  domain::Result<std::optional<std::int64_t>> topic = number("topic_id");
  if (!topic.ok()) return topic.status();
  draft->topic_id = topic->value_or(0);
  domain::Result<std::optional<std::int64_t>> program = number("program_id");
  if (!program.ok()) return program.status();
  draft->program_id = *program;
  if (!channel.empty()) {
    std::optional<domain::ComplaintChannel> parsed = domain::ParseComplaintChannel(channel);
    if (!parsed) {
      return domain::InvalidArgument(
          "channel: use ONLINE, LISAN, TELEPON, SURAT, KOTAK_SARAN or MEDIA_SOSIAL");
    }
    draft->channel = *parsed;
  }
  return domain::Status::Ok();
}

using Lister = std::function<domain::Result<store::ComplaintPage>(const service::ComplaintListRequest&)>;

http::Response ListWith(ApiContext& ctx, const Lister& list) {
  domain::Result<service::ComplaintListRequest> request = ReadComplaintListRequest(ctx);
  if (!request.ok()) return ErrorResponse(ctx, request.status());
  domain::Result<store::ComplaintPage> page = list(*request);
  if (!page.ok()) return ErrorResponse(ctx, page.status());
  return JsonResponse(ctx, http::Status::ok, ComplaintPageJson(*page, request->page, request->page_size));
}

http::Response ViewResponse(ApiContext& ctx, const domain::Result<service::ComplaintView>& view,
                            http::Status ok_status = http::Status::ok) {
  if (!view.ok()) return ErrorResponse(ctx, view.status());
  return JsonResponse(ctx, ok_status, ComplaintViewJson(*view));
}

http::Response FileComplaint(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  std::optional<boost::json::object> body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  domain::ComplaintDraft draft;
  if (domain::Status read = ReadDraft(*body, &draft); !read.ok()) return ErrorResponse(ctx, read);
  std::vector<domain::ComplaintProblem> problems;
  domain::Result<domain::Complaint> filed = deps.services.complaints().File(ctx.actor, draft, &problems);
  if (!filed.ok() && !problems.empty()) {
    return JsonResponse(ctx, http::Status::bad_request,
                        boost::json::object{{"error", boost::json::object{{"code", "invalid_argument"},
                                                                          {"message", filed.status().message()},
                                                                          {"request_id", ctx.http.request_id},
                                                                          {"problems", ProblemsJson(problems)}}}});
  }
  if (!filed.ok()) return ErrorResponse(ctx, filed.status());
  return JsonResponse(ctx, http::Status::created, boost::json::object{{"complaint", ComplaintJson(*filed)}});
}

http::Response GetComplaint(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  std::optional<std::int64_t> id = IdParam(ctx, &error);
  if (!id) return error;
  return ViewResponse(ctx, deps.services.complaints().Get(ctx.actor, *id));
}

http::Response TrackComplaint(ApiContext& ctx, ApiDependencies& deps) {
  return ViewResponse(ctx,
                      deps.services.complaints().GetByTracking(ctx.actor, ctx.http.PathParam("tracking").value_or("")));
}

http::Response ActOnComplaint(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  std::optional<std::int64_t> id = IdParam(ctx, &error);
  if (!id) return error;
  std::optional<boost::json::object> body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  std::optional<domain::ComplaintAction> action = domain::ParseComplaintAction(StringField(*body, "action"));
  if (!action) {
    return ErrorResponse(ctx, domain::InvalidArgument("action: use forward, respond, close, reopen or comment"));
  }
  return ViewResponse(ctx,
                      deps.services.complaints().Act(ctx.actor, *id, {*action, StringField(*body, "message")}));
}

http::Response CommentResponse(ApiContext& ctx, const domain::Result<domain::ComplaintComment>& comment) {
  if (!comment.ok()) return ErrorResponse(ctx, comment.status());
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"comment", CommentJson(*comment)}});
}

http::Response EditComment(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  std::optional<std::int64_t> id = IdParam(ctx, &error);
  if (!id) return error;
  std::optional<boost::json::object> body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  return CommentResponse(ctx, deps.services.complaints().EditComment(ctx.actor, *id, StringField(*body, "text")));
}

http::Response DeleteComment(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  std::optional<std::int64_t> id = IdParam(ctx, &error);
  if (!id) return error;
  return CommentResponse(ctx, deps.services.complaints().DeleteComment(ctx.actor, *id));
}

http::Response AddAttachment(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  std::optional<std::int64_t> id = IdParam(ctx, &error);
  if (!id) return error;
  auto added = deps.services.complaints().AddAttachment(ctx.actor, *id, ctx.http.QueryParam("name").value_or(""),
                                                        ctx.http.request.body());
  if (!added.ok()) return ErrorResponse(ctx, added.status());
  return JsonResponse(ctx, http::Status::created, boost::json::object{{"attachment", AttachmentJson(*added)}});
}

http::Response DownloadAttachment(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  std::optional<std::int64_t> id = IdParam(ctx, &error);
  if (!id) return error;
  auto file = deps.services.complaints().ReadAttachment(ctx.actor, *id);
  if (!file.ok()) return ErrorResponse(ctx, file.status());
  http::Response res = http::MakeResponse(ctx.http.request, http::Status::ok, file->meta.content_type,
                                          std::move(file->bytes));
  const bool inline_ok = file->meta.content_type != "application/pdf";
  res.set(boost::beast::http::field::content_disposition,
          std::string(inline_ok ? "inline" : "attachment") + "; filename=\"" + file->meta.original_name + "\"");
  res.set(boost::beast::http::field::cache_control, "private, no-store");
  return res;
}

http::Response ListTopics(ApiContext& ctx, ApiDependencies& deps) {
  const bool all = ctx.http.QueryParam("all").value_or("") == "1";
  auto topics = deps.services.complaints().Topics(!all);
  if (!topics.ok()) return ErrorResponse(ctx, topics.status());
  boost::json::array out;
  for (const domain::Topic& t : *topics) {
    out.push_back(boost::json::object{{"id", t.id}, {"name", t.name}, {"active", t.active}});
  }
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"topics", std::move(out)}});
}

http::Response SaveTopic(ApiContext& ctx, ApiDependencies& deps, bool create) {
  http::Response error;
  domain::Topic topic;
  if (!create) {
    std::optional<std::int64_t> id = IdParam(ctx, &error);
    if (!id) return error;
    topic.id = *id;
  }
  std::optional<boost::json::object> body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  topic.name = StringField(*body, "name");
  if (auto it = body->find("active"); it != body->end() && it->value().is_bool()) topic.active = it->value().as_bool();
  auto saved = deps.services.complaints().SaveTopic(ctx.actor, topic);
  if (!saved.ok()) return ErrorResponse(ctx, saved.status());
  return JsonResponse(ctx, create ? http::Status::created : http::Status::ok,
                      boost::json::object{{"topic", boost::json::object{{"id", saved->id},
                                                                        {"name", saved->name},
                                                                        {"active", saved->active}}}});
}

http::Response ComplaintRegistry(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  std::optional<std::int64_t> id = IdParam(ctx, &error);
  if (!id) return error;
  auto answer = deps.services.complaint_registry().Answer(ctx.actor, *id);
  if (!answer.ok()) return ErrorResponse(ctx, answer.status());
  return JsonResponse(ctx, http::Status::ok, ComplaintRegistryJson(*answer, NamerOf(deps.services.regions())));
}

http::Response ListPrograms(ApiContext& ctx, ApiDependencies& deps) {
  std::optional<domain::RegionCode> region;
  if (std::string text = ctx.http.QueryParam("region").value_or(""); !text.empty()) {
    region = domain::RegionCode::Parse(text);
    if (!region) return ErrorResponse(ctx, domain::InvalidArgument("region: use an official region code like 35.10"));
  }
  auto programs = deps.services.complaints().Programs(region);
  if (!programs.ok()) return ErrorResponse(ctx, programs.status());
  const RegionNamer namer = NamerOf(deps.services.regions());
  boost::json::array out;
  for (const domain::Program& program : *programs) out.push_back(ProgramJson(program, namer));
  return JsonResponse(ctx, http::Status::ok, boost::json::object{{"programs", std::move(out)}});
}

}  // namespace

void AddComplaintRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps) {
  service::ComplaintService& complaints = deps.services.complaints();
  const AccessRule officials =
      AccessRule::Roles({Role::kAdmin, Role::kPicKorwil, Role::kAdminPemda, Role::kOperatorDesa});
  const AccessRule admin = AccessRule::Roles({Role::kAdmin});
  auto on = [&](http::Verb method, std::string pattern, AccessRule rule, ApiHandler handler) {
    routes.push_back({method, std::move(pattern), std::move(rule), std::move(handler)});
  };
  on(http::Verb::get, "/api/complaint-topics", AccessRule::Public(),
     [&deps](ApiContext& ctx) { return ListTopics(ctx, deps); });
  on(http::Verb::post, "/api/complaint-topics", admin, [&deps](ApiContext& ctx) { return SaveTopic(ctx, deps, true); });
  on(http::Verb::put, "/api/complaint-topics/{id}", admin,
     [&deps](ApiContext& ctx) { return SaveTopic(ctx, deps, false); });
  on(http::Verb::post, "/api/complaints", AccessRule::Public(),
     [&deps](ApiContext& ctx) { return FileComplaint(ctx, deps); });
  on(http::Verb::get, "/api/complaints", officials, [&complaints](ApiContext& ctx) {
    return ListWith(ctx, [&](const auto& request) { return complaints.ListForOfficial(ctx.actor, request); });
  });
  on(http::Verb::get, "/api/complaints/public", AccessRule::Public(), [&complaints](ApiContext& ctx) {
    return ListWith(ctx, [&](const auto& request) { return complaints.ListPublic(request); });
  });
  on(http::Verb::get, "/api/complaints/mine", AccessRule::LoggedIn(), [&complaints](ApiContext& ctx) {
    return ListWith(ctx, [&](const auto& request) { return complaints.ListOwn(ctx.actor, request); });
  });
  on(http::Verb::get, "/api/complaints/track/{tracking}", AccessRule::Public(),
     [&deps](ApiContext& ctx) { return TrackComplaint(ctx, deps); });
  on(http::Verb::get, "/api/complaints/{id}", AccessRule::Public(),
     [&deps](ApiContext& ctx) { return GetComplaint(ctx, deps); });
  on(http::Verb::get, "/api/complaints/{id}/registry", officials,
     [&deps](ApiContext& ctx) { return ComplaintRegistry(ctx, deps); });
  on(http::Verb::get, "/api/programs", AccessRule::Public(),
     [&deps](ApiContext& ctx) { return ListPrograms(ctx, deps); });
  on(http::Verb::post, "/api/complaints/{id}/actions", AccessRule::LoggedIn(),
     [&deps](ApiContext& ctx) { return ActOnComplaint(ctx, deps); });
  on(http::Verb::post, "/api/complaints/{id}/attachments", AccessRule::LoggedIn(),
     [&deps](ApiContext& ctx) { return AddAttachment(ctx, deps); });
  on(http::Verb::put, "/api/complaint-comments/{id}", AccessRule::LoggedIn(),
     [&deps](ApiContext& ctx) { return EditComment(ctx, deps); });
  on(http::Verb::delete_, "/api/complaint-comments/{id}", AccessRule::LoggedIn(),
     [&deps](ApiContext& ctx) { return DeleteComment(ctx, deps); });
  on(http::Verb::get, "/api/complaint-attachments/{id}", AccessRule::Public(),
     [&deps](ApiContext& ctx) { return DownloadAttachment(ctx, deps); });
}

}  // namespace tepat::api
