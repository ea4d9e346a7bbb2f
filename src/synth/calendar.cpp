#include "synth/calendar.hpp"

namespace tepat::synth {

int AgeOn(const domain::CivilDate& birth, const domain::CivilDate& on) {
  int age = on.year - birth.year;
  if (on.month < birth.month || (on.month == birth.month && on.day < birth.day)) --age;
  return age;
}

}  // namespace tepat::synth
