#pragma once
// Composing NIK and KK numbers (the generator only composes; validation lives in src/domain).
//   NIK = 6-digit kecamatan code + DDMMYY birth date (day + 40 for women) + 4-digit serial
//   KK  = 6-digit kecamatan code + DDMMYY issue date + 4-digit serial
#include <cstdint>
#include <string>

#include "domain/civil_date.hpp"
#include "synth/calendar.hpp"
#include "synth/name_pool.hpp"

namespace tepat::synth {

/// Day offset added to the birth day in a woman's NIK.
inline constexpr int kFemaleDayOffset = 40;

/// The DDMMYY part as a number, e.g. 1 March 1985 for a woman -> 410385. Pure.
std::uint32_t DatePart(const domain::CivilDate& date, Sex sex);
/// 16 digits from the parts; `prefix6` < 1,000,000, `date6` < 1,000,000, 1 <= serial <= 9999. Pure.
std::string ComposeIdentityNumber(std::uint32_t prefix6, std::uint32_t date6, std::uint32_t serial);

}  // namespace tepat::synth
