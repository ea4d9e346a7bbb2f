// The import API (/api/imports, /api/import-templates) on SQLite and PostgreSQL: upload, progress until the job
// ends, the first problems as JSON (row, column, masked value, reason), the report files, cancel, who sees which
// job, and an upload announced as 2 GB refused before its body is read.
#include <chrono>
#include <cstring>
#include <thread>

#include "server_fixture.hpp"

namespace tepat::test_support {
namespace {

using domain::Role;
namespace bhttp = boost::beast::http;

constexpr auto kJobWaitLimit = std::chrono::seconds(60);  // a bound on waiting, not a timing assertion
constexpr std::uint64_t kTwoGiB = 2ull * 1024 * 1024 * 1024;

const char* const kHeader =
    "NIK,NO_KK,NAMA,TEMPAT_LAHIR,TANGGAL_LAHIR,JENIS_KELAMIN,AGAMA,HUBUNGAN_KELUARGA,ALAMAT,RT,RW,KODE_DESA,"
    "STATUS_HIDUP,TANGGAL_STATUS,SUMBER_STATUS\n";
// Rows 2 and 4 are valid; row 3 has sex "X".
const std::string kFile =
    std::string(kHeader) +
    "3510010101900011,3510010101900010,WIRA UJI,BANYUWANGI,01/01/1990,L,ISLAM,KEPALA KELUARGA,DUSUN,3,1,"
    "35.10.01.2001,HIDUP,,\n"
    "3510010101910013,3510010101900010,BAYU UJI,BANYUWANGI,01/01/1991,X,ISLAM,ANAK,DUSUN,3,1,35.10.01.2001,HIDUP,,\n"
    "3510014101920012,3510010101900010,DEWI UJI,BANYUWANGI,01/01/1992,P,ISLAM,ISTRI,DUSUN,3,1,35.10.01.2001,HIDUP,,\n";

std::string Text(const boost::json::value& v) { return v.is_string() ? std::string(v.as_string()) : ""; }

class ImportApiTest : public ServerTest {
 protected:
  // Uploads `body` as `kind`; returns the queued job's id (0 on failure, with the test failed).
  std::int64_t Upload(HttpClient& client, const std::string& kind, const std::string& body) {
    HttpResult res = client.Send(bhttp::verb::post, "/api/imports?kind=" + kind + "&filename=warga.csv", body,
                                 "application/octet-stream");
    EXPECT_EQ(res.status, 202u) << res.body;
    if (res.status != 202u) return 0;
    return Json(res.body).at("id").as_int64();
  }
  // Polls the job until it is no longer queued or running; returns its last JSON.
  boost::json::value WaitFinished(HttpClient& client, std::int64_t id) {
    const auto limit = std::chrono::steady_clock::now() + kJobWaitLimit;
    boost::json::value job;
    while (std::chrono::steady_clock::now() < limit) {
      HttpResult res = client.Get("/api/imports/" + std::to_string(id));
      EXPECT_EQ(res.status, 200u) << res.body;
      job = Json(res.body);
      const std::string status = Text(job.at("status"));
      if (status != "queued" && status != "running") return job;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ADD_FAILURE() << "job " << id << " did not finish";
    return job;
  }
};

TEST_P(ImportApiTest, UploadRunsTheJobAndTheSummaryNamesRowColumnAndReason) {
  HttpClient client = LoggedIn(*server_, Role::kOperator);
  const std::int64_t id = Upload(client, "dukcapil", kFile);
  ASSERT_NE(id, 0);
  boost::json::value job = WaitFinished(client, id);
  EXPECT_EQ(Text(job.at("status")), "succeeded") << job;
  EXPECT_EQ(job.at("rows_errors").as_int64(), 1);
  EXPECT_EQ(Text(job.at("original_name")), "warga.csv");
  EXPECT_TRUE(job.at("has_error_report").as_bool());
  EXPECT_NE(Text(job.at("message")).find("2 rows written (2 new"), std::string::npos) << job;

  HttpResult summary = client.Get("/api/imports/" + std::to_string(id) + "/errors?format=json");
  ASSERT_EQ(summary.status, 200u) << summary.body;
  boost::json::value issues = Json(summary.body);
  ASSERT_EQ(issues.at("issues").as_array().size(), 1u) << summary.body;
  const boost::json::value& issue = issues.at("issues").at(0);
  EXPECT_EQ(issue.at("row").as_int64(), 3);
  EXPECT_EQ(Text(issue.at("column")), "JENIS_KELAMIN");
  EXPECT_EQ(Text(issue.at("value")), "X");
  EXPECT_EQ(Text(issue.at("severity")), "error");
  EXPECT_EQ(Text(issue.at("reason")), "Jenis kelamin harus L (laki-laki) atau P (perempuan).");
  EXPECT_FALSE(Text(issue.at("reason_en")).empty());
  EXPECT_FALSE(issues.at("more").as_bool());

  HttpResult csv = client.Get("/api/imports/" + std::to_string(id) + "/errors?format=csv");
  EXPECT_EQ(csv.status, 200u);
  EXPECT_NE(csv.body.find("\n3,JENIS_KELAMIN,X,KESALAHAN,"), std::string::npos) << csv.body;
  HttpResult xlsx = client.Get("/api/imports/" + std::to_string(id) + "/errors?format=xlsx");
  EXPECT_EQ(xlsx.status, 200u);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  EXPECT_EQ(client.Get("/api/imports/" + std::to_string(id) + "/errors?format=pdf").status, 400u);
  EXPECT_EQ(client.Get("/api/imports/" + std::to_string(id) + "/dtks-diff").status, 404u) << "not a DTKS import";

  // Cancelling a finished job leaves it as it was.
  HttpResult cancel = client.Post("/api/imports/" + std::to_string(id) + "/cancel", "");
  EXPECT_EQ(cancel.status, 200u) << cancel.body;
  EXPECT_EQ(Text(Json(cancel.body).at("status")), "succeeded");

  // The two good rows are in the registry; the bad one is not.
  EXPECT_TRUE(server_->services().store().FindPersonByNik("3510010101900011").value().has_value());
  EXPECT_TRUE(server_->services().store().FindPersonByNik("3510014101920012").value().has_value());
  EXPECT_FALSE(server_->services().store().FindPersonByNik("3510010101910013").value().has_value());

  // Re-uploading the same file changes nothing.
  const std::int64_t again = Upload(client, "dukcapil", kFile);
  EXPECT_NE(Text(WaitFinished(client, again).at("message")).find("(0 new, 0 changed, 2 unchanged)"),
            std::string::npos);
}

TEST_P(ImportApiTest, AFileOfTheWrongKindFailsTheJobWithItsReason) {
  HttpClient client = LoggedIn(*server_, Role::kAdmin);
  const std::int64_t id = Upload(client, "programs", kFile);
  ASSERT_NE(id, 0);
  boost::json::value job = WaitFinished(client, id);
  EXPECT_EQ(Text(job.at("status")), "failed");
  EXPECT_FALSE(Text(job.at("message")).empty());
  EXPECT_EQ(client.Get("/api/imports/" + std::to_string(id) + "/errors?format=json").status, 404u)
      << "no rows were read, so there is no report";
}

TEST_P(ImportApiTest, OthersCannotSeeAnOperatorsJobButAdminsCan) {
  HttpClient owner = LoggedIn(*server_, Role::kOperator);
  const std::int64_t id = Upload(owner, "dukcapil", kFile);
  ASSERT_NE(id, 0);
  WaitFinished(owner, id);
  HttpClient admin = LoggedIn(*server_, Role::kAdmin);
  EXPECT_EQ(admin.Get("/api/imports/" + std::to_string(id) + "/errors?format=json").status, 200u);
  EXPECT_EQ(admin.Get("/api/imports").status, 200u);
  HttpClient desa = LoggedIn(*server_, Role::kOperatorDesa);
  EXPECT_EQ(desa.Get("/api/imports/" + std::to_string(id)).status, 403u);
}

TEST_P(ImportApiTest, TemplatesDownloadInBothFormats) {
  HttpClient client = LoggedIn(*server_, Role::kOperator);
  HttpResult csv = client.Get("/api/import-templates/dukcapil?format=csv");
  ASSERT_EQ(csv.status, 200u);
  EXPECT_NE(csv.body.find(std::string(kHeader, std::strlen(kHeader) - 1)), std::string::npos);
  HttpResult xlsx = client.Get("/api/import-templates/dtks?format=xlsx");
  ASSERT_EQ(xlsx.status, 200u);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  EXPECT_EQ(client.Get("/api/import-templates/pajak").status, 400u);
}

// A 2 GB file: the server refuses it from the Content-Length header alone (the upload limit is 256 MiB by default),
// before reading any of the body, and stays healthy.
TEST_P(ImportApiTest, AnUploadAnnouncedAs2GbIsRefusedBeforeItsBodyIsRead) {
  HttpClient client = LoggedIn(*server_, Role::kOperator);
  std::string cookies;
  for (const auto& [name, value] : client.cookies) cookies += name + "=" + value + "; ";
  const std::string request = "POST /api/imports?kind=dukcapil&filename=besar.csv HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              "Content-Type: text/csv\r\nX-CSRF-Token: " + client.csrf_token + "\r\nCookie: " +
                              cookies + "\r\nContent-Length: " + std::to_string(kTwoGiB) + "\r\n\r\n" + kHeader;
  const std::string answer = client.SendRaw(request);
  EXPECT_EQ(answer.rfind("HTTP/1.1 413", 0), 0u) << answer.substr(0, 200);
  EXPECT_NE(answer.find("payload_too_large"), std::string::npos);
  EXPECT_EQ(client.Get("/api/imports").status, 200u);
  EXPECT_EQ(Json(client.Get("/api/imports").body).at("jobs").as_array().size(), 0u) << "no job was made";
}

INSTANTIATE_TEST_SUITE_P(Engines, ImportApiTest, ::testing::ValuesIn(AllTestEngines()), EngineTestName);

}  // namespace
}  // namespace tepat::test_support
