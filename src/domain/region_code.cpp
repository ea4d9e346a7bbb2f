#include "domain/region_code.hpp"

#include <array>
#include <cctype>

namespace tepat::domain {
namespace {

constexpr std::array<std::size_t, 4> kCompactLengths = {2, 4, 6, 10};
// Digits per segment in dotted form: PP.KK.CC.DDDD
constexpr std::array<std::size_t, 4> kSegmentLengths = {2, 2, 2, 4};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

}  // namespace

const char* RegionLevelName(RegionLevel level) {
  switch (level) {
    case RegionLevel::kProvince: return "provinsi";
    case RegionLevel::kKabupaten: return "kabupaten_kota";
    case RegionLevel::kKecamatan: return "kecamatan";
    case RegionLevel::kDesa: return "desa_kelurahan";
  }
  return "desa_kelurahan";
}

std::optional<RegionCode> RegionCode::Parse(std::string_view text) {
  text = Trim(text);
  if (text.find('.') == std::string_view::npos) {
    if (!AllDigits(text)) return std::nullopt;
    for (std::size_t len : kCompactLengths) {
      if (text.size() == len) return RegionCode(std::string(text));
    }
    return std::nullopt;
  }
  std::string compact;
  std::size_t segment = 0;
  while (true) {
    if (segment >= kSegmentLengths.size()) return std::nullopt;
    std::size_t dot = text.find('.');
    std::string_view part = text.substr(0, dot);
    if (part.size() != kSegmentLengths[segment] || !AllDigits(part)) return std::nullopt;
    compact.append(part);
    ++segment;
    if (dot == std::string_view::npos) break;
    text.remove_prefix(dot + 1);
  }
  return RegionCode(std::move(compact));
}

std::string RegionCode::Dotted() const {
  std::string out;
  std::size_t pos = 0;
  for (std::size_t len : kSegmentLengths) {
    if (pos >= compact_.size()) break;
    if (!out.empty()) out.push_back('.');
    out.append(compact_, pos, len);
    pos += len;
  }
  return out;
}

RegionLevel RegionCode::level() const {
  switch (compact_.size()) {
    case 2: return RegionLevel::kProvince;
    case 4: return RegionLevel::kKabupaten;
    case 6: return RegionLevel::kKecamatan;
    default: return RegionLevel::kDesa;
  }
}

std::optional<RegionCode> RegionCode::Parent() const {
  switch (level()) {
    case RegionLevel::kProvince: return std::nullopt;
    case RegionLevel::kKabupaten: return RegionCode(compact_.substr(0, 2));
    case RegionLevel::kKecamatan: return RegionCode(compact_.substr(0, 4));
    case RegionLevel::kDesa: return RegionCode(compact_.substr(0, 6));
  }
  return std::nullopt;
}

bool RegionCode::Contains(const RegionCode& other) const {
  return other.compact_.size() >= compact_.size() && other.compact_.compare(0, compact_.size(), compact_) == 0;
}

}  // namespace tepat::domain
