// Screening against the stored registry on both engines: the registry loader, ScreeningService (list file in,
// report out, results stored with settings and data version), broken rows, empty registry and list.
#include <gtest/gtest.h>

#include "screening/screening_fixture.hpp"

namespace tepat::store_test {
namespace {

TEPAT_STORE_SUITE_ON_ALL_ENGINES(ScreeningServiceTest);

TEST_P(ScreeningServiceTest, ScreensAListAndStoresTheRunWithSettingsAndDataVersion) {
  SeedRegistry();
  const fs::path list = WriteList("NIK,NAMA,KODE_DESA\n" + Line(0, "Warga Nomor 0") + Line(1, "Warga Nomor 1") +
                                  Line(5, "Warga Nomor 5") + "1234,Orang Lain,35.10.01.2001,EXTRA\n" +
                                  Line(4, "Warga Nomor 4") + Line(0, "Warga Nomor 0"));
  auto report = service_->ScreenFile(list, "BST", "2024-01");
  ASSERT_TRUE(report.ok()) << report.status().message();
  ASSERT_EQ(report->rows.size(), 6u);
  const auto& rows = report->rows;
  EXPECT_EQ(rows[0].line, 2);
  EXPECT_EQ(rows[0].verdict, "LOLOS");
  EXPECT_EQ(rows[0].reasons, ",TERDAFTAR_DTKS,");
  EXPECT_EQ(rows[1].verdict, "DITOLAK");
  EXPECT_NE(rows[1].details.find("MENINGGAL: meninggal 2023-05-01"), std::string::npos) << rows[1].details;
  EXPECT_NE(rows[2].reasons.find(",SUDAH_MENERIMA,"), std::string::npos);
  // The row with an extra value is listed, not screened.
  EXPECT_EQ(rows[3].line, 5);
  EXPECT_EQ(rows[3].reasons, ",DATA_TIDAK_LENGKAP,");
  EXPECT_NE(rows[3].details.find("baris 5"), std::string::npos);
  EXPECT_NE(rows[4].reasons.find(",DESIL_DI_ATAS_BATAS,"), std::string::npos);
  EXPECT_NE(rows[5].reasons.find(",GANDA_DALAM_DAFTAR,"), std::string::npos);
  EXPECT_EQ(report->lolos + report->perlu_verifikasi + report->ditolak, 6);
  EXPECT_EQ(report->data_version, store().RegistryDataVersion().value());
  EXPECT_NE(report->settings.find("\"decile_cap\": 3"), std::string::npos);

  auto run_id = service_->CreateRun(77, "BST", "2024-01", "usulan.csv", 0);
  ASSERT_TRUE(run_id.ok()) << run_id.status().message();
  ASSERT_TRUE(service_->CompleteRun(*run_id, *report).ok());
  auto run = store().GetScreeningRunOfJob(77);
  ASSERT_TRUE(run.ok() && run->has_value());
  EXPECT_EQ((*run)->data_version, report->data_version);
  EXPECT_EQ((*run)->rows_total, 6);
  EXPECT_EQ((*run)->created_at, 1'700'000'000);
  auto rejected = store().ListScreeningRows(*run_id, store::ScreeningRowQuery{"DITOLAK", "", 10, 0});
  ASSERT_TRUE(rejected.ok());
  EXPECT_EQ(rejected->total, report->ditolak);

  // The download: CSV and XLSX.
  ASSERT_TRUE(service::WriteScreeningReport(report->rows, dir_ / "hasil.csv").ok());
  std::ifstream csv(dir_ / "hasil.csv");
  std::string header;
  std::getline(csv, header);
  EXPECT_EQ(header, "BARIS,NIK,NO_KK,NAMA,KODE_DESA,HASIL,ALASAN,KETERANGAN,KANDIDAT\r");
  ASSERT_TRUE(service::WriteScreeningReport(report->rows, dir_ / "hasil.xlsx").ok());
  EXPECT_GT(fs::file_size(dir_ / "hasil.xlsx"), 0u);
}

TEST_P(ScreeningServiceTest, ReloadsTheRegistryOnlyWhenTheDataChanged) {
  SeedRegistry();
  auto first = service_->Registry();
  ASSERT_TRUE(first.ok()) << first.status().message();
  auto again = service_->Registry();
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(first->get(), again->get());
  ASSERT_TRUE(store().ApplyPeople({TestPerson(20)}, {}).ok());
  auto changed = service_->Registry();
  ASSERT_TRUE(changed.ok());
  EXPECT_NE(first->get(), changed->get());
  EXPECT_EQ((*changed)->registry->people(), 9u);
}

TEST_P(ScreeningServiceTest, EmptyRegistryOrListGivesAResultNotAnError) {
  ASSERT_TRUE(store().ApplyPrograms({TestProgram("BST")}, {}).ok());
  auto unfound = service_->ScreenFile(WriteList("NIK,NAMA\n" + TestPerson(0).nik + ",Warga\n"), "BST", "2024-01");
  ASSERT_TRUE(unfound.ok()) << unfound.status().message();
  ASSERT_EQ(unfound->rows.size(), 1u);
  // The fixture's NIKs have day 00 in their date digits: unknown to the registry, they are malformed too.
  EXPECT_EQ(unfound->rows[0].reasons, ",NIK_TIDAK_VALID,TIDAK_TERDAFTAR_DTKS,");
  auto empty = service_->ScreenFile(WriteList("NIK,NAMA\n"), "BST", "2024-01");
  ASSERT_TRUE(empty.ok()) << empty.status().message();
  EXPECT_TRUE(empty->rows.empty());
}

TEST_P(ScreeningServiceTest, RefusesUnknownProgramAndListWithoutNikOrName) {
  SeedRegistry();
  auto unknown = service_->ScreenFile(WriteList("NIK,NAMA\n"), "NOPE", "2024-01");
  EXPECT_EQ(unknown.status().code(), domain::ErrorCode::kNotFound);
  auto no_period = service_->ScreenFile(WriteList("NIK,NAMA\n"), "BST", "");
  EXPECT_EQ(no_period.status().code(), domain::ErrorCode::kInvalidArgument);
  auto bad = service_->ScreenFile(WriteList("ALAMAT,RT\nJl. Merdeka,001\n"), "BST", "2024-01");
  EXPECT_EQ(bad.status().code(), domain::ErrorCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("NIK or a NAMA"), std::string::npos);
}

}  // namespace
}  // namespace tepat::store_test
