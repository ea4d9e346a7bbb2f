#include "domain/household.hpp"

#include "domain/code_text.hpp"

namespace tepat::domain {

const char* DtksStatusCode(DtksStatus status) { return status == DtksStatus::kInactive ? "NONAKTIF" : "AKTIF"; }

std::optional<DtksStatus> ParseDtksStatus(std::string_view text) {
  const std::string s = CanonicalCode(text);
  if (s == "AKTIF") return DtksStatus::kActive;
  if (s == "NONAKTIF" || s == "NON AKTIF" || s == "TIDAK AKTIF") return DtksStatus::kInactive;
  return std::nullopt;
}

}  // namespace tepat::domain
