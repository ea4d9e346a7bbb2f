#include "ingest/importer.hpp"

#include <gtest/gtest.h>

#include "ingest/ingest_testing.hpp"

namespace tepat::ingest {
namespace {

using testing::Fixture;
using testing::Import;
using testing::TempDir;

// A dukcapil CSV with `n` valid rows (distinct serials).
std::string ValidDukcapil(int n) {
  std::string text =
      "NIK,NO_KK,NAMA,TANGGAL_LAHIR,JENIS_KELAMIN,KODE_DESA\n";
  for (int i = 1; i <= n; ++i) {
    char serial[8];
    std::snprintf(serial, sizeof serial, "%04d", i);
    text += std::string("351001120385") + serial + ",3510010101200001,ORANG " + std::to_string(i) +
            ",12/03/1985,L,3510012001\n";
  }
  return text;
}

TEST(ImporterTest, DeliversValidRowsInBatchesOfN) {
  TempDir dir;
  testing::WriteFile(dir / "d.csv", ValidDukcapil(25));
  ImportOptions options;
  options.batch_size = 10;
  auto out = Import<DukcapilRow>(dir / "d.csv", options);
  ASSERT_TRUE(out.summary.ok()) << out.summary.status().message();
  EXPECT_EQ(out.batch_sizes, (std::vector<std::size_t>{10, 10, 5}));
  ASSERT_EQ(out.rows.size(), 25u);
  EXPECT_EQ(out.rows[24].row, 26u);
  EXPECT_EQ(out.rows[24].nik, "3510011203850025");
  EXPECT_EQ(out.summary->rows_valid, 25u);
  EXPECT_EQ(out.summary->header_row, 1u);
}

TEST(ImporterTest, ReportsProgressWithBytesAndRows) {
  TempDir dir;
  const std::string text = ValidDukcapil(30);
  testing::WriteFile(dir / "d.csv", text);
  std::vector<ImportProgress> seen;
  ImportOptions options;
  options.progress_every_rows = 10;
  options.table.chunk_bytes = 128;
  options.on_progress = [&](const ImportProgress& p) { seen.push_back(p); };
  auto out = Import<DukcapilRow>(dir / "d.csv", options);
  ASSERT_TRUE(out.summary.ok());
  ASSERT_EQ(seen.size(), 4u);  // after 10, 20, 30 rows and at the end
  EXPECT_EQ(seen[0].rows_read, 10u);
  EXPECT_EQ(seen[0].bytes_total, text.size());
  EXPECT_LT(seen[0].bytes_read, seen[1].bytes_read);
  EXPECT_EQ(seen.back().bytes_read, text.size());
  EXPECT_EQ(seen.back().rows_valid, 30u);
}

TEST(ImporterTest, FailedBatchStopsTheImportAndIsReturned) {
  TempDir dir;
  testing::WriteFile(dir / "d.csv", ValidDukcapil(25));
  ImportOptions options;
  options.batch_size = 10;
  int batches = 0;
  auto summary = ImportRows<DukcapilRow>(
      dir / "d.csv", testing::FixtureContext(), options,
      [&](std::vector<DukcapilRow>&) {
        return ++batches == 2 ? domain::Unavailable("database is gone") : domain::Status::Ok();
      },
      nullptr);
  ASSERT_FALSE(summary.ok());
  EXPECT_EQ(summary.status().message(), "database is gone");
  EXPECT_EQ(batches, 2);
}

TEST(ImporterTest, DryRunValidatesWithoutBatches) {
  std::vector<RowIssue> issues;
  auto summary = ImportRows<DukcapilRow>(Fixture("dukcapil_bad_rows.csv"), testing::FixtureContext(), {}, nullptr,
                                         [&](const RowIssue& i) { issues.push_back(i); });
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->rows_invalid, 12u);
  EXPECT_EQ(issues.size(), 14u);
}

TEST(ImporterTest, OptionalColumnsKeepOrClearAsTheTemplateSays) {
  TempDir dir;
  testing::WriteFile(dir / "d.csv",
                     "NIK,NO_KK,NAMA,TANGGAL_LAHIR,JENIS_KELAMIN,KODE_DESA,AGAMA,TANGGAL_STATUS,STATUS_HIDUP\n"
                     "3510011203850003,3510010101200001,BUDI,12/03/1985,L,3510012001,,,\n"
                     "3510011203850003,3510010101200001,BUDI,12/03/1985,L,3510012001,ISLAM,01/02/2020,MENINGGAL\n");
  auto out = Import<DukcapilRow>(dir / "d.csv");
  ASSERT_TRUE(out.summary.ok());
  ASSERT_EQ(out.rows.size(), 2u);
  using Op = FieldUpdate<std::string>::Op;
  EXPECT_EQ(out.rows[0].religion.op, Op::kKeep);                       // empty AGAMA keeps the stored religion
  EXPECT_EQ(out.rows[0].status_date.op, FieldUpdate<domain::CivilDate>::Op::kClear);  // empty TANGGAL_STATUS clears
  EXPECT_EQ(out.rows[0].status_source.op, Op::kKeep);                  // column absent: keep
  EXPECT_EQ(out.rows[1].religion, FieldUpdate<std::string>::Set("ISLAM"));
  EXPECT_EQ(out.rows[1].life_status, FieldUpdate<domain::LifeStatus>::Set(domain::LifeStatus::kDeceased));
  EXPECT_EQ(out.rows[1].status_date.value, (domain::CivilDate{2020, 2, 1}));
}

TEST(ImporterTest, DeceasedWithoutDateIsAWarningAndStatusBeforeBirthAnError) {
  TempDir dir;
  testing::WriteFile(dir / "d.csv",
                     "NIK,NO_KK,NAMA,TANGGAL_LAHIR,JENIS_KELAMIN,KODE_DESA,TANGGAL_STATUS,STATUS_HIDUP\n"
                     "3510011203850003,3510010101200001,BUDI,12/03/1985,L,3510012001,,MENINGGAL\n"
                     "3510011203850003,3510010101200001,BUDI,12/03/1985,L,3510012001,01/01/1980,PINDAH\n");
  auto out = Import<DukcapilRow>(dir / "d.csv");
  ASSERT_TRUE(out.summary.ok());
  ASSERT_EQ(out.rows.size(), 1u);
  ASSERT_EQ(out.issues.size(), 2u);
  EXPECT_EQ(out.issues[0].severity, Severity::kWarning);
  EXPECT_EQ(out.issues[0].column, "TANGGAL_STATUS");
  EXPECT_EQ(out.issues[1].reason_id, "Tanggal status 01/01/1980 lebih awal dari tanggal lahir 12/03/1985.");
}

TEST(ImporterTest, DtksRows) {
  auto out = Import<DtksRow>(Fixture("dtks_valid.csv"));
  ASSERT_TRUE(out.summary.ok()) << out.summary.status().message();
  ASSERT_EQ(out.rows.size(), 2u);
  EXPECT_EQ(out.rows[0].round, "2024-03");
  EXPECT_EQ(out.rows[1].round, "2024-03");  // written 03/2024
  EXPECT_EQ(out.rows[0].relation.value, domain::FamilyRelation::kHead);
  EXPECT_EQ(out.rows[1].status, domain::DtksStatus::kActive);  // empty STATUS_DTKS
  EXPECT_EQ(out.rows[0].decile, 1);
  std::vector<std::string> got;
  for (const auto& i : out.issues) got.push_back(std::to_string(i.row) + "|" + i.column + "|" + i.reason_id);
  EXPECT_EQ(got, (std::vector<std::string>{"4|DESIL|Harus angka bulat 1 sampai 10.",
                                           "5|PERIODE_DTKS|Periode DTKS harus tahun-bulan, mis. 2024-03."}));
}

TEST(ImporterTest, EmptyNikInDtksAndRecipientsIsAWarningNotARejection) {
  TempDir dir;
  testing::WriteFile(dir / "d.csv",
                     "NO_KK,NIK,NAMA,KODE_DESA,DESIL,PERIODE_DTKS,TANGGAL_LAHIR,JENIS_KELAMIN\n"
                     "3510010101200001,,BAYI,3510012001,2,2024-03,01/02/2026,P\n");
  auto dtks = Import<DtksRow>(dir / "d.csv");
  ASSERT_TRUE(dtks.summary.ok()) << dtks.summary.status().message();
  ASSERT_EQ(dtks.rows.size(), 1u);
  EXPECT_FALSE(dtks.rows[0].nik.has_value());
  EXPECT_EQ(dtks.rows[0].birth_date, (domain::CivilDate{2026, 2, 1}));
  EXPECT_EQ(dtks.rows[0].sex, domain::Sex::kFemale);
  ASSERT_EQ(dtks.issues.size(), 1u);
  EXPECT_EQ(dtks.issues[0].severity, Severity::kWarning);
  EXPECT_EQ(dtks.issues[0].reason_id.rfind("NIK kosong; baris tetap diterima", 0), 0u);

  testing::WriteFile(dir / "r.csv",
                     "KODE_PROGRAM,PERIODE,TAHAP,NIK,NAMA,KODE_DESA\n"
                     "BST-1,2024-01,PENETAPAN,,BUDI,3510012001\n");
  auto recipients = Import<RecipientRow>(dir / "r.csv");
  ASSERT_TRUE(recipients.summary.ok());
  ASSERT_EQ(recipients.rows.size(), 1u);
  EXPECT_FALSE(recipients.rows[0].nik.has_value());
  EXPECT_EQ(recipients.summary->warnings, 1u);

  testing::WriteFile(dir / "n.csv", "KODE_PROGRAM,PERIODE,TAHAP,NAMA,KODE_DESA\nBST-1,2024-01,PENETAPAN,BUDI,3510012001\n");
  auto no_column = Import<RecipientRow>(dir / "n.csv");
  ASSERT_FALSE(no_column.summary.ok()) << "the NIK column itself stays required";
  EXPECT_NE(no_column.summary.status().message().find("Kolom wajib tidak ditemukan di baris judul (baris 1): NIK."),
            std::string::npos);
}

TEST(ImporterTest, DtksBirthDateAndSexMustAgreeWithNikWhenGiven) {
  TempDir dir;
  testing::WriteFile(dir / "d.csv",
                     "NO_KK,NIK,NAMA,KODE_DESA,DESIL,PERIODE_DTKS,TANGGAL_LAHIR,JENIS_KELAMIN,RECORD_ID\n"
                     "3510010101200001,3510015506880002,SITI,3510012001,2,2024-03,1988-06-15,P,r1\n"
                     "3510010101200001,3510015506880002,SITI,3510012001,2,2024-03,1988-06-16,P,r2\n");
  auto out = Import<DtksRow>(dir / "d.csv");
  ASSERT_TRUE(out.summary.ok()) << out.summary.status().message();
  ASSERT_EQ(out.rows.size(), 1u);
  EXPECT_EQ(out.rows[0].sex, domain::Sex::kFemale);
  EXPECT_EQ(out.rows[0].birth_date, (domain::CivilDate{1988, 6, 15}));
  ASSERT_EQ(out.issues.size(), 1u);
  EXPECT_EQ(out.issues[0].row, 3u);
  EXPECT_EQ(out.issues[0].column, "NIK");
  EXPECT_EQ(out.summary->notices.at(0).message_id, "Kolom tambahan diabaikan: RECORD_ID.");
}

TEST(ImporterTest, ProgramRows) {
  auto out = Import<ProgramRow>(Fixture("programs_valid.csv"));
  ASSERT_TRUE(out.summary.ok()) << out.summary.status().message();
  ASSERT_EQ(out.rows.size(), 2u);
  EXPECT_EQ(out.rows[0].kind, domain::ProgramKind::kBst);
  EXPECT_EQ(out.rows[0].ends.value, (domain::CivilDate{2024, 12, 31}));
  EXPECT_EQ(out.rows[0].note.op, FieldUpdate<std::string>::Op::kClear);  // empty KETERANGAN clears
  EXPECT_EQ(out.rows[1].kind, domain::ProgramKind::kBltDanaDesa);
  EXPECT_EQ(out.rows[1].funding, domain::FundingSource::kDanaDesa);
  EXPECT_EQ(out.rows[1].region.Dotted(), "35.10.01");
  EXPECT_EQ(out.rows[1].ends.op, FieldUpdate<domain::CivilDate>::Op::kClear);
  std::vector<std::string> got;
  for (const auto& i : out.issues) got.push_back(std::to_string(i.row) + "|" + i.column + "|" + i.value);
  EXPECT_EQ(got, (std::vector<std::string>{"4|KODE_PROGRAM|BANKAB 2024", "4|TANGGAL_SELESAI|01/01/2024",
                                           "5|SUMBER_DANA|APBD", "5|KODE_WILAYAH|35.99"}));
}

TEST(ImporterTest, RecipientRows) {
  auto out = Import<RecipientRow>(Fixture("recipients_valid.csv"));
  ASSERT_TRUE(out.summary.ok()) << out.summary.status().message();
  ASSERT_EQ(out.rows.size(), 2u);
  EXPECT_EQ(out.rows[0].amount_rupiah.value, 600000);
  EXPECT_EQ(out.rows[0].stage, domain::RecipientStage::kDecree);
  EXPECT_EQ(out.rows[0].kk.value, "3510010101200001");
  EXPECT_EQ(out.rows[1].nik, "3510011203850003");  // leading apostrophe from Excel removed
  EXPECT_EQ(out.rows[1].amount_rupiah.value, 600000);  // "Rp 600.000,00"
  EXPECT_EQ(out.rows[1].received_on.value, (domain::CivilDate{2024, 1, 15}));
  EXPECT_EQ(out.rows[1].stage, domain::RecipientStage::kRealised);
  std::vector<std::string> got;
  for (const auto& i : out.issues) got.push_back(std::to_string(i.row) + "|" + i.column + "|" + i.value);
  EXPECT_EQ(got, (std::vector<std::string>{"4|NILAI_UANG|600.000,50", "5|TAHAP|DIBATALKAN"}));
}

}  // namespace
}  // namespace tepat::ingest
