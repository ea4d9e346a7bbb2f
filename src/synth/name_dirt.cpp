#include "synth/name_dirt.hpp"

#include <array>
#include <string_view>
#include <utility>
#include <vector>

namespace tepat::synth {
namespace {

constexpr std::size_t kMinTypoTokenLength = 3;  // shorter tokens are left alone (initials, "Nur")
constexpr std::size_t kMinNicknameLength = 3;
constexpr std::size_t kMinAbbreviatedLength = 3;
constexpr double kDoubledLetterShare = 0.5;  // an inserted letter repeats its neighbour ("Sutrisnno")
constexpr double kVowelSwapShare = 0.5;      // a substitution swaps vowels rather than hitting a neighbouring key
constexpr double kHajjShare = 0.5;           // a title is H./Hj. in front rather than a degree behind
constexpr double kOldRuleShare = 0.7;        // each applicable old-spelling rule fires with this chance

const std::array<std::pair<std::string_view, std::string_view>, 27> kNicknames = {{
    {"Muhammad", "Mamat"}, {"Ahmad", "Mamad"},    {"Slamet", "Memet"},   {"Bambang", "Bams"},
    {"Agus", "Gus"},       {"Abdullah", "Dul"},   {"Yusuf", "Ucup"},     {"Ibrahim", "Baim"},
    {"Ismail", "Mail"},    {"Siti", "Titi"},      {"Sri", "Cici"},       {"Nurhayati", "Yati"},
    {"Rahmat", "Amat"},    {"Hendra", "Hen"},     {"Budi", "Bud"},       {"Joko", "Jack"},
    {"Eko", "Ekok"},       {"Wahyu", "Yayu"},     {"Rizky", "Kiki"},     {"Rizki", "Kiki"},
    {"Dewi", "Uwi"},       {"Fitri", "Pipit"},    {"Yuni", "Yun"},       {"Sulastri", "Lastri"},
    {"Kartini", "Tini"},   {"Aisyah", "Ica"},     {"Mustofa", "Topa"},
}};

const std::array<std::string_view, 5> kMuhammadShort = {"M.", "Moh.", "Muh.", "Mhd.", "Moch."};

// QWERTY neighbours of each lower-case letter, for substitution typos.
const std::array<std::string_view, 26> kKeyNeighbours = {
    "qwsz", "vghn", "xdfv", "erfcxs", "wsdr", "rtgvcd", "tyhbvf", "yujnbg", "ujko", "uikmnh", "ijlmo", "kop",
    "njk",  "bhjm", "iklp", "ol",     "wa",   "edft",   "awedxz", "rfgy",   "yhji", "cfgb", "qase", "zsdc",
    "tghu", "asx"};

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// Consonant pairs that can open an Indonesian syllable ("Tri", "Pra", "Nyo", "Sya"): they stay together.
bool IsOnsetCluster(char a, char b) {
  static constexpr std::array<std::string_view, 16> kClusters = {"tr", "pr", "br", "kr", "gr", "dr", "sr", "wr",
                                                                 "ny", "ng", "sy", "kh", "pl", "kl", "bl", "gl"};
  const char pair[2] = {a, b};
  for (std::string_view c : kClusters) {
    if (c == std::string_view(pair, 2)) return true;
  }
  return false;
}
bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::vector<std::string> Tokens(const std::string& name) {
  std::vector<std::string> out;
  std::string current;
  for (char c : name) {
    if (c == ' ') {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

std::string Join(const std::vector<std::string>& tokens) {
  std::string out;
  for (const auto& t : tokens) {
    if (!out.empty()) out.push_back(' ');
    out += t;
  }
  return out;
}

// Positions of lower-case letters that are not the first letter of a token in a token of typo-able length.
std::vector<std::size_t> TypoPositions(const std::string& name) {
  std::vector<std::size_t> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || name[i] == ' ') {
      if (i - start >= kMinTypoTokenLength) {
        for (std::size_t p = start + 1; p < i; ++p) {
          if (IsLower(name[p])) out.push_back(p);
        }
      }
      start = i + 1;
    }
  }
  return out;
}

char SubstituteFor(char c, Rng& rng) {
  if (IsVowel(c) && rng.Chance(kVowelSwapShare)) {
    static constexpr std::string_view kVowels = "aeiou";
    char v = c;
    while (v == c) v = kVowels[rng.Below(kVowels.size())];
    return v;
  }
  const std::string_view near = kKeyNeighbours[static_cast<std::size_t>(c - 'a')];
  return near[rng.Below(near.size())];
}

bool Typo(DirtKind kind, std::string& name, Rng& rng) {
  const auto positions = TypoPositions(name);
  if (positions.empty()) return false;
  const std::size_t p = positions[rng.Below(positions.size())];
  switch (kind) {
    case DirtKind::kTypoInsert: {
      const char c = rng.Chance(kDoubledLetterShare) ? name[p] : SubstituteFor(name[p], rng);
      name.insert(name.begin() + static_cast<std::ptrdiff_t>(p), c);
      return true;
    }
    case DirtKind::kTypoDelete:
      name.erase(p, 1);
      return true;
    case DirtKind::kTypoSubstitute:
      name[p] = SubstituteFor(name[p], rng);
      return true;
    default:
      return false;
  }
}

bool SwapLetters(std::string& name, Rng& rng) {
  std::vector<std::size_t> candidates;
  for (std::size_t p : TypoPositions(name)) {
    if (p + 1 < name.size() && IsLower(name[p + 1]) && name[p] != name[p + 1]) candidates.push_back(p);
  }
  if (candidates.empty()) return false;
  const std::size_t p = candidates[rng.Below(candidates.size())];
  std::swap(name[p], name[p + 1]);
  return true;
}

// Replaces every `from` (matching case of the first letter) with `to` inside `name`.
bool ReplaceLetter(std::string& name, char from, std::string_view to) {
  std::string out;
  bool changed = false;
  for (char c : name) {
    const bool upper = c == static_cast<char>(from - 'a' + 'A');
    if (c == from || upper) {
      std::string piece(to);
      if (upper) piece[0] = static_cast<char>(piece[0] - 'a' + 'A');
      out += piece;
      changed = true;
    } else {
      out.push_back(c);
    }
  }
  if (changed) name = std::move(out);
  return changed;
}

bool OldSpelling(std::string& name, Rng& rng) {
  // Order matters: j->dj before y->j, so "Suryadi" becomes "Soerjadi" and not "Soerdjadi".
  const std::array<std::pair<char, std::string_view>, 4> rules = {
      {{'u', "oe"}, {'j', "dj"}, {'c', "tj"}, {'y', "j"}}};
  std::vector<std::size_t> applicable;
  for (std::size_t r = 0; r < rules.size(); ++r) {
    const char lower = rules[r].first;
    const char upper = static_cast<char>(lower - 'a' + 'A');
    if (name.find(lower) != std::string::npos || name.find(upper) != std::string::npos) applicable.push_back(r);
  }
  if (applicable.empty()) return false;
  const std::size_t forced = applicable[rng.Below(applicable.size())];
  bool changed = false;
  for (std::size_t r : applicable) {
    if (r == forced || rng.Chance(kOldRuleShare)) changed |= ReplaceLetter(name, rules[r].first, rules[r].second);
  }
  return changed;
}

bool Abbreviate(std::string& name, Rng& rng) {
  auto tokens = Tokens(name);
  for (auto& t : tokens) {
    if (t == "Muhammad") {
      t = std::string(kMuhammadShort[rng.Below(kMuhammadShort.size())]);
      name = Join(tokens);
      return true;
    }
    if (t == "Siti") {
      t = "St.";
      name = Join(tokens);
      return true;
    }
    if (t == "Abdul" || t == "Abdullah") {
      t = "Abd.";
      name = Join(tokens);
      return true;
    }
  }
  if (tokens.size() < 2 || tokens.back().size() < kMinAbbreviatedLength) return false;
  tokens.back() = tokens.back().substr(0, 1) + ".";
  name = Join(tokens);
  return true;
}

bool AddTitle(std::string& name, Sex sex, const ReferenceData& ref, Rng& rng) {
  if (rng.Chance(kHajjShare)) {
    const auto& titles = sex == Sex::kMale ? ref.male_hajj_titles : ref.female_hajj_titles;
    name = titles[rng.Below(titles.size())] + " " + name;
  } else {
    name += ", " + ref.degree_suffixes[rng.Below(ref.degree_suffixes.size())];
  }
  return true;
}

bool Nickname(std::string& name, Rng& rng) {
  auto tokens = Tokens(name);
  // Nicknames are for given names: the last token of a longer name (usually a family-style name) is left alone.
  const std::size_t given_tokens = tokens.size() > 1 ? tokens.size() - 1 : tokens.size();
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < given_tokens; ++i) {
    if (!NicknameOf(tokens[i]).empty()) candidates.push_back(i);
  }
  if (candidates.empty()) return false;
  const std::size_t i = candidates[rng.Below(candidates.size())];
  tokens[i] = NicknameOf(tokens[i]);
  name = Join(tokens);
  return true;
}

}  // namespace

std::string NicknameOf(const std::string& given) {
  for (const auto& [full, nick] : kNicknames) {
    if (given == full) return std::string(nick);
  }
  // Drop the first syllable: consonant(s), a vowel, and a closing consonant when another consonant follows
  // ("Sutrisno" -> "Trisno", "Hartono" -> "Tono", "Wahyuni" -> "Yuni").
  std::size_t i = 0;
  auto lower = [&](std::size_t k) { return static_cast<char>(given[k] | 0x20); };
  while (i < given.size() && !IsVowel(lower(i))) ++i;
  if (i >= given.size()) return {};
  ++i;
  if (i + 1 < given.size() && !IsVowel(lower(i)) && !IsVowel(lower(i + 1)) &&
      !IsOnsetCluster(lower(i), lower(i + 1))) {
    ++i;
  }
  std::string rest = given.substr(i);
  if (rest.size() < kMinNicknameLength + 1 || !IsLower(rest[0])) return {};
  bool has_vowel = false;
  for (std::size_t k = 0; k < rest.size(); ++k) has_vowel |= IsVowel(rest[k]);
  if (!has_vowel) return {};
  rest[0] = static_cast<char>(rest[0] - 'a' + 'A');
  return rest;
}

bool ApplyNameDirt(DirtKind kind, std::string& name, Sex sex, const ReferenceData& ref, Rng& rng) {
  switch (kind) {
    case DirtKind::kTypoInsert:
    case DirtKind::kTypoDelete:
    case DirtKind::kTypoSubstitute: return Typo(kind, name, rng);
    case DirtKind::kSwappedLetters: return SwapLetters(name, rng);
    case DirtKind::kOldSpelling: return OldSpelling(name, rng);
    case DirtKind::kAbbreviation: return Abbreviate(name, rng);
    case DirtKind::kTitle: return AddTitle(name, sex, ref, rng);
    case DirtKind::kNickname: return Nickname(name, rng);
    default: return false;
  }
}

bool ApplyNikDirt(DirtKind kind, std::string& nik, Rng& rng) {
  if (nik.empty()) return false;
  switch (kind) {
    case DirtKind::kNikMissing:
      nik.clear();
      return true;
    case DirtKind::kNikDigit: {
      const std::size_t p = rng.Below(nik.size());
      const char old = nik[p];
      while (nik[p] == old) nik[p] = static_cast<char>('0' + rng.Below(10));
      return true;
    }
    case DirtKind::kNikTransposed: {
      std::vector<std::size_t> candidates;
      for (std::size_t p = 0; p + 1 < nik.size(); ++p) {
        if (nik[p] != nik[p + 1]) candidates.push_back(p);
      }
      if (candidates.empty()) return false;
      const std::size_t p = candidates[rng.Below(candidates.size())];
      std::swap(nik[p], nik[p + 1]);
      return true;
    }
    default:
      return false;
  }
}

bool SwapDayMonth(domain::CivilDate& date) {
  if (date.day == date.month || !domain::CivilDate::FromYmd(date.year, date.day, date.month)) return false;
  std::swap(date.day, date.month);
  return true;
}

}  // namespace tepat::synth
