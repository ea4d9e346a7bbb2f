#include "synth/population_generator.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "domain/nik.hpp"
#include "domain/region_directory.hpp"
#include "synth/csv_table.hpp"
#include "synth/test_data.hpp"

namespace tepat::synth {
namespace {

constexpr std::uint64_t kPeople = 5000;
const char* const kFiles[] = {"dukcapil.csv", "dtks.csv", "programs.csv", "recipients.csv", "truth.csv"};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

GenerateOptions Options(const std::string& region, std::uint64_t seed, const std::string& name) {
  GenerateOptions o;
  o.region = region;
  o.people = kPeople;
  o.seed = seed;
  o.data_dir = TestDataDir();
  o.out_dir = TestScratchDir(name);
  return o;
}

// Every generated row of one run, parsed.
struct Generated {
  GenerateOptions options;
  GenerateSummary summary;
  CsvTable dukcapil, dtks, programs, recipients, truth;
  std::map<std::string, std::string> dirt_of;  // record_id -> dirt
  std::map<std::string, std::string> person_of;  // record_id -> person_id

  std::string Cell(const CsvTable& t, std::size_t row, const char* column) const { return t.rows[row][t.Column(column)]; }
  bool Has(const CsvTable& t, std::size_t row, const std::string& kind) const {
    const std::string& dirt = dirt_of.at(Cell(t, row, "RECORD_ID"));
    return (";" + dirt + ";").find(";" + kind + ";") != std::string::npos;
  }
};

Generated Generate(GenerateOptions options) {
  Generated g;
  auto summary = GeneratePopulation(options, {});
  EXPECT_TRUE(summary.ok()) << summary.status().message();
  if (!summary.ok()) return g;
  g.options = options;
  g.summary = *summary;
  auto load = [&](const char* file, CsvTable& into) {
    auto t = ReadCsvTable(options.out_dir + "/" + file);
    EXPECT_TRUE(t.ok()) << t.status().message();
    if (t.ok()) into = std::move(t).value();
  };
  load("dukcapil.csv", g.dukcapil);
  load("dtks.csv", g.dtks);
  load("programs.csv", g.programs);
  load("recipients.csv", g.recipients);
  load("truth.csv", g.truth);
  for (const auto& row : g.truth.rows) {
    g.dirt_of[row[0]] = row[4];
    g.person_of[row[0]] = row[3];
  }
  return g;
}

const Generated& Default() {
  static const Generated kRun = Generate(Options("35.10", 7, "default"));
  return kRun;
}

const Generated& Dirty() {
  static const Generated kRun = [] {
    GenerateOptions o = Options("3510", 7, "dirty");
    DirtRates& r = o.rates;
    r.duplicate = r.typo = r.swapped_letters = r.title = r.nik_missing = r.nik_typo = 0.10;
    r.old_spelling = r.abbreviation = r.nickname = 0.10;
    r.date_swapped = 0.10;
    r.deceased = 0.05;
    r.moved = 0.05;
    r.double_kk = 0.05;
    return Generate(o);
  }();
  return kRun;
}

TEST(PopulationGeneratorTest, SameSeedSameBytesDifferentSeedDifferentBytes) {
  const Generated& first = Default();
  const auto again = Options("35.10", 7, "again");
  ASSERT_TRUE(GeneratePopulation(again, {}).ok());
  const auto other = Options("35.10", 8, "other");
  ASSERT_TRUE(GeneratePopulation(other, {}).ok());
  for (const char* f : kFiles) {
    const std::string a = ReadFile(first.options.out_dir + "/" + f);
    EXPECT_FALSE(a.empty()) << f;
    EXPECT_EQ(a, ReadFile(again.out_dir + "/" + f)) << f;
    if (std::string(f) != "programs.csv") {
      EXPECT_NE(a, ReadFile(other.out_dir + "/" + f)) << f;
    }
  }
}

TEST(PopulationGeneratorTest, WritesEveryFileCompleteWithNoTempLeft) {
  const Generated& g = Default();
  for (const char* f : kFiles) {
    EXPECT_TRUE(std::ifstream(g.options.out_dir + "/" + f).good()) << f;
    EXPECT_FALSE(std::ifstream(g.options.out_dir + "/" + f + ".tmp").good()) << f;
  }
  EXPECT_EQ(g.summary.people, kPeople);
  EXPECT_EQ(g.dukcapil.rows.size(), g.summary.dukcapil_rows);
  EXPECT_EQ(g.dtks.rows.size(), g.summary.dtks_rows);
  EXPECT_EQ(g.recipients.rows.size(), g.summary.recipient_rows);
  EXPECT_EQ(g.truth.rows.size(), g.dukcapil.rows.size() + g.dtks.rows.size() + g.recipients.rows.size());
  // truth.csv's line column points at the row it describes, in each file.
  std::map<std::string, std::string> line_of;
  for (const auto& row : g.truth.rows) line_of[row[0]] = row[2];
  for (const CsvTable* t : {&g.dukcapil, &g.dtks, &g.recipients}) {
    for (std::size_t i = 0; i < t->rows.size(); ++i) {
      ASSERT_EQ(line_of.at(g.Cell(*t, i, "RECORD_ID")), std::to_string(i + 2));
    }
  }
}

TEST(PopulationGeneratorTest, HeadersFollowTheImportTemplates) {
  const Generated& g = Default();
  EXPECT_EQ(g.dukcapil.header.front(), "NIK");
  EXPECT_EQ(g.dukcapil.header.back(), "RECORD_ID");
  EXPECT_NE(g.dtks.Column("PERIODE_DTKS"), std::string::npos);
  EXPECT_NE(g.programs.Column("TANGGAL_MULAI"), std::string::npos);
  EXPECT_NE(g.recipients.Column("TAHAP"), std::string::npos);
}

// NIKs of clean rows agree with birth date, sex and region, and pass the domain's NIK rules.
TEST(PopulationGeneratorTest, NiksAgreeWithBirthDateSexAndRegion) {
  const Generated& g = Default();
  domain::InMemoryRegionDirectory regions;
  for (const auto& kec : TestReferenceData().kecamatan) regions.Add(std::to_string(kec.nik_prefix));
  const domain::NikRules rules{&regions, domain::CivilDate{2024, 12, 31}};
  std::set<std::string> niks;
  std::size_t checked = 0;
  for (std::size_t i = 0; i < g.dukcapil.rows.size(); ++i) {
    if (!g.dirt_of.at(g.Cell(g.dukcapil, i, "RECORD_ID")).empty()) continue;
    const std::string nik = g.Cell(g.dukcapil, i, "NIK");
    const std::string birth = g.Cell(g.dukcapil, i, "TANGGAL_LAHIR");  // YYYY-MM-DD
    const bool female = g.Cell(g.dukcapil, i, "JENIS_KELAMIN") == "P";
    ASSERT_EQ(nik.size(), 16u);
    const int day = std::stoi(birth.substr(8, 2)) + (female ? 40 : 0);
    const std::string ddmmyy = (day < 10 ? "0" : "") + std::to_string(day) + birth.substr(5, 2) + birth.substr(2, 2);
    EXPECT_EQ(nik.substr(6, 6), ddmmyy) << "row " << i;
    EXPECT_NE(nik.substr(12), "0000");
    EXPECT_TRUE(niks.insert(nik).second) << "NIK repeated on a clean row " << i;
    const int y = std::stoi(birth.substr(0, 4)), m = std::stoi(birth.substr(5, 2)), d = std::stoi(birth.substr(8, 2));
    const domain::NikExpectation expected{domain::CivilDate{y, m, d}, female ? domain::Sex::kFemale : domain::Sex::kMale};
    const auto check = domain::CheckNik(nik, rules, expected);
    EXPECT_TRUE(check.ok()) << "row " << i << ": " << (check.errors.empty() ? "" : check.errors[0].message_en);
    EXPECT_TRUE(check.warnings.empty()) << "row " << i;
    // The KK number starts with the kecamatan of the address.
    EXPECT_EQ(g.Cell(g.dukcapil, i, "NO_KK").substr(0, 6), [&] {
      std::string k = g.Cell(g.dukcapil, i, "KODE_DESA").substr(0, 8);
      k.erase(std::remove(k.begin(), k.end(), '.'), k.end());
      return k;
    }());
    ++checked;
  }
  EXPECT_GT(checked, kPeople * 9 / 10);
}

TEST(PopulationGeneratorTest, HouseholdSizesAndAgesAreRealistic) {
  const Generated& g = Default();
  std::map<std::string, std::vector<std::size_t>> by_kk;
  for (std::size_t i = 0; i < g.dukcapil.rows.size(); ++i) {
    const std::string& dirt = g.dirt_of.at(g.Cell(g.dukcapil, i, "RECORD_ID"));
    if (dirt.find("duplicate") != std::string::npos || dirt.find("double_kk") != std::string::npos) continue;
    by_kk[g.Cell(g.dukcapil, i, "NO_KK")].push_back(i);
  }
  std::size_t singles = 0, total = 0, max_size = 0;
  for (const auto& [kk, rows] : by_kk) {
    total += rows.size();
    singles += rows.size() == 1 ? 1 : 0;
    max_size = std::max(max_size, rows.size());
    EXPECT_EQ(g.Cell(g.dukcapil, rows[0], "HUBUNGAN_KELUARGA"), "KEPALA KELUARGA");
    // The KK (issued 2005 or later: DDMMYY with a 20YY year) is no older than its youngest member.
    const std::string issued = "20" + kk.substr(10, 2) + "-" + kk.substr(8, 2) + "-" + kk.substr(6, 2);
    for (std::size_t r : rows) EXPECT_GE(issued, g.Cell(g.dukcapil, r, "TANGGAL_LAHIR")) << "KK row " << r;
    std::string head_birth = g.Cell(g.dukcapil, rows[0], "TANGGAL_LAHIR");
    std::string spouse_birth;
    for (std::size_t r : rows) {
      const std::string rel = g.Cell(g.dukcapil, r, "HUBUNGAN_KELUARGA");
      if (rel == "ISTRI" || rel == "SUAMI") spouse_birth = g.Cell(g.dukcapil, r, "TANGGAL_LAHIR");
    }
    for (std::size_t r : rows) {
      if (g.Cell(g.dukcapil, r, "HUBUNGAN_KELUARGA") != "ANAK") continue;
      const std::string child = g.Cell(g.dukcapil, r, "TANGGAL_LAHIR");
      EXPECT_GT(child, head_birth) << "child born before the head in KK row " << r;
      if (!spouse_birth.empty()) {
        EXPECT_GT(child, spouse_birth) << "child born before the spouse, row " << r;
      }
    }
  }
  const double mean = static_cast<double>(total) / static_cast<double>(by_kk.size());
  EXPECT_GE(mean, 3.4);
  EXPECT_LE(mean, 4.1);
  EXPECT_LE(max_size, 10u);
  const double single_share = static_cast<double>(singles) / static_cast<double>(by_kk.size());
  EXPECT_GT(single_share, 0.05);
  EXPECT_LT(single_share, 0.14);
}

TEST(PopulationGeneratorTest, AboutFortyPercentInDtksWithDeciles) {
  const Generated& g = Default();
  std::set<std::string> persons;
  std::map<std::string, int> per_decile;
  for (std::size_t i = 0; i < g.dtks.rows.size(); ++i) {
    if (g.Has(g.dtks, i, "double_kk")) continue;
    persons.insert(g.person_of.at(g.Cell(g.dtks, i, "RECORD_ID")));
    const int decile = std::stoi(g.Cell(g.dtks, i, "DESIL"));
    ASSERT_GE(decile, 1);
    ASSERT_LE(decile, 10);
    ++per_decile[g.Cell(g.dtks, i, "DESIL")];
  }
  const double share = static_cast<double>(persons.size()) / static_cast<double>(kPeople);
  EXPECT_GT(share, 0.35);
  EXPECT_LT(share, 0.45);
  EXPECT_GT(per_decile["1"], 3 * per_decile["10"]);  // poorer households are far more likely to be in DTKS
}

TEST(PopulationGeneratorTest, ProgramsAndRecipientsAreConsistent) {
  const Generated& g = Default();
  std::set<std::string> codes, kinds, sources;
  for (std::size_t i = 0; i < g.programs.rows.size(); ++i) {
    codes.insert(g.Cell(g.programs, i, "KODE_PROGRAM"));
    kinds.insert(g.Cell(g.programs, i, "JENIS_BANTUAN"));
    sources.insert(g.Cell(g.programs, i, "SUMBER_DANA"));
  }
  EXPECT_EQ(kinds, (std::set<std::string>{"BST", "PKH", "BPNT", "BANPRES", "BANPROV", "BANKAB", "SEMBAKO",
                                          "BLT_DANA_DESA"}));
  EXPECT_EQ(sources, (std::set<std::string>{"APBN", "APBD_PROVINSI", "APBD_KABUPATEN_KOTA", "DANA_DESA"}));
  std::set<std::string> used;
  for (std::size_t i = 0; i < g.recipients.rows.size(); ++i) {
    const std::string code = g.Cell(g.recipients, i, "KODE_PROGRAM");
    EXPECT_TRUE(codes.count(code)) << code;
    used.insert(code);
    const std::string stage = g.Cell(g.recipients, i, "TAHAP");
    EXPECT_TRUE(stage == "PENETAPAN" || stage == "REALISASI");
    EXPECT_EQ(stage == "REALISASI", !g.Cell(g.recipients, i, "TANGGAL_TERIMA").empty());
    EXPECT_NE(g.Cell(g.recipients, i, "NILAI_UANG").empty(), g.Cell(g.recipients, i, "BARANG").empty());
  }
  EXPECT_EQ(used, codes);  // every program has recipients at this size
}

// Each dirt kind is applied at about its rate and every case is marked in the truth.
TEST(PopulationGeneratorTest, DirtRatesAreHonouredAndMarked) {
  const Generated& g = Dirty();
  // Secondary records (DTKS rows and recipients' person-program lists) get each kind independently.
  std::size_t records = 0;
  std::map<std::string, std::size_t> counts;
  const std::vector<std::string> kinds = {"typo_insert", "typo_delete", "typo_substitute", "swapped_letters",
                                          "old_spelling", "abbreviation", "title", "nickname", "nik_missing",
                                          "nik_digit", "nik_transposed", "date_swapped"};
  for (std::size_t i = 0; i < g.dtks.rows.size(); ++i) {
    if (g.Has(g.dtks, i, "double_kk")) continue;
    ++records;
    for (const auto& k : kinds) counts[k] += g.Has(g.dtks, i, k) ? 1 : 0;
    if (g.Has(g.dtks, i, "nik_missing")) {
      EXPECT_TRUE(g.Cell(g.dtks, i, "NIK").empty());
    }
    if (g.Has(g.dtks, i, "title")) {
      const std::string n = g.Cell(g.dtks, i, "NAMA");
      EXPECT_TRUE(n.rfind("H", 0) == 0 || n.rfind("KH", 0) == 0 || n.find(", ") != std::string::npos) << n;
    }
    if (g.Has(g.dtks, i, "date_swapped")) {
      const std::string nik = g.Cell(g.dtks, i, "NIK");
      const std::string birth = g.Cell(g.dtks, i, "TANGGAL_LAHIR");
      if (nik.size() == 16) {
        EXPECT_NE(nik.substr(8, 2), birth.substr(5, 2)) << "month should disagree with NIK";
      }
    }
  }
  ASSERT_GT(records, 1500u);
  const double n = static_cast<double>(records);
  auto rate = [&](const std::string& k) { return static_cast<double>(counts[k]) / n; };
  EXPECT_NEAR(rate("typo_insert") + rate("typo_delete") + rate("typo_substitute"), 0.10, 0.03);
  EXPECT_NEAR(rate("title"), 0.10, 0.03);
  EXPECT_NEAR(rate("swapped_letters"), 0.10, 0.03);
  EXPECT_NEAR(rate("nik_missing"), 0.10, 0.03);
  EXPECT_NEAR(rate("nik_digit") + rate("nik_transposed"), 0.09, 0.03);  // only when the NIK is not missing
  // These apply only where the name or date allows; the backlog gives them to the next record they fit.
  for (const char* k : {"old_spelling", "abbreviation", "nickname", "date_swapped"}) {
    EXPECT_NEAR(rate(k), 0.10, 0.03) << k;
  }

  // Per person: duplicates, deaths, moves; per household: doubled KKs.
  std::size_t duplicates = 0, deceased = 0, moved = 0, doubled = 0;
  std::set<std::string> dead_persons;
  for (std::size_t i = 0; i < g.dukcapil.rows.size(); ++i) {
    const std::string status = g.Cell(g.dukcapil, i, "STATUS_HIDUP");
    const bool dup = g.Has(g.dukcapil, i, "duplicate");
    const bool dkk = g.Has(g.dukcapil, i, "double_kk");
    duplicates += dup ? 1 : 0;
    doubled += dkk ? 1 : 0;
    if (dup || dkk) continue;
    if (status == "MENINGGAL") {
      ++deceased;
      EXPECT_TRUE(g.Has(g.dukcapil, i, "deceased"));
      EXPECT_FALSE(g.Cell(g.dukcapil, i, "TANGGAL_STATUS").empty());
      dead_persons.insert(g.person_of.at(g.Cell(g.dukcapil, i, "RECORD_ID")));
    }
    if (status == "PINDAH") {
      ++moved;
      EXPECT_TRUE(g.Has(g.dukcapil, i, "moved"));
    }
  }
  EXPECT_NEAR(static_cast<double>(duplicates) / kPeople, 0.10, 0.02);
  EXPECT_NEAR(static_cast<double>(deceased) / kPeople, 0.05, 0.02);
  EXPECT_NEAR(static_cast<double>(moved) / kPeople, 0.05, 0.02);
  EXPECT_NEAR(static_cast<double>(doubled) / kPeople, 0.05, 0.025);
  // Dead people are still listed in DTKS, marked in the truth.
  std::size_t dead_in_dtks = 0;
  for (std::size_t i = 0; i < g.dtks.rows.size(); ++i) {
    if (dead_persons.count(g.person_of.at(g.Cell(g.dtks, i, "RECORD_ID")))) {
      ++dead_in_dtks;
      EXPECT_TRUE(g.Has(g.dtks, i, "deceased"));
    }
  }
  EXPECT_GT(dead_in_dtks, 0u);
}

TEST(PopulationGeneratorTest, DuplicatesDifferInTheirName) {
  const Generated& g = Dirty();
  std::map<std::string, std::string> name_of;  // person -> clean name
  for (std::size_t i = 0; i < g.dukcapil.rows.size(); ++i) {
    const std::string& dirt = g.dirt_of.at(g.Cell(g.dukcapil, i, "RECORD_ID"));
    if (dirt.find("duplicate") == std::string::npos && dirt.find("double_kk") == std::string::npos) {
      name_of[g.person_of.at(g.Cell(g.dukcapil, i, "RECORD_ID"))] = g.Cell(g.dukcapil, i, "NAMA");
    }
  }
  std::size_t dups = 0;
  for (std::size_t i = 0; i < g.dukcapil.rows.size(); ++i) {
    if (!g.Has(g.dukcapil, i, "duplicate")) continue;
    ++dups;
    const std::string person = g.person_of.at(g.Cell(g.dukcapil, i, "RECORD_ID"));
    EXPECT_NE(g.Cell(g.dukcapil, i, "NAMA"), name_of.at(person)) << "row " << i;
  }
  EXPECT_GT(dups, 0u);
}

TEST(PopulationGeneratorTest, ZeroRatesGiveCleanData) {
  GenerateOptions o = Options("35.10", 3, "clean");
  o.people = 1000;
  o.rates = DirtRates{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  const Generated g = Generate(o);
  for (const auto& row : g.truth.rows) EXPECT_EQ(row[4], "") << row[0];
  EXPECT_EQ(g.dukcapil.rows.size(), 1000u);
}

TEST(PopulationGeneratorTest, ProvinceSpreadsOverItsKabupaten) {
  const Generated g = Generate(Options("35", 7, "province"));
  std::map<std::string, std::size_t> per_kab;
  for (std::size_t i = 0; i < g.dukcapil.rows.size(); ++i) {
    const std::string desa = g.Cell(g.dukcapil, i, "KODE_DESA");
    ASSERT_EQ(desa.substr(0, 3), "35.");
    ++per_kab[desa.substr(0, 5)];
  }
  EXPECT_EQ(per_kab.size(), 38u);
  // Kota Surabaya has 7.2% of the province's residents, Kota Mojokerto 0.34%.
  EXPECT_GT(per_kab["35.78"], 250u);
  EXPECT_LT(per_kab["35.76"], 60u);
  EXPECT_EQ(g.summary.region_name, "Jawa Timur");
}

TEST(PopulationGeneratorTest, BadOptionsAreClearErrors) {
  GenerateOptions o = Options("35.10.01", 1, "bad");
  auto r = GeneratePopulation(o, {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("--region"), std::string::npos);
  o.region = "35.10";
  o.people = 0;
  r = GeneratePopulation(o, {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("--people"), std::string::npos);
  o.people = 10;
  o.rates.typo = 1.5;
  r = GeneratePopulation(o, {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("--typo-rate"), std::string::npos);
  o.rates.typo = 0.01;
  o.data_dir = "/nonexistent";
  r = GeneratePopulation(o, {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("--data-dir"), std::string::npos);
}

TEST(PopulationGeneratorTest, ReportsProgressUpToTheTotal) {
  GenerateOptions o = Options("35.10", 1, "progress");
  o.people = 2000;
  std::uint64_t last = 0, calls = 0;
  auto r = GeneratePopulation(o, [&](std::uint64_t done, std::uint64_t total) {
    EXPECT_EQ(total, 2000u);
    EXPECT_GE(done, last);
    last = done;
    ++calls;
  });
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(last, 2000u);
  EXPECT_GT(calls, 10u);
}

}  // namespace
}  // namespace tepat::synth
