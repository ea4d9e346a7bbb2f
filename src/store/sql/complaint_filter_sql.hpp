#pragma once
// The complaint list, count, dashboard and export statements for one combination of filters. Each statement holds
// only the conditions of the filters that are set (a region filter is a range on the region code), so both engines
// can answer from the indexes: the officials' list count over 100,000 complaints reads an index, not every row
// (a single statement with every filter switched by `? = ''` made SQLite read all rows).
#include "store/complaint_types.hpp"
#include "store/sql/connection.hpp"
#include "store/sql/statement.hpp"

namespace tepat::store::sql {

/// The statements of one filter combination. Names end in the combination's key, e.g. "count_complaints_r1_s".
struct ComplaintFilterStatements {
  Statement list;         ///< complaint columns, region and topic names; then LIMIT, OFFSET
  Statement count;        ///< COUNT(*)
  Statement facts;        ///< the dashboard's columns (ReadComplaintFacts)
  Statement page_niks;    ///< complaint id, kind, NIK of the list page's complaints; then LIMIT, OFFSET
  Statement page_phones;  ///< complaint id, phone of the list page's complaints; then LIMIT, OFFSET
};

/// The statements for the filters set in `query` (at most kComplaintRegionSlots regions: check first). Built on
/// first use and kept for the life of the process (at most 9 x 2^10 combinations). Thread-safe.
const ComplaintFilterStatements& ComplaintStatementsFor(const ComplaintQuery& query);

/// The parameters of the filter conditions of ComplaintStatementsFor(query), in order (without LIMIT and OFFSET).
SqlParams ComplaintFilterParams(const ComplaintQuery& query);

}  // namespace tepat::store::sql
