#include "match/name_normalizer.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "match/text_normalizer.hpp"

namespace tepat::match {
namespace {

// Titles and honorifics that precede a name (compared without dots).
constexpr std::array<std::string_view, 37> kLeadingTitles = {
    "h",      "hj",      "haji",   "hajah",   "hajjah",   "dr",       "drs",   "dra",       "ir",      "prof",
    "bapak",  "bpk",     "pak",    "ibu",     "bu",       "sdr",      "sdri",  "saudara",   "saudari", "tn",
    "tuan",   "ny",      "nyonya", "nn",      "nona",     "kh",       "alm",   "almh",      "almarhum",
    "almarhumah", "ust", "ustadz", "ustad",   "ustazah",  "kyai",     "kiai",  "raden"};

// Academic and professional degrees (compared without dots).
constexpr std::array<std::string_view, 40> kDegrees = {
    "spd",  "spdi", "se",   "sh",   "st",   "ssi",  "ssos", "skom", "skm",  "sked", "skep", "sag", "sip",
    "sp",   "spt",  "sthi", "sfarm", "sikom", "ssn", "mpd",  "mm",   "msi",  "mh",   "mkes", "mag", "mt",
    "mkom", "ma",   "amd",  "amkeb", "amk", "ners", "phd",  "bsc",  "msc",  "mba",  "dipl", "lc", "ak", "cpa"};

// Spellings of Muhammad and Ahmad, after old-spelling modernisation and without dots.
constexpr std::array<std::string_view, 26> kMuhammad = {
    "muhammad", "muhamad",  "muhammed", "muhamed",  "mohammad", "mohamad", "mohammed", "mohamed", "mokhammad",
    "mokhamad", "mukhammad", "mukhamad", "muhamat", "muhammat", "mohamat", "mohammat", "mohd",    "moh",
    "mokh",     "muh",       "mhd",      "muhd",    "mokhd",    "mkh",     "md",       "mochd"};
constexpr std::array<std::string_view, 6> kAhmad = {"ahmad", "akhmad", "ahmat", "akhmat", "ahmed", "achmad"};

constexpr std::array<std::string_view, 30> kCommonTokens = {
    "siti",  "nur",   "nurul", "sri",   "dewi",  "muhammad", "ahmad", "abdul", "i",     "ni",
    "wayan", "made",  "nyoman", "ketut", "putu", "kadek",    "komang", "gede", "gusti", "ayu",
    "luh",   "nengah", "dwi",  "tri",   "eka",   "putri",    "putra", "agus",  "nyi",   "ida"};

// Everyday forms of common given names (formal token after normalisation -> nickname).
constexpr std::array<std::pair<std::string_view, std::string_view>, 40> kNicknames = {{
    {"muhammad", "mamat"},   {"muhammad", "amat"},   {"muhammad", "mamad"},  {"muhammad", "memed"},
    {"ahmad", "amat"},       {"ahmad", "mamat"},     {"rahmat", "amat"},     {"rahmat", "mamat"},
    {"slamet", "memet"},     {"slamet", "met"},      {"yusuf", "ucup"},      {"yusuf", "usup"},
    {"abdullah", "dullah"},  {"abdullah", "dul"},    {"abdul", "dul"},       {"sulaiman", "leman"},
    {"sulaiman", "eman"},    {"rahman", "maman"},    {"abdurrahman", "maman"}, {"herman", "maman"},
    {"setiawan", "wawan"},   {"kurniawan", "wawan"}, {"gunawan", "wawan"},   {"darmawan", "wawan"},
    {"irawan", "wawan"},     {"hermawan", "wawan"},  {"ridwan", "iwan"},     {"irwan", "iwan"},
    {"agus", "gus"},         {"bambang", "bams"},    {"ismail", "mail"},     {"ibrahim", "baim"},
    {"ismail", "maing"},     {"nurhayati", "yati"},  {"yohanes", "anes"},    {"fransiskus", "frans"},
    {"robert", "obet"},      {"dominikus", "domi"},  {"margaretha", "eta"},  {"elisabeth", "lisa"},
}};

constexpr std::string_view kBin = "bin";
constexpr std::string_view kSiti = "siti";
constexpr std::string_view kSitiAbbreviation = "st";
constexpr std::string_view kAbdul = "abdul";
constexpr std::string_view kAbdulAbbreviation = "abd";
constexpr std::string_view kBinti = "binti";

template <size_t N>
bool Contains(const std::array<std::string_view, N>& set, std::string_view word) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

struct RawToken {
  std::string text;  // lower case, letters/digits only
  bool dotted = false;  // written with a dot (abbreviation)
};

// Splits one comma-separated segment into tokens, remembering which were abbreviations ("H.", "S.Pd.").
std::vector<RawToken> Tokenize(std::string_view segment) {
  std::vector<RawToken> tokens;
  RawToken current;
  int dots_inside = 0;
  const auto flush = [&](bool dotted) {
    if (current.text.empty()) return;
    if (dots_inside > 0 && !Contains(kDegrees, current.text)) {
      for (const char letter : current.text) tokens.push_back(RawToken{std::string(1, letter), true});  // "H.M."
    } else {
      current.dotted = dotted;
      tokens.push_back(current);
    }
    current = RawToken{};
  };
  for (size_t i = 0; i < segment.size(); ++i) {
    const auto c = static_cast<unsigned char>(segment[i]);
    if (c == '\'' || c == '`') continue;
    if ((std::isalnum(c) != 0 && c < 0x80) || c >= 0x80) {
      current.text.push_back(static_cast<char>(std::tolower(c)));
      continue;
    }
    if (c == '.') {
      // "S.Pd." stays one token when the next part is short and followed by a dot; "M.Yusuf" splits.
      const size_t next_dot = segment.find('.', i + 1);
      const size_t next_space = segment.find_first_of(" ,-", i + 1);
      // The letters after the dot, up to the next non-letter: "Pd" in "S.Pd" (a degree written without its last dot).
      size_t run_end = i + 1;
      while (run_end < segment.size() && std::isalpha(static_cast<unsigned char>(segment[run_end])) != 0) ++run_end;
      std::string joined = current.text;
      for (size_t k = i + 1; k < run_end; ++k) joined.push_back(static_cast<char>(std::tolower(segment[k])));
      const bool degree_like = current.text.size() <= 2 &&
                               ((next_dot != std::string_view::npos && next_dot - i <= 4 &&
                                 (next_space == std::string_view::npos || next_dot < next_space)) ||
                                Contains(kDegrees, joined));
      if (degree_like) {
        ++dots_inside;
        continue;
      }
      flush(true);
      dots_inside = 0;
      continue;
    }
    flush(dots_inside > 0);
    dots_inside = 0;
  }
  flush(dots_inside > 0);
  return tokens;
}

bool IsDegree(const RawToken& token) { return Contains(kDegrees, token.text); }

std::string Canonical(const RawToken& token, bool first, size_t count) {
  const std::string modern = ModernizeSpelling(token.text);
  if (Contains(kMuhammad, modern) || Contains(kMuhammad, token.text)) return "muhammad";
  if (modern == "m" && first && count > 1) return "muhammad";  // "M. Yusuf"
  if (Contains(kAhmad, modern) || Contains(kAhmad, token.text)) return "ahmad";
  if (modern == kAbdulAbbreviation) return std::string(kAbdul);  // Abd. Rahman
  return modern;
}

}  // namespace

std::string ModernizeSpelling(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    const char next = i + 1 < token.size() ? token[i + 1] : '\0';
    if (c == 'o' && next == 'e') {
      out.push_back('u');
      ++i;
    } else if (c == 'd' && next == 'j') {
      out.push_back('j');
      ++i;
    } else if (c == 't' && next == 'j') {
      out.push_back('c');
      ++i;
    } else if ((c == 'n' || c == 's') && next == 'j') {
      out.push_back(c);
      out.push_back('y');
      ++i;
    } else if (c == 'c' && next == 'h') {
      out += "kh";
      ++i;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool IsCommonNameToken(std::string_view token) { return Contains(kCommonTokens, token); }

bool IsNicknameOf(std::string_view a, std::string_view b) {
  if (a == b || a.empty() || b.empty()) return false;
  for (const auto& [formal, nickname] : kNicknames) {
    if ((a == formal && b == nickname) || (b == formal && a == nickname)) return true;
  }
  const std::string_view shorter = a.size() < b.size() ? a : b;
  const std::string_view longer = a.size() < b.size() ? b : a;
  return shorter.size() >= kMinNicknameSuffix && shorter.size() < longer.size() && longer.ends_with(shorter);
}

std::string NormalizeIndonesianName(std::string_view name) {
  // Segments after the first comma are kept only when they are not all degrees ("Budi, S.Pd., M.M.").
  std::vector<RawToken> tokens;
  size_t start = 0;
  bool first_segment = true;
  while (start <= name.size()) {
    size_t end = name.find(',', start);
    if (end == std::string_view::npos) end = name.size();
    std::vector<RawToken> segment = Tokenize(name.substr(start, end - start));
    const bool all_degrees = std::all_of(segment.begin(), segment.end(), [](const RawToken& t) {
      return IsDegree(t) || (t.dotted && t.text.size() <= 3);
    });
    if (first_segment || !all_degrees) tokens.insert(tokens.end(), segment.begin(), segment.end());
    first_segment = false;
    start = end + 1;
  }
  // "St." opening a longer name abbreviates Siti (after the name it is the degree Sarjana Teknik).
  if (tokens.size() > 1 && tokens.front().dotted && tokens.front().text == kSitiAbbreviation) {
    tokens.front() = RawToken{std::string(kSiti), false};
  }
  // Dotted degrees anywhere; bare degrees at the end (when a name remains).
  std::erase_if(tokens, [](const RawToken& t) { return t.dotted && IsDegree(t) && t.text.size() > 1; });
  while (tokens.size() > 1 && IsDegree(tokens.back())) tokens.pop_back();
  // Leading titles ("H." needs its dot or a following name; "Bapak" does not).
  size_t first = 0;
  while (first < tokens.size() && Contains(kLeadingTitles, tokens[first].text) &&
         (tokens[first].dotted || tokens[first].text.size() > 1 || first + 1 < tokens.size())) {
    if (first + 1 == tokens.size()) break;  // never drop the last token: "Ibu" alone stays
    ++first;
  }
  tokens.erase(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(first));
  // bin / binti and the father's name.
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i].text == kBin || tokens[i].text == kBinti) {
      tokens.resize(i);
      break;
    }
  }
  std::string out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!out.empty()) out.push_back(' ');
    out += Canonical(tokens[i], i == 0, tokens.size());
  }
  return out;
}

}  // namespace tepat::match
