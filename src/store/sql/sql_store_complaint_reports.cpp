// SqlStore: the complaint dashboard's facts and the personal data of an export page (issue 5 item 8).
#include "store/sql/complaint_filter_sql.hpp"
#include "store/sql/complaint_readers.hpp"
#include "store/sql/complaint_statements.hpp"
#include "store/sql/complaint_report_statements.hpp"
#include "store/sql/query.hpp"
#include "store/sql/row_readers.hpp"
#include "store/sql/sql_store.hpp"

namespace tepat::store::sql {
namespace {

/// Facts from the columns of ComplaintStatementsFor(query).facts.
Result<domain::ComplaintFacts> ReadComplaintFacts(const Row& row) {
  domain::ComplaintFacts facts;
  Result<domain::RegionCode> region = ReadRegionCode(row, 0);
  if (!region.ok()) return region.status();
  facts.region = *region;
  std::optional<domain::ComplaintStatus> status = domain::ParseComplaintStatus(row.Text(1));
  if (!status) return BadStored("status", 0, row.Text(1));
  facts.status = *status;
  facts.topic_id = row.Int(2);
  facts.program_id = OptionalIntAt(row, 3);
  facts.created_at = row.Int(4);
  facts.forwarded_at = OptionalIntAt(row, 5);
  facts.first_response_at = OptionalIntAt(row, 6);
  facts.no_response_at = OptionalIntAt(row, 7);
  facts.closed_at = OptionalIntAt(row, 8);
  return facts;
}

}  // namespace

Result<ComplaintFactSet> SqlStore::ListComplaintFacts(const ComplaintQuery& query) {
  if (Status checked = CheckComplaintRegions(query); !checked.ok()) return checked;
  return WithConnection([&](Connection& connection) -> Result<ComplaintFactSet> {
    ComplaintFactSet set;
    Result<std::vector<domain::ComplaintFacts>> facts = QueryAll<domain::ComplaintFacts>(
        connection, ComplaintStatementsFor(query).facts, ComplaintFilterParams(query), ReadComplaintFacts);
    if (!facts.ok()) return facts.status();
    set.facts = std::move(facts).value();
    Status regions = connection.Query(kListComplaintRegionNames, {}, [&](const Row& row) {
      set.region_names.emplace(std::string(row.Text(0)), std::string(row.Text(1)));
    });
    if (!regions.ok()) return regions;
    Status topics = connection.Query(kListTopics, {}, [&](const Row& row) {
      set.topic_names.emplace(row.Int(0), std::string(row.Text(1)));
    });
    if (!topics.ok()) return topics;
    Status programs = connection.Query(kListComplaintProgramNames, {}, [&](const Row& row) {
      set.program_names.emplace(row.Int(0), std::string(row.Text(1)));
    });
    if (!programs.ok()) return programs;
    return set;
  });
}

Result<std::map<std::int64_t, ComplaintContacts>> SqlStore::ListComplaintContacts(const ComplaintQuery& query) {
  if (Status checked = CheckComplaintPage(query); !checked.ok()) return checked;
  const SqlParams page = ComplaintPageParams(query);
  return WithConnection([&](Connection& connection) -> Result<std::map<std::int64_t, ComplaintContacts>> {
    std::map<std::int64_t, ComplaintContacts> out;
    Status niks = connection.Query(ComplaintStatementsFor(query).page_niks, page,
                                   [&](const Row& row) { AddStoredNik(out[row.Int(0)], row.Text(1), row.Text(2)); });
    if (!niks.ok()) return niks;
    Status phones = connection.Query(ComplaintStatementsFor(query).page_phones, page,
                                     [&](const Row& row) { out[row.Int(0)].phones.emplace_back(row.Text(1)); });
    if (!phones.ok()) return phones;
    return out;
  });
}

}  // namespace tepat::store::sql
