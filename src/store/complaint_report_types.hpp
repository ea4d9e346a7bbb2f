#pragma once
// Complaint types of the Store interface for the officials' dashboard and export (issue 5 item 8): the narrow
// facts of every matching complaint with the names the dashboard shows, and the personal data of one list page.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/complaint_metrics.hpp"

namespace tepat::store {

/// Every complaint matching a ComplaintQuery as facts (no texts, NIKs or phones), with names for the keys.
struct ComplaintFactSet {
  std::vector<domain::ComplaintFacts> facts;             ///< newest first is not promised: any order
  std::map<std::string, std::string> region_names;       ///< compact code -> name, for the regions in `facts`
  std::map<std::int64_t, std::string> topic_names;       ///< every topic
  std::map<std::int64_t, std::string> program_names;     ///< programs named by any complaint
};

/// The personal data of one complaint, for exports to those who may see it.
struct ComplaintContacts {
  std::optional<std::string> reporter_nik;
  std::vector<std::string> beneficiary_niks;
  std::vector<std::string> phones;  ///< E.164
};

}  // namespace tepat::store
