#include "domain/nik.hpp"

#include <string>

#include "domain/code_text.hpp"

namespace tepat::domain {
namespace {

constexpr std::string_view kLabel = "NIK";
constexpr std::size_t kDateOffset = 6;
constexpr std::size_t kSerialOffset = 12;
constexpr std::size_t kSerialDigits = 4;
constexpr int kFemaleDayOffset = 40;
constexpr int kCenturyNineteen = 1900;
constexpr int kCenturyTwenty = 2000;
constexpr int kYearsPerCentury = 100;

int TwoDigits(std::string_view s, std::size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

const char* SexWordId(Sex sex) { return sex == Sex::kFemale ? "perempuan" : "laki-laki"; }
const char* SexWordEn(Sex sex) { return sex == Sex::kFemale ? "female" : "male"; }

// Decodes DDMMYY (day + 40 for women). The century is the later one that does not put the date after `today`.
bool DecodeBirth(std::string_view digits, const CivilDate& today, CivilDate* date, Sex* sex, int* yy) {
  int day = TwoDigits(digits, kDateOffset);
  const int month = TwoDigits(digits, kDateOffset + 2);
  *yy = TwoDigits(digits, kDateOffset + 4);
  *sex = Sex::kMale;
  if (day > kFemaleDayOffset) {
    day -= kFemaleDayOffset;
    *sex = Sex::kFemale;
  }
  if (auto recent = CivilDate::FromYmd(kCenturyTwenty + *yy, month, day); recent && *recent <= today) {
    *date = *recent;
    return true;
  }
  if (auto older = CivilDate::FromYmd(kCenturyNineteen + *yy, month, day)) {
    *date = *older;
    return true;
  }
  return false;
}

}  // namespace

const char* SexCode(Sex sex) { return sex == Sex::kFemale ? "P" : "L"; }

std::optional<Sex> ParseSex(std::string_view text) {
  const std::string s = CanonicalCode(text);
  if (s == "L" || s == "LAKI LAKI" || s == "PRIA" || s == "M" || s == "LK") return Sex::kMale;
  if (s == "P" || s == "PEREMPUAN" || s == "WANITA" || s == "F" || s == "PR") return Sex::kFemale;
  return std::nullopt;
}

NikCheck CheckNik(std::string_view raw, const NikRules& rules, const NikExpectation& expected) {
  NikCheck check;
  IdNormalization normal = NormalizeIdNumber(raw, kLabel);
  if (normal.error) {
    check.errors.push_back(*normal.error);
    return check;
  }
  const std::string& digits = normal.digits;
  auto masked = [&digits] { return MaskNik(digits); };  // built only when a message needs it
  CheckIdRegionPrefix(digits, kLabel, rules.regions, &check.errors, &check.warnings);

  NikFacts facts;
  int yy = 0;
  const bool date_ok = DecodeBirth(digits, rules.today, &facts.birth_date, &facts.sex, &yy);
  if (!date_ok) {
    check.errors.push_back({IdIssue::kBadBirthDate,
                            "Digit ke-7 sampai ke-12 NIK " + masked() +
                                " bukan tanggal lahir yang sah (format DDMMYY, tanggal ditambah 40 untuk perempuan); "
                                "periksa NIK pada KTP.",
                            "Digits 7-12 of NIK " + masked() +
                                " are not a valid birth date (DDMMYY, day + 40 for women); check the ID card."});
  }
  facts.serial = digits.substr(kSerialOffset, kSerialDigits);
  if (facts.serial == "0000") {
    check.errors.push_back({IdIssue::kZeroSerial,
                            "Nomor urut NIK (4 digit terakhir) tidak boleh 0000; periksa NIK pada KTP.",
                            "The NIK serial (last 4 digits) cannot be 0000; check the ID card."});
  }
  const bool structurally_valid = check.errors.empty();
  if (date_ok && expected.birth_date) {
    const CivilDate& given = *expected.birth_date;
    const bool same_ddmmyy = given.day == facts.birth_date.day && given.month == facts.birth_date.month &&
                             given.year % kYearsPerCentury == yy;
    if (same_ddmmyy) {
      facts.birth_date = given;
    } else {
      check.errors.push_back({IdIssue::kBirthDateMismatch,
                              "NIK " + masked() + " menunjukkan tanggal lahir " + facts.birth_date.Dmy() +
                                  ", tetapi tanggal lahir yang diisi " + given.Dmy() + "; periksa salah satunya.",
                              "NIK " + masked() + " says birth date " + facts.birth_date.Dmy() +
                                  " but the given birth date is " + given.Dmy() + "; check which one is wrong."});
    }
  }
  if (date_ok && expected.sex && *expected.sex != facts.sex) {
    check.errors.push_back({IdIssue::kSexMismatch,
                            "NIK " + masked() + " menunjukkan jenis kelamin " + SexCode(facts.sex) + " (" +
                                SexWordId(facts.sex) + "), tetapi jenis kelamin yang diisi " +
                                SexCode(*expected.sex) + " (" + SexWordId(*expected.sex) +
                                "); untuk perempuan tanggal pada NIK ditambah 40.",
                            "NIK " + masked() + " says sex " + SexCode(facts.sex) + " (" + SexWordEn(facts.sex) +
                                ") but the given sex is " + SexCode(*expected.sex) + " (" +
                                SexWordEn(*expected.sex) + "); for women the NIK day has 40 added."});
  }
  if (structurally_valid) {
    facts.digits = digits;
    facts.kecamatan_code = digits.substr(0, kDateOffset);
    check.facts = std::move(facts);
  }
  return check;
}

}  // namespace tepat::domain
