// SqlStore: complaints, their NIKs and phones, comments with history, topics, attachments.
#include <map>
#include <string>

#include "store/sql/complaint_filter_sql.hpp"
#include "store/sql/complaint_readers.hpp"
#include "store/sql/complaint_statements.hpp"
#include "store/sql/query.hpp"
#include "store/sql/registry_tables.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/transaction.hpp"

namespace tepat::store::sql {
namespace {

/// What the list search compares with: tracking number, title and message, ASCII lower case.
std::string ComplaintSearchText(const domain::Complaint& complaint) {
  return SearchKey(complaint.tracking_number + "\n" + complaint.title + "\n" + complaint.message);
}

SqlParam OptionalStatus(const std::optional<domain::ComplaintStatus>& status) {
  if (!status) return nullptr;
  return std::string(domain::ComplaintStatusCode(*status));
}

Status InsertComplaintRow(Connection& connection, domain::Complaint& complaint) {
  const domain::Complaint& c = complaint;
  Result<std::int64_t> id = QueryInt(
      connection, kInsertComplaint,
      {c.tracking_number, c.region.compact(), OptionalInt(c.program_id), c.topic_id, c.title, c.message, c.source,
       std::int64_t{c.show_profile}, std::int64_t{c.rahasia}, OptionalInt(c.reporter_account_id),
       OptionalInt(c.recorded_by_account_id), c.reporter_name, std::string(domain::ComplaintChannelCode(c.channel)),
       std::string(domain::ComplaintStatusCode(c.status)), c.created_at, OptionalInt(c.forwarded_at),
       OptionalInt(c.first_response_at), OptionalInt(c.no_response_at), OptionalInt(c.closed_at),
       ComplaintSearchText(c)});
  if (!id.ok()) return id.status();
  complaint.id = *id;
  return Status::Ok();
}

Status InsertNiksAndPhones(Connection& connection, const domain::Complaint& complaint) {
  std::int64_t position = 0;
  auto insert_nik = [&](std::string_view kind, const std::string& nik) {
    return connection.Exec(kInsertComplaintNik, {complaint.id, position++, std::string(kind), nik}).status();
  };
  if (complaint.reporter_nik) {
    if (Status s = insert_nik(kReporterNikKind, *complaint.reporter_nik); !s.ok()) return s;
  }
  for (const std::string& nik : complaint.beneficiary_niks) {
    if (Status s = insert_nik(kBeneficiaryNikKind, nik); !s.ok()) return s;
  }
  for (std::size_t i = 0; i < complaint.phones.size(); ++i) {
    Result<std::int64_t> inserted = connection.Exec(
        kInsertComplaintPhone, {complaint.id, static_cast<std::int64_t>(i), complaint.phones[i]});
    if (!inserted.ok()) return inserted.status();
  }
  return Status::Ok();
}

/// Takes the next tracking number of (region, year) and inserts the complaint with its NIKs and phones.
Status InsertNewComplaint(Connection& tx, domain::Complaint& complaint, int tracking_year) {
  Result<std::int64_t> sequence =
      QueryInt(tx, kNextComplaintSequence, {complaint.region.compact(), std::int64_t{tracking_year}});
  if (!sequence.ok()) return sequence.status();
  complaint.tracking_number = domain::MakeTrackingNumber(complaint.region, tracking_year, *sequence);
  if (Status s = InsertComplaintRow(tx, complaint); !s.ok()) return s;
  return InsertNiksAndPhones(tx, complaint);
}

Result<domain::ComplaintComment> InsertComment(Connection& connection, domain::ComplaintComment comment) {
  Result<std::int64_t> id = QueryInt(connection, kInsertComment,
                                     {comment.complaint_id, OptionalInt(comment.author_account_id),
                                      comment.author_label, comment.at, comment.text,
                                      OptionalStatus(comment.status_from), OptionalStatus(comment.status_to)});
  if (!id.ok()) return id.status();
  comment.id = *id;
  return comment;
}

Status LoadNiksAndPhones(Connection& connection, domain::Complaint& complaint) {
  Status niks = connection.Query(kListComplaintNiks, {complaint.id},
                                 [&](const Row& row) { AddStoredNik(complaint, row.Text(0), row.Text(1)); });
  if (!niks.ok()) return niks;
  return connection.Query(kListComplaintPhones, {complaint.id},
                          [&](const Row& row) { complaint.phones.emplace_back(row.Text(0)); });
}

/// Attaches the revisions (comment_id, text, replaced_at rows of `statement`) to their comments.
Status LoadHistory(Connection& connection, const Statement& statement, std::int64_t key,
                   std::vector<domain::ComplaintComment>& comments) {
  std::map<std::int64_t, domain::ComplaintComment*> by_id;
  for (domain::ComplaintComment& comment : comments) by_id[comment.id] = &comment;
  return connection.Query(statement, {key}, [&](const Row& row) {
    auto found = by_id.find(row.Int(0));
    if (found == by_id.end()) return;
    found->second->history.push_back(
        domain::CommentRevision{.text = std::string(row.Text(1)), .replaced_at = row.Int(2)});
  });
}

}  // namespace

Result<std::vector<domain::Topic>> SqlStore::ListComplaintTopics() {
  return WithConnection(
      [&](Connection& connection) { return QueryAll<domain::Topic>(connection, kListTopics, {}, ReadTopic); });
}

Result<std::int64_t> SqlStore::SaveComplaintTopic(const domain::Topic& topic) {
  const std::int64_t active = topic.active ? 1 : 0;
  if (topic.id == 0) {
    return WithConnection(
        [&](Connection& connection) { return QueryInt(connection, kInsertTopic, {topic.name, active}); });
  }
  Status updated =
      ExecOne(kUpdateTopic, {topic.name, active, topic.id}, "complaint topic " + std::to_string(topic.id));
  if (!updated.ok()) return updated;
  return topic.id;
}

Result<domain::Complaint> SqlStore::CreateComplaint(domain::Complaint complaint, int tracking_year,
                                                    const std::optional<domain::ComplaintComment>& first_comment) {
  return WithConnection([&](Connection& connection) -> Result<domain::Complaint> {
    Status written = RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      if (Status s = InsertNewComplaint(tx, complaint, tracking_year); !s.ok()) return s;
      if (!first_comment || first_comment->text.empty()) return Status::Ok();
      domain::ComplaintComment comment = *first_comment;
      comment.complaint_id = complaint.id;
      return InsertComment(tx, std::move(comment)).status();
    });
    if (!written.ok()) return written;
    return complaint;
  });
}

Status SqlStore::CreateComplaints(std::vector<domain::Complaint>& complaints, int tracking_year) {
  return WithConnection([&](Connection& connection) -> Status {
    return RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      for (domain::Complaint& complaint : complaints) {
        if (Status s = InsertNewComplaint(tx, complaint, tracking_year); !s.ok()) return s;
      }
      return Status::Ok();
    });
  });
}

Result<std::optional<domain::Complaint>> SqlStore::FindComplaint(const Statement& statement, const SqlParam& key) {
  return WithConnection([&](Connection& connection) -> Result<std::optional<domain::Complaint>> {
    Result<std::optional<domain::Complaint>> found =
        QueryOptional<domain::Complaint>(connection, statement, {key}, ReadComplaint);
    if (!found.ok() || !found->has_value()) return found;
    if (Status s = LoadNiksAndPhones(connection, found.value().value()); !s.ok()) return s;
    return found;
  });
}

Result<std::optional<domain::Complaint>> SqlStore::GetComplaint(std::int64_t id) {
  return FindComplaint(kGetComplaint, id);
}

Result<std::optional<domain::Complaint>> SqlStore::FindComplaintByTracking(const std::string& tracking_number) {
  return FindComplaint(kFindComplaintByTracking, tracking_number);
}

Result<ComplaintPage> SqlStore::ListComplaints(const ComplaintQuery& query) {
  if (Status checked = CheckComplaintPage(query); !checked.ok()) return checked;
  const SqlParams filter = ComplaintFilterParams(query);
  const SqlParams page = ComplaintPageParams(query);
  return WithConnection([&](Connection& connection) -> Result<ComplaintPage> {
    const ComplaintFilterStatements& statements = ComplaintStatementsFor(query);
    Result<std::vector<ComplaintListItem>> items =
        QueryAll<ComplaintListItem>(connection, statements.list, page, ReadComplaintListItem);
    if (!items.ok()) return items.status();
    Result<std::int64_t> total = QueryInt(connection, statements.count, filter);
    if (!total.ok()) return total.status();
    return ComplaintPage{.items = std::move(items).value(), .total = *total};
  });
}

Result<domain::ComplaintComment> SqlStore::CommitComplaintTransition(const domain::Transition& transition,
                                                                     const domain::Complaint& after,
                                                                     domain::ComplaintComment comment) {
  return WithConnection([&](Connection& connection) -> Result<domain::ComplaintComment> {
    Status written = RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      Result<std::int64_t> changed = tx.Exec(
          kCommitComplaintTransition,
          {std::string(domain::ComplaintStatusCode(after.status)), OptionalInt(after.forwarded_at),
           OptionalInt(after.first_response_at), OptionalInt(after.no_response_at), OptionalInt(after.closed_at),
           transition.complaint_id, std::string(domain::ComplaintStatusCode(transition.from))});
      if (!changed.ok()) return changed.status();
      if (*changed == 0) {
        Result<std::int64_t> exists = QueryInt(tx, kComplaintExists, {transition.complaint_id});
        if (!exists.ok()) return exists.status();
        if (*exists == 0) return domain::NotFound("complaint " + std::to_string(transition.complaint_id) +
                                                  " does not exist");
        return domain::FailedPrecondition(
            "keluhan sudah diubah orang lain; muat ulang lalu coba lagi (the complaint changed meanwhile; reload "
            "it and try again)");
      }
      comment.complaint_id = transition.complaint_id;
      Result<domain::ComplaintComment> stored = InsertComment(tx, comment);
      if (!stored.ok()) return stored.status();
      comment = std::move(stored).value();
      return Status::Ok();
    });
    if (!written.ok()) return written;
    return comment;
  });
}

Result<std::vector<domain::ComplaintComment>> SqlStore::ListComplaintComments(std::int64_t complaint_id) {
  return WithConnection([&](Connection& connection) -> Result<std::vector<domain::ComplaintComment>> {
    Result<std::vector<domain::ComplaintComment>> comments =
        QueryAll<domain::ComplaintComment>(connection, kListComments, {complaint_id}, ReadComment);
    if (!comments.ok()) return comments;
    if (Status s = LoadHistory(connection, kListRevisionsOfComplaint, complaint_id, comments.value()); !s.ok()) return s;
    return comments;
  });
}

Result<std::optional<domain::ComplaintComment>> SqlStore::GetComplaintComment(std::int64_t id) {
  return WithConnection([&](Connection& connection) -> Result<std::optional<domain::ComplaintComment>> {
    Result<std::vector<domain::ComplaintComment>> comments =
        QueryAll<domain::ComplaintComment>(connection, kGetComment, {id}, ReadComment);
    if (!comments.ok()) return comments.status();
    if (comments->empty()) return std::optional<domain::ComplaintComment>();
    if (Status s = LoadHistory(connection, kListRevisionsOfComment, id, comments.value()); !s.ok()) return s;
    return std::optional<domain::ComplaintComment>(std::move(comments.value().front()));
  });
}

Status SqlStore::SaveComplaintCommentRevision(const domain::ComplaintComment& comment) {
  if (comment.history.empty()) {
    return domain::InvalidArgument("a comment revision needs the replaced text in its history");
  }
  return WithConnection([&](Connection& connection) -> Status {
    return RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      Result<std::int64_t> stored = QueryInt(tx, kCountRevisionsOfComment, {comment.id});
      if (!stored.ok()) return stored.status();
      if (*stored != static_cast<std::int64_t>(comment.history.size()) - 1) {
        return domain::FailedPrecondition(
            "komentar sudah diubah; muat ulang lalu coba lagi (the comment changed meanwhile; reload it and try "
            "again)");
      }
      Result<std::int64_t> changed = tx.Exec(
          kUpdateComment,
          {comment.text, std::int64_t{comment.edited}, std::int64_t{comment.deleted}, comment.id});
      if (!changed.ok()) return changed.status();
      if (*changed == 0) return domain::NotFound("comment " + std::to_string(comment.id) + " does not exist");
      const domain::CommentRevision& newest = comment.history.back();
      return tx.Exec(kInsertCommentRevision, {comment.id, newest.text, newest.replaced_at}).status();
    });
  });
}

Result<std::vector<domain::Complaint>> SqlStore::ListForwardedBefore(domain::UnixSeconds forwarded_cutoff,
                                                                     int limit) {
  if (limit <= 0) return std::vector<domain::Complaint>();
  return WithConnection([&](Connection& connection) {
    return QueryAll<domain::Complaint>(connection, kListForwardedBefore, {forwarded_cutoff, std::int64_t{limit}},
                                       ReadComplaint);
  });
}

Result<std::int64_t> SqlStore::AddComplaintAttachment(const ComplaintAttachment& a) {
  return WithConnection([&](Connection& connection) {
    return QueryInt(connection, kInsertAttachment,
                    {a.complaint_id, a.stored_name, a.original_name, a.content_type, a.size_bytes,
                     OptionalInt(a.uploaded_by), a.uploaded_at});
  });
}

Result<std::vector<ComplaintAttachment>> SqlStore::ListComplaintAttachments(std::int64_t complaint_id) {
  return WithConnection([&](Connection& connection) {
    return QueryAll<ComplaintAttachment>(connection, kListAttachments, {complaint_id}, ReadAttachment);
  });
}

Result<std::optional<ComplaintAttachment>> SqlStore::GetComplaintAttachment(std::int64_t id) {
  return WithConnection([&](Connection& connection) {
    return QueryOptional<ComplaintAttachment>(connection, kGetAttachment, {id}, ReadAttachment);
  });
}

}  // namespace tepat::store::sql
