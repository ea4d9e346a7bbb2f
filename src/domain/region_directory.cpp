#include "domain/region_directory.hpp"

#include <optional>

namespace tepat::domain {
namespace {
constexpr std::size_t kKabupatenDigits = 4;
constexpr std::size_t kKecamatanDigits = 6;

/// The number `code` spells when it is exactly `digits` decimal digits; nullopt otherwise.
std::optional<std::size_t> DigitsValue(std::string_view code, std::size_t digits) {
  if (code.size() != digits) return std::nullopt;
  std::size_t value = 0;
  for (const char c : code) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  return value;
}

}  // namespace

void InMemoryRegionDirectory::Add(std::string_view compact_code) {
  if (const auto kecamatan = DigitsValue(compact_code, kKecamatanDigits)) {
    kecamatan_[*kecamatan] = true;
    kabupaten_[*DigitsValue(compact_code.substr(0, kKabupatenDigits), kKabupatenDigits)] = true;
  } else if (const auto kabupaten = DigitsValue(compact_code, kKabupatenDigits)) {
    kabupaten_[*kabupaten] = true;
  }
}

bool InMemoryRegionDirectory::HasKabupaten(std::string_view code4) const {
  const auto index = DigitsValue(code4, kKabupatenDigits);
  return index && kabupaten_[*index];
}

bool InMemoryRegionDirectory::HasKecamatan(std::string_view code6) const {
  const auto index = DigitsValue(code6, kKecamatanDigits);
  return index && kecamatan_[*index];
}

}  // namespace tepat::domain
