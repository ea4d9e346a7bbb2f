// `tepat match screen` end to end on SQLite, and the screening settings file reader.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/cli.hpp"
#include "app/screening_rules_reader.hpp"
#include "store/registry_fixtures.hpp"
#include "store/store.hpp"

namespace tepat::store_test {
namespace {

namespace fs = std::filesystem;

std::string SourceDir() {
  const char* dir = std::getenv("TEPAT_SOURCE_DIR");
  return dir != nullptr ? dir : ".";
}

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

CliRun RunTepat(std::vector<std::string> args) {
  args.insert(args.begin(), "tepat");
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  ::testing::internal::CaptureStdout();
  ::testing::internal::CaptureStderr();
  const int code = app::RunCli(static_cast<int>(argv.size()), argv.data());
  return {code, ::testing::internal::GetCapturedStdout(), ::testing::internal::GetCapturedStderr()};
}

TEST(ScreenCliTest, ScreensAFileAgainstTheDatabaseAndWritesCsv) {
  const fs::path dir = fs::temp_directory_path() / ("tepat-screen-cli-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string db = "sqlite:" + (dir / "tepat.db").string();
  {
    auto store = store::OpenStore(db);
    ASSERT_TRUE(store.ok()) << store.status().message();
    ASSERT_TRUE((*store)->Migrate().ok());
    ASSERT_TRUE((*store)->ApplyPeople(TestPeople(6), {}).ok());
    ASSERT_TRUE((*store)->ApplyPrograms({TestProgram("BST")}, {}).ok());
  }
  std::ofstream(dir / "usulan.csv") << "NIK,NAMA,KODE_DESA\n"
                                    << TestPerson(0).nik << ",Warga Nomor 0,35.10.01.2001\n"
                                    << "3510014107800999,Warga Nomor 1,35.10.01.2001\n";
  const CliRun run = RunTepat({"match", "screen", "--db", db, "--program", "BST", "--period", "2024-01",
                               (dir / "usulan.csv").string(), "--out", (dir / "hasil.csv").string(), "--settings",
                               SourceDir() + "/config/match/registry.json", "--rules",
                               SourceDir() + "/config/match/screening.json"});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_NE(run.out.find("screened 2 rows"), std::string::npos) << run.out;
  std::ifstream in(dir / "hasil.csv");
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_NE(text.str().find("NIK_TIDAK_DITEMUKAN"), std::string::npos) << text.str();

  const CliRun unknown = RunTepat({"match", "screen", "--db", db, "--program", "NOPE", "--period", "2024-01",
                                   (dir / "usulan.csv").string(), "--out", (dir / "x.csv").string(), "--settings",
                                   SourceDir() + "/config/match/registry.json", "--rules",
                                   SourceDir() + "/config/match/screening.json"});
  EXPECT_NE(unknown.code, 0);
  EXPECT_NE(unknown.err.find("program \"NOPE\""), std::string::npos) << unknown.err;
  EXPECT_FALSE(fs::exists(dir / "x.csv"));
  fs::remove_all(dir);
}

// Reads a text file whole.
std::string ReadText(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(ScreenCliTest, ScreensAgainstRegistryFilesReadingSideTablesAlongsideThePeople) {
  const fs::path dir = fs::temp_directory_path() / ("tepat-screen-dir-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string data = (dir / "data").string();
  const CliRun generated = RunTepat({"demo", "generate", "--region", "35.10", "--people", "3000", "--seed", "5",
                                     "--out", data, "--data-dir", SourceDir() + "/data"});
  ASSERT_EQ(generated.code, 0) << generated.err;
  // The first 20 decree rows of the generated recipients: every one already received its program in its period.
  std::ifstream recipients(dir / "data" / "recipients.csv");
  std::ofstream list(dir / "usulan.csv");
  std::string line;
  std::getline(recipients, line);
  list << line << "\n";
  std::string program;
  std::string period;
  int kept = 0;
  while (kept < 20 && std::getline(recipients, line)) {
    std::stringstream cells(line);
    std::string code, row_period, stage;
    std::getline(cells, code, ',');
    std::getline(cells, row_period, ',');
    std::getline(cells, stage, ',');
    if (stage != "PENETAPAN") continue;
    if (program.empty()) program = code, period = row_period;
    if (code != program || row_period != period) continue;
    list << line << "\n";
    ++kept;
  }
  list.close();
  ASSERT_GT(kept, 0);
  const CliRun run = RunTepat({"match", "screen", "--registry-dir", data, "--program", program, "--period", period,
                               (dir / "usulan.csv").string(), "--out", (dir / "hasil.csv").string(), "--settings",
                               SourceDir() + "/config/match/registry.json", "--rules",
                               SourceDir() + "/config/match/screening.json"});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_NE(run.out.find("screened " + std::to_string(kept) + " rows"), std::string::npos) << run.out;
  std::stringstream result(ReadText(dir / "hasil.csv"));
  std::getline(result, line);
  int rows = 0;
  while (std::getline(result, line)) {
    ++rows;
    EXPECT_NE(line.find("SUDAH_MENERIMA"), std::string::npos) << line;  // recipients.csv was read
  }
  EXPECT_EQ(rows, kept);

  fs::remove(dir / "data" / "dukcapil.csv");
  const CliRun missing = RunTepat({"match", "screen", "--registry-dir", data, "--program", program, "--period",
                                   period, (dir / "usulan.csv").string(), "--out", (dir / "x.csv").string(),
                                   "--settings", SourceDir() + "/config/match/registry.json", "--rules",
                                   SourceDir() + "/config/match/screening.json"});
  EXPECT_NE(missing.code, 0);
  EXPECT_NE(missing.err.find("dukcapil.csv"), std::string::npos) << missing.err;
  EXPECT_FALSE(fs::exists(dir / "x.csv"));
  fs::remove_all(dir);
}

struct BadRules {
  const char* description;
  const char* json;
  const char* message;
};

TEST(ScreeningRulesReaderTest, ReadsDefaultsAndProgramsAndRefusesBadKeys) {
  auto book = app::ParseScreeningRules(R"({"defaults": {"decile_cap": 5, "verdicts": {"TIDAK_TERDAFTAR_DTKS": "LOLOS"}},
      "programs": {"PKH": {"decile_cap": null, "excluded_programs": ["BPNT"], "household_rule": false}}})");
  ASSERT_TRUE(book.ok()) << book.status().message();
  EXPECT_EQ(book->For("BST").decile_cap, 5);
  EXPECT_EQ(book->For("BST").VerdictOf(match::ScreeningReason::kNotInDtks), match::Verdict::kLolos);
  EXPECT_FALSE(book->For("PKH").decile_cap.has_value());
  EXPECT_FALSE(book->For("PKH").household_rule);
  EXPECT_EQ(book->For("PKH").VerdictOf(match::ScreeningReason::kNotInDtks), match::Verdict::kLolos);  // inherited
  EXPECT_EQ(book->For("PKH").excluded_programs, std::vector<std::string>{"BPNT"});

  const std::vector<BadRules> cases = {
      {"unknown top-level key", R"({"default": {}})", "unknown key \"default\""},
      {"unknown rule key", R"({"programs": {"PKH": {"decile": 3}}})", "unknown key \"programs.PKH.decile\""},
      {"decile out of range", R"({"defaults": {"decile_cap": 11}})", "defaults.decile_cap must be"},
      {"unknown reason", R"({"defaults": {"verdicts": {"MATI": "DITOLAK"}}})",
       "defaults.verdicts.MATI is not a screening reason"},
      {"unknown verdict", R"({"defaults": {"verdicts": {"MENINGGAL": "NO"}}})", "defaults.verdicts.MENINGGAL must be"},
      {"excluded not strings", R"({"programs": {"X": {"excluded_programs": [1]}}})",
       "programs.X.excluded_programs[0] must be a string"},
      {"similarity out of range", R"({"defaults": {"name_similarity": 1.5}})", "defaults.name_similarity"},
      {"repeated key", R"({"defaults": {}, "defaults": {}})", "appears twice"},
  };
  for (const BadRules& c : cases) {
    auto parsed = app::ParseScreeningRules(c.json);
    ASSERT_FALSE(parsed.ok()) << c.description;
    EXPECT_NE(parsed.status().message().find(c.message), std::string::npos)
        << c.description << ": " << parsed.status().message();
  }
}

TEST(ScreeningRulesReaderTest, ShippedFileIsValid) {
  auto book = app::ReadScreeningRulesFile(SourceDir() + "/config/match/screening.json");
  ASSERT_TRUE(book.ok()) << book.status().message();
  EXPECT_EQ(book->For("PKH-35-2024").decile_cap, 4);
}

}  // namespace
}  // namespace tepat::store_test
