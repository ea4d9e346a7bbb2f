#pragma once
// Session: a logged-in browser or API client, stored in the database.
#include <cstdint>
#include <string>

#include "domain/account.hpp"

namespace tepat::domain {

/// A server-side session. The raw token lives only in the client's cookie; the store keeps its SHA-256.
struct Session {
  std::string token_hash;   ///< hex SHA-256 of the 256-bit random token
  std::int64_t account_id = 0;
  std::string csrf_token;   ///< random, sent back by the client in X-CSRF-Token on writes
  UnixSeconds created_at = 0;
  UnixSeconds last_seen_at = 0;
  UnixSeconds absolute_expiry = 0;  ///< the session ends at this time whatever the activity
};

}  // namespace tepat::domain
