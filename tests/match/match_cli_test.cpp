// `tepat match` end to end, in process: dedup-file, link-file, eval, the blocking guard, and FEBRL accuracy.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli.hpp"

namespace tepat::app {
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
  const int code = RunCli(static_cast<int>(argv.size()), argv.data());
  return {code, ::testing::internal::GetCapturedStdout(), ::testing::internal::GetCapturedStderr()};
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void WriteFile(const fs::path& path, const std::string& text) { std::ofstream(path) << text; }

double F1Of(const std::string& eval_output) {
  const size_t at = eval_output.find("F1: ");
  return at == std::string::npos ? -1.0 : std::stod(eval_output.substr(at + 4));
}

class MatchCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("tepat-match-cli-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    // Record 2 has a NIK typo in its birth-date part (one digit off in the serial is no evidence: neighbours born the
    // same day differ there) and record 4 a day/month swap.
    WriteFile(dir_ / "people.csv",
              "RECORD_ID,NIK,NAMA,TEMPAT_LAHIR,TANGGAL_LAHIR,JENIS_KELAMIN,NO_KK,ALAMAT,KODE_DESA\n"
              "1,3273011703850001,H. Muhamad Rizki,Bandung,1985-03-17,L,3273010101010001,Jl. Merdeka 5,32.73.01.1001\n"
              "2,3273011708850001,MOCH. RIZKI,Bandung,17/03/1985,L,3273010101010001,JL MERDEKA 5,3273011001\n"
              "3,3204014506900002,Siti Aminah,Garut,1990-06-05,P,3204010202020002,Jl. Sudirman 1,32.04.01.2001\n"
              "4,3204014506900002,Siti Aminah S.Pd.,Garut,1990-05-06,P,,Jl. Sudirman 1,32.04.01.2001\n"
              "5,3201010101700003,Joko Widodo,Bogor,1970-01-01,L,3201010303030003,Jl. Pajajaran 9,32.01.01.2003\n");
    WriteFile(dir_ / "truth.csv", "id,entity\n1,A\n2,A\n3,B\n4,B\n5,C\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Path(const char* name) const { return (dir_ / name).string(); }
  std::string Registry() const { return SourceDir() + "/config/match/registry.json"; }

  fs::path dir_;
};

TEST_F(MatchCliTest, DedupFileFindsDuplicatesAndEvalScoresThem) {
  const auto dedup = RunTepat({"match", "dedup-file", "--settings", Registry(), "--input", Path("people.csv"), "--out",
                          Path("pairs.csv"), "--explain", "--clusters", Path("clusters.csv")});
  ASSERT_EQ(dedup.code, 0) << dedup.err;
  EXPECT_NE(dedup.out.find("pairs compared:"), std::string::npos);
  const std::string pairs = ReadFile(dir_ / "pairs.csv");
  EXPECT_EQ(pairs.rfind("id_l,id_r,probability,weight,explanation\n", 0), 0u) << pairs;
  EXPECT_NE(pairs.find("\n1,2,"), std::string::npos) << pairs;
  EXPECT_NE(pairs.find("\n3,4,"), std::string::npos) << pairs;
  EXPECT_NE(pairs.find("nama=exact:"), std::string::npos) << pairs;
  boost::json::error_code ec;
  const boost::json::value summary = boost::json::parse(ReadFile(dir_ / "pairs.csv.summary.json"), ec);
  ASSERT_FALSE(ec) << ec.message();
  for (const char* key : {"records", "candidate_pairs", "matches", "seconds", "stage_seconds", "rules", "model"}) {
    EXPECT_TRUE(summary.as_object().contains(key)) << key;
  }
  EXPECT_EQ(summary.at("records").to_number<int>(), 5);
  for (const char* stage : {"blocking", "comparing", "training", "scoring"}) {
    EXPECT_TRUE(summary.at("stage_seconds").at(stage).is_number()) << stage;
  }
  EXPECT_TRUE(summary.at("rules").at(0).at("name").is_string());
  EXPECT_TRUE(summary.at("rules").at(0).at("pairs").is_number());
  const auto& model = summary.at("model");
  EXPECT_TRUE(model.at("lambda").is_number());
  EXPECT_TRUE(model.at("em_converged").is_bool());
  const auto& level = model.at("fields").at(0).at("levels").at(0);
  EXPECT_TRUE(level.at("level").is_string());
  EXPECT_TRUE(level.at("m").is_number());
  EXPECT_TRUE(level.at("u").is_number());
  EXPECT_NE(ReadFile(dir_ / "clusters.csv").find("id,cluster\n"), std::string::npos);
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().string().find(".tmp-"), std::string::npos) << "temporary file left: " << entry.path();
  }
  const auto eval = RunTepat({"match", "eval", "--pairs", Path("pairs.csv"), "--truth", Path("truth.csv")});
  ASSERT_EQ(eval.code, 0) << eval.err;
  EXPECT_NE(eval.out.find("pairs compared: "), std::string::npos);
  EXPECT_NE(eval.out.find("precision: 1.0000"), std::string::npos) << eval.out;
  EXPECT_NE(eval.out.find("recall: 1.0000"), std::string::npos) << eval.out;
  EXPECT_DOUBLE_EQ(F1Of(eval.out), 1.0);
}

TEST_F(MatchCliTest, LinkFilePairsAcrossFiles) {
  WriteFile(dir_ / "list.csv",
            "RECORD_ID,NIK,NAMA,TEMPAT_LAHIR,TANGGAL_LAHIR,JENIS_KELAMIN,NO_KK,ALAMAT,KODE_DESA\n"
            "x,,Muhammad Rizki,Bandung,1985-03-17,L,,Jl. Merdeka 5,3273011001\n");
  const auto link = RunTepat({"match", "link-file", "--settings", Registry(), "--left", Path("people.csv"), "--right",
                         Path("list.csv"), "--out", Path("linked.csv")});
  ASSERT_EQ(link.code, 0) << link.err;
  const std::string pairs = ReadFile(dir_ / "linked.csv");
  EXPECT_NE(pairs.find("\n1,x,"), std::string::npos) << pairs;
  EXPECT_NE(pairs.find("\n2,x,"), std::string::npos) << pairs;
  EXPECT_EQ(pairs.find("\n5,x,"), std::string::npos) << pairs;
}

TEST_F(MatchCliTest, BroadBlockingRuleIsRefusedAndNothingWritten) {
  WriteFile(dir_ / "broad.json", R"({"id_column": "RECORD_ID",
    "fields": [{"name": "jenis_kelamin", "column": "JENIS_KELAMIN", "levels": ["exact"]}],
    "blocking": [{"name": "gender only", "keys": ["jenis_kelamin"]}],
    "limits": {"max_pairs_per_rule": 1}})");
  const auto dedup = RunTepat({"match", "dedup-file", "--settings", Path("broad.json"), "--input", Path("people.csv"),
                          "--out", Path("never.csv")});
  EXPECT_NE(dedup.code, 0);
  EXPECT_NE(dedup.err.find("\"gender only\" would compare 4 pairs"), std::string::npos) << dedup.err;
  EXPECT_FALSE(fs::exists(dir_ / "never.csv"));
}

TEST_F(MatchCliTest, BadSettingsFileIsRefusedNamingTheKey) {
  WriteFile(dir_ / "bad.json", R"({"id_column": "id", "fields": [], "blocking": [], "treshold": 0.5})");
  const auto dedup = RunTepat({"match", "dedup-file", "--settings", Path("bad.json"), "--input", Path("people.csv"),
                          "--out", Path("never.csv")});
  EXPECT_NE(dedup.code, 0);
  EXPECT_NE(dedup.err.find("unknown key \"treshold\""), std::string::npos) << dedup.err;
}

TEST_F(MatchCliTest, EmptyInputGivesEmptyResult) {
  WriteFile(dir_ / "empty.csv", "RECORD_ID,NIK,NAMA,TEMPAT_LAHIR,TANGGAL_LAHIR,JENIS_KELAMIN,NO_KK,ALAMAT,KODE_DESA\n");
  const auto dedup = RunTepat({"match", "dedup-file", "--settings", Registry(), "--input", Path("empty.csv"), "--out",
                          Path("pairs.csv")});
  ASSERT_EQ(dedup.code, 0) << dedup.err;
  EXPECT_EQ(ReadFile(dir_ / "pairs.csv"), "id_l,id_r,probability,weight\n");
}

// Issue 4 item 5: pair F1 >= 0.99 on each FEBRL set with the FEBRL settings file (no FEBRL code in C++), and not
// below the Python Record Linkage Toolkit's 0.998 / 0.994 / 0.993.
TEST_F(MatchCliTest, FebrlAccuracy) {
  const std::vector<std::pair<std::string, double>> sets = {{"febrl1", 0.998}, {"febrl2", 0.994}, {"febrl3", 0.993}};
  for (const auto& [name, reference] : sets) {
    const std::string input = SourceDir() + "/data/febrl/" + name + ".csv";
    const std::string settings = SourceDir() + "/config/match/febrl.json";
    const std::string pairs = Path((name + "-pairs.csv").c_str());
    const auto dedup = RunTepat({"match", "dedup-file", "--settings", settings, "--input", input, "--out", pairs});
    ASSERT_EQ(dedup.code, 0) << name << ": " << dedup.err;
    const auto eval = RunTepat({"match", "eval", "--pairs", pairs, "--input", input, "--settings", settings,
                           "--truth-from-id-pattern", "^rec-([0-9]+)-"});
    ASSERT_EQ(eval.code, 0) << name << ": " << eval.err;
    const double f1 = F1Of(eval.out);
    EXPECT_GE(f1, 0.99) << name << "\n" << eval.out;
    EXPECT_GE(f1, reference) << name << "\n" << eval.out;
  }
}

}  // namespace
}  // namespace tepat::app
