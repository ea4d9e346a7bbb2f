#pragma once
// Small cryptographic helpers over libsodium: random tokens, SHA-256, constant-time comparison.
#include <string>
#include <string_view>

namespace tepat::service {

/// Initialises libsodium once; safe to call from many threads. Returns false if the library cannot start.
bool InitCrypto();
/// `bytes` random bytes from the OS CSPRNG, as lower-case hex (2 × bytes characters).
std::string RandomHex(std::size_t bytes);
/// Lower-case hex SHA-256 of `data`.
std::string Sha256Hex(std::string_view data);
/// Compares without leaking where the first difference is. False when lengths differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace tepat::service
