#pragma once
// PasswordHasher: Argon2id password hashes (libsodium crypto_pwhash_str), self-describing encoded strings.
#include <cstddef>
#include <string>
#include <string_view>

#include "domain/status.hpp"

namespace tepat::service {

/// Cost of one hash. kInteractive is libsodium's interactive preset (64 MiB, ~0.1-0.5 s); kFastForTests is the
/// minimum allowed and only for tests.
enum class HashCost { kInteractive, kFastForTests };

/// Hashes and verifies passwords. Thread-safe.
class PasswordHasher {
 public:
  explicit PasswordHasher(HashCost cost = HashCost::kInteractive);
  /// The encoded Argon2id hash ("$argon2id$v=19$m=...") of `password`; kInternal when out of memory.
  domain::Result<std::string> Hash(std::string_view password) const;
  /// True when `password` matches `encoded`. False for a malformed hash.
  bool Verify(std::string_view password, const std::string& encoded) const;

 private:
  unsigned long long ops_limit_;
  std::size_t mem_limit_;
};

}  // namespace tepat::service
