// GET /api/complaints/dashboard and /api/complaints/export end to end on both engines: the JSON shape, the file
// headers, masking by role, the region scope and bad parameters. The figures themselves are checked by hand in
// tests/complaints/complaint_report_test.cpp.
#include "server_fixture.hpp"

namespace tepat::test_support {
namespace {

using domain::Role;

constexpr const char* kNik = "3510014506900003";

class ComplaintReportApiTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    if (HasFatalFailure()) return;
    HttpClient warga = LoggedIn(*server_, Role::kWarga);
    const boost::json::object draft{{"region", "35.10"},
                                    {"topic_id", 1},
                                    {"title", "Tidak menerima BPNT"},
                                    {"message", "Sudah terdaftar di DTKS tetapi tidak menerima bantuan."},
                                    {"reporter_nik", kNik},
                                    {"phones", boost::json::array{"0812-3456-7890"}}};
    for (int i = 0; i < 2; ++i) {
      HttpResult filed = warga.Post("/api/complaints", boost::json::serialize(draft));
      ASSERT_EQ(filed.status, 201u) << filed.body;
    }
  }
};

TEST_P(ComplaintReportApiTest, DashboardCountsTheCallersComplaints) {
  HttpClient pemda = LoggedIn(*server_, Role::kAdminPemda);
  HttpResult res = pemda.Get("/api/complaints/dashboard?from=2000-01-01");
  ASSERT_EQ(res.status, 200u) << res.body;
  boost::json::value board = Json(res.body);
  EXPECT_EQ(board.at("total"), 2);
  EXPECT_EQ(board.at("by_status").as_array().size(), 5u);
  EXPECT_EQ(board.at("by_status").at(0).at("status"), "BARU");
  EXPECT_EQ(board.at("by_status").at(0).at("count"), 2);
  EXPECT_EQ(board.at("by_region").at(0).at("region"), "35.10");
  EXPECT_EQ(board.at("by_region").at(0).at("name"), "Kabupaten Banyuwangi");
  EXPECT_EQ(board.at("by_program").at(0).at("id"), nullptr);
  EXPECT_EQ(board.at("first_response").at("target_working_seconds"), 172800);
  EXPECT_EQ(board.at("first_response").at("answered"), 0);
  EXPECT_EQ(board.at("pemda").at(0).at("no_response_share"), 0.0);
  EXPECT_EQ(res.body.find(kNik), std::string::npos);

  EXPECT_EQ(pemda.Get("/api/complaints/dashboard?region=35.07").status, 403u);
  EXPECT_EQ(pemda.Get("/api/complaints/dashboard?until=2026-02-30").status, 400u);
  EXPECT_EQ(LoggedIn(*server_, Role::kWarga).Get("/api/complaints/dashboard").status, 403u);
  EXPECT_EQ(server_->Client().Get("/api/complaints/dashboard").status, 401u);
}

TEST_P(ComplaintReportApiTest, ExportSendsAFileWithPersonalDataByRole) {
  HttpClient pemda = LoggedIn(*server_, Role::kAdminPemda);
  HttpResult csv = pemda.Get("/api/complaints/export?format=csv&status=BARU");
  ASSERT_EQ(csv.status, 200u) << csv.body;
  EXPECT_EQ(csv.headers["Content-Type"], "text/csv; charset=utf-8");
  EXPECT_EQ(csv.headers["Content-Disposition"].rfind("attachment; filename=\"keluhan-", 0), 0u);
  EXPECT_EQ(csv.headers["Cache-Control"], "private, no-store");
  EXPECT_NE(csv.body.find(kNik), std::string::npos);
  EXPECT_NE(csv.body.find("+6281234567890"), std::string::npos);

  HttpResult desa = LoggedIn(*server_, Role::kOperatorDesa).Get("/api/complaints/export");
  ASSERT_EQ(desa.status, 200u) << desa.body;
  EXPECT_EQ(desa.body.find(kNik), std::string::npos);
  EXPECT_NE(desa.body.find("3510********0003"), std::string::npos);

  HttpResult xlsx = pemda.Get("/api/complaints/export?format=xlsx");
  ASSERT_EQ(xlsx.status, 200u);
  EXPECT_EQ(xlsx.headers["Content-Type"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");

  EXPECT_EQ(pemda.Get("/api/complaints/export?format=pdf").status, 400u);
  EXPECT_EQ(pemda.Get("/api/complaints/export?region=35.07").status, 403u);
  EXPECT_EQ(LoggedIn(*server_, Role::kWarga).Get("/api/complaints/export").status, 403u);
}

INSTANTIATE_TEST_SUITE_P(Engines, ComplaintReportApiTest, ::testing::ValuesIn(AllTestEngines()), EngineTestName);

}  // namespace
}  // namespace tepat::test_support
