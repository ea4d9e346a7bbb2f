#pragma once
// Complaint types of the Store interface: the officials' list query and page, and attachment metadata.
// The complaint, its comments and topics are domain types (domain/complaint*.hpp).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/complaint.hpp"
#include "domain/region_code.hpp"

namespace tepat::store {

/// At most this many region prefixes in one complaint list query (an official's scopes, nested ones merged).
/// Generous on purpose: a list is never widened to fit, so an account with more scopes gets a clear refusal.
inline constexpr int kComplaintRegionSlots = 64;
/// Largest page of one complaint list query.
inline constexpr int kMaxComplaintPageSize = 100;

/// Filters of ListComplaints. Unset fields do not filter. Results are newest first (created_at, then id).
struct ComplaintQuery {
  /// Complaints whose region lies inside one of these (any level; at most kComplaintRegionSlots). Empty: every
  /// region (admin, public list).
  std::vector<domain::RegionCode> regions;
  std::optional<domain::ComplaintStatus> status;
  std::optional<std::int64_t> topic_id;
  std::optional<std::int64_t> program_id;
  std::optional<domain::ComplaintChannel> channel;
  /// Only complaints filed or recorded by this account ("my complaints").
  std::optional<std::int64_t> own_account_id;
  /// Case-insensitive (ASCII) words looked up in the tracking number, title and message.
  std::string search;
  std::optional<domain::UnixSeconds> created_from;   ///< inclusive
  std::optional<domain::UnixSeconds> created_until;  ///< exclusive
  bool include_rahasia = false;                      ///< false: confidential complaints are left out
  int limit = 20;                                    ///< 1..kMaxComplaintPageSize
  int offset = 0;
};

/// One row of the list: the complaint without NIKs and phones, with the names the table shows.
struct ComplaintListItem {
  domain::Complaint complaint;  ///< reporter_nik, beneficiary_niks and phones are left empty
  std::string region_name;      ///< the Pemda (agency) column; "" when the region is not loaded
  std::string topic_name;
};

/// One page of ListComplaints and the number of all matches.
struct ComplaintPage {
  std::vector<ComplaintListItem> items;
  std::int64_t total = 0;
};

/// Metadata of one stored attachment; the bytes live in a file named `stored_name` (made by the server).
struct ComplaintAttachment {
  std::int64_t id = 0;
  std::int64_t complaint_id = 0;
  std::string stored_name;    ///< server-made, e.g. "c42-9f86d081884c7d65.pdf"; never the uploader's name
  std::string original_name;  ///< as uploaded (cleaned), shown in Content-Disposition
  std::string content_type;   ///< sniffed from the content: "image/jpeg", "image/png", "application/pdf"
  std::int64_t size_bytes = 0;
  std::optional<std::int64_t> uploaded_by;  ///< account id; nullopt for guests
  domain::UnixSeconds uploaded_at = 0;
};

}  // namespace tepat::store
