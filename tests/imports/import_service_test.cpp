// ImportService on both engines: valid and invalid rows, re-import, civil-registration updates, empty cells, DTKS
// difference report, region scope of operators, cancel between batches, file-level errors.
#include "import_fixture.hpp"

namespace tepat::import_test {
namespace {

using ingest::TemplateKind;
using store::JobStatus;

TEST_P(ImportTest, WritesValidRowsAndReportsInvalidOnesByRowAndColumn) {
  std::string text = DukcapilFile(25);
  text += "3510011203850000,3510010101200001,SERIAL NOL,12/03/1985,L,3510012001,JL. X\n";  // row 27
  text += Nik(99) + ",3510010101200001,,12/03/1985,L,3510012001,JL. X\n";                  // row 28: no name
  store::Job job = RunImport(TemplateKind::kDukcapil, text);
  EXPECT_EQ(job.status, JobStatus::kSucceeded) << job.message;
  EXPECT_EQ(job.rows_done, 27);
  EXPECT_EQ(job.rows_total, 27);
  EXPECT_EQ(job.rows_errors, 2);
  EXPECT_EQ(store().CountPeople().value(), 25);
  EXPECT_EQ(Person(7).address, "JL. MAWAR 7");
  ASSERT_FALSE(job.error_report_path.empty());
  const std::string report = ReadFile(job.error_report_path);
  EXPECT_NE(report.find("27,NIK,3510********0000"), std::string::npos) << report;
  EXPECT_NE(report.find("28,NAMA"), std::string::npos) << report;
  EXPECT_EQ(report.find("3510011203850000"), std::string::npos) << "the report must mask NIKs";
  EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(job.error_report_path).replace_filename("errors.xlsx")));
  EXPECT_NE(job.message.find("25 new"), std::string::npos) << job.message;
}

TEST_P(ImportTest, ReimportingTheSameFileChangesNothingAndWritesNoHistory) {
  const std::string text = DukcapilFile(25);
  ASSERT_EQ(RunImport(TemplateKind::kDukcapil, text).status, JobStatus::kSucceeded);
  store::Job again = RunImport(TemplateKind::kDukcapil, text);
  EXPECT_EQ(again.status, JobStatus::kSucceeded);
  EXPECT_NE(again.message.find("0 new, 0 changed, 25 unchanged"), std::string::npos) << again.message;
  EXPECT_TRUE(again.error_report_path.empty());
  EXPECT_EQ(store().CountPeople().value(), 25);
  for (int i : {1, 13, 25}) EXPECT_TRUE(store().ListHistory(store::RegistryEntity::kPerson, Person(i).id).value().empty());
}

TEST_P(ImportTest, AnUpdateFileMarksPeopleDeceasedOrMovedAndEmptyCellsKeepStoredValues) {
  ASSERT_EQ(RunImport(TemplateKind::kDukcapil, DukcapilFile(3)).status, JobStatus::kSucceeded);
  const std::string update =
      "NIK,NO_KK,NAMA,TANGGAL_LAHIR,JENIS_KELAMIN,KODE_DESA,ALAMAT,STATUS_HIDUP,TANGGAL_STATUS,SUMBER_STATUS\n" +
      Nik(1) + ",3510010101200001,ORANG 1,12/03/1985,L,3510012001,,MENINGGAL,01/02/2026,AKTA KEMATIAN\n" + Nik(2) +
      ",3510010101200001,ORANG 2,12/03/1985,L,3510012001,,PINDAH,03/04/2026,SKPWNI\n";
  store::Job job = RunImport(TemplateKind::kDukcapil, update);
  ASSERT_EQ(job.status, JobStatus::kSucceeded) << job.message;
  const domain::Person dead = Person(1);
  EXPECT_EQ(dead.life.status, domain::LifeStatus::kDeceased);
  EXPECT_EQ(dead.life.since, (domain::CivilDate{2026, 2, 1}));
  EXPECT_EQ(dead.address, "JL. MAWAR 1");  // empty ALAMAT keeps the stored address
  EXPECT_EQ(Person(2).life.status, domain::LifeStatus::kMoved);
  EXPECT_EQ(Person(3).life.status, domain::LifeStatus::kAlive);
  auto history = store().ListHistory(store::RegistryEntity::kPerson, dead.id).value();
  ASSERT_FALSE(history.empty());
  for (const store::ChangeRecord& change : history) {
    EXPECT_EQ(change.job_id, job.id);
    EXPECT_NE(change.field, "address");
  }
}

TEST_P(ImportTest, ADtksRoundProducesTheDifferenceAgainstThePreviousRound) {
  const std::string header = "NO_KK,NIK,NAMA,KODE_DESA,DESIL,PERIODE_DTKS\n";
  const std::string kk_a = "3510010101200001", kk_b = "3510010101200002", kk_c = "3510010101200003";
  const std::string first = header + kk_a + "," + Nik(1) + ",ORANG 1,3510012001,2,2024-03\n" + kk_a + "," + Nik(2) +
                            ",ORANG 2,3510012001,2,2024-03\n" + kk_b + "," + Nik(3) + ",ORANG 3,3510012001,4,2024-03\n";
  store::Job round1 = RunImport(TemplateKind::kDtks, first);
  ASSERT_EQ(round1.status, JobStatus::kSucceeded) << round1.message;
  ASSERT_FALSE(round1.result_path.empty());
  EXPECT_NE(round1.message.find("first round"), std::string::npos) << round1.message;

  const std::string second = header + kk_a + "," + Nik(1) + ",ORANG 1,3510012001,3,2024-09\n" + kk_a + "," +
                             Nik(2) + ",ORANG 2,3510012001,2,2024-09\n" + kk_c + "," + Nik(4) +
                             ",ORANG 4,3510012001,1,2024-09\n";
  store::Job round2 = RunImport(TemplateKind::kDtks, second);
  ASSERT_EQ(round2.status, JobStatus::kSucceeded) << round2.message;
  const std::string diff = ReadFile(round2.result_path);
  EXPECT_NE(diff.find("RUTA_BARU;" + kk_c), std::string::npos) << diff;
  EXPECT_NE(diff.find("RUTA_KELUAR;" + kk_b), std::string::npos) << diff;
  EXPECT_NE(diff.find("ENTRI_BARU;" + kk_c + ";" + Nik(4) + ";;1;"), std::string::npos) << diff;
  EXPECT_NE(diff.find("ENTRI_KELUAR;" + kk_b + ";" + Nik(3) + ";4;;"), std::string::npos) << diff;
  EXPECT_NE(diff.find("BERUBAH;" + kk_a + ";" + Nik(1) + ";2;3;AKTIF;AKTIF;2024-03;2024-09"), std::string::npos)
      << diff;
  EXPECT_EQ(diff.find(Nik(2)), std::string::npos) << "unchanged entries are not listed";
  EXPECT_NE(round2.message.find("2024-03 -> 2024-09"), std::string::npos) << round2.message;
}

TEST_P(ImportTest, AnOperatorOnlyWritesRowsInsideTheirRegions) {
  domain::Account op;
  op.email = "op@example.test";
  op.display_name = "Operator";
  op.role = domain::Role::kOperator;
  op.password_hash = "x";
  op.scopes = {*domain::RegionCode::Parse("35.10.01")};
  const std::int64_t account = store().CreateAccount(op).value();
  ASSERT_TRUE(store().SetAccountScopes(account, op.scopes).ok());
  const std::string text = "NIK,NO_KK,NAMA,TANGGAL_LAHIR,JENIS_KELAMIN,KODE_DESA\n" + Nik(1) +
                           ",3510010101200001,DI DALAM,12/03/1985,L,3510012001\n" +
                           "3510021203850001,3510020101200001,DI LUAR,12/03/1985,L,3510022001\n";
  store::Job job = RunImport(TemplateKind::kDukcapil, text, account);
  EXPECT_EQ(job.status, JobStatus::kSucceeded) << job.message;
  EXPECT_EQ(job.rows_errors, 1);
  EXPECT_EQ(store().CountPeople().value(), 1);
  EXPECT_NE(ReadFile(job.error_report_path).find("3,KODE_DESA,35.10.02.2001,KESALAHAN"), std::string::npos)
      << ReadFile(job.error_report_path);
}

TEST_P(ImportTest, CancelStopsAfterTheBatchBeingWritten) {
  store::Store* s = &store();
  store::Job job = RunImport(TemplateKind::kDukcapil, DukcapilFile(50), 0, 5,
                             [s](const store::Job& running, const store::JobProgress& progress) {
                               if (progress.rows_done >= 10) (void)s->RequestJobCancel(running.id, 0);
                             });
  EXPECT_EQ(job.status, JobStatus::kCancelled) << job.message;
  const std::int64_t people = store().CountPeople().value();
  EXPECT_EQ(people % 5, 0) << "whole batches only";
  EXPECT_GE(people, 10);
  EXPECT_LT(people, 50);
  EXPECT_NE(job.message.find("import the file again"), std::string::npos) << job.message;
}

TEST_P(ImportTest, AFileInTheWrongTemplateFailsTheJobAndWritesNothing) {
  store::Job job = RunImport(TemplateKind::kDukcapil, "KODE_PROGRAM,NAMA_PROGRAM\nBST,Bantuan\n");
  EXPECT_EQ(job.status, JobStatus::kFailed);
  EXPECT_FALSE(job.message.empty());
  EXPECT_EQ(store().CountPeople().value(), 0);
}

TEST_P(ImportTest, ProgramsAndRecipientsAreImported) {
  store::Job programs = RunImport(TemplateKind::kPrograms,
                                  "KODE_PROGRAM,NAMA_PROGRAM,JENIS_BANTUAN,SUMBER_DANA,KODE_WILAYAH,TANGGAL_MULAI\n"
                                  "BST-2024,Bantuan Sosial Tunai,BST,APBN,35.10,01/01/2024\n");
  ASSERT_EQ(programs.status, JobStatus::kSucceeded) << programs.message;
  ASSERT_TRUE(store().FindProgram("BST-2024").value().has_value());
  store::Job recipients = RunImport(TemplateKind::kRecipients,
                                    "KODE_PROGRAM,PERIODE,TAHAP,NIK,NAMA,KODE_DESA,NILAI_UANG\n"
                                    "BST-2024,2024-01,PENETAPAN," + Nik(1) + ",Orang 1,3510012001,600000\n");
  ASSERT_EQ(recipients.status, JobStatus::kSucceeded) << recipients.message;
  auto aid = store().ListAidOfPerson(Nik(1)).value();
  ASSERT_EQ(aid.size(), 1u);
  EXPECT_EQ(aid[0].source_job_id, recipients.id);
}

// The registry as text, for the people `niks` and households `kks`: every stored field and every history row
// (field, old, new, job), ids left out.
std::string RegistryText(store::Store& store, const std::vector<int>& niks, const std::vector<std::string>& kks) {
  auto history_text = [&](store::RegistryEntity entity, std::int64_t id) {
    std::string text;
    const std::vector<store::ChangeRecord> history = store.ListHistory(entity, id).value();
    for (const store::ChangeRecord& change : history) {
      text += " [" + change.field + ":" + change.old_value.value_or("-") + ">" + change.new_value.value_or("-") +
              " job " + std::to_string(change.job_id) + "]";
    }
    return text;
  };
  std::string text;
  for (int i : niks) {
    const std::optional<domain::Person> person = store.FindPersonByNik(Nik(i)).value();
    if (!person) {
      text += "no person " + std::to_string(i) + "\n";
      continue;
    }
    text += person->nik + " " + person->kk + " " + person->name + " " + person->address + " " +
            domain::FamilyRelationCode(person->relation) + " " + person->desa.Dotted() +
            history_text(store::RegistryEntity::kPerson, person->id) + "\n";
  }
  for (const std::string& kk : kks) {
    const std::optional<store::HouseholdView> household = store.FindHousehold(kk).value();
    if (!household) {
      text += "no household " + kk + "\n";
      continue;
    }
    text += kk + " head " + household->head_nik + " " + household->household.desa.Dotted() + " members " +
            std::to_string(household->members.size()) +
            history_text(store::RegistryEntity::kHousehold, household->household.id) + "\n";
  }
  return text;
}

// The first load of an empty registry (SQLite: a bulk load, key indexes built at the end) gives what ordinary
// batches give: the same records, households, history and counts, also for rows that repeat a NIK or a KK of an
// earlier batch (held back to the end of the load) or of the same batch.
TEST_P(ImportTest, AFirstLoadGivesWhatOrdinaryBatchesGive) {
  const std::string kk_a = "3510010101200001", kk_b = "3510010101200002", kk_c = "3510010101200003",
                    kk_d = "3510010101200004";
  auto row = [](int nik, const std::string& kk, const std::string& name, const std::string& desa,
                const std::string& address, const std::string& relation) {
    return Nik(nik) + "," + kk + "," + name + ",12/03/1985,L," + desa + "," + address + "," + relation + "\n";
  };
  const std::string text =
      "NIK,NO_KK,NAMA,TANGGAL_LAHIR,JENIS_KELAMIN,KODE_DESA,ALAMAT,HUBUNGAN_KELUARGA\n" +
      // batch 1
      row(1, kk_a, "ORANG 1", "3510012001", "JL. A", "KEPALA KELUARGA") +
      row(2, kk_a, "ORANG 2", "3510012001", "JL. A", "ISTRI") + row(3, kk_b, "ORANG 3", "3510012001", "JL. B", "ANAK") +
      // batch 2: household B's head comes after a member of batch 1; NIK 1 moves
      row(4, kk_b, "ORANG 4", "3510012001", "JL. B", "KEPALA KELUARGA") +
      row(1, kk_a, "ORANG 1", "3510012001", "JL. A2", "KEPALA KELUARGA") +
      row(5, kk_c, "ORANG 5", "3510012001", "JL. C", "ANAK") +
      // a rejected row, then batch 3: NIK 5 and household C again, NIK 1 a third time, household A moves desa
      "3510011203850000,3510010101200009,SERIAL NOL,12/03/1985,L,3510012001,JL. X,ANAK\n" +
      row(5, kk_c, "ORANG LIMA", "3510012001", "JL. C", "ANAK") +
      row(6, kk_c, "ORANG 6", "3510012001", "JL. C", "KEPALA KELUARGA") +
      row(1, kk_a, "ORANG 1", "3510012002", "JL. A3", "KEPALA KELUARGA") +
      // batch 4: a NIK repeated inside the batch, and an unchanged repeat of NIK 2
      row(7, kk_d, "ORANG 7", "3510012001", "JL. D", "KEPALA KELUARGA") +
      row(7, kk_d, "ORANG TUJUH", "3510012001", "JL. D", "KEPALA KELUARGA") +
      row(2, kk_a, "ORANG 2", "3510012001", "JL. A", "ISTRI");
  const std::vector<int> niks = {1, 2, 3, 4, 5, 6, 7};
  const std::vector<std::string> kks = {kk_a, kk_b, kk_c, kk_d};
  import_config_.batches_per_transaction = 1;  // the same transactions on both paths

  const store::Job first_load = RunImport(TemplateKind::kDukcapil, text, 0, 3);
  ASSERT_EQ(first_load.status, JobStatus::kSucceeded) << first_load.message;
  const std::string loaded = RegistryText(store(), niks, kks);

  auto ordinary_store = test_support::OpenMigratedTestStore(GetParam());
  ASSERT_TRUE(ordinary_store.ok()) << ordinary_store.status().message();
  std::swap(db_, ordinary_store.value());
  import_config_.bulk_load_empty_registry = false;
  const store::Job ordinary = RunImport(TemplateKind::kDukcapil, text, 0, 3);
  ASSERT_EQ(ordinary.status, JobStatus::kSucceeded) << ordinary.message;

  EXPECT_EQ(first_load.message, ordinary.message);
  EXPECT_EQ(first_load.rows_errors, 1);
  EXPECT_NE(first_load.message.find("7 new, 4 changed, 1 unchanged"), std::string::npos) << first_load.message;
  EXPECT_EQ(loaded, RegistryText(store(), niks, kks));
  EXPECT_NE(loaded.find(kk_b + " head " + Nik(4)), std::string::npos) << loaded;
  EXPECT_NE(loaded.find("[address:JL. A2>JL. A3 job 1]"), std::string::npos) << loaded;
}

INSTANTIATE_TEST_SUITE_P(Engines, ImportTest, ::testing::ValuesIn(test_support::AllTestEngines()),
                         [](const auto& info) { return std::string(test_support::TestEngineName(info.param)); });

}  // namespace
}  // namespace tepat::import_test
