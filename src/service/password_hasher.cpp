#include "service/password_hasher.hpp"

#include <sodium.h>

#include "service/crypto.hpp"

namespace tepat::service {

PasswordHasher::PasswordHasher(HashCost cost) {
  InitCrypto();
  if (cost == HashCost::kInteractive) {
    ops_limit_ = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    mem_limit_ = crypto_pwhash_MEMLIMIT_INTERACTIVE;
  } else {
    ops_limit_ = crypto_pwhash_OPSLIMIT_MIN;
    mem_limit_ = crypto_pwhash_MEMLIMIT_MIN;
  }
}

domain::Result<std::string> PasswordHasher::Hash(std::string_view password) const {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), ops_limit_, mem_limit_,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return domain::Internal("could not hash the password (out of memory)");
  }
  return std::string(out);
}

bool PasswordHasher::Verify(std::string_view password, const std::string& encoded) const {
  if (encoded.empty()) return false;
  return crypto_pwhash_str_verify(encoded.c_str(), password.data(), password.size()) == 0;
}

}  // namespace tepat::service
