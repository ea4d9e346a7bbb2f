#pragma once
// Request ids: short random hex strings that tie a response, the access log and error reports together.
#include <string>

namespace tepat::http {

/// A new 16-hex-digit random id. Thread-safe (per-thread generator seeded from the OS).
std::string NewRequestId();

}  // namespace tepat::http
