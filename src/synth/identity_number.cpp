#include "synth/identity_number.hpp"

namespace tepat::synth {
namespace {

constexpr std::uint32_t kCentury = 100;
constexpr std::uint32_t kDayFactor = 10000;   // DD of DDMMYY
constexpr std::uint32_t kMonthFactor = 100;   // MM of DDMMYY
constexpr int kIdentityLength = 16;
constexpr int kRegionDigits = 6;
constexpr int kDateDigits = 6;
constexpr int kSerialDigits = 4;

void WriteDigits(char* out, std::uint32_t value, int width) {
  for (int i = width - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
}

}  // namespace

std::uint32_t DatePart(const domain::CivilDate& date, Sex sex) {
  const std::uint32_t day = static_cast<std::uint32_t>(date.day) + (sex == Sex::kFemale ? kFemaleDayOffset : 0);
  return day * kDayFactor + static_cast<std::uint32_t>(date.month) * kMonthFactor +
         static_cast<std::uint32_t>(date.year) % kCentury;
}

std::string ComposeIdentityNumber(std::uint32_t prefix6, std::uint32_t date6, std::uint32_t serial) {
  std::string out(kIdentityLength, '0');
  WriteDigits(out.data(), prefix6, kRegionDigits);
  WriteDigits(out.data() + kRegionDigits, date6, kDateDigits);
  WriteDigits(out.data() + kRegionDigits + kDateDigits, serial, kSerialDigits);
  return out;
}

}  // namespace tepat::synth
