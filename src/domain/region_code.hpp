#pragma once
// RegionCode: an official Kemendagri region code (kode wilayah) at one of four levels.
#include <optional>
#include <string>
#include <string_view>

namespace tepat::domain {

/// Level of a region in the official hierarchy.
enum class RegionLevel { kProvince = 1, kKabupaten = 2, kKecamatan = 3, kDesa = 4 };

/// Lower-case English/Indonesian name of a level: "provinsi", "kabupaten_kota", "kecamatan", "desa_kelurahan".
const char* RegionLevelName(RegionLevel level);

/// An official region code, stored compact (digits only: 2, 4, 6 or 10 digits).
/// Value type; cheap to copy; thread-compatible.
class RegionCode {
 public:
  /// Parses "32.73.01.1001" or "3273011001" (also 2, 4 or 6 digits). Surrounding spaces are ignored.
  /// Returns nullopt for anything else (wrong length, letters, misplaced dots).
  static std::optional<RegionCode> Parse(std::string_view text);

  /// Digits only, e.g. "3273011001".
  const std::string& compact() const { return compact_; }
  /// Dotted form, e.g. "32.73.01.1001".
  std::string Dotted() const;
  RegionLevel level() const;
  /// The code one level up; nullopt for a province.
  std::optional<RegionCode> Parent() const;
  /// True when `other` is this region or lies inside it.
  bool Contains(const RegionCode& other) const;

  friend bool operator==(const RegionCode&, const RegionCode&) = default;
  friend auto operator<=>(const RegionCode&, const RegionCode&) = default;

 private:
  explicit RegionCode(std::string compact) : compact_(std::move(compact)) {}
  std::string compact_;
};

}  // namespace tepat::domain
