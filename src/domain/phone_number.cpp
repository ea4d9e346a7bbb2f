#include "domain/phone_number.hpp"

#include <algorithm>
#include <cctype>

namespace tepat::domain {
namespace {

constexpr std::string_view kCountryCode = "62";
constexpr std::string_view kE164Prefix = "+62";
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr char kTrunkPrefix = '0';
constexpr char kMobileLead = '8';
constexpr char kNonSubscriberMobile = '0';  // 0800 toll-free, 0809 premium
constexpr std::size_t kMobileMin = 9;
constexpr std::size_t kMobileMax = 12;
constexpr std::size_t kLandlineMin = 7;
constexpr std::size_t kLandlineMax = 11;
constexpr std::size_t kMaskKeepLead = 3;
constexpr std::size_t kMaskKeepTail = 4;
constexpr std::size_t kMaskMinHidden = 2;

bool IsSeparator(char c) { return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '\t'; }

// Removes separators (also the UTF-8 no-break space); returns false on any other non-digit (a '+' only first).
bool StripSeparators(std::string_view raw, std::string* out) {
  for (std::size_t at = 0; at < raw.size(); ++at) {
    const char c = raw[at];
    if (IsSeparator(c)) continue;
    if (raw.substr(at).starts_with(kNoBreakSpace)) {
      at += kNoBreakSpace.size() - 1;
      continue;
    }
    if (c == '+' && out->empty()) {
      out->push_back(c);
      continue;
    }
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    out->push_back(c);
  }
  return true;
}

// The national significant number (after 0, 62 or +62), or nullopt when the prefix is none of them.
std::optional<std::string> NationalNumber(const std::string& compact) {
  if (compact.starts_with(kE164Prefix)) return compact.substr(kE164Prefix.size());
  if (compact.starts_with('+')) return std::nullopt;
  if (compact.starts_with(kCountryCode)) return compact.substr(kCountryCode.size());
  if (compact.starts_with(kTrunkPrefix)) return compact.substr(1);
  return std::nullopt;
}

PhoneCheck Fail(PhoneIssue issue) { return PhoneCheck{std::nullopt, issue}; }

}  // namespace

const char* PhoneIssueName(PhoneIssue issue) {
  switch (issue) {
    case PhoneIssue::kEmpty: return "empty";
    case PhoneIssue::kBadCharacters: return "bad_characters";
    case PhoneIssue::kNoPrefix: return "no_prefix";
    case PhoneIssue::kNotSubscriber: return "not_subscriber";
    case PhoneIssue::kWrongLength: return "wrong_length";
  }
  return "empty";
}

PhoneCheck ParsePhoneNumber(std::string_view raw) {
  std::string compact;
  if (!StripSeparators(raw, &compact)) return Fail(PhoneIssue::kBadCharacters);
  if (compact.empty()) return Fail(PhoneIssue::kEmpty);
  std::optional<std::string> national = NationalNumber(compact);
  if (!national) return Fail(PhoneIssue::kNoPrefix);
  if (national->empty()) return Fail(PhoneIssue::kWrongLength);
  const char lead = national->front();
  if (lead == '0' || lead == '1') return Fail(PhoneIssue::kNotSubscriber);
  const bool mobile = lead == kMobileLead;
  if (mobile && national->size() > 1 && (*national)[1] == kNonSubscriberMobile) {
    return Fail(PhoneIssue::kNotSubscriber);
  }
  const std::size_t min = mobile ? kMobileMin : kLandlineMin;
  const std::size_t max = mobile ? kMobileMax : kLandlineMax;
  if (national->size() < min || national->size() > max) return Fail(PhoneIssue::kWrongLength);
  return PhoneCheck{
      PhoneNumber{std::string(kE164Prefix) + *national, mobile ? PhoneKind::kMobile : PhoneKind::kLandline},
      std::nullopt};
}

std::string MaskPhoneNumber(std::string_view e164) {
  constexpr std::string_view kFullyMasked = "****";
  if (!e164.starts_with(kE164Prefix)) return std::string(kFullyMasked);
  std::string_view national = e164.substr(kE164Prefix.size());
  const bool digits_only = std::all_of(national.begin(), national.end(),
                                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
  if (!digits_only || national.size() < kMaskKeepTail + kMaskMinHidden) return std::string(kFullyMasked);
  const std::size_t room = national.size() - kMaskKeepTail - kMaskMinHidden;
  const std::size_t lead = std::min(kMaskKeepLead, room);
  const std::size_t hidden = national.size() - lead - kMaskKeepTail;
  std::string out(kE164Prefix);
  out.append(national.substr(0, lead));
  out.append(hidden, '*');
  out.append(national.substr(national.size() - kMaskKeepTail));
  return out;
}

}  // namespace tepat::domain
