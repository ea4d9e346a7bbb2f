#include "match/screener.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <thread>

#include "match/match_test_util.hpp"

namespace tepat::match {
namespace {

using testing::MakeTable;

// NIKs: kecamatan 327301, birth date DDMMYY (women day + 40), serial.
constexpr const char* kAni = "3273014503800001";     // alive, in DTKS decile 2
constexpr const char* kBudi = "3273011204750002";    // deceased
constexpr const char* kCitra = "3273015007900003";   // moved
constexpr const char* kDedi = "3273010101850004";    // already received BST 2024-01
constexpr const char* kEka = "3273010202860005";     // same KK as Dedi, in DTKS decile 7
constexpr const char* kFajar = "3273010303870006";   // lives outside the program's region
constexpr const char* kGita = "3273015504880007";    // receives PKH 2024-01 (excluded)
constexpr const char* kKkAni = "3273010101000001";
constexpr const char* kKkDedi = "3273010101000002";

MatchSettings Settings() {
  MatchSettings settings = testing::PersonSettings();
  settings.id_column = "RECORD_ID";
  for (FieldSpec& field : settings.fields) {
    if (field.name == "nama") field.column = "NAMA";
    if (field.name == "lahir") field.column = "TANGGAL_LAHIR";
    if (field.name == "desa") field.column = "KODE_DESA";
  }
  return settings;
}

// A model as EM finds it on a large registry (a registry of a few dozen people is too small to train on): the first
// level of each field is strong evidence of a match, "else" of a non-match.
MatchModel FixedModel() {
  constexpr double kFirstM = 0.9, kFirstU = 0.01, kOtherM = 0.02, kOtherU = 0.02;
  MatchModel model;
  for (const FieldSpec& field : Settings().fields) {
    FieldModel f;
    const size_t levels = field.levels.size();
    f.m.assign(levels + 2, kOtherM);  // [null, levels..., else]
    f.u.assign(levels + 2, kOtherU);
    f.m[0] = f.u[0] = 1;
    f.m[1] = kFirstM;
    f.u[1] = kFirstU;
    f.m[levels + 1] = 1 - kFirstM - kOtherM * static_cast<double>(levels - 1);
    f.u[levels + 1] = 1 - kFirstU - kOtherU * static_cast<double>(levels - 1);
    f.u_exact_random = kFirstU;
    model.fields.push_back(f);
  }
  return model;
}

// The test registry. `finish_people_first`: as the database loader does, the people are finished on this thread
// while another thread adds DTKS and aid, then Build() sorts those.
std::unique_ptr<ScreeningRegistry> Registry(bool finish_people_first = false) {
  ScreeningRegistry::Builder builder;
  const auto add = [&](const char* id, const char* nik, const char* kk, const char* name, const char* birth,
                       const char* desa, const char* life = "HIDUP", const char* since = "") {
    builder.AddPerson({id, nik, kk, name, "BANDUNG", birth, "P", desa, life, since});
  };
  add("DK1", kAni, kKkAni, "ANI SURYANI", "1980-03-05", "3273011001");
  add("DK2", kBudi, "3273010101000003", "BUDI SANTOSO", "1975-04-12", "3273011001", "MENINGGAL", "2023-05-01");
  add("DK3", kCitra, "3273010101000004", "CITRA DEWI", "1990-07-10", "3273011001", "PINDAH", "2022-01-02");
  add("DK4", kDedi, kKkDedi, "DEDI KURNIAWAN", "1985-01-01", "3273011002");
  add("DK5", kEka, kKkDedi, "EKA PUTRI", "1986-02-02", "3273011002");
  add("DK6", kFajar, "3273010101000005", "FAJAR NUGROHO", "1987-03-03", "3204011001");
  add("DK7", kGita, "3273010101000006", "GITA LESTARI", "1988-04-15", "3273011003");
  for (int i = 0; i < 40; ++i) {
    const std::string nik = "32730101019" + std::to_string(10000 + i).substr(1) + "1";
    add("X", nik.c_str(), "3273019999000001", ("WARGA LAIN " + std::string(1, char('A' + i % 26))).c_str(),
        ("19" + std::to_string(50 + i) + "-06-0" + std::to_string(1 + i % 9)).c_str(), "3273011009");
  }
  const auto add_side_tables = [&] {
    builder.AddDtks("2023-12", kKkAni, kAni, 3, true);
    builder.AddDtks("2024-03", kKkAni, kAni, 2, true);
    builder.AddDtks("2024-03", kKkDedi, "", 7, true);
    builder.AddAid("BST", "2024-01", kDedi, "");
    builder.AddAid("PKH", "2024-01", kGita, "");
    builder.AddAid("BST", "2023-12", kAni, kKkAni);
  };
  if (finish_people_first) {
    std::thread side_tables(add_side_tables);
    const domain::Status finished = builder.FinishPeople(Settings(), FixedModel());
    side_tables.join();
    EXPECT_TRUE(finished.ok()) << finished.message();
    EXPECT_EQ(builder.FinishPeople(Settings(), FixedModel()).code(), domain::ErrorCode::kFailedPrecondition);
  } else {
    add_side_tables();
  }
  auto registry = std::move(builder).Build(Settings(), FixedModel());
  EXPECT_TRUE(registry.ok()) << registry.status().message();
  return std::move(registry).value();
}

const std::vector<std::string> kListHeader = {"NIK", "NO_KK", "NAMA", "TANGGAL_LAHIR", "KODE_DESA"};

std::set<std::string> Reasons(const ScreenedRow& row) {
  std::set<std::string> codes;
  for (const auto& finding : row.findings) codes.insert(ScreeningReasonCode(finding.reason));
  return codes;
}

struct Case {
  const char* description;
  std::vector<std::string> row;
  std::set<std::string> reasons;
  Verdict verdict;
};

TEST(ScreenerTest, EveryReasonThatApplies) {
  const auto registry = Registry();
  ScreeningRules rules = DefaultScreeningRules();
  rules.decile_cap = 4;
  rules.excluded_programs = {"PKH"};
  const ScreeningProgram program{"BST", "2024-01", "3273"};
  const std::vector<Case> cases = {
      {"clean, in DTKS", {kAni, "", "Ani Suryani", "05-03-1980", ""}, {"TERDAFTAR_DTKS"}, Verdict::kLolos},
      {"deceased, not in DTKS", {kBudi, "", "Budi Santoso", "", ""}, {"MENINGGAL", "TIDAK_TERDAFTAR_DTKS"},
       Verdict::kDitolak},
      {"moved, name differs", {kCitra, "", "Rina Marlina", "", ""},
       {"NAMA_BERBEDA", "PINDAH", "TIDAK_TERDAFTAR_DTKS"}, Verdict::kDitolak},
      {"already received; household DTKS decile above the cap", {kDedi, "", "Dedi Kurniawan", "1985-01-01", ""},
       {"SUDAH_MENERIMA", "TERDAFTAR_DTKS", "DESIL_DI_ATAS_BATAS"}, Verdict::kDitolak},
      {"another KK member received", {kEka, "", "Eka Putri", "1986-12-02", ""},
       {"TANGGAL_LAHIR_BERBEDA", "ANGGOTA_KK_MENERIMA", "TERDAFTAR_DTKS", "DESIL_DI_ATAS_BATAS"}, Verdict::kDitolak},
      {"outside the program's region", {kFajar, "", "Fajar Nugroho", "", ""},
       {"DI_LUAR_WILAYAH", "TIDAK_TERDAFTAR_DTKS"}, Verdict::kDitolak},
      {"receives an excluded program", {kGita, "", "Gita Lestari", "", ""},
       {"MENERIMA_PROGRAM_LAIN", "TIDAK_TERDAFTAR_DTKS"}, Verdict::kDitolak},
      {"malformed NIK", {"32730145038", "", "Ani Suryani", "1980-03-05", "3273011001"},
       {"NIK_TIDAK_VALID", "TIDAK_TERDAFTAR_DTKS"}, Verdict::kPerluVerifikasi},
      {"unknown NIK", {"3273014503800009", "", "Orang Baru", "", "3273011001"},
       {"NIK_TIDAK_DITEMUKAN", "TIDAK_TERDAFTAR_DTKS"}, Verdict::kPerluVerifikasi},
      {"duplicate of the first row", {kAni, "", "ANI SURYANI", "", ""}, {"TERDAFTAR_DTKS", "GANDA_DALAM_DAFTAR"},
       Verdict::kDitolak},
      {"no NIK and no name", {"", "", "", "", ""}, {"DATA_TIDAK_LENGKAP"}, Verdict::kPerluVerifikasi},
  };
  std::vector<std::vector<std::string>> rows;
  for (const Case& c : cases) rows.push_back(c.row);
  const RecordTable list = MakeTable(kListHeader, rows);
  auto result = ScreenList(*registry, list, program, rules);
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_EQ(result->rows.size(), cases.size());
  for (size_t i = 0; i < cases.size(); ++i) {
    EXPECT_EQ(Reasons(result->rows[i]), cases[i].reasons) << cases[i].description;
    EXPECT_EQ(result->rows[i].verdict, cases[i].verdict) << cases[i].description;
  }
  EXPECT_EQ(result->counts.rows, cases.size());
  EXPECT_EQ(result->counts.verdicts[static_cast<size_t>(Verdict::kLolos)], 1u);
  // Details carry dates and deciles, never a NIK.
  EXPECT_EQ(result->rows[1].findings[0].detail, "meninggal 2023-05-01");
  EXPECT_EQ(result->rows[0].findings[0].detail, "desil 2, periode 2024-03");
  for (const auto& row : result->rows) {
    for (const auto& finding : row.findings) EXPECT_EQ(finding.detail.find("327301"), std::string::npos);
  }
  // The malformed NIK of Ani gets her as the best fuzzy candidate.
  ASSERT_FALSE(result->rows[7].candidates.empty());
  EXPECT_EQ(registry->table().Value(result->rows[7].candidates[0].registry_row, 0), "DK1");
}

TEST(ScreenerTest, PeopleFinishedWhileSideTablesAreAddedGiveTheSameRegistry) {
  const auto whole = Registry();
  const auto in_steps = Registry(/*finish_people_first=*/true);
  ASSERT_EQ(in_steps->people(), whole->people());
  ASSERT_NE(in_steps->fuzzy(), nullptr);
  EXPECT_EQ(in_steps->newest_dtks_round(), whole->newest_dtks_round());
  for (const char* nik : {kAni, kBudi, kCitra, kDedi, kEka, kFajar, kGita}) {
    const uint64_t key = *IdentityNumberKey(nik);
    const auto row = in_steps->FindNik(key);
    ASSERT_TRUE(row.has_value()) << nik;
    EXPECT_EQ(row, whole->FindNik(key));
    EXPECT_EQ(in_steps->LifeOf(*row), whole->LifeOf(*row));
    EXPECT_EQ(in_steps->KkOf(*row), whole->KkOf(*row));
    EXPECT_EQ(in_steps->DtksOfNik(key).has_value(), whole->DtksOfNik(key).has_value());
    EXPECT_EQ(in_steps->AidOfNik(key).size(), whole->AidOfNik(key).size());
    EXPECT_EQ(in_steps->AidOfKk(in_steps->KkOf(*row)).size(), whole->AidOfKk(whole->KkOf(*row)).size());
  }
  // And the screening answers are the same, reasons, verdicts and fuzzy candidates.
  const RecordTable list = MakeTable(kListHeader, {{kDedi, "", "Dedi Kurniawan", "1985-01-01", ""},
                                                   {kEka, "", "Eka Putri", "1986-12-02", ""},
                                                   {"32730145038", "", "Ani Suryani", "1980-03-05", "3273011001"}});
  const ScreeningProgram program{"BST", "2024-01", "3273"};
  auto a = ScreenList(*whole, list, program, DefaultScreeningRules());
  auto b = ScreenList(*in_steps, list, program, DefaultScreeningRules());
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->rows.size(), b->rows.size());
  for (size_t i = 0; i < a->rows.size(); ++i) {
    EXPECT_EQ(Reasons(b->rows[i]), Reasons(a->rows[i])) << i;
    EXPECT_EQ(b->rows[i].verdict, a->rows[i].verdict) << i;
    EXPECT_EQ(b->rows[i].candidates.size(), a->rows[i].candidates.size()) << i;
  }
  EXPECT_FALSE(b->rows[2].candidates.empty());
}

TEST(ScreenerTest, RulesDecideVerdictsAndHouseholdRule) {
  const auto registry = Registry();
  ScreeningRules rules = DefaultScreeningRules();
  rules.household_rule = false;
  rules.SetVerdict(ScreeningReason::kNotInDtks, Verdict::kDitolak);
  const RecordTable list = MakeTable(kListHeader, {{kEka, "", "Eka Putri", "", ""}, {kAni, "", "Ani", "", ""}});
  auto result = ScreenList(*registry, list, {"BST", "2024-01", ""}, rules);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(Reasons(result->rows[0]), (std::set<std::string>{"TERDAFTAR_DTKS"}));
  EXPECT_EQ(result->rows[0].verdict, Verdict::kLolos);
  // Jaro-Winkler of "ani" and "ani suryani" is below 0.9.
  EXPECT_TRUE(Reasons(result->rows[1]).contains("NAMA_BERBEDA"));
  EXPECT_EQ(result->rows[1].verdict, Verdict::kPerluVerifikasi);
}

TEST(ScreenerTest, MembersOfOneKkInTheListWithHouseholdRule) {
  const auto registry = Registry();
  const RecordTable list = MakeTable(kListHeader, {{kDedi, "", "Dedi Kurniawan", "", ""},
                                                   {kEka, "", "Eka Putri", "", ""}});
  auto result = ScreenList(*registry, list, {"BLT", "2024-02", ""}, DefaultScreeningRules());
  ASSERT_TRUE(result.ok());
  EXPECT_FALSE(Reasons(result->rows[0]).contains("ANGGOTA_KK_MENERIMA"));
  EXPECT_TRUE(Reasons(result->rows[1]).contains("ANGGOTA_KK_MENERIMA"));
}

TEST(ScreenerTest, EmptyListOrRegistryGivesEmptyOrUnfoundResult) {
  const auto registry = Registry();
  auto empty = ScreenList(*registry, MakeTable(kListHeader, {}), {"BST", "2024-01", ""}, DefaultScreeningRules());
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->rows.empty());

  auto nobody = ScreeningRegistry::Builder().Build(Settings(), std::nullopt);
  ASSERT_TRUE(nobody.ok()) << nobody.status().message();
  auto result = ScreenList(**nobody, MakeTable(kListHeader, {{kAni, "", "Ani", "", ""}}), {"BST", "2024-01", ""},
                           DefaultScreeningRules());
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(Reasons(result->rows[0]), (std::set<std::string>{"NIK_TIDAK_DITEMUKAN", "TIDAK_TERDAFTAR_DTKS"}));
}

TEST(ScreenerTest, ListWithoutNikOrNameIsRefused) {
  const auto registry = Registry();
  auto result = ScreenList(*registry, MakeTable({"ALAMAT"}, {{"Jl. Merdeka"}}), {"BST", "2024-01", ""},
                           DefaultScreeningRules());
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("NIK or a NAMA column"), std::string::npos);
}

TEST(ScreeningRulesTest, CodesRoundTripAndBadRulesNameTheKey) {
  for (const ScreeningReason reason : AllScreeningReasons()) {
    EXPECT_EQ(ParseScreeningReason(ScreeningReasonCode(reason)), reason);
  }
  EXPECT_EQ(ParseVerdict("perlu_verifikasi"), Verdict::kPerluVerifikasi);
  EXPECT_FALSE(ParseVerdict("MAYBE"));
  EXPECT_TRUE(ValidateScreeningRules(DefaultScreeningRules()).ok());
  ScreeningRules rules = DefaultScreeningRules();
  rules.decile_cap = 11;
  EXPECT_NE(ValidateScreeningRules(rules).message().find("decile_cap"), std::string::npos);
  rules = DefaultScreeningRules();
  rules.excluded_programs = {"PKH", ""};
  EXPECT_NE(ValidateScreeningRules(rules).message().find("excluded_programs[1]"), std::string::npos);
  rules = DefaultScreeningRules();
  rules.name_similarity = 0;
  EXPECT_NE(ValidateScreeningRules(rules).message().find("name_similarity"), std::string::npos);
}

}  // namespace
}  // namespace tepat::match
