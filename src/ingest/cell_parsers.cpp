#include "ingest/cell_parsers.hpp"

#include <array>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ingest/excel_date.hpp"

namespace tepat::ingest {
namespace {

using domain::CivilDate;

constexpr int kYearOnlyMin = 1800;
constexpr int kYearOnlyMax = 2100;
constexpr std::size_t kYearDigits = 4;
constexpr std::size_t kTwoDigits = 2;
constexpr std::size_t kMaxCentDigits = 2;
constexpr std::size_t kThousandsGroup = 3;
constexpr std::size_t kMaxWholeDigits = 18;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

/// A date split on the first of "/-." it holds, that separator used throughout: `count` parts (0 without a
/// separator, 4 standing for "more than 3"), the first three of them in `part`. No allocation: dates are parsed
/// per imported row.
struct DateParts {
  std::array<std::string_view, 3> part;
  std::size_t count = 0;
};

DateParts SplitDate(std::string_view s) {
  DateParts out;
  const std::size_t first = s.find_first_of("/-.");
  if (first == std::string_view::npos) return out;
  const char sep = s[first];
  while (out.count <= out.part.size()) {
    const std::size_t at = s.find(sep);
    if (out.count < out.part.size()) out.part[out.count] = s.substr(0, at);
    ++out.count;
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + 1);
  }
  return out;
}

DateParse FromYmd(int y, int m, int d) {
  if (auto date = CivilDate::FromYmd(y, m, d)) return *date;
  return DateProblem::kNotInCalendar;
}

DateParse FromSerialText(std::string_view s) {
  char* end = nullptr;
  const std::string copy(s);
  const double serial = std::strtod(copy.c_str(), &end);
  if (end == copy.c_str() || *end != '\0') return DateProblem::kUnrecognised;
  if (auto date = ExcelSerialToDate(serial)) return *date;
  return DateProblem::kUnrecognised;
}

bool IsSerialText(std::string_view s) {
  const std::size_t dot = s.find('.');
  if (dot == std::string_view::npos) return AllDigits(s);
  return AllDigits(s.substr(0, dot)) && AllDigits(s.substr(dot + 1));
}

/// True when CleanText would return `text` unchanged because it holds no byte that could need it: no control
/// character (tab, line break), no byte of 0x80 or more (a no-break space is C2 A0), no two spaces in a row, no
/// space at either end. Sixteen bytes at a time where SSE2 is available.
bool NothingToClean(std::string_view text) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ') return false;
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' ');
  for (; i + 17 <= text.size(); i += 16) {
    const __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + 1));
    // Signed compare: bytes of 0x80 or more are negative, so "below a space" also catches them.
    const __m128i bad = _mm_or_si128(_mm_cmplt_epi8(here, space),
                                     _mm_and_si128(_mm_cmpeq_epi8(here, space), _mm_cmpeq_epi8(next, space)));
    if (_mm_movemask_epi8(bad) != 0) return false;
  }
#endif
  for (; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < ' ' || c >= 0x80 || (c == ' ' && i + 1 < text.size() && text[i + 1] == ' ')) return false;
  }
  return true;
}

}  // namespace

DateParse ParseDateCell(const Cell& cell) {
  std::string_view s = Trim(cell.text);
  if (cell.kind == CellKind::kDate) {
    const auto [parts, count] = SplitDate(s.substr(0, std::string_view("YYYY-MM-DD").size()));
    if (count == 3 && AllDigits(parts[0]) && AllDigits(parts[1]) && AllDigits(parts[2])) {
      return FromYmd(ToInt(parts[0]), ToInt(parts[1]), ToInt(parts[2]));
    }
    return DateProblem::kUnrecognised;
  }
  if (const std::size_t space = s.find(' '); space != std::string_view::npos) {
    if (s.find(':', space) == std::string_view::npos) return DateProblem::kUnrecognised;  // only a time may follow
    s = s.substr(0, space);
  }
  if (s.empty()) return DateProblem::kUnrecognised;
  if (IsSerialText(s)) {
    if (s.size() == kYearDigits && AllDigits(s)) {
      const int year = ToInt(s);
      if (year >= kYearOnlyMin && year <= kYearOnlyMax) return DateProblem::kYearOnly;
    }
    if (cell.kind == CellKind::kNumber || s.find('.') == std::string_view::npos) return FromSerialText(s);
  }
  const auto [parts, count] = SplitDate(s);
  if (count != 3) return DateProblem::kUnrecognised;
  for (std::string_view p : parts) {
    if (!AllDigits(p)) return DateProblem::kUnrecognised;
  }
  if (parts[0].size() == kYearDigits && parts[1].size() <= kTwoDigits && parts[2].size() <= kTwoDigits) {
    return FromYmd(ToInt(parts[0]), ToInt(parts[1]), ToInt(parts[2]));
  }
  if (parts[0].size() <= kTwoDigits && parts[1].size() <= kTwoDigits) {
    if (parts[2].size() == kYearDigits) return FromYmd(ToInt(parts[2]), ToInt(parts[1]), ToInt(parts[0]));
    if (parts[2].size() == kTwoDigits) return DateProblem::kTwoDigitYear;
  }
  return DateProblem::kUnrecognised;
}

std::string DateProblemMessageId(DateProblem problem) {
  switch (problem) {
    case DateProblem::kUnrecognised:
      return "Tanggal tidak dikenali; tulis sebagai 31/12/1980, 1980-12-31 atau 31-12-1980.";
    case DateProblem::kNotInCalendar:
      return "Tanggal ini tidak ada di kalender; periksa urutan hari/bulan/tahun (mis. 31/12/1980).";
    case DateProblem::kYearOnly:
      return "Hanya tahun yang diisi; tulis tanggal lengkap, mis. 31/12/1980.";
    case DateProblem::kTwoDigitYear:
      return "Tahun hanya 2 digit; tulis tahun 4 digit, mis. 31/12/1980.";
  }
  return "";
}

std::string DateProblemMessageEn(DateProblem problem) {
  switch (problem) {
    case DateProblem::kUnrecognised: return "Date not recognised; write it as 31/12/1980, 1980-12-31 or 31-12-1980.";
    case DateProblem::kNotInCalendar: return "This day does not exist; check the day/month/year order.";
    case DateProblem::kYearOnly: return "Only a year was given; write the full date, e.g. 31/12/1980.";
    case DateProblem::kTwoDigitYear: return "Two-digit year; write the year with 4 digits, e.g. 31/12/1980.";
  }
  return "";
}

std::optional<std::int64_t> ParseWholeNumber(const Cell& cell) {
  std::string_view s = Trim(cell.text);
  if (cell.kind == CellKind::kNumber && s.ends_with(".0")) s.remove_suffix(2);
  if (!AllDigits(s) || s.size() > kMaxWholeDigits) return std::nullopt;
  std::int64_t v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::optional<std::int64_t> ParseRupiah(const Cell& cell) {
  std::string_view s = Trim(cell.text);
  if (cell.kind == CellKind::kNumber) {
    const std::string copy(s);
    char* end = nullptr;
    const double v = std::strtod(copy.c_str(), &end);
    if (end == copy.c_str() || *end != '\0' || v < 0 || v != std::floor(v) ||
        v > static_cast<double>(std::numeric_limits<std::int64_t>::max() / 2)) {
      return std::nullopt;
    }
    return static_cast<std::int64_t>(v);
  }
  for (std::string_view prefix : {"Rp.", "Rp", "RP", "rp", "IDR"}) {
    if (s.starts_with(prefix)) {
      s.remove_prefix(prefix.size());
      break;
    }
  }
  s = Trim(s);
  // Cents: the last separator followed by 1-2 digits, when the other separator kind is the one used before it.
  const std::size_t last = s.find_last_of(".,");
  if (last != std::string_view::npos && s.size() - last - 1 <= kMaxCentDigits && s.size() - last - 1 > 0) {
    const char sep = s[last];
    const std::string_view head = s.substr(0, last);
    if (head.find(sep) == std::string_view::npos) {
      const std::string_view cents = s.substr(last + 1);
      if (!AllDigits(cents) || cents.find_first_not_of('0') != std::string_view::npos) return std::nullopt;
      s = head;
    }
  }
  std::string digits;
  std::size_t group = 0;
  bool grouped = false;
  for (char c : s) {
    if (IsDigit(c)) {
      digits.push_back(c);
      ++group;
    } else if ((c == '.' || c == ',' || c == ' ') && group > 0 &&
               (grouped ? group == kThousandsGroup : group <= kThousandsGroup)) {
      grouped = true;
      group = 0;
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty() || (grouped && group != kThousandsGroup) || digits.size() > kMaxWholeDigits) return std::nullopt;
  return ParseWholeNumber(Cell{digits, CellKind::kText});
}

std::string CleanText(std::string_view text) {
  if (NothingToClean(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  bool pending = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool nbsp = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || nbsp) {
      if (nbsp) ++i;
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace tepat::ingest
