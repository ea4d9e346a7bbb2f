#include "domain/region_code.hpp"

#include <algorithm>
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

// One pass over the text, digits gathered into a fixed buffer (codes are parsed per imported row).
std::optional<RegionCode> RegionCode::Parse(std::string_view text) {
  text = Trim(text);
  std::array<char, kCompactLengths.back()> digits{};
  std::size_t count = 0;        // digits so far
  std::size_t segment = 0;      // dotted form: segments closed by a dot so far
  std::size_t segment_digits = 0;
  bool dotted = false;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      if (count == digits.size()) return std::nullopt;
      digits[count++] = c;
      ++segment_digits;
    } else if (c == '.') {
      if (segment + 1 >= kSegmentLengths.size() || segment_digits != kSegmentLengths[segment]) return std::nullopt;
      dotted = true;
      ++segment;
      segment_digits = 0;
    } else {
      return std::nullopt;
    }
  }
  const bool complete = dotted ? segment_digits == kSegmentLengths[segment]
                               : std::find(kCompactLengths.begin(), kCompactLengths.end(), count) != kCompactLengths.end();
  if (!complete) return std::nullopt;
  return RegionCode(std::string(digits.data(), count));
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
