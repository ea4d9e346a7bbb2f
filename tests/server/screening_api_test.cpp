// The screening API (/api/screenings) on SQLite and PostgreSQL: upload a list, follow the job to the end, page
// and filter the rows, download CSV and XLSX, NIK masking per role, regions, audit rows and bad input.
#include <chrono>
#include <thread>

#include "domain/nik.hpp"
#include "server_fixture.hpp"
#include "support/registry_scenario.hpp"

namespace tepat::test_support {
namespace {

using domain::Role;
namespace http = boost::beast::http;

constexpr auto kWaitLimit = std::chrono::seconds(60);  // a bound on waiting, not a timing assertion
constexpr const char* kPeriod = "2024-01";

std::string Text(const boost::json::value& v) { return v.is_string() ? std::string(v.as_string()) : ""; }

class ScreeningApiTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    scenario_ = SeedRegistryScenario(server_->services().store());
  }

  // The list: head (in DTKS), receiving (already received), deceased, unknown NIK, a broken row, Bandung person.
  std::string List() const {
    return "NIK,NAMA,KODE_DESA\n" + scenario_.head_nik + ",Warga Nomor 0,35.10.01.2001\n" + scenario_.receiving_nik +
           ",Warga Nomor 1,35.10.01.2001\n" + scenario_.deceased_nik + ",Warga Nomor 2,35.10.01.2001\n" +
           scenario_.unknown_nik + ",Orang Asing,35.10.01.2001\n" + "123,Rusak,35.10.01.2001,LEBIH\n" +
           scenario_.bandung_nik + ",Warga Bandung,32.73.01.1001\n";
  }

  HttpResult Upload(HttpClient& client, const std::string& body, const std::string& query) {
    return client.Send(http::verb::post, "/api/screenings?" + query, body, "application/octet-stream");
  }

  // Uploads List() for the scenario's program and returns the screening id (0 on failure).
  std::int64_t Start(HttpClient& client, const std::string& list) {
    HttpResult res = Upload(client, list, "program=" + scenario_.program_code + "&period=" + kPeriod +
                                              "&filename=usulan.csv");
    EXPECT_EQ(res.status, 202u) << res.body;
    if (res.status != 202u) return 0;
    return Json(res.body).at("screening").at("id").as_int64();
  }

  // Polls the screening until it finished; returns its last JSON.
  boost::json::value WaitFinished(HttpClient& client, std::int64_t id) {
    const auto limit = std::chrono::steady_clock::now() + kWaitLimit;
    boost::json::value last;
    while (std::chrono::steady_clock::now() < limit) {
      HttpResult res = client.Get("/api/screenings/" + std::to_string(id));
      EXPECT_EQ(res.status, 200u) << res.body;
      last = Json(res.body).at("screening");
      const std::string status = Text(last.at("status"));
      if (status != "queued" && status != "running") return last;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ADD_FAILURE() << "screening " << id << " did not finish";
    return last;
  }

  boost::json::value Rows(HttpClient& client, std::int64_t id, const std::string& query) {
    HttpResult res = client.Get("/api/screenings/" + std::to_string(id) + "/rows?" + query);
    EXPECT_EQ(res.status, 200u) << res.body;
    return Json(res.body);
  }

  std::size_t AuditCount(const std::string& action) {
    auto entries = server_->services().store().ListAudit(500, 0).value();
    return static_cast<std::size_t>(std::count_if(entries.begin(), entries.end(),
                                                   [&](const domain::AuditEntry& e) { return e.action == action; }));
  }

  RegistryScenario scenario_;
};

TEST_P(ScreeningApiTest, ScreensAnUploadedListAndServesFilteredPagedRowsAndDownloads) {
  HttpClient op = LoggedIn(*server_, Role::kOperator);
  const std::int64_t id = Start(op, List());
  ASSERT_NE(id, 0);
  const boost::json::value done = WaitFinished(op, id);
  ASSERT_EQ(Text(done.at("status")), "succeeded") << boost::json::serialize(done);
  EXPECT_EQ(done.at("rows_total").as_int64(), 6);
  EXPECT_EQ(done.at("rows_done").as_int64(), 6);
  EXPECT_EQ(done.at("rows_errors").as_int64(), 1);
  EXPECT_EQ(done.at("rows").as_int64(), 6);
  EXPECT_EQ(Text(done.at("region")), "35.10");
  EXPECT_EQ(Text(done.at("list_name")), "usulan.csv");
  EXPECT_FALSE(Text(done.at("data_version")).empty());
  EXPECT_NE(Text(done.at("settings")).find("\"rules\""), std::string::npos);
  EXPECT_EQ(done.at("lolos").as_int64() + done.at("perlu_verifikasi").as_int64() + done.at("ditolak").as_int64(), 6);

  // All rows, in list order, NIK in clear for the operator (full registry access).
  boost::json::value all = Rows(op, id, "limit=10");
  EXPECT_EQ(all.at("total").as_int64(), 6);
  const auto& rows = all.at("rows").as_array();
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[0].at("line").as_int64(), 2);
  EXPECT_EQ(Text(rows[0].at("nik")), scenario_.head_nik);
  // The broken row is listed with its reason, not screened.
  EXPECT_EQ(rows[4].at("line").as_int64(), 6);
  EXPECT_EQ(Text(rows[4].at("reasons").at(0)), "DATA_TIDAK_LENGKAP");
  EXPECT_NE(Text(rows[4].at("details").at(0)).find("baris 6"), std::string::npos);
  // The Bandung person is outside the program's region.
  bool outside = false;
  for (const auto& reason : rows[5].at("reasons").as_array()) outside |= Text(reason) == "DI_LUAR_WILAYAH";
  EXPECT_TRUE(outside) << boost::json::serialize(rows[5]);

  // Filters and paging.
  boost::json::value dead = Rows(op, id, "reason=MENINGGAL");
  ASSERT_EQ(dead.at("total").as_int64(), 1);
  EXPECT_EQ(Text(dead.at("rows").at(0).at("nik")), scenario_.deceased_nik);
  EXPECT_EQ(Text(dead.at("rows").at(0).at("verdict")), "DITOLAK");
  boost::json::value received = Rows(op, id, "reason=SUDAH_MENERIMA&verdict=DITOLAK");
  EXPECT_EQ(received.at("total").as_int64(), 1);
  boost::json::value passed = Rows(op, id, "verdict=LOLOS");
  EXPECT_EQ(passed.at("total").as_int64(), done.at("lolos").as_int64());
  boost::json::value page = Rows(op, id, "limit=2&offset=2");
  EXPECT_EQ(page.at("total").as_int64(), 6);
  ASSERT_EQ(page.at("rows").as_array().size(), 2u);
  EXPECT_EQ(page.at("rows").at(0).at("line").as_int64(), 4);

  // Downloads.
  HttpResult csv = op.Get("/api/screenings/" + std::to_string(id) + "/download?format=csv");
  ASSERT_EQ(csv.status, 200u) << csv.body;
  EXPECT_EQ(csv.headers["Content-Type"], "text/csv; charset=utf-8");
  EXPECT_NE(csv.headers["Content-Disposition"].find("hasil-pemadanan-" + std::to_string(id) + ".csv"),
            std::string::npos);
  EXPECT_EQ(csv.body.rfind("BARIS,NIK,NO_KK,NAMA,KODE_DESA,HASIL,ALASAN,KETERANGAN,KANDIDAT", 0), 0u) << csv.body;
  EXPECT_NE(csv.body.find(scenario_.deceased_nik), std::string::npos);
  EXPECT_NE(csv.body.find("MENINGGAL"), std::string::npos);
  HttpResult xlsx = op.Get("/api/screenings/" + std::to_string(id) + "/download?format=xlsx");
  ASSERT_EQ(xlsx.status, 200u);
  EXPECT_EQ(xlsx.body.rfind("PK", 0), 0u);  // a ZIP container

  // Every result view is audited.
  EXPECT_EQ(AuditCount("screening.start"), 1u);
  EXPECT_EQ(AuditCount("screening.rows"), 5u);
  EXPECT_EQ(AuditCount("screening.download"), 2u);

  // The list of screenings has it.
  boost::json::value list = Json(op.Get("/api/screenings").body);
  ASSERT_EQ(list.at("screenings").as_array().size(), 1u);
  EXPECT_EQ(list.at("screenings").at(0).at("id").as_int64(), id);
}

TEST_P(ScreeningApiTest, VillageOperatorsScreenTheirOwnRegionWithNiksMasked) {
  HttpClient desa = LoggedIn(*server_, Role::kOperatorDesa);
  const std::int64_t id = Start(desa, List());
  ASSERT_NE(id, 0);
  const boost::json::value done = WaitFinished(desa, id);
  ASSERT_EQ(Text(done.at("status")), "succeeded") << boost::json::serialize(done);
  EXPECT_EQ(Text(done.at("region")), "35.10.01.2001");
  boost::json::value rows = Rows(desa, id, "limit=10");
  EXPECT_EQ(Text(rows.at("rows").at(0).at("nik")), domain::MaskNik(scenario_.head_nik));
  HttpResult rows_raw = desa.Get("/api/screenings/" + std::to_string(id) + "/rows?limit=10");
  HttpResult csv = desa.Get("/api/screenings/" + std::to_string(id) + "/download");
  ASSERT_EQ(csv.status, 200u);
  for (const std::string& nik : {scenario_.head_nik, scenario_.deceased_nik, scenario_.receiving_nik}) {
    EXPECT_EQ(rows_raw.body.find(nik), std::string::npos);
    EXPECT_EQ(csv.body.find(nik), std::string::npos);
  }
  EXPECT_NE(csv.body.find(domain::MaskNik(scenario_.deceased_nik)), std::string::npos);

  // The district operator covers the village: it sees the screening, with NIKs in clear.
  HttpClient op = LoggedIn(*server_, Role::kOperator);
  EXPECT_EQ(Text(Rows(op, id, "limit=1").at("rows").at(0).at("nik")), scenario_.head_nik);
  // A screening of the whole district is not shown to the village operator.
  const std::int64_t district = Start(op, List());
  ASSERT_NE(district, 0);
  WaitFinished(op, district);
  EXPECT_EQ(desa.Get("/api/screenings/" + std::to_string(district)).status, 404u);
  EXPECT_EQ(desa.Get("/api/screenings/" + std::to_string(district) + "/rows").status, 404u);
  const auto listed = Json(desa.Get("/api/screenings").body).at("screenings").as_array();
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].at("id").as_int64(), id);
}

TEST_P(ScreeningApiTest, EmptyListGivesAnEmptyResultAndRepeatScreensTheStoredListAgain) {
  HttpClient op = LoggedIn(*server_, Role::kOperator);
  const std::int64_t empty = Start(op, "NIK,NAMA,KODE_DESA\n");
  ASSERT_NE(empty, 0);
  const boost::json::value done = WaitFinished(op, empty);
  ASSERT_EQ(Text(done.at("status")), "succeeded") << boost::json::serialize(done);
  EXPECT_EQ(done.at("rows").as_int64(), 0);
  EXPECT_EQ(Rows(op, empty, "").at("total").as_int64(), 0);

  const std::int64_t first = Start(op, List());
  ASSERT_NE(first, 0);
  WaitFinished(op, first);
  HttpResult again = op.Post("/api/screenings/" + std::to_string(first) + "/repeat", R"({"period":"2024-03"})");
  ASSERT_EQ(again.status, 202u) << again.body;
  const std::int64_t second = Json(again.body).at("screening").at("id").as_int64();
  const boost::json::value repeated = WaitFinished(op, second);
  ASSERT_EQ(Text(repeated.at("status")), "succeeded");
  EXPECT_EQ(Text(repeated.at("period")), "2024-03");
  // Aid was received in 2024-01 and 2024-02 only.
  EXPECT_EQ(Rows(op, second, "reason=SUDAH_MENERIMA").at("total").as_int64(), 0);
}

TEST_P(ScreeningApiTest, RefusesBadInput) {
  HttpClient op = LoggedIn(*server_, Role::kOperator);
  const std::string program = "program=" + scenario_.program_code;
  EXPECT_EQ(Upload(op, List(), program).status, 400u);                                   // no period
  EXPECT_EQ(Upload(op, "", program + "&period=2024-01").status, 400u);                   // no file
  EXPECT_EQ(Upload(op, List(), "program=NOPE&period=2024-01").status, 404u);             // unknown program
  EXPECT_EQ(Upload(op, List(), program + "&period=2024-01&region=32.73").status, 400u);  // outside the program
  HttpClient desa = LoggedIn(*server_, Role::kOperatorDesa);
  EXPECT_EQ(Upload(desa, List(), program + "&period=2024-01&region=35.10").status, 403u);  // not the caller's

  const std::int64_t id = Start(op, List());
  ASSERT_NE(id, 0);
  const boost::json::value done = WaitFinished(op, id);
  ASSERT_EQ(Text(done.at("status")), "succeeded") << boost::json::serialize(done);
  const std::string base = "/api/screenings/" + std::to_string(id);
  EXPECT_EQ(op.Get(base + "/rows?verdict=MAYBE").status, 400u);
  EXPECT_EQ(op.Get(base + "/rows?reason=NOPE").status, 400u);
  EXPECT_EQ(op.Get(base + "/rows?limit=x").status, 400u);
  EXPECT_EQ(op.Get(base + "/download?format=pdf").status, 400u);
  EXPECT_EQ(op.Get("/api/screenings/abc").status, 400u);
  EXPECT_EQ(op.Get("/api/screenings/999999").status, 404u);
  // Cancelling a finished screening leaves it as it is.
  HttpResult cancel = op.Post(base + "/cancel", "");
  ASSERT_EQ(cancel.status, 200u) << cancel.body;
  EXPECT_EQ(Text(Json(cancel.body).at("screening").at("status")), "succeeded");
  // Citizens may not screen.
  HttpClient warga = LoggedIn(*server_, Role::kWarga);
  EXPECT_EQ(warga.Get(base).status, 403u);
}

INSTANTIATE_TEST_SUITE_P(Engines, ScreeningApiTest, ::testing::ValuesIn(AllTestEngines()), EngineTestName);

}  // namespace
}  // namespace tepat::test_support
