#pragma once
// RegionDirectory: the question "is this region code known?", injected into the NIK/KK rules so the domain does no I/O.
#include <string_view>
#include <vector>

namespace tepat::domain {

/// Answers whether an official region code exists. Implementations must be safe for concurrent const calls.
class RegionDirectory {
 public:
  virtual ~RegionDirectory() = default;
  /// True when `code4` (4 digits, e.g. "3510") is a known kabupaten/kota.
  virtual bool HasKabupaten(std::string_view code4) const = 0;
  /// True when `code6` (6 digits, e.g. "351001") is a known kecamatan.
  virtual bool HasKecamatan(std::string_view code6) const = 0;
};

/// A RegionDirectory held in memory (tests, or loaded once from the region table by the service layer).
/// Add* are not thread-safe; the const queries are once filling is done.
class InMemoryRegionDirectory final : public RegionDirectory {
 public:
  /// Adds a compact code of 4 digits (kabupaten/kota) or 6 digits (kecamatan; also adds its kabupaten).
  /// Other lengths, and codes that are not all digits, are ignored.
  void Add(std::string_view compact_code);

  bool HasKabupaten(std::string_view code4) const override;
  bool HasKecamatan(std::string_view code6) const override;

 private:
  // One bit per possible code, indexed by its digits (10^4 kabupaten/kota, 10^6 kecamatan: 126 KB): a look-up
  // per imported row costs a digit parse and a bit test instead of hashing a string.
  std::vector<bool> kabupaten_ = std::vector<bool>(10'000);
  std::vector<bool> kecamatan_ = std::vector<bool>(1'000'000);
};

}  // namespace tepat::domain
