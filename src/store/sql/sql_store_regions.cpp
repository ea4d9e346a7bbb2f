// SqlStore: the region hierarchy.
#include <string>
#include <unordered_map>

#include "store/sql/query.hpp"
#include "store/sql/row_readers.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/statements.hpp"
#include "store/sql/transaction.hpp"

namespace tepat::store::sql {
namespace {

std::string UpsertRegionsText(int rows) {
  std::string text(kUpsertRegionHead);
  for (int i = 0; i < rows; ++i) {
    if (i > 0) text.append(", ");
    text.append(kUpsertRegionValues);
  }
  text.append(kUpsertRegionTail);
  return text;
}

const Statement& UpsertOneRegion() {
  static const std::string kText = UpsertRegionsText(1);
  static const Statement kStatement{"upsert_region", kText};
  return kStatement;
}

const Statement& UpsertRegionBatch() {
  static const std::string kText = UpsertRegionsText(kRegionUpsertBatchRows);
  static const Statement kStatement{"upsert_region_batch", kText};
  return kStatement;
}

// The text name search compares with: ASCII lower case (the official names are ASCII).
std::string SearchKey(std::string_view text) {
  std::string key(text);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

void AppendRegionParams(const domain::Region& region, SqlParams& params) {
  params.emplace_back(region.code.compact());
  if (region.parent) {
    params.emplace_back(region.parent->compact());
  } else {
    params.emplace_back(nullptr);
  }
  params.emplace_back(region.name);
  params.emplace_back(static_cast<std::int64_t>(region.code.level()));
  params.emplace_back(SearchKey(region.name));
}

// Indexes of the rows to write: the last occurrence of each code wins (one statement may not upsert a key twice
// on PostgreSQL), in input order so that parents still precede children.
std::vector<std::size_t> LastOccurrences(const std::vector<domain::Region>& regions) {
  std::unordered_map<std::string_view, std::size_t> last;
  last.reserve(regions.size());
  for (std::size_t i = 0; i < regions.size(); ++i) last[regions[i].code.compact()] = i;
  std::vector<std::size_t> keep;
  keep.reserve(last.size());
  for (std::size_t i = 0; i < regions.size(); ++i) {
    if (last[regions[i].code.compact()] == i) keep.push_back(i);
  }
  return keep;
}

// A LIKE pattern matching search keys that contain the key of `query`, with \ escaping % _ and \.
std::string ContainsPattern(const std::string& query) {
  std::string pattern = "%";
  for (char c : SearchKey(query)) {
    if (c == '%' || c == '_' || c == '\\') pattern.push_back('\\');
    pattern.push_back(c);
  }
  pattern.push_back('%');
  return pattern;
}

}  // namespace

Status SqlStore::UpsertRegions(const std::vector<domain::Region>& regions) {
  const std::vector<std::size_t> rows = LastOccurrences(regions);
  return WithConnection([&](Connection& connection) {
    return RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      const std::size_t batch = kRegionUpsertBatchRows;
      SqlParams params;
      std::size_t next = 0;
      for (; next + batch <= rows.size(); next += batch) {
        params.clear();
        for (std::size_t i = next; i < next + batch; ++i) AppendRegionParams(regions[rows[i]], params);
        if (Result<std::int64_t> done = tx.Exec(UpsertRegionBatch(), params); !done.ok()) return done.status();
      }
      for (; next < rows.size(); ++next) {
        params.clear();
        AppendRegionParams(regions[rows[next]], params);
        if (Result<std::int64_t> done = tx.Exec(UpsertOneRegion(), params); !done.ok()) return done.status();
      }
      return Status::Ok();
    });
  });
}

Result<std::int64_t> SqlStore::CountRegions() {
  return WithConnection([&](Connection& connection) { return QueryInt(connection, kCountRegions, {}); });
}

Result<std::optional<domain::Region>> SqlStore::GetRegion(const domain::RegionCode& code) {
  return WithConnection([&](Connection& connection) {
    return QueryOptional<domain::Region>(connection, kGetRegion, {code.compact()}, ReadRegion);
  });
}

Result<std::vector<domain::Region>> SqlStore::ListChildRegions(const std::optional<domain::RegionCode>& parent) {
  return WithConnection([&](Connection& connection) {
    if (!parent) return QueryAll<domain::Region>(connection, kListProvinces, {}, ReadRegion);
    return QueryAll<domain::Region>(connection, kListChildRegions, {parent->compact()}, ReadRegion);
  });
}

Result<std::vector<domain::Region>> SqlStore::SearchRegions(const std::string& query, int limit) {
  if (limit <= 0) return std::vector<domain::Region>();
  return WithConnection([&](Connection& connection) {
    return QueryAll<domain::Region>(connection, kSearchRegions, {ContainsPattern(query), std::int64_t{limit}},
                                    ReadRegion);
  });
}

}  // namespace tepat::store::sql
