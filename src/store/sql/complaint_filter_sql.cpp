#include "store/sql/complaint_filter_sql.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <mutex>
#include <string>

#include "store/sql/complaint_statements.hpp"
#include "store/sql/registry_tables.hpp"

namespace tepat::store::sql {
namespace {

/// One bit per optional filter, in the order of their conditions and parameters.
enum FilterBit : unsigned {
  kStatusBit = 1u << 0,
  kTopicBit = 1u << 1,
  kProgramBit = 1u << 2,
  kChannelBit = 1u << 3,
  kOwnBit = 1u << 4,
  kSearchBit = 1u << 5,
  kFromBit = 1u << 6,
  kUntilBit = 1u << 7,
  kNoRahasiaBit = 1u << 8,
  /// The page is found by walking the time index and checking the region per row, not by sorting every match:
  /// chosen for province scopes without a status, where most complaints match (a PIC Korwil's list).
  kTimeOrderedBit = 1u << 9,
};

/// Digits of a province code.
constexpr std::size_t kProvinceDigits = 2;

/// Sorts after every digit: the codes starting with prefix P are exactly those in [P, P + kAfterDigits).
constexpr std::string_view kAfterDigits = ":";
constexpr std::string_view kPageOrder = " ORDER BY c.created_at DESC, c.id DESC LIMIT ? OFFSET ?";

unsigned FilterBits(const ComplaintQuery& query) {
  unsigned bits = 0;
  if (query.status) bits |= kStatusBit;
  if (query.topic_id) bits |= kTopicBit;
  if (query.program_id) bits |= kProgramBit;
  if (query.channel) bits |= kChannelBit;
  if (query.own_account_id) bits |= kOwnBit;
  if (!query.search.empty()) bits |= kSearchBit;
  if (query.created_from) bits |= kFromBit;
  if (query.created_until) bits |= kUntilBit;
  if (!query.include_rahasia) bits |= kNoRahasiaBit;
  const bool provinces_only =
      !query.regions.empty() && std::all_of(query.regions.begin(), query.regions.end(), [](const auto& region) {
        return region.compact().size() == kProvinceDigits;
      });
  if (provinces_only && !query.status) bits |= kTimeOrderedBit;
  return bits;
}

/// " WHERE ..." with the conditions of `regions` region ranges and `bits` ("" when nothing filters). With
/// `for_page` and kTimeOrderedBit the region test compares `c.region || ''`, which keeps SQLite off the region index so
/// that it walks complaints_created_idx newest first and stops after the page (PostgreSQL plans with statistics).
std::string WhereClause(std::size_t regions, unsigned bits, bool for_page) {
  std::vector<std::string> conditions;
  if (regions > 0) {
    const std::string range = for_page && (bits & kTimeOrderedBit) ? "((c.region || '') >= ? AND (c.region || '') < ?)"
                                                                   : "(c.region >= ? AND c.region < ?)";
    std::string any;
    for (std::size_t i = 0; i < regions; ++i) any += (i == 0 ? "" : " OR ") + range;
    conditions.push_back("(" + any + ")");
  }
  const std::pair<unsigned, const char*> kConditions[] = {
      {kStatusBit, "c.status = ?"},
      {kTopicBit, "c.topic_id = ?"},
      {kProgramBit, "c.program_id = ?"},
      {kChannelBit, "c.channel = ?"},
      {kOwnBit, "(c.reporter_account_id = ? OR c.recorded_by_account_id = ?)"},
      {kSearchBit, "c.search_text LIKE ? ESCAPE '\\'"},
      {kFromBit, "c.created_at >= ?"},
      {kUntilBit, "c.created_at < ?"},
      {kNoRahasiaBit, "c.rahasia = 0"},
  };
  for (const auto& [bit, condition] : kConditions) {
    if (bits & bit) conditions.emplace_back(condition);
  }
  std::string where;
  for (const std::string& condition : conditions) where += (where.empty() ? " WHERE " : " AND ") + condition;
  return where;
}

/// Owns the texts of every built statement (a deque never moves its elements) and finds them by key.
class StatementCache {
 public:
  const ComplaintFilterStatements& Get(std::size_t regions, unsigned bits) {
    const std::string key = "r" + std::to_string(regions) + "_" + std::to_string(bits);
    std::lock_guard lock(mutex_);
    if (auto found = built_.find(key); found != built_.end()) return found->second;
    const std::string where = WhereClause(regions, bits, false);
    const std::string page_ids =
        "(SELECT c.id FROM complaints c" + WhereClause(regions, bits, true) + std::string(kPageOrder) + ")";
    auto statement = [&](const std::string& name, std::string text) {
      const std::string& stored_name = texts_.emplace_back(name + "_" + key);
      const std::string& stored_text = texts_.emplace_back(std::move(text));
      return Statement{stored_name, stored_text};
    };
    ComplaintFilterStatements made{
        // The page's ids first (sorted from an index), then the 20 wide rows: sorting the matching rows with
        // every column and both joins cost 350 ms for 80,000 matches on SQLite.
        .list = statement("list_complaints",
                          "SELECT " TEPAT_COMPLAINT_COLUMNS ", COALESCE(r.name, ''), COALESCE(t.name, '') "
                          "FROM complaints c LEFT JOIN regions r ON r.code = c.region "
                          "LEFT JOIN complaint_topics t ON t.id = c.topic_id WHERE c.id IN " +
                              page_ids + " ORDER BY c.created_at DESC, c.id DESC"),
        .count = statement("count_complaints", "SELECT COUNT(*) FROM complaints c" + where),
        .facts = statement("list_complaint_facts",
                           "SELECT c.region, c.status, c.topic_id, c.program_id, c.created_at, c.forwarded_at, "
                           "c.first_response_at, c.no_response_at, c.closed_at FROM complaints c" +
                               where),
        .page_niks = statement("list_complaint_page_niks",
                               "SELECT n.complaint_id, n.kind, n.nik FROM complaint_niks n WHERE n.complaint_id IN " +
                                   page_ids + " ORDER BY n.complaint_id, n.position"),
        .page_phones = statement("list_complaint_page_phones",
                                 "SELECT p.complaint_id, p.phone FROM complaint_phones p WHERE p.complaint_id IN " +
                                     page_ids + " ORDER BY p.complaint_id, p.position"),
    };
    return built_.emplace(key, made).first->second;
  }

 private:
  std::mutex mutex_;
  std::deque<std::string> texts_;
  std::map<std::string, ComplaintFilterStatements> built_;
};

}  // namespace

const ComplaintFilterStatements& ComplaintStatementsFor(const ComplaintQuery& query) {
  static StatementCache cache;
  return cache.Get(query.regions.size(), FilterBits(query));
}

SqlParams ComplaintFilterParams(const ComplaintQuery& query) {
  SqlParams params;
  for (const domain::RegionCode& region : query.regions) {
    params.emplace_back(region.compact());
    params.emplace_back(region.compact() + std::string(kAfterDigits));
  }
  if (query.status) params.emplace_back(std::string(domain::ComplaintStatusCode(*query.status)));
  if (query.topic_id) params.emplace_back(*query.topic_id);
  if (query.program_id) params.emplace_back(*query.program_id);
  if (query.channel) params.emplace_back(std::string(domain::ComplaintChannelCode(*query.channel)));
  if (query.own_account_id) params.insert(params.end(), {*query.own_account_id, *query.own_account_id});
  if (!query.search.empty()) params.emplace_back(ContainsPattern(query.search));
  if (query.created_from) params.emplace_back(*query.created_from);
  if (query.created_until) params.emplace_back(*query.created_until);
  return params;
}

}  // namespace tepat::store::sql
