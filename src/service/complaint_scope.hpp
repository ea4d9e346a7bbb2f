#pragma once
// The officials' view of complaints (issue 5 items 5 and 8): which roles have the list, which regions an official
// covers, the store query of their list, dashboard and export, and how much personal data they see there. Shared by
// ComplaintService (the list) and ComplaintReportService (dashboard and export) so all three show the same set.
#include <vector>

#include "domain/account.hpp"
#include "domain/complaint_privacy.hpp"
#include "domain/region_code.hpp"
#include "domain/role.hpp"
#include "service/actor.hpp"
#include "service/complaint_service.hpp"
#include "store/complaint_types.hpp"

namespace tepat::service {

/// True for the roles with the officials' list: admin, PIC Korwil, admin Pemda, operator desa. Pure.
bool IsOfficialListRole(domain::Role role);

/// True when `account` covers complaints of `region`: a scope contains it, or (operator desa) the region contains
/// the operator's village. Pure.
bool CoversComplaintRegion(const domain::Account& account, const domain::RegionCode& region);

/// The region prefixes an official's list covers: admin everything (empty), an operator desa the kabupaten of their
/// desa, others their scopes; a scope inside another scope is dropped. Never widened: with more than
/// store::kComplaintRegionSlots prefixes the store refuses the list (kInvalidArgument) rather than show regions the
/// account does not cover. Pure.
std::vector<domain::RegionCode> OfficialListScopes(const domain::Account& account);

/// How the officials' list shows NIK and phones: masked for an operator desa, in clear for the others. Pure.
domain::ComplaintVisibility OfficialListVisibility(domain::Role role);

/// Copies the filters of `request` (status, topic, program, channel, search, created from/until; not the region
/// and not the paging) into `query`. Pure.
void CopyListFilters(const ComplaintListRequest& request, store::ComplaintQuery* query);

/// The officials' store query for `actor` and `request`: their scope (or the requested region inside it), rahasia
/// included, the filters of `request`; limit and offset left at their defaults. kPermissionDenied for a guest or a
/// role without the list, and for a region outside the scope. Pure.
domain::Result<store::ComplaintQuery> OfficialComplaintQuery(const Actor& actor, const ComplaintListRequest& request);

}  // namespace tepat::service
