#include "synth/identity_number.hpp"

namespace tepat::synth {
namespace {

constexpr std::uint32_t kCentury = 100;
constexpr int kIdentityLength = 16;

void WriteDigits(char* out, std::uint32_t value, int width) {
  for (int i = width - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
}

}  // namespace

std::uint32_t DatePart(const domain::CivilDate& date, Sex sex) {
  const std::uint32_t day = static_cast<std::uint32_t>(date.day) + (sex == Sex::kFemale ? kFemaleDayOffset : 0);
  return day * 10000 + static_cast<std::uint32_t>(date.month) * 100 + static_cast<std::uint32_t>(date.year) % kCentury;
}

std::string ComposeIdentityNumber(std::uint32_t prefix6, std::uint32_t date6, std::uint32_t serial) {
  std::string out(kIdentityLength, '0');
  WriteDigits(out.data(), prefix6, 6);
  WriteDigits(out.data() + 6, date6, 6);
  WriteDigits(out.data() + 12, serial, 4);
  return out;
}

}  // namespace tepat::synth
