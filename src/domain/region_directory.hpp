#pragma once
// RegionDirectory: the question "is this region code known?", injected into the NIK/KK rules so the domain does no I/O.
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

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
  /// Other lengths are ignored.
  void Add(std::string_view compact_code);

  bool HasKabupaten(std::string_view code4) const override { return kabupaten_.contains(code4); }
  bool HasKecamatan(std::string_view code6) const override { return kecamatan_.contains(code6); }

 private:
  // Transparent hashing: look-ups by string_view without building a std::string.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using CodeSet = std::unordered_set<std::string, Hash, std::equal_to<>>;
  CodeSet kabupaten_;
  CodeSet kecamatan_;
};

}  // namespace tepat::domain
