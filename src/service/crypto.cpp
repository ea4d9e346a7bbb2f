#include "service/crypto.hpp"

#include <sodium.h>

#include <vector>

namespace tepat::service {

bool InitCrypto() {
  static const bool kReady = sodium_init() >= 0;
  return kReady;
}

std::string RandomHex(std::size_t bytes) {
  InitCrypto();
  std::vector<unsigned char> raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), raw.data(), raw.size());
  hex.resize(bytes * 2);
  return hex;
}

std::string Sha256Hex(std::string_view data) {
  InitCrypto();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  std::string hex(crypto_hash_sha256_BYTES * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), digest, sizeof digest);
  hex.resize(crypto_hash_sha256_BYTES * 2);
  return hex;
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace tepat::service
