// The tepat binary as an operator uses it: exit codes and messages of migrate, user add, audit verify (on SQLite
// and PostgreSQL, intact and tampered), demo seed with and without the demo registry, and serve's refusal of a bad
// database URL.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

#include "app/demo_people.hpp"
#include "store/sql/sql_store.hpp"
#include "support/shell_command.hpp"
#include "support/test_databases.hpp"

namespace tepat::test_support {
namespace {

CommandResult RunTepat(const std::string& args, const std::string& stdin_text = "") {
  std::string command = std::string(TEPAT_BINARY) + " " + args + " 2>&1";
  if (!stdin_text.empty()) command = "printf '%s\\n' '" + stdin_text + "' | " + command;
  return RunShell(command);
}

class CliTest : public ::testing::TestWithParam<TestEngine> {
 protected:
  void SetUp() override {
    auto db = ScratchDatabase::Create(GetParam());
    ASSERT_TRUE(db.ok()) << db.status().message();
    database_ = std::move(db).value();
  }
  std::string Db() const { return "--db '" + database_->url() + "'"; }

  std::unique_ptr<ScratchDatabase> database_;
};

TEST_P(CliTest, AuditVerifyPassesThenNamesTheTamperedRow) {
  CommandResult migrated = RunTepat("migrate " + Db());
  ASSERT_EQ(migrated.exit_code, 0) << migrated.output;
  CommandResult admin = RunTepat("user add --role admin --email root@dinsos.id " + Db());
  ASSERT_EQ(admin.exit_code, 0) << admin.output;
  EXPECT_NE(admin.output.find("password (shown once)"), std::string::npos);
  CommandResult warga = RunTepat("user add --role warga --email sari@contoh.id --password-stdin " + Db(),
                                 "kopi tubruk di pagi hari");
  ASSERT_EQ(warga.exit_code, 0) << warga.output;
  CommandResult intact = RunTepat("audit verify " + Db());
  EXPECT_EQ(intact.exit_code, 0) << intact.output;
  EXPECT_NE(intact.output.find("audit log intact: 2 rows"), std::string::npos) << intact.output;

  auto opened = store::OpenStore(database_->url(), 1);
  ASSERT_TRUE(opened.ok());
  auto& sql = dynamic_cast<store::sql::SqlStore&>(*opened.value());
  const char* drop = GetParam() == TestEngine::kPostgres
                         ? "DROP TRIGGER audit_log_no_update ON audit_log"
                         : "DROP TRIGGER audit_log_no_update";
  ASSERT_TRUE(sql.ExecScriptForTest(drop).ok());
  ASSERT_TRUE(sql.ExecScriptForTest("UPDATE audit_log SET actor_label = 'someone else' WHERE id = 2").ok());
  opened.value().reset();

  CommandResult tampered = RunTepat("audit verify " + Db());
  EXPECT_NE(tampered.exit_code, 0);
  EXPECT_NE(tampered.output.find("first bad row id 2"), std::string::npos) << tampered.output;
}

TEST_P(CliTest, MatchDedupQueuesTheSampleDuplicatesOfARegion) {
  ASSERT_EQ(RunTepat("migrate " + Db()).exit_code, 0);
  {
    auto store = store::OpenStore(database_->url(), 1);
    ASSERT_TRUE(store.ok()) << store.status().message();
    auto applied = (*store)->ApplyPeople(app::DemoPeopleWithDuplicates(), store::ChangeSource{});
    ASSERT_TRUE(applied.ok()) << applied.status().message();
  }
  CommandResult run = RunTepat("match dedup --region 35.10 " + Db());
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("dedup run 1 (35.10): succeeded"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("people compared: 78"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("clusters for review: 3"), std::string::npos) << run.output;

  CommandResult again = RunTepat("match dedup --region 35.10 " + Db());
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_NE(again.output.find("dedup run 2 (35.10)"), std::string::npos) << again.output;

  CommandResult bad = RunTepat("match dedup --region 35.1x " + Db());
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.output.find("--region"), std::string::npos) << bad.output;
}

TEST_P(CliTest, UserAddRefusesBadInputWithOneLine) {
  ASSERT_EQ(RunTepat("migrate " + Db()).exit_code, 0);
  CommandResult bad_role = RunTepat("user add --role boss --email a@b.id " + Db());
  EXPECT_NE(bad_role.exit_code, 0);
  EXPECT_NE(bad_role.output.find("role: 'boss' is not a role"), std::string::npos) << bad_role.output;
  CommandResult no_scope = RunTepat("user add --role operator --email op@b.id " + Db());
  EXPECT_NE(no_scope.exit_code, 0);
  EXPECT_NE(no_scope.output.find("needs at least one region"), std::string::npos) << no_scope.output;
  CommandResult weak = RunTepat("user add --role warga --email w@b.id --password-stdin " + Db(), "123456789012");
  EXPECT_NE(weak.exit_code, 0);
  EXPECT_NE(weak.output.find("too common"), std::string::npos) << weak.output;
}

TEST_P(CliTest, DemoSeedWithoutTheDemoRegistryWritesNoRegistryRows) {
  const char* source = std::getenv("TEPAT_SOURCE_DIR");
  const std::string data_dir = std::string(source != nullptr ? source : ".") + "/data";
  CommandResult bare = RunTepat("demo seed --no-demo-registry --data-dir '" + data_dir + "' " + Db());
  ASSERT_EQ(bare.exit_code, 0) << bare.output;
  EXPECT_NE(bare.output.find("83762 desa/kelurahan"), std::string::npos) << bare.output;
  EXPECT_EQ(bare.output.find("demo registry"), std::string::npos) << bare.output;
  {
    auto store = store::OpenStore(database_->url(), 1);
    ASSERT_TRUE(store.ok()) << store.status().message();
    EXPECT_EQ((*store)->CountPeople().value(), 0);
  }
  CommandResult full = RunTepat("demo seed --data-dir '" + data_dir + "' " + Db());
  ASSERT_EQ(full.exit_code, 0) << full.output;
  EXPECT_NE(full.output.find("demo registry: 8 people"), std::string::npos) << full.output;
  auto store = store::OpenStore(database_->url(), 1);
  ASSERT_TRUE(store.ok()) << store.status().message();
  EXPECT_EQ((*store)->CountPeople().value(), 8);
}

INSTANTIATE_TEST_SUITE_P(Engines, CliTest, ::testing::ValuesIn(AllTestEngines()),
                         [](const auto& info) { return std::string(TestEngineName(info.param)); });

TEST(CliImportTest, WritesTemplatesAndRefusesUnknownKinds) {
  std::string dir = ::testing::TempDir() + "tepat_templates_" + std::to_string(::getpid());
  std::string csv = dir + "_dukcapil.csv";
  CommandResult written = RunTepat("import template dukcapil --out " + csv);
  ASSERT_EQ(written.exit_code, 0) << written.output;
  FILE* file = std::fopen(csv.c_str(), "r");
  ASSERT_NE(file, nullptr);
  std::array<char, 512> header{};
  ASSERT_NE(std::fgets(header.data(), header.size(), file), nullptr);
  std::fclose(file);
  EXPECT_NE(std::string(header.data()).find("NIK"), std::string::npos) << header.data();
  EXPECT_NE(std::string(header.data()).find("TANGGAL_LAHIR"), std::string::npos);
  std::string xlsx = dir + "_dtks.xlsx";
  EXPECT_EQ(RunTepat("import template dtks --format xlsx --out " + xlsx).exit_code, 0);
  file = std::fopen(xlsx.c_str(), "rb");
  ASSERT_NE(file, nullptr);
  std::array<char, 2> magic{};
  EXPECT_EQ(std::fread(magic.data(), 1, 2, file), 2u);
  std::fclose(file);
  EXPECT_EQ(std::string(magic.data(), 2), "PK");  // a zip container
  std::remove(csv.c_str());
  std::remove(xlsx.c_str());
  CommandResult unknown = RunTepat("import template gaji");
  EXPECT_NE(unknown.exit_code, 0);
  EXPECT_NE(unknown.output.find("'gaji' is not a template"), std::string::npos) << unknown.output;
}

TEST(CliServeTest, RefusesUnknownDatabaseScheme) {
  CommandResult result = RunTepat("serve --db mysql://x --port 0 --static ''");
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.output.find("sqlite:"), std::string::npos) << result.output;
}

}  // namespace
}  // namespace tepat::test_support
