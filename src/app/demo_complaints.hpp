#pragma once
// Synthetic complaints for demos and the complaint benchmark (bench/complaints.sh): a realistic mix of regions,
// topics, channels and workflow states over the year before `now`, reproducible from a seed.
#include <cstdint>
#include <vector>

#include "domain/complaint.hpp"

namespace tepat::app {

/// What MakeDemoComplaints generates.
struct DemoComplaintOptions {
  int count = 1000;
  std::uint64_t seed = 1;
  domain::UnixSeconds now = 0;  ///< complaints are filed in the 365 days before this
};

/// `options.count` complaints, oldest first: half in Banyuwangi (35.10), 30% elsewhere in East Java, 20% in other
/// provinces; a third with a reporter NIK and a phone; 5% rahasia; statuses and workflow times consistent with
/// the workflow (forwarded after hours, answered after 1-5 working days or never, closed later). Pure: the same
/// options give the same complaints.
std::vector<domain::Complaint> MakeDemoComplaints(const DemoComplaintOptions& options);

}  // namespace tepat::app
