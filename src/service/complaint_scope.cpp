#include "service/complaint_scope.hpp"

#include <algorithm>
#include <set>
#include <string>

namespace tepat::service {
namespace {

using domain::Role;

constexpr std::size_t kKabupatenDigits = 4;

}  // namespace

bool IsOfficialListRole(Role role) {
  return role == Role::kAdmin || role == Role::kPicKorwil || role == Role::kAdminPemda || role == Role::kOperatorDesa;
}

bool CoversComplaintRegion(const domain::Account& account, const domain::RegionCode& region) {
  if (domain::AccountCoversRegion(account, region)) return true;
  if (account.role != Role::kOperatorDesa) return false;
  return std::any_of(account.scopes.begin(), account.scopes.end(),
                     [&](const domain::RegionCode& scope) { return region.Contains(scope); });
}

std::vector<domain::RegionCode> OfficialListScopes(const domain::Account& account) {
  if (account.role == Role::kAdmin) return {};
  std::set<std::string> prefixes;
  for (const domain::RegionCode& scope : account.scopes) {
    const std::string& code = scope.compact();
    prefixes.insert(account.role == Role::kOperatorDesa ? code.substr(0, std::min(code.size(), kKabupatenDigits))
                                                        : code);
  }
  // Sorted, a code's parents come before it: keep a code unless the last kept one is a prefix of it.
  std::vector<domain::RegionCode> out;
  std::string last_kept;
  for (const std::string& code : prefixes) {
    if (!last_kept.empty() && code.starts_with(last_kept)) continue;
    out.push_back(*domain::RegionCode::Parse(code));
    last_kept = code;
  }
  return out;
}

domain::ComplaintVisibility OfficialListVisibility(Role role) {
  return role == Role::kOperatorDesa ? domain::ComplaintVisibility::kMasked : domain::ComplaintVisibility::kFull;
}

void CopyListFilters(const ComplaintListRequest& request, store::ComplaintQuery* query) {
  query->status = request.status;
  query->topic_id = request.topic_id;
  query->program_id = request.program_id;
  query->channel = request.channel;
  query->search = request.search;
  query->created_from = request.created_from;
  query->created_until = request.created_until;
}

domain::Result<store::ComplaintQuery> OfficialComplaintQuery(const Actor& actor, const ComplaintListRequest& request) {
  if (!actor.account || !IsOfficialListRole(actor.account->role)) {
    return domain::PermissionDenied(
        "daftar keluhan hanya untuk petugas pengaduan (the complaint list is for complaint officials only)");
  }
  store::ComplaintQuery query;
  query.include_rahasia = true;
  query.regions = OfficialListScopes(*actor.account);
  if (request.region) {
    if (!CoversComplaintRegion(*actor.account, *request.region) &&
        std::none_of(query.regions.begin(), query.regions.end(),
                     [&](const domain::RegionCode& scope) { return scope.Contains(*request.region); })) {
      return domain::PermissionDenied("region: wilayah ini di luar wilayah tugas Anda (this region is outside "
                                      "your regions)");
    }
    query.regions = {*request.region};
  }
  CopyListFilters(request, &query);
  return query;
}

}  // namespace tepat::service
