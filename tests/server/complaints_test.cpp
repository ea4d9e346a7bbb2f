// The complaint API end to end on both engines: the journey from filing to SELESAI with privacy checks, and every
// "Bad input" case of issue 5 — each gets a clear message and changes nothing.
#include "server_fixture.hpp"
#include "support/registry_scenario.hpp"

namespace tepat::test_support {
namespace {

namespace bhttp = boost::beast::http;
using domain::Role;

constexpr const char* kNik = "3510014506900003";
const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
const std::string kScript = "<script>alert('x')</script><img src=x onerror=alert(1)>";

class ComplaintApiTest : public ServerTest {
 protected:
  boost::json::object Draft() {
    return boost::json::object{{"region", "35.10"},
                               {"topic_id", 1},
                               {"title", "Tidak menerima BPNT"},
                               {"message", "Sudah terdaftar di DTKS tetapi tidak menerima bantuan."},
                               {"show_profile", false},
                               {"reporter_nik", kNik},
                               {"phones", boost::json::array{"0812-3456-7890", "0813 1111 2222"}}};
  }
  /// Files `draft` as `client`; returns the response.
  HttpResult File(HttpClient& client, const boost::json::object& draft) {
    return client.Post("/api/complaints", boost::json::serialize(draft));
  }
  std::int64_t FileOk(HttpClient& client, const boost::json::object& draft) {
    HttpResult res = File(client, draft);
    EXPECT_EQ(res.status, 201u) << res.body;
    return Json(res.body).at("complaint").at("id").as_int64();
  }
  HttpResult Act(HttpClient& client, std::int64_t id, const std::string& action, const std::string& message) {
    return client.Post("/api/complaints/" + std::to_string(id) + "/actions",
                       boost::json::serialize(boost::json::object{{"action", action}, {"message", message}}));
  }
  /// Status and number of comments, as the admin sees them: what "changes nothing" compares.
  std::pair<std::string, std::size_t> State(std::int64_t id) {
    HttpClient admin = LoggedIn(*server_, Role::kAdmin);
    boost::json::value view = Json(admin.Get("/api/complaints/" + std::to_string(id)).body);
    return {std::string(view.at("complaint").at("status").as_string()), view.at("comments").as_array().size()};
  }
  /// The "field" names of the problems of a refused filing.
  std::vector<std::string> ProblemFields(const HttpResult& res) {
    std::vector<std::string> out;
    boost::json::value v = Json(res.body);
    if (!v.is_object() || !v.as_object().contains("error")) return out;
    if (!v.at("error").as_object().contains("problems")) return out;
    for (const auto& p : v.at("error").at("problems").as_array()) out.emplace_back(p.at("field").as_string());
    return out;
  }
  HttpResult Upload(HttpClient& client, std::int64_t id, const std::string& name, const std::string& bytes,
                    const std::string& type) {
    return client.Send(bhttp::verb::post, "/api/complaints/" + std::to_string(id) + "/attachments?name=" + name,
                       bytes, type, {{"X-CSRF-Token", client.csrf_token}});
  }
  std::int64_t ComplaintCount() {
    HttpClient admin = LoggedIn(*server_, Role::kAdmin);
    return Json(admin.Get("/api/complaints").body).at("total").as_int64();
  }
};

TEST_P(ComplaintApiTest, JourneyFromFilingToSelesaiKeepsNikAndPhonesPrivate) {
  HttpClient warga = LoggedIn(*server_, Role::kWarga);
  HttpResult filed = File(warga, Draft());
  ASSERT_EQ(filed.status, 201u) << filed.body;
  boost::json::value complaint = Json(filed.body).at("complaint");
  const std::int64_t id = complaint.at("id").as_int64();
  EXPECT_EQ(complaint.at("tracking_number").as_string().subview().substr(0, 14), "KLH-3510-2026-");
  EXPECT_EQ(complaint.at("reporter_nik"), "3510********0003");

  HttpResult uploaded = Upload(warga, id, "surat.pdf", kPdf, "application/pdf");
  ASSERT_EQ(uploaded.status, 201u) << uploaded.body;
  const std::string url(Json(uploaded.body).at("attachment").at("url").as_string());

  HttpClient korwil = LoggedIn(*server_, Role::kPicKorwil);
  ASSERT_EQ(Act(korwil, id, "forward", "Mohon ditindaklanjuti").status, 200u);
  HttpClient pemda = LoggedIn(*server_, Role::kAdminPemda);
  boost::json::value pemda_view = Json(pemda.Get("/api/complaints/" + std::to_string(id)).body);
  EXPECT_EQ(pemda_view.at("visibility"), "full");
  EXPECT_EQ(pemda_view.at("complaint").at("reporter_nik"), kNik);
  EXPECT_EQ(pemda_view.at("complaint").at("phones").at(0), "+6281234567890");
  ASSERT_EQ(Act(pemda, id, "respond", "Sedang dicek").status, 200u);
  HttpResult closed = Act(pemda, id, "close", "Bantuan disalurkan");
  ASSERT_EQ(closed.status, 200u) << closed.body;
  EXPECT_EQ(Json(closed.body).at("complaint").at("status"), "SELESAI");

  HttpResult download = pemda.Get(url);
  ASSERT_EQ(download.status, 200u);
  EXPECT_EQ(download.body, kPdf);
  EXPECT_EQ(download.headers["Content-Type"], "application/pdf");
  EXPECT_EQ(download.headers["Content-Disposition"], "attachment; filename=\"surat.pdf\"");
  EXPECT_EQ(server_->Client().Get(url).status, 404u);

  HttpClient guest = server_->Client();
  HttpResult pub = guest.Get("/api/complaints/" + std::to_string(id));
  ASSERT_EQ(pub.status, 200u);
  EXPECT_EQ(pub.body.find("3510"), pub.body.find("3510-2026"));  // only inside the tracking number
  EXPECT_EQ(pub.body.find("812"), std::string::npos);
  EXPECT_EQ(pub.body.find("Warga Demo"), std::string::npos);
  EXPECT_EQ(Json(pub.body).at("visibility"), "public");
  HttpResult list = guest.Get("/api/complaints/public?status=SELESAI");
  ASSERT_EQ(list.status, 200u);
  EXPECT_EQ(Json(list.body).at("total"), 1);
  EXPECT_EQ(list.body.find("3510014"), std::string::npos);
  EXPECT_EQ(Json(warga.Get("/api/complaints/mine").body).at("total"), 1);
}

TEST_P(ComplaintApiTest, OfficialsListFiltersSearchesAndPages) {
  HttpClient warga = LoggedIn(*server_, Role::kWarga);
  for (int i = 0; i < 3; ++i) {
    boost::json::object draft = Draft();
    draft["title"] = "Keluhan nomor " + std::to_string(i);
    FileOk(warga, draft);
  }
  HttpClient pemda = LoggedIn(*server_, Role::kAdminPemda);
  boost::json::value page = Json(pemda.Get("/api/complaints?page=2&page_size=2").body);
  EXPECT_EQ(page.at("total"), 3);
  ASSERT_EQ(page.at("items").as_array().size(), 1u);
  EXPECT_EQ(page.at("items").at(0).at("title"), "Keluhan nomor 0");
  EXPECT_EQ(page.at("items").at(0).at("region_name"), "Kabupaten Banyuwangi");
  EXPECT_EQ(Json(pemda.Get("/api/complaints?q=nomor%201").body).at("total"), 1);
  EXPECT_EQ(Json(pemda.Get("/api/complaints?status=DITERUSKAN").body).at("total"), 0);
  EXPECT_EQ(pemda.Get("/api/complaints?status=LAMA").status, 400u);
  EXPECT_EQ(pemda.Get("/api/complaints?region=35.07").status, 403u);
  EXPECT_EQ(pemda.Get("/api/complaints?from=2026-13-01").status, 400u);
}

TEST_P(ComplaintApiTest, BadFilingInputNamesEveryFieldAndStoresNothing) {
  HttpClient warga = LoggedIn(*server_, Role::kWarga);
  boost::json::object draft = Draft();
  draft["title"] = "";
  draft["message"] = std::string(1 << 20, 'x');
  draft["reporter_nik"] = "3510014506900";
  draft["beneficiary_niks"] = boost::json::array{"9999999999999999"};
  draft["phones"] = boost::json::array{"081211110001", "081211110002", "081211110003", "081211110004",
                                       "081211110005", "081211110006"};
  HttpResult res = File(warga, draft);
  EXPECT_EQ(res.status, 400u);
  EXPECT_EQ(ErrorCode(res), "invalid_argument");
  std::vector<std::string> fields = ProblemFields(res);
  for (const char* field : {"title", "message", "reporter_nik", "beneficiary_niks[0]", "phones[5]"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), field), fields.end()) << field;
  }
  EXPECT_EQ(res.body.find("3510014506900"), std::string::npos) << "a NIK was echoed";
  EXPECT_EQ(res.body.find("081211110006"), std::string::npos) << "a phone was echoed";

  draft = Draft();
  draft["topic_id"] = "satu";
  EXPECT_EQ(File(warga, draft).status, 400u);
  EXPECT_EQ(ComplaintCount(), 0);
}

TEST_P(ComplaintApiTest, HtmlAndScriptInEveryTextFieldAreKeptAsText) {
  HttpClient pemda = LoggedIn(*server_, Role::kAdminPemda);
  boost::json::object draft = Draft();
  for (const char* field : {"title", "message", "source", "reporter_name"}) draft[field] = kScript;
  draft["channel"] = "LISAN";
  const std::int64_t id = FileOk(pemda, draft);
  HttpClient korwil = LoggedIn(*server_, Role::kPicKorwil);
  ASSERT_EQ(Act(korwil, id, "comment", kScript).status, 200u);
  HttpResult view = korwil.Get("/api/complaints/" + std::to_string(id));
  EXPECT_EQ(view.headers["Content-Type"].rfind("application/json", 0), 0u);
  boost::json::value v = Json(view.body);
  for (const char* field : {"title", "message", "source", "reporter_name"}) {
    EXPECT_EQ(v.at("complaint").at(field).as_string(), kScript) << field;
  }
  EXPECT_EQ(v.at("comments").at(0).at("text").as_string(), kScript);
}

TEST_P(ComplaintApiTest, BadAttachmentsAreRefusedWithAClearMessage) {
  HttpClient warga = LoggedIn(*server_, Role::kWarga);
  const std::int64_t id = FileOk(warga, Draft());
  const std::string big = kPdf + std::string(2'100'000, ' ');  // 2.1 MB
  HttpResult too_big = Upload(warga, id, "besar.pdf", big, "application/pdf");
  EXPECT_EQ(too_big.status, 400u);
  EXPECT_NE(too_big.body.find("2 MB"), std::string::npos) << too_big.body;
  const std::string elf = std::string("\x7F" "ELF\x02\x01\x01\0", 8) + std::string(200, '\0');
  HttpResult renamed = Upload(warga, id, "bukti.pdf", elf, "application/pdf");
  EXPECT_EQ(renamed.status, 400u);
  EXPECT_NE(renamed.body.find("PDF"), std::string::npos) << renamed.body;
  HttpClient admin = LoggedIn(*server_, Role::kAdmin);
  EXPECT_EQ(Json(admin.Get("/api/complaints/" + std::to_string(id)).body).at("attachments").as_array().size(), 0u);
}

TEST_P(ComplaintApiTest, ForbiddenSkippingRepeatedAndForeignStepsChangeNothing) {
  HttpClient warga = LoggedIn(*server_, Role::kWarga);
  const std::int64_t id = FileOk(warga, Draft());
  HttpClient pemda = LoggedIn(*server_, Role::kAdminPemda);
  HttpResult forbidden = Act(pemda, id, "forward", "Saya teruskan");
  EXPECT_EQ(forbidden.status, 403u);
  HttpClient admin = LoggedIn(*server_, Role::kAdmin);
  HttpResult skipping = Act(admin, id, "close", "Langsung selesai");
  EXPECT_EQ(skipping.status, 409u);
  EXPECT_EQ(ErrorCode(skipping), "failed_precondition");
  EXPECT_EQ(State(id), std::make_pair(std::string("BARU"), std::size_t{0}));

  HttpClient korwil = LoggedIn(*server_, Role::kPicKorwil);
  ASSERT_EQ(Act(korwil, id, "forward", "Pertama").status, 200u);
  HttpResult second = Act(korwil, id, "forward", "Kedua");
  EXPECT_EQ(second.status, 409u);
  EXPECT_EQ(State(id), std::make_pair(std::string("DITERUSKAN"), std::size_t{1}));

  auto malang = server_->services().accounts().Create(
      service::Actor::System(),
      {"pemda-malang@demo.tepat.id", "Admin Bansos Malang", "admin_pemda", app::kDemoPassword, {"35.07"}});
  ASSERT_TRUE(malang.ok()) << malang.status().message();
  HttpClient foreign = server_->Client();
  ASSERT_EQ(foreign.Login("pemda-malang@demo.tepat.id", app::kDemoPassword).status, 200u);
  HttpResult comment = Act(foreign, id, "comment", "Bukan wilayah saya");
  EXPECT_EQ(comment.status, 403u);
  EXPECT_FALSE(Json(comment.body).at("error").at("message").as_string().empty());
  EXPECT_EQ(Act(foreign, id, "respond", "Saya jawab").status, 403u);
  EXPECT_EQ(State(id), std::make_pair(std::string("DITERUSKAN"), std::size_t{1}));
  EXPECT_EQ(Act(korwil, id, "teleport", "x").status, 400u);
}

TEST_P(ComplaintApiTest, ProgramsOfARegionCanBeChosenAndAnUnknownProgramIsRefused) {
  const RegistryScenario scenario = SeedRegistryScenario(server_->services().store());
  HttpClient guest = server_->Client();
  HttpResult listed = guest.Get("/api/programs?region=35.10");
  ASSERT_EQ(listed.status, 200u) << listed.body;
  const boost::json::value listed_json = Json(listed.body);
  const boost::json::array& programs = listed_json.at("programs").as_array();
  ASSERT_EQ(programs.size(), 1u);
  EXPECT_EQ(programs[0].at("code").as_string(), scenario.program_code);
  const std::int64_t program_id = programs[0].at("id").as_int64();
  EXPECT_TRUE(Json(guest.Get("/api/programs?region=35").body).at("programs").as_array().size() == 1u)
      << "a kabupaten program fits a provincial complaint";
  EXPECT_TRUE(Json(guest.Get("/api/programs?region=32.73").body).at("programs").as_array().empty());
  EXPECT_EQ(guest.Get("/api/programs?region=abc").status, 400u);

  boost::json::object draft = Draft();
  draft["program_id"] = program_id;
  HttpResult filed = File(guest, draft);
  ASSERT_EQ(filed.status, 201u) << filed.body;
  EXPECT_EQ(Json(filed.body).at("complaint").at("program_id").as_int64(), program_id);

  const std::int64_t before = ComplaintCount();
  draft["program_id"] = program_id + 100;
  HttpResult refused = File(guest, draft);
  EXPECT_EQ(refused.status, 400u);
  EXPECT_EQ(ProblemFields(refused), std::vector<std::string>{"program_id"});
  draft["region"] = "35.07";
  draft["program_id"] = program_id;
  EXPECT_EQ(ProblemFields(File(guest, draft)), std::vector<std::string>{"program_id"})
      << "a Banyuwangi program does not fit a complaint to Malang";
  EXPECT_EQ(ComplaintCount(), before);
}

TEST_P(ComplaintApiTest, OfficialsOfTheRegionAnswerFromTheDataOthersAreRefused) {
  SeedRegistryScenario(server_->services().store());
  HttpClient warga = LoggedIn(*server_, Role::kWarga);
  const std::int64_t id = FileOk(warga, Draft());
  const std::string path = "/api/complaints/" + std::to_string(id) + "/registry";

  HttpClient pemda = LoggedIn(*server_, Role::kAdminPemda);
  HttpResult answer = pemda.Get(path);
  ASSERT_EQ(answer.status, 200u) << answer.body;
  boost::json::value body = Json(answer.body);
  EXPECT_EQ(body.at("complaint_id").as_int64(), id);
  EXPECT_TRUE(body.at("nik_masked").as_bool());
  const boost::json::array& niks = body.at("niks").as_array();
  ASSERT_EQ(niks.size(), 1u);
  EXPECT_EQ(niks[0].at("role"), "reporter");
  EXPECT_EQ(niks[0].at("standing"), "not_found");
  EXPECT_EQ(niks[0].at("nik"), "3510********0003");
  EXPECT_TRUE(niks[0].at("screenings").as_array().empty());
  EXPECT_EQ(answer.body.find(kNik), std::string::npos);

  HttpClient admin = LoggedIn(*server_, Role::kAdmin);
  HttpResult clear = admin.Get(path);
  ASSERT_EQ(clear.status, 200u) << clear.body;
  EXPECT_EQ(Json(clear.body).at("niks").at(0).at("nik"), kNik);

  EXPECT_EQ(warga.Get(path).status, 403u);
  EXPECT_EQ(LoggedIn(*server_, Role::kOperator).Get(path).status, 403u);
  EXPECT_EQ(server_->Client().Get(path).status, 401u);
  EXPECT_EQ(pemda.Get("/api/complaints/99999/registry").status, 404u);
}

INSTANTIATE_TEST_SUITE_P(Engines, ComplaintApiTest, ::testing::ValuesIn(AllTestEngines()), EngineTestName);

}  // namespace
}  // namespace tepat::test_support
