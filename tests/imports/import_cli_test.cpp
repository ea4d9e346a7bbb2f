// `tepat import` as an operator runs it: each kind on a generated population, exit codes, --errors and --diff-out;
// and the crash test: SIGKILL in the middle of a large import leaves a sound SQLite file with whole batches only,
// the job is shown failed at the next start, and importing again gives the state of a clean import.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "import_fixture.hpp"
#include "store/store.hpp"
#include "support/shell_command.hpp"

namespace tepat::import_test {
namespace {

constexpr int kBatch = 5000;
constexpr auto kWaitLimit = std::chrono::seconds(120);  // a bound on waiting, not a timing assertion

using test_support::CommandResult;

std::string SourceDir() {
  const char* source = std::getenv("TEPAT_SOURCE_DIR");
  return source ? source : ".";
}

CommandResult RunTepat(const std::string& args) {
  return test_support::RunShell(std::string(TEPAT_BINARY) + " " + args + " 2>&1");
}

// Generates a clean population (no duplicates, no broken NIKs) of `people` persons into `dir`.
void Generate(const std::filesystem::path& dir, int people) {
  CommandResult generated = RunTepat(
      "demo generate --region 35.10 --people " + std::to_string(people) + " --seed 7 --out '" + dir.string() +
      "' --data-dir '" + SourceDir() + "/data' --duplicate-rate 0 --nik-missing-rate 0 --nik-typo-rate 0 "
      "--double-kk-rate 0 --date-swap-rate 0");
  ASSERT_EQ(generated.exit_code, 0) << generated.output;
}

std::string ImportArgs(const std::string& kind, const std::filesystem::path& file, const std::string& db,
                       const std::filesystem::path& work) {
  return "import " + kind + " '" + file.string() + "' --db '" + db + "' --data-dir '" + SourceDir() +
         "/data' --work-dir '" + work.string() + "' --quiet";
}

// One SQLite query's rows joined as text (tests only; small or hashed results).
std::string SqliteText(const std::filesystem::path& db, const std::string& sql) {
  sqlite3* handle = nullptr;
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return "<cannot open>";
  std::string out;
  sqlite3_exec(
      handle, sql.c_str(),
      [](void* text, int columns, char** values, char**) {
        auto* s = static_cast<std::string*>(text);
        for (int i = 0; i < columns; ++i) *s += std::string(values[i] ? values[i] : "NULL") + "|";
        *s += "\n";
        return 0;
      },
      &out, nullptr);
  sqlite3_close(handle);
  return out;
}

// Everything the registry holds except row ids and which job created a row (those differ between runs).
std::string RegistryState(const std::filesystem::path& db) {
  return SqliteText(db,
                    "SELECT nik, kk, name, birth_place, birth_date, sex, religion, relation, address, rt, rw, desa, "
                    "life_status, status_date, status_source FROM people ORDER BY nik") +
         SqliteText(db, "SELECT kk, desa FROM households ORDER BY kk") +
         SqliteText(db, "SELECT COUNT(*) FROM change_history");
}

// Starts `tepat ARGS` in a child process (output discarded); returns its pid, or -1.
pid_t StartImportInBackground(const std::string& args) {
  const pid_t child = fork();
  if (child == 0) {
    const std::string command = "exec " + std::string(TEPAT_BINARY) + " " + args + " >/dev/null 2>&1";
    execl("/bin/sh", "sh", "-c", command.c_str(), nullptr);
    _exit(127);
  }
  return child;
}

// Waits (bounded) until the running job in `db` has reported written rows; false if it never did.
bool WaitForWrittenBatch(const std::filesystem::path& db) {
  const auto limit = std::chrono::steady_clock::now() + kWaitLimit;
  while (std::chrono::steady_clock::now() < limit) {
    if (!SqliteText(db, "SELECT rows_done FROM jobs WHERE status = 'running' AND rows_done > 0").empty()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return false;
}

// What happened to an import that was sent a signal once its first batch was written.
struct Signalled {
  bool reported = false;  ///< a written batch was seen before the signal
  int status = 0;         ///< waitpid status of the import
};

// Migrates `db`, imports `file` (dukcapil, batches of kBatch) in the background and sends `signal` once the job has
// reported a written batch; waits for the process to end.
Signalled ImportThenSignal(const std::filesystem::path& file, const std::filesystem::path& db,
                           const std::filesystem::path& work, int signal) {
  Signalled out;
  const std::string url = "sqlite:" + db.string();
  if (RunTepat("migrate --db '" + url + "'").exit_code != 0) return out;
  const pid_t child =
      StartImportInBackground(ImportArgs("dukcapil", file, url, work) + " --batch-size " + std::to_string(kBatch));
  if (child <= 0) return out;
  out.reported = WaitForWrittenBatch(db);
  kill(child, signal);
  waitpid(child, &out.status, 0);
  return out;
}

// Generates 400,000 people into `folder`/demo (large enough that the import still runs when the signal arrives and
// the next progress report, at most a second later, sees it; the first load writes well over 100,000 rows/s) and
// imports them into the empty database `folder`/t.db, sending `signal` once a batch is written.
Signalled SignalAFirstLoad(const TempFolder& folder, int signal) {
  Generate(folder.path() / "demo", 400000);
  return ImportThenSignal(folder.path() / "demo" / "dukcapil.csv", folder.path() / "t.db", folder.path() / "jobs",
                          signal);
}

class ImportCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new TempFolder();
    Generate(folder_->path() / "demo", 3000);
  }
  static void TearDownTestSuite() { delete folder_; }
  std::filesystem::path Demo(const std::string& name) const { return folder_->path() / "demo" / name; }
  std::string Db() const { return "sqlite:" + (local_ / "tepat.db").string(); }

  static TempFolder* folder_;
  TempFolder local_;
};
TempFolder* ImportCliTest::folder_ = nullptr;

TEST_F(ImportCliTest, EachKindImportsAGeneratedFileAndReimportChangesNothing) {
  for (const char* kind : {"programs", "dukcapil", "dtks", "recipients"}) {
    SCOPED_TRACE(kind);
    const std::filesystem::path errors = local_ / (std::string(kind) + "_errors.csv");
    CommandResult first = RunTepat(ImportArgs(kind, Demo(std::string(kind) + ".csv"), Db(), local_ / "jobs") +
                                   " --errors '" + errors.string() + "'");
    EXPECT_TRUE(first.exit_code == 0 || first.exit_code == 3) << first.output;
    EXPECT_NE(first.output.find("succeeded"), std::string::npos) << first.output;
    EXPECT_TRUE(std::filesystem::exists(errors));
    CommandResult again = RunTepat(ImportArgs(kind, Demo(std::string(kind) + ".csv"), Db(), local_ / "jobs"));
    EXPECT_EQ(again.exit_code, first.exit_code) << again.output;
    EXPECT_NE(again.output.find("(0 new, 0 changed"), std::string::npos) << again.output;
  }
  EXPECT_EQ(SqliteText(local_ / "tepat.db", "SELECT COUNT(*) FROM change_history"), "0|\n");
}

TEST_F(ImportCliTest, DtksDiffOutAndExitCodes) {
  const std::filesystem::path diff = local_ / "diff.csv";
  CommandResult dtks = RunTepat(ImportArgs("dtks", Demo("dtks.csv"), Db(), local_ / "jobs") + " --diff-out '" +
                                diff.string() + "'");
  EXPECT_TRUE(dtks.exit_code == 0 || dtks.exit_code == 3) << dtks.output;
  EXPECT_EQ(ReadFile(diff).rfind("PERUBAHAN;NO_KK;NIK;", 0), 0u);
  EXPECT_NE(ReadFile(diff).find("RUTA_BARU;"), std::string::npos);

  WriteFile(local_ / "bad.csv", "NIK,NO_KK,NAMA,TANGGAL_LAHIR,JENIS_KELAMIN,KODE_DESA\n"
                                "3510011203850000,3510010101200001,SERIAL NOL,12/03/1985,L,3510012001\n");
  const std::filesystem::path errors = local_ / "bad_errors.xlsx";
  CommandResult rejected = RunTepat(ImportArgs("dukcapil", local_ / "bad.csv", Db(), local_ / "jobs") +
                                    " --errors '" + errors.string() + "'");
  EXPECT_EQ(rejected.exit_code, 3) << rejected.output;
  EXPECT_GT(std::filesystem::file_size(errors), 0u);
  EXPECT_EQ(rejected.output.find("3510011203850000"), std::string::npos) << "no NIK on the terminal";

  WriteFile(local_ / "wrong.csv", "KODE_PROGRAM,NAMA_PROGRAM\nBST,Bantuan\n");
  EXPECT_EQ(RunTepat(ImportArgs("dukcapil", local_ / "wrong.csv", Db(), local_ / "jobs")).exit_code, 1);
  EXPECT_EQ(RunTepat(ImportArgs("dukcapil", local_ / "missing.csv", Db(), local_ / "jobs")).exit_code, 1);
  EXPECT_NE(RunTepat(ImportArgs("programs", Demo("programs.csv"), Db(), local_ / "jobs") + " --diff-out x.csv")
                .exit_code,
            0);  // --diff-out is only an option of dtks
}

TEST_F(ImportCliTest, ProgressIsShownOnStderrAsPlainLinesWhenNotATerminal) {
  const std::string args = "import dukcapil '" + Demo("dukcapil.csv").string() + "' --db '" + Db() +
                           "' --data-dir '" + SourceDir() + "/data' --work-dir '" + (local_ / "jobs").string() +
                           "' --batch-size 500";
  CommandResult shown = test_support::RunShell(std::string(TEPAT_BINARY) + " " + args + " 2>&1 >/dev/null");
  EXPECT_TRUE(shown.exit_code == 0 || shown.exit_code == 3) << shown.output;
  // The last line is the final report: every row done, the bar full, no estimate marker.
  const std::size_t last = shown.output.rfind("import.dukcapil [");
  ASSERT_NE(last, std::string::npos) << shown.output;
  const std::string line = shown.output.substr(last, shown.output.find('\n', last) - last);
  EXPECT_NE(line.find("[##############################] 100.0%"), std::string::npos) << line;
  EXPECT_NE(line.find(" rows  "), std::string::npos) << line;
  EXPECT_NE(line.find(" errors  "), std::string::npos) << line;
  EXPECT_NE(line.find(" elapsed"), std::string::npos) << line;
  EXPECT_EQ(shown.output.find('\r'), std::string::npos) << "no terminal bar when stderr is a pipe";
}

// Ctrl-C (SIGINT) asks the job to stop after the batch being written: exit code 4, the job cancelled, whole batches.
TEST(ImportCancelTest, CtrlCCancelsAfterTheBatchAndReportsIt) {
  TempFolder folder;
  const std::filesystem::path db = folder / "t.db";
  const Signalled run = SignalAFirstLoad(folder, SIGINT);
  ASSERT_TRUE(run.reported) << "the import never reported progress";
  const int status = run.status;
  ASSERT_TRUE(WIFEXITED(status));
  if (WEXITSTATUS(status) == 0) GTEST_SKIP() << "the import finished before Ctrl-C arrived";
  EXPECT_EQ(WEXITSTATUS(status), 4);
  EXPECT_EQ(SqliteText(db, "SELECT status FROM jobs"), "cancelled|\n");
  EXPECT_NE(SqliteText(db, "SELECT message FROM jobs").find("cancelled after"), std::string::npos);
  const long people = std::stol(SqliteText(db, "SELECT COUNT(*) FROM people"));
  EXPECT_EQ(people % kBatch, 0) << people << " people: a batch was written in part";
  EXPECT_EQ(SqliteText(db, "PRAGMA integrity_check"), "ok|\n");
}

// The crash test of issue 3: a few hundred thousand rows, SIGKILL after the first batches are written.
TEST(ImportCrashTest, KillNineLeavesWholeBatchesThenTheJobIsFailedAndReimportEqualsACleanImport) {
  TempFolder folder;
  Generate(folder / "demo", 200000);
  const std::filesystem::path file = folder / "demo" / "dukcapil.csv";
  const std::filesystem::path killed_db = folder / "killed.db", clean_db = folder / "clean.db";
  const std::string killed_url = "sqlite:" + killed_db.string();
  const Signalled run = ImportThenSignal(file, killed_db, folder / "jobs", SIGKILL);
  ASSERT_TRUE(run.reported) << "the import never reported progress";
  ASSERT_TRUE(WIFSIGNALED(run.status)) << "the import finished before it could be killed; use a larger file";

  EXPECT_EQ(SqliteText(killed_db, "PRAGMA integrity_check"), "ok|\n");
  const long people = std::stol(SqliteText(killed_db, "SELECT COUNT(*) FROM people"));
  EXPECT_EQ(people % kBatch, 0) << people << " people: a batch was written in part";
  EXPECT_LT(people, 200000);
  EXPECT_EQ(SqliteText(killed_db, "SELECT status FROM jobs"), "running|\n");

  // The next start marks the dead job failed (its heartbeat is older than --stale-after), then imports again.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  CommandResult again = RunTepat(ImportArgs("dukcapil", file, killed_url, folder / "jobs") + " --stale-after 0");
  EXPECT_EQ(again.exit_code, 0) << again.output;
  EXPECT_NE(again.output.find("marked failed"), std::string::npos) << again.output;
  const std::string statuses = SqliteText(killed_db, "SELECT id, status FROM jobs ORDER BY id");
  EXPECT_EQ(statuses, "1|failed|\n2|succeeded|\n");

  CommandResult clean = RunTepat(ImportArgs("dukcapil", file, "sqlite:" + clean_db.string(), folder / "jobs2"));
  ASSERT_EQ(clean.exit_code, 0) << clean.output;
  EXPECT_TRUE(RegistryState(killed_db) == RegistryState(clean_db)) << "the registry differs from a clean import";
  EXPECT_EQ(SqliteText(killed_db, "SELECT COUNT(*) FROM change_history"), "0|\n");
}

// The first load of an empty registry drops the key indexes and builds them at the end (the bulk path). Killed in
// the middle, the file is sound, holds whole batches of new people and no key twice, and the next start (any
// command that opens the database) builds the indexes again.
TEST(ImportCrashTest, KillNineDuringAFirstLoadLeavesNoDuplicateKeyAndTheNextStartBuildsTheIndexes) {
  TempFolder folder;
  const std::filesystem::path db = folder / "t.db";
  const Signalled run = SignalAFirstLoad(folder, SIGKILL);
  ASSERT_TRUE(run.reported) << "the import never reported progress";
  ASSERT_TRUE(WIFSIGNALED(run.status)) << "the import finished before it could be killed; use a larger file";
  const std::string key_indexes =
      "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
      "('people_row_key_idx', 'people_kk_idx', 'households_row_key_idx')";
  EXPECT_EQ(SqliteText(db, key_indexes), "0|\n") << "the load did not take the bulk path";
  EXPECT_EQ(SqliteText(db, "PRAGMA integrity_check"), "ok|\n");
  const long people = std::stol(SqliteText(db, "SELECT COUNT(*) FROM people"));
  EXPECT_GT(people, 0);
  EXPECT_EQ(people % kBatch, 0) << people << " people: a batch was written in part";
  EXPECT_EQ(SqliteText(db, "SELECT COUNT(*) - COUNT(DISTINCT row_key) FROM people"), "0|\n");
  EXPECT_EQ(SqliteText(db, "SELECT COUNT(*) - COUNT(DISTINCT row_key) FROM households"), "0|\n");

  CommandResult opened = RunTepat("migrate --db 'sqlite:" + db.string() + "'");
  ASSERT_EQ(opened.exit_code, 0) << opened.output;
  EXPECT_EQ(SqliteText(db, key_indexes), "3|\n");
  EXPECT_EQ(SqliteText(db, "PRAGMA integrity_check"), "ok|\n");
  EXPECT_EQ(std::stol(SqliteText(db, "SELECT COUNT(*) FROM people")), people);
}

}  // namespace
}  // namespace tepat::import_test
