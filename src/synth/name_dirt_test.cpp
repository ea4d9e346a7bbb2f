#include "synth/name_dirt.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

#include "synth/test_data.hpp"

namespace tepat::synth {
namespace {

struct NameCase {
  const char* description;
  DirtKind kind;
  const char* name;
  bool applies;
};

class NameDirtTest : public ::testing::TestWithParam<NameCase> {};

TEST_P(NameDirtTest, ChangesTheNameOnlyWhenItApplies) {
  const NameCase& c = GetParam();
  Rng rng(11);
  std::string name = c.name;
  const bool applied = ApplyNameDirt(c.kind, name, domain::Sex::kMale, TestReferenceData(), rng);
  EXPECT_EQ(applied, c.applies) << c.description;
  if (applied) {
    EXPECT_NE(name, c.name) << c.description;
  } else {
    EXPECT_EQ(name, c.name) << c.description;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, NameDirtTest,
    ::testing::Values(NameCase{"insert", DirtKind::kTypoInsert, "Sutrisno", true},
                      NameCase{"delete", DirtKind::kTypoDelete, "Agus Setiawan", true},
                      NameCase{"substitute", DirtKind::kTypoSubstitute, "Budi", true},
                      NameCase{"typo skips two-letter tokens", DirtKind::kTypoDelete, "Ai", false},
                      NameCase{"swap", DirtKind::kSwappedLetters, "Hartono", true},
                      NameCase{"old spelling", DirtKind::kOldSpelling, "Suharto", true},
                      NameCase{"old spelling impossible", DirtKind::kOldSpelling, "Bambang", false},
                      NameCase{"abbreviation Muhammad", DirtKind::kAbbreviation, "Muhammad Rizki", true},
                      NameCase{"abbreviation of last name", DirtKind::kAbbreviation, "Agus Setiawan", true},
                      NameCase{"abbreviation impossible", DirtKind::kAbbreviation, "Sutrisno", false},
                      NameCase{"title", DirtKind::kTitle, "Sutrisno", true},
                      NameCase{"nickname from table", DirtKind::kNickname, "Slamet Riyadi", true},
                      NameCase{"nickname by rule", DirtKind::kNickname, "Sutrisno", true},
                      NameCase{"nickname impossible", DirtKind::kNickname, "Ari", false}),
    [](const ::testing::TestParamInfo<NameCase>& info) {
      std::string name = info.param.description;
      for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
      return name;
    });

TEST(NameDirtTest, TypoKindsChangeLengthAsNamed) {
  Rng rng(5);
  for (int i = 0; i < 50; ++i) {
    std::string ins = "Sutrisno", del = "Sutrisno", sub = "Sutrisno";
    ASSERT_TRUE(ApplyNameDirt(DirtKind::kTypoInsert, ins, domain::Sex::kMale, TestReferenceData(), rng));
    ASSERT_TRUE(ApplyNameDirt(DirtKind::kTypoDelete, del, domain::Sex::kMale, TestReferenceData(), rng));
    ASSERT_TRUE(ApplyNameDirt(DirtKind::kTypoSubstitute, sub, domain::Sex::kMale, TestReferenceData(), rng));
    EXPECT_EQ(ins.size(), 9u);
    EXPECT_EQ(del.size(), 7u);
    EXPECT_EQ(sub.size(), 8u);
    EXPECT_EQ(ins[0], 'S');  // the first letter is never touched
    EXPECT_EQ(del[0], 'S');
  }
}

TEST(NameDirtTest, SwapKeepsTheLetters) {
  Rng rng(6);
  std::string name = "Hartono";
  ASSERT_TRUE(ApplyNameDirt(DirtKind::kSwappedLetters, name, domain::Sex::kMale, TestReferenceData(), rng));
  std::string a = name, b = "Hartono";
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  EXPECT_EQ(a, b);
}

TEST(NameDirtTest, OldSpellingUsesTheOldLetters) {
  Rng rng(7);
  std::string name = "Sutrisno";
  ASSERT_TRUE(ApplyNameDirt(DirtKind::kOldSpelling, name, domain::Sex::kMale, TestReferenceData(), rng));
  EXPECT_EQ(name, "Soetrisno");
  std::string joko = "Joko";
  ASSERT_TRUE(ApplyNameDirt(DirtKind::kOldSpelling, joko, domain::Sex::kMale, TestReferenceData(), rng));
  EXPECT_EQ(joko, "Djoko");
  std::string cahyo = "Cahyo";
  ASSERT_TRUE(ApplyNameDirt(DirtKind::kOldSpelling, cahyo, domain::Sex::kMale, TestReferenceData(), rng));
  EXPECT_TRUE(cahyo == "Tjahyo" || cahyo == "Tjahjo" || cahyo == "Cahjo") << cahyo;
}

TEST(NameDirtTest, AbbreviationsAreTheUsualOnes) {
  Rng rng(8);
  for (int i = 0; i < 20; ++i) {
    std::string m = "Muhammad Yusuf";
    ASSERT_TRUE(ApplyNameDirt(DirtKind::kAbbreviation, m, domain::Sex::kMale, TestReferenceData(), rng));
    const std::string first = m.substr(0, m.find(' '));
    EXPECT_TRUE(first == "M." || first == "Moh." || first == "Muh." || first == "Mhd." || first == "Moch.") << m;
  }
  std::string siti = "Siti Rahayu";
  ASSERT_TRUE(ApplyNameDirt(DirtKind::kAbbreviation, siti, domain::Sex::kFemale, TestReferenceData(), rng));
  EXPECT_EQ(siti, "St. Rahayu");
  std::string agus = "Agus Setiawan";
  ASSERT_TRUE(ApplyNameDirt(DirtKind::kAbbreviation, agus, domain::Sex::kMale, TestReferenceData(), rng));
  EXPECT_EQ(agus, "Agus S.");
}

TEST(NameDirtTest, TitlesAreHajjOrDegrees) {
  Rng rng(9);
  for (int i = 0; i < 20; ++i) {
    std::string man = "Sutrisno", woman = "Siti Rahayu";
    ASSERT_TRUE(ApplyNameDirt(DirtKind::kTitle, man, domain::Sex::kMale, TestReferenceData(), rng));
    ASSERT_TRUE(ApplyNameDirt(DirtKind::kTitle, woman, domain::Sex::kFemale, TestReferenceData(), rng));
    EXPECT_TRUE(man.rfind("H. ", 0) == 0 || man.rfind("KH. ", 0) == 0 || man.find(", ") != std::string::npos) << man;
    EXPECT_TRUE(woman.rfind("Hj. ", 0) == 0 || woman.find(", ") != std::string::npos) << woman;
  }
}

TEST(NameDirtTest, Nicknames) {
  EXPECT_EQ(NicknameOf("Muhammad"), "Mamat");
  EXPECT_EQ(NicknameOf("Sutrisno"), "Trisno");
  EXPECT_EQ(NicknameOf("Hartono"), "Tono");
  EXPECT_EQ(NicknameOf("Wahyuni"), "Yuni");
  EXPECT_EQ(NicknameOf("Ari"), "");
}

TEST(NikDirtTest, MissingDigitAndTransposed) {
  Rng rng(10);
  const std::string nik = "3510011203850003";
  std::string missing = nik, digit = nik, transposed = nik;
  ASSERT_TRUE(ApplyNikDirt(DirtKind::kNikMissing, missing, rng));
  EXPECT_TRUE(missing.empty());
  ASSERT_TRUE(ApplyNikDirt(DirtKind::kNikDigit, digit, rng));
  int diff = 0;
  for (std::size_t i = 0; i < nik.size(); ++i) diff += digit[i] != nik[i] ? 1 : 0;
  EXPECT_EQ(diff, 1);
  ASSERT_TRUE(ApplyNikDirt(DirtKind::kNikTransposed, transposed, rng));
  std::vector<std::size_t> changed;
  for (std::size_t i = 0; i < nik.size(); ++i) {
    if (transposed[i] != nik[i]) changed.push_back(i);
  }
  ASSERT_EQ(changed.size(), 2u);
  EXPECT_EQ(changed[1], changed[0] + 1);
  std::string same = "1111111111111111";
  EXPECT_FALSE(ApplyNikDirt(DirtKind::kNikTransposed, same, rng));
}

TEST(DateDirtTest, SwapDayMonthOnlyWhenPossible) {
  domain::CivilDate d{1985, 3, 12};
  ASSERT_TRUE(SwapDayMonth(d));
  EXPECT_EQ(d, (domain::CivilDate{1985, 12, 3}));
  domain::CivilDate late{1985, 3, 25};
  EXPECT_FALSE(SwapDayMonth(late));
  domain::CivilDate same{1985, 4, 4};
  EXPECT_FALSE(SwapDayMonth(same));
}

}  // namespace
}  // namespace tepat::synth
