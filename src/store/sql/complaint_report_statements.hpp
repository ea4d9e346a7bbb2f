#pragma once
// The SQL statements of the complaint dashboard and export, on the list filter of complaint_statements.hpp (same
// parameters in the same order).
#include "store/sql/complaint_statements.hpp"

namespace tepat::store::sql {

/// Facts of every matching complaint: region, status, topic, program and the workflow times (no texts).
inline constexpr Statement kListComplaintFacts{
    "list_complaint_facts",
    "SELECT c.region, c.status, c.topic_id, c.program_id, c.created_at, c.forwarded_at, c.first_response_at, "
    "c.no_response_at, c.closed_at FROM complaints c" TEPAT_COMPLAINT_FILTER};
/// Names of the regions complaints were filed for.
inline constexpr Statement kListComplaintRegionNames{
    "list_complaint_region_names",
    "SELECT r.code, r.name FROM regions r WHERE r.code IN (SELECT DISTINCT region FROM complaints)"};
/// Names of the programs complaints name.
inline constexpr Statement kListComplaintProgramNames{
    "list_complaint_program_names",
    "SELECT p.id, p.name FROM programs p WHERE p.id IN "
    "(SELECT DISTINCT program_id FROM complaints WHERE program_id IS NOT NULL)"};

// The ids of one list page (same order, LIMIT and OFFSET as kListComplaints).
#define TEPAT_COMPLAINT_PAGE_IDS \
  "(SELECT c.id FROM complaints c" TEPAT_COMPLAINT_FILTER " ORDER BY c.created_at DESC, c.id DESC LIMIT ? OFFSET ?)"
/// NIKs of the complaints on one list page: complaint id, kind, NIK.
inline constexpr Statement kListComplaintPageNiks{
    "list_complaint_page_niks",
    "SELECT n.complaint_id, n.kind, n.nik FROM complaint_niks n WHERE n.complaint_id IN " TEPAT_COMPLAINT_PAGE_IDS
    " ORDER BY n.complaint_id, n.position"};
/// Phones of the complaints on one list page: complaint id, phone.
inline constexpr Statement kListComplaintPagePhones{
    "list_complaint_page_phones",
    "SELECT p.complaint_id, p.phone FROM complaint_phones p WHERE p.complaint_id IN " TEPAT_COMPLAINT_PAGE_IDS
    " ORDER BY p.complaint_id, p.position"};
#undef TEPAT_COMPLAINT_PAGE_IDS

}  // namespace tepat::store::sql
