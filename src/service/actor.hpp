#pragma once
// Actor: who is asking — an account or an anonymous guest — and from which address.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/account.hpp"

namespace tepat::service {

/// The subject of every service call; used for authorization and the audit log.
struct Actor {
  std::optional<domain::Account> account;  ///< nullopt for a guest
  std::string client_address;              ///< "" for the command line

  /// A guest (not logged in) from `address`.
  static Actor Guest(std::string address) { return Actor{std::nullopt, std::move(address)}; }
  /// The operator at the command line (system actions, demo seeding).
  static Actor System() { return Actor{std::nullopt, ""}; }

  std::int64_t Id() const { return account ? account->id : 0; }
  /// Email of the account, "anonymous" for a guest over HTTP, "system" for the command line.
  std::string Label() const;
};

}  // namespace tepat::service
