#pragma once
// The fixed SQL statements of the complaint dashboard and export: the names of regions and programs. The filtered
// statements are built in complaint_filter_sql.hpp.
#include "store/sql/statement.hpp"

namespace tepat::store::sql {

/// Names of the regions complaints were filed for.
inline constexpr Statement kListComplaintRegionNames{
    "list_complaint_region_names",
    "SELECT r.code, r.name FROM regions r WHERE r.code IN (SELECT DISTINCT region FROM complaints)"};
/// Names of the programs complaints name.
inline constexpr Statement kListComplaintProgramNames{
    "list_complaint_program_names",
    "SELECT p.id, p.name FROM programs p WHERE p.id IN "
    "(SELECT DISTINCT program_id FROM complaints WHERE program_id IS NOT NULL)"};


}  // namespace tepat::store::sql
