#include "domain/id_number.hpp"

#include <algorithm>
#include <string>

namespace tepat::domain {
namespace {

constexpr std::size_t kKabupatenDigits = 4;
constexpr std::size_t kKecamatanDigits = 6;
constexpr std::size_t kVisibleDigits = 4;  // shown at each end of a masked number
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSeparator(char c) { return c == ' ' || c == '.' || c == '-' || c == '\t'; }

std::string_view TrimSpaces(std::string_view s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// True for text such as "3.51E+15", "3,51e15", "3.5100112038E+15": a mantissa, an exponent letter and digits.
bool LooksLikeScientificNotation(std::string_view s) {
  std::size_t i = 0;
  std::size_t mantissa_digits = 0;
  while (i < s.size() && IsDigit(s[i])) ++i, ++mantissa_digits;
  if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
    ++i;
    while (i < s.size() && IsDigit(s[i])) ++i, ++mantissa_digits;
  }
  if (mantissa_digits == 0 || i >= s.size() || (s[i] != 'E' && s[i] != 'e')) return false;
  ++i;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  std::size_t exponent_digits = 0;
  while (i < s.size() && IsDigit(s[i])) ++i, ++exponent_digits;
  return exponent_digits > 0 && i == s.size();
}

IdFinding Finding(IdIssue issue, std::string id, std::string en) { return {issue, std::move(id), std::move(en)}; }

std::string Str(std::string_view s) { return std::string(s); }

}  // namespace

const char* IdIssueName(IdIssue issue) {
  switch (issue) {
    case IdIssue::kEmpty: return "empty";
    case IdIssue::kExcelNumber: return "excel_number";
    case IdIssue::kBadCharacters: return "bad_characters";
    case IdIssue::kWrongLength: return "wrong_length";
    case IdIssue::kUnknownKabupaten: return "unknown_kabupaten";
    case IdIssue::kUnknownKecamatan: return "unknown_kecamatan";
    case IdIssue::kBadBirthDate: return "bad_birth_date";
    case IdIssue::kZeroSerial: return "zero_serial";
    case IdIssue::kBirthDateMismatch: return "birth_date_mismatch";
    case IdIssue::kSexMismatch: return "sex_mismatch";
  }
  return "empty";
}

IdNormalization NormalizeIdNumber(std::string_view raw, std::string_view label) {
  IdNormalization out;
  std::string_view text = TrimSpaces(raw);
  if (!text.empty() && (text.front() == '\'' || text.front() == '`')) text.remove_prefix(1);
  text = TrimSpaces(text);
  if (text.empty()) {
    out.error = Finding(IdIssue::kEmpty, Str(label) + " kosong; isi 16 digit " + Str(label) + ".",
                        Str(label) + " is empty; enter the 16-digit number.");
    return out;
  }
  if (LooksLikeScientificNotation(text)) {
    out.error = ExcelNumberFinding(label);
    return out;
  }
  if (text.size() == kIdNumberDigits && std::all_of(text.begin(), text.end(), IsDigit)) {
    out.digits.assign(text);  // already 16 plain digits: the usual case
    return out;
  }
  std::string digits;
  digits.reserve(kIdNumberDigits);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (IsDigit(c)) {
      digits.push_back(c);
    } else if (IsSeparator(c)) {
      continue;
    } else if (text.substr(i, kNoBreakSpace.size()) == kNoBreakSpace) {
      i += kNoBreakSpace.size() - 1;
    } else {
      out.error = Finding(IdIssue::kBadCharacters,
                          Str(label) + " berisi huruf atau tanda selain angka; " + Str(label) +
                              " hanya terdiri dari 16 angka.",
                          Str(label) + " contains letters or symbols; it must be 16 digits.");
      return out;
    }
  }
  if (digits.size() != kIdNumberDigits) {
    const std::string n = std::to_string(digits.size());
    out.error = Finding(IdIssue::kWrongLength,
                        Str(label) + " harus 16 digit, tertulis " + n + " digit; periksa angka yang hilang atau berlebih.",
                        Str(label) + " must have 16 digits, found " + n + "; check for missing or extra digits.");
    return out;
  }
  out.digits = std::move(digits);
  return out;
}

IdFinding ExcelNumberFinding(std::string_view label) {
  return Finding(
      IdIssue::kExcelNumber,
      Str(label) + " tersimpan sebagai angka Excel (misalnya 3.51E+15): Excel mengubah sel menjadi angka dan "
          "digit terakhir hilang. Format kolom " + Str(label) + " sebagai Teks, lalu isi ulang dari data aslinya.",
      "The " + Str(label) + " cell was turned into a number by Excel (like 3.51E+15) and lost digits. Format the "
          "column as text and enter the numbers again from the source.");
}

std::string MaskIdNumber(std::string_view text) {
  std::size_t total_digits = 0;
  for (char c : text) total_digits += IsDigit(c) ? 1 : 0;
  std::string out(text);
  if (total_digits <= 2 * kVisibleDigits) return out;
  std::size_t seen = 0;
  for (char& c : out) {
    if (!IsDigit(c)) continue;
    if (seen >= kVisibleDigits && seen < total_digits - kVisibleDigits) c = '*';
    ++seen;
  }
  return out;
}

void CheckIdRegionPrefix(std::string_view digits, std::string_view label, const RegionDirectory* regions,
                         std::vector<IdFinding>* errors, std::vector<IdFinding>* warnings) {
  if (regions == nullptr || digits.size() < kKecamatanDigits) return;
  const std::string_view kabupaten = digits.substr(0, kKabupatenDigits);
  if (!regions->HasKabupaten(kabupaten)) {
    const std::string dotted_kab = Str(kabupaten.substr(0, 2)) + "." + Str(kabupaten.substr(2, 2));
    errors->push_back(Finding(IdIssue::kUnknownKabupaten,
                              "4 digit pertama " + Str(label) + " (" + dotted_kab +
                                  ") bukan kode kabupaten/kota yang dikenal; periksa " + Str(label) +
                                  " pada dokumen aslinya.",
                              "The first 4 digits of the " + Str(label) + " (" + dotted_kab +
                                  ") are not a known kabupaten/kota; check the number on the original document."));
    return;
  }
  const std::string_view kecamatan = digits.substr(0, kKecamatanDigits);
  if (!regions->HasKecamatan(kecamatan)) {
    const std::string dotted =
        Str(kecamatan.substr(0, 2)) + "." + Str(kecamatan.substr(2, 2)) + "." + Str(kecamatan.substr(4, 2));
    warnings->push_back(Finding(IdIssue::kUnknownKecamatan,
                                "Kode kecamatan " + dotted + " pada " + Str(label) +
                                    " tidak ada dalam daftar wilayah saat ini (mungkin wilayah sudah dimekarkan); " +
                                    Str(label) + " tetap diterima.",
                                "Kecamatan code " + dotted + " in the " + Str(label) +
                                    " is not in the current region list (the region may have been split); the "
                                    "number is accepted."));
  }
}

}  // namespace tepat::domain
