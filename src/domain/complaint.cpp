#include "domain/complaint.hpp"

#include <array>
#include <string>

#include "domain/code_text.hpp"

namespace tepat::domain {
namespace {

struct StatusNames {
  ComplaintStatus status;
  const char* code;
  const char* label;
};

constexpr std::array<StatusNames, 5> kStatusNames = {{
    {ComplaintStatus::kBaru, "BARU", "Baru"},
    {ComplaintStatus::kDiteruskan, "DITERUSKAN", "Diteruskan"},
    {ComplaintStatus::kDitindaklanjuti, "DITINDAKLANJUTI", "Ditindaklanjuti"},
    {ComplaintStatus::kSelesai, "SELESAI", "Selesai"},
    {ComplaintStatus::kTidakAdaRespon, "TIDAK_ADA_RESPON", "Tidak Ada Respon"},
}};

constexpr std::array<std::pair<ComplaintChannel, const char*>, 6> kChannelCodes = {{
    {ComplaintChannel::kOnline, "ONLINE"},
    {ComplaintChannel::kLisan, "LISAN"},
    {ComplaintChannel::kTelepon, "TELEPON"},
    {ComplaintChannel::kSurat, "SURAT"},
    {ComplaintChannel::kKotakSaran, "KOTAK_SARAN"},
    {ComplaintChannel::kMediaSosial, "MEDIA_SOSIAL"},
}};

// CanonicalCode form of a wire code: underscores become spaces.
std::string Canonical(const char* code) { return CanonicalCode(code); }

}  // namespace

const char* ComplaintStatusCode(ComplaintStatus status) {
  for (const auto& names : kStatusNames) {
    if (names.status == status) return names.code;
  }
  return "BARU";
}

const char* ComplaintStatusLabel(ComplaintStatus status) {
  for (const auto& names : kStatusNames) {
    if (names.status == status) return names.label;
  }
  return "Baru";
}

std::optional<ComplaintStatus> ParseComplaintStatus(std::string_view text) {
  const std::string wanted = CanonicalCode(text);
  for (const auto& names : kStatusNames) {
    if (Canonical(names.code) == wanted) return names.status;
  }
  return std::nullopt;
}

const std::vector<ComplaintStatus>& AllComplaintStatuses() {
  static const std::vector<ComplaintStatus> kAll = [] {
    std::vector<ComplaintStatus> all;
    for (const auto& names : kStatusNames) all.push_back(names.status);
    return all;
  }();
  return kAll;
}

const char* ComplaintChannelCode(ComplaintChannel channel) {
  for (const auto& [c, code] : kChannelCodes) {
    if (c == channel) return code;
  }
  return "ONLINE";
}

std::optional<ComplaintChannel> ParseComplaintChannel(std::string_view text) {
  const std::string wanted = CanonicalCode(text);
  for (const auto& [c, code] : kChannelCodes) {
    if (Canonical(code) == wanted) return c;
  }
  return std::nullopt;
}

const std::vector<ComplaintChannel>& AllComplaintChannels() {
  static const std::vector<ComplaintChannel> kAll = [] {
    std::vector<ComplaintChannel> all;
    for (const auto& entry : kChannelCodes) all.push_back(entry.first);
    return all;
  }();
  return kAll;
}

std::string MakeTrackingNumber(const RegionCode& region, int year, std::int64_t sequence) {
  constexpr std::size_t kSequenceDigits = 6;
  std::string number = std::to_string(sequence);
  if (number.size() < kSequenceDigits) number.insert(0, kSequenceDigits - number.size(), '0');
  return "KLH-" + region.compact() + "-" + std::to_string(year) + "-" + number;
}

}  // namespace tepat::domain
