#include "match/name_normalizer.hpp"

#include <gtest/gtest.h>

#include "match/phonetic.hpp"

namespace tepat::match {
namespace {

struct NameCase {
  const char* description;
  const char* raw;
  const char* expected;
};

class NormalizeNameTest : public ::testing::TestWithParam<NameCase> {};

TEST_P(NormalizeNameTest, GivesCanonicalForm) {
  EXPECT_EQ(NormalizeIndonesianName(GetParam().raw), GetParam().expected) << GetParam().description;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, NormalizeNameTest,
    ::testing::Values(
        NameCase{"case and spacing", "  SITI   Aminah ", "siti aminah"},
        NameCase{"punctuation", "Ma'ruf, Amin", "maruf amin"},
        NameCase{"haji title", "H. Ahmad Dahlan", "ahmad dahlan"},
        NameCase{"hajjah title", "Hj. Siti Aminah", "siti aminah"},
        NameCase{"H.M. is haji muhammad", "H.M. Yusuf", "muhammad yusuf"},
        NameCase{"doctor and engineer", "Dr. Ir. Bambang Wijaya", "bambang wijaya"},
        NameCase{"degree after comma", "Budi Santoso, S.Pd.", "budi santoso"},
        NameCase{"two degrees", "Rina Wati, S.E., M.M.", "rina wati"},
        NameCase{"degree without comma", "Dewi Lestari S.Pd", "dewi lestari"},
        NameCase{"bare trailing degree", "Joko Susilo SE", "joko susilo"},
        NameCase{"bapak and ibu", "Bapak Sutrisno", "sutrisno"},
        NameCase{"ibu", "Ibu Kartini", "kartini"},
        NameCase{"title alone stays", "Ibu", "ibu"},
        NameCase{"bin drops father", "Ahmad bin Abdullah", "ahmad"},
        NameCase{"binti drops father", "Fatimah Binti Hasan", "fatimah"},
        NameCase{"muhamad", "Muhamad Rizki", "muhammad rizki"},
        NameCase{"mohamad", "MOHAMAD RIZKI", "muhammad rizki"},
        NameCase{"mochamad (old ch)", "Mochamad Rizki", "muhammad rizki"},
        NameCase{"moh.", "Moh. Rizki", "muhammad rizki"},
        NameCase{"moch.", "Moch. Rizki", "muhammad rizki"},
        NameCase{"muh.", "Muh. Rizki", "muhammad rizki"},
        NameCase{"m. initial", "M. Rizki", "muhammad rizki"},
        NameCase{"m joined by dot", "M.Rizki", "muhammad rizki"},
        NameCase{"achmad", "Achmad Sobari", "ahmad sobari"},
        NameCase{"st. opening a name is siti", "ST. AMINAH", "siti aminah"},
        NameCase{"s.t. after a name is a degree", "Budi Santoso, S.T.", "budi santoso"},
        NameCase{"abd. is abdul", "Abd. Rahman", "abdul rahman"},
        NameCase{"old oe", "Soekarno", "sukarno"},
        NameCase{"old dj", "Djoko Widodo", "joko widodo"},
        NameCase{"old tj", "Tjahjo Kumolo", "cahjo kumolo"},
        NameCase{"old nj", "Njoman Suadi", "nyoman suadi"},
        NameCase{"old sj", "Sjamsul Arifin", "syamsul arifin"},
        NameCase{"old ch", "Chairul Anwar", "khairul anwar"},
        NameCase{"nj is rewritten everywhere, alike on both sides", "Tanjung", "tanyung"},
        NameCase{"single name", "Sutrisno", "sutrisno"},
        NameCase{"balinese", "I Wayan Sudarta", "i wayan sudarta"},
        NameCase{"empty", "", ""},
        NameCase{"only punctuation", " .,- ", ""}));

TEST(NameNormalizerTest, ModernizeSpellingToken) {
  EXPECT_EQ(ModernizeSpelling("soedjatmoko"), "sujatmoko");
  EXPECT_EQ(ModernizeSpelling("tjokro"), "cokro");
  EXPECT_EQ(ModernizeSpelling("budi"), "budi");
}

TEST(NameNormalizerTest, CommonTokens) {
  for (const char* token : {"siti", "nur", "wayan", "made", "ni", "i", "muhammad"}) {
    EXPECT_TRUE(IsCommonNameToken(token)) << token;
  }
  for (const char* token : {"sudarta", "aminah", "rizki"}) EXPECT_FALSE(IsCommonNameToken(token)) << token;
}

TEST(NameNormalizerTest, NicknamesBothWays) {
  EXPECT_TRUE(IsNicknameOf("muhammad", "mamat"));
  EXPECT_TRUE(IsNicknameOf("ucup", "yusuf"));
  EXPECT_TRUE(IsNicknameOf("wahyuni", "yuni"));   // last syllables
  EXPECT_FALSE(IsNicknameOf("wahyuni", "ni"));    // too short to say anything
  EXPECT_FALSE(IsNicknameOf("budi", "budi"));     // equal is not a nickname
  EXPECT_FALSE(IsNicknameOf("budi", "joko"));
}

struct PhoneticCase {
  const char* a;
  const char* b;
  bool same;
};

class PhoneticTest : public ::testing::TestWithParam<PhoneticCase> {};

TEST_P(PhoneticTest, KeysAgreeOnlyForSoundAlikes) {
  const auto& c = GetParam();
  EXPECT_EQ(IndonesianPhoneticKey(c.a) == IndonesianPhoneticKey(c.b), c.same)
      << c.a << " -> " << IndonesianPhoneticKey(c.a) << ", " << c.b << " -> " << IndonesianPhoneticKey(c.b);
}

INSTANTIATE_TEST_SUITE_P(Cases, PhoneticTest,
                         ::testing::Values(PhoneticCase{"fatimah", "fatima", true},
                                           PhoneticCase{"hassan", "hasan", true},
                                           PhoneticCase{"abdullah", "abdulah", true},
                                           PhoneticCase{"ahmad", "ahmat", true},
                                           PhoneticCase{"ayub", "ayup", true},
                                           PhoneticCase{"suryani", "suriani", true},
                                           PhoneticCase{"rudy", "rudi", true},
                                           PhoneticCase{"khairul", "hairul", true},
                                           PhoneticCase{"syarif", "sarip", true},
                                           PhoneticCase{"zainal", "jainal", true},
                                           PhoneticCase{"fitri", "pitri", true},
                                           PhoneticCase{"wahjudi", "wahyudi", true},
                                           PhoneticCase{"budi santoso", "budi santosa", false},
                                           PhoneticCase{"agus", "bagus", false},
                                           PhoneticCase{"novi", "nopi", true},
                                           PhoneticCase{"siti", "sri", false}));

}  // namespace
}  // namespace tepat::match
