#include "domain/region_directory.hpp"

namespace tepat::domain {
namespace {
constexpr std::size_t kKabupatenDigits = 4;
constexpr std::size_t kKecamatanDigits = 6;
}  // namespace

void InMemoryRegionDirectory::Add(std::string_view compact_code) {
  if (compact_code.size() == kKecamatanDigits) {
    kecamatan_.emplace(compact_code);
    kabupaten_.emplace(compact_code.substr(0, kKabupatenDigits));
  } else if (compact_code.size() == kKabupatenDigits) {
    kabupaten_.emplace(compact_code);
  }
}

}  // namespace tepat::domain
