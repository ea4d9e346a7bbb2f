#include "api/complaint_json.hpp"

#include "api/json_views.hpp"

namespace tepat::api {
namespace {

void PutTime(boost::json::object& o, std::string_view key, const std::optional<domain::UnixSeconds>& at) {
  if (at) o[key] = IsoUtc(*at);
}

}  // namespace

boost::json::object ComplaintJson(const domain::Complaint& c) {
  boost::json::object o;
  o["id"] = c.id;
  o["tracking_number"] = c.tracking_number;
  o["region"] = c.region.Dotted();
  if (c.program_id) o["program_id"] = *c.program_id;
  o["topic_id"] = c.topic_id;
  o["title"] = c.title;
  o["message"] = c.message;
  o["source"] = c.source;
  o["show_profile"] = c.show_profile;
  o["rahasia"] = c.rahasia;
  o["reporter_name"] = c.reporter_name;
  if (c.reporter_nik) o["reporter_nik"] = *c.reporter_nik;
  boost::json::array niks(c.beneficiary_niks.begin(), c.beneficiary_niks.end());
  o["beneficiary_niks"] = std::move(niks);
  boost::json::array phones(c.phones.begin(), c.phones.end());
  o["phones"] = std::move(phones);
  o["channel"] = domain::ComplaintChannelCode(c.channel);
  o["status"] = domain::ComplaintStatusCode(c.status);
  o["status_label"] = domain::ComplaintStatusLabel(c.status);
  o["created_at"] = IsoUtc(c.created_at);
  PutTime(o, "forwarded_at", c.forwarded_at);
  PutTime(o, "first_response_at", c.first_response_at);
  PutTime(o, "no_response_at", c.no_response_at);
  PutTime(o, "closed_at", c.closed_at);
  return o;
}

boost::json::object ComplaintListItemJson(const store::ComplaintListItem& item) {
  boost::json::object o = ComplaintJson(item.complaint);
  o["region_name"] = item.region_name;
  o["topic_name"] = item.topic_name;
  return o;
}

boost::json::object ComplaintPageJson(const store::ComplaintPage& page, int page_number, int page_size) {
  boost::json::array items;
  items.reserve(page.items.size());
  for (const store::ComplaintListItem& item : page.items) items.push_back(ComplaintListItemJson(item));
  return boost::json::object{
      {"items", std::move(items)}, {"total", page.total}, {"page", page_number}, {"page_size", page_size}};
}

boost::json::object CommentJson(const domain::ComplaintComment& comment) {
  boost::json::object o;
  o["id"] = comment.id;
  o["author_label"] = comment.author_label;
  if (comment.author_account_id) o["author_account_id"] = *comment.author_account_id;
  o["at"] = IsoUtc(comment.at);
  o["text"] = comment.text;
  if (comment.status_from) o["status_from"] = domain::ComplaintStatusCode(*comment.status_from);
  if (comment.status_to) o["status_to"] = domain::ComplaintStatusCode(*comment.status_to);
  o["edited"] = comment.edited;
  o["deleted"] = comment.deleted;
  boost::json::array history;
  for (const domain::CommentRevision& revision : comment.history) {
    history.push_back(boost::json::object{{"text", revision.text}, {"replaced_at", IsoUtc(revision.replaced_at)}});
  }
  o["history"] = std::move(history);
  return o;
}

boost::json::object AttachmentJson(const store::ComplaintAttachment& a) {
  return boost::json::object{{"id", a.id},
                             {"name", a.original_name},
                             {"content_type", a.content_type},
                             {"size_bytes", a.size_bytes},
                             {"uploaded_at", IsoUtc(a.uploaded_at)},
                             {"url", "/api/complaint-attachments/" + std::to_string(a.id)}};
}

boost::json::object ComplaintViewJson(const service::ComplaintView& view) {
  boost::json::array comments;
  for (const domain::ComplaintComment& comment : view.comments) comments.push_back(CommentJson(comment));
  boost::json::array attachments;
  for (const store::ComplaintAttachment& a : view.attachments) attachments.push_back(AttachmentJson(a));
  boost::json::array actions;
  for (domain::ComplaintAction action : view.allowed_actions) actions.push_back(domain::ComplaintActionCode(action));
  boost::json::object complaint = ComplaintJson(view.complaint);
  complaint["topic_name"] = view.topic_name;
  complaint["region_name"] = view.region_name;
  return boost::json::object{{"complaint", std::move(complaint)},
                             {"visibility", domain::ComplaintVisibilityName(view.visibility)},
                             {"comments", std::move(comments)},
                             {"attachments", std::move(attachments)},
                             {"allowed_actions", std::move(actions)},
                             {"can_attach", view.can_file_attachment}};
}

boost::json::array ProblemsJson(const std::vector<domain::ComplaintProblem>& problems) {
  boost::json::array out;
  for (const domain::ComplaintProblem& p : problems) {
    out.push_back(boost::json::object{{"field", p.field},
                                      {"issue", domain::ComplaintIssueName(p.issue)},
                                      {"message", p.message_id},
                                      {"message_en", p.message_en}});
  }
  return out;
}

}  // namespace tepat::api
