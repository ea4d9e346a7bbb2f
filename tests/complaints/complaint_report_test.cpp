// The officials' dashboard and export (issue 5 item 8) on a hand-made set of six complaints, on both engines:
// every count, share and median below is worked out by hand from the times in Fixture().
#include <algorithm>

#include "complaints/complaint_fixture.hpp"
#include "domain/nik.hpp"

namespace tepat::complaints_test {
namespace {

using domain::ComplaintStatus;
using service::ComplaintExportFormat;
using service::ComplaintListRequest;

constexpr std::int64_t kHour = 60 * 60;
constexpr std::int64_t kProgram = 7;
constexpr const char* kPhone = "+6281234567890";

domain::UnixSeconds At(int month, int day, int hour, domain::IndonesianTimeZone zone) {
  return domain::LocalMidnight(domain::CivilDate{2026, month, day}, zone) + hour * kHour;
}
domain::UnixSeconds Wib(int month, int day, int hour) {
  return At(month, day, hour, domain::IndonesianTimeZone::kWib);
}
domain::UnixSeconds Wita(int month, int day, int hour) {
  return At(month, day, hour, domain::IndonesianTimeZone::kWita);
}

/// "Now" of every test: Friday 12 June 2026, 17:00 WIB. Mon 8 - Fri 12 June are working days; 1 June (Pancasila)
/// is a holiday.
const domain::UnixSeconds kNow = Wib(6, 12, 17);

class ComplaintReportTest : public ComplaintServiceTest {
 protected:
  void SetUp() override {
    ComplaintServiceTest::SetUp();
    if (HasFatalFailure()) return;
    clock_.Set(kNow);
    Fixture();
  }

  void Store(domain::Complaint complaint) {
    auto stored = test_store_.store->CreateComplaint(std::move(complaint), 2026, std::nullopt);
    ASSERT_TRUE(stored.ok()) << stored.status().message();
  }

  static domain::Complaint Make(const char* region, std::int64_t topic, ComplaintStatus status,
                                domain::UnixSeconds created) {
    domain::Complaint c;
    c.region = *domain::RegionCode::Parse(region);
    c.topic_id = topic;
    c.status = status;
    c.created_at = created;
    c.title = "Keluhan";
    c.message = "Isi keluhan";
    return c;
  }

  // A: answered after 24 working hours, closed after 48.   B: answered after 72 (late).
  // C: forwarded, never answered, marked TIDAK_ADA_RESPON.  D: new in Malang, 32 hours old (not late yet).
  // E: Makassar (WITA), rahasia, answered after exactly 48 hours (on time).  F: new since 29 May (late).
  void Fixture() {
    domain::Complaint a = Make("35.10", 1, ComplaintStatus::kSelesai, Wib(6, 8, 9));
    a.title = "=HYPERLINK(\"http://x\")";
    a.reporter_name = "Siti Aminah";
    a.show_profile = true;
    a.reporter_nik = kNik;
    a.phones = {kPhone};
    a.forwarded_at = Wib(6, 8, 12);
    a.first_response_at = Wib(6, 9, 9);
    a.closed_at = Wib(6, 10, 9);
    Store(a);
    domain::Complaint b = Make("35.10", 1, ComplaintStatus::kDitindaklanjuti, Wib(6, 8, 10));
    b.program_id = kProgram;
    b.forwarded_at = Wib(6, 8, 11);
    b.first_response_at = Wib(6, 11, 10);
    Store(b);
    domain::Complaint c = Make("35.10", 5, ComplaintStatus::kTidakAdaRespon, Wib(6, 2, 10));
    c.forwarded_at = Wib(6, 2, 12);
    c.no_response_at = Wib(6, 9, 12);
    Store(c);
    Store(Make("35.07", 2, ComplaintStatus::kBaru, Wib(6, 11, 9)));
    domain::Complaint e = Make("73.71", 5, ComplaintStatus::kDitindaklanjuti, Wita(6, 8, 9));
    e.rahasia = true;
    e.program_id = kProgram;
    e.forwarded_at = Wita(6, 8, 10);
    e.first_response_at = Wita(6, 10, 9);
    Store(e);
    Store(Make("35.10", 1, ComplaintStatus::kBaru, Wib(5, 29, 10)));
  }

  service::ComplaintDashboardReport Dashboard(Role role, const ComplaintListRequest& filters = {}) {
    auto report = services_->complaint_reports().Dashboard(As(role), filters);
    EXPECT_TRUE(report.ok()) << report.status().message();
    return report.ok() ? *report : service::ComplaintDashboardReport{};
  }

  std::string Csv(Role role, const ComplaintListRequest& filters = {}) {
    auto file = services_->complaint_reports().Export(As(role), filters, ComplaintExportFormat::kCsv);
    EXPECT_TRUE(file.ok()) << file.status().message();
    return file.ok() ? file->bytes : "";
  }
};

TEST_P(ComplaintReportTest, AdminSeesEveryFigure) {
  const service::ComplaintDashboardReport report = Dashboard(Role::kAdmin);
  const domain::ComplaintDashboard& board = report.figures;
  EXPECT_EQ(report.computed_at, kNow);
  EXPECT_EQ(board.total, 6);
  EXPECT_EQ(board.by_status, (std::map<ComplaintStatus, int>{{ComplaintStatus::kBaru, 2},
                                                              {ComplaintStatus::kDitindaklanjuti, 2},
                                                              {ComplaintStatus::kSelesai, 1},
                                                              {ComplaintStatus::kTidakAdaRespon, 1}}));
  EXPECT_EQ(board.by_topic, (std::map<std::int64_t, int>{{1, 3}, {2, 1}, {5, 2}}));
  EXPECT_EQ(board.by_region, (std::map<std::string, int>{{"3507", 1}, {"3510", 4}, {"7371", 1}}));
  EXPECT_EQ(board.by_program, (std::map<std::optional<std::int64_t>, int>{{std::nullopt, 4}, {kProgram, 2}}));
  EXPECT_EQ(board.answered, 3);          // A, B, E
  EXPECT_EQ(board.answered_on_time, 2);  // A (24 h), E (48 h exactly)
  EXPECT_EQ(board.unanswered_late, 2);   // C, F; D waited 32 hours only
  EXPECT_DOUBLE_EQ(board.ShareWithinAim().value(), 0.4);
  EXPECT_EQ(board.median_first_response_working_seconds, 48 * kHour);  // of 24, 48 and 72 hours
  EXPECT_EQ(board.resolved, 1);
  EXPECT_EQ(board.median_resolution_working_seconds, 48 * kHour);
  const domain::PemdaFigures& banyuwangi = board.by_pemda.at("3510");
  EXPECT_EQ(banyuwangi.complaints, 4);
  EXPECT_EQ(banyuwangi.forwarded, 3);
  EXPECT_EQ(banyuwangi.marked_no_response, 1);
  EXPECT_DOUBLE_EQ(banyuwangi.NoResponseShare(), 1.0 / 3.0);
  EXPECT_EQ(banyuwangi.first_response_late, 3);  // B, C, F
  EXPECT_EQ(board.by_pemda.at("7371").forwarded, 1);
  EXPECT_DOUBLE_EQ(board.by_pemda.at("7371").NoResponseShare(), 0.0);
  EXPECT_EQ(board.by_pemda.at("3507").first_response_late, 0);
  EXPECT_EQ(report.region_names.at("3510"), "Kabupaten Banyuwangi");
  EXPECT_EQ(report.region_names.at("7371"), "Kota Makassar");
  EXPECT_EQ(report.topic_names.at(5), "Ada pungutan/potongan");
}

TEST_P(ComplaintReportTest, OfficialsSeeOnlyTheirRegions) {
  const domain::ComplaintDashboard korwil = Dashboard(Role::kPicKorwil).figures;  // East Java: not Makassar
  EXPECT_EQ(korwil.total, 5);
  EXPECT_EQ(korwil.by_region.count("7371"), 0u);
  const domain::ComplaintDashboard pemda = Dashboard(Role::kAdminPemda).figures;  // Banyuwangi only
  EXPECT_EQ(pemda.total, 4);
  EXPECT_EQ(pemda.answered, 2);
  EXPECT_EQ(pemda.answered_on_time, 1);
  EXPECT_EQ(pemda.unanswered_late, 2);
  EXPECT_DOUBLE_EQ(pemda.ShareWithinAim().value(), 0.25);
  EXPECT_EQ(pemda.median_first_response_working_seconds, 24 * kHour);  // lower middle of 24 and 72 hours
  EXPECT_EQ(Dashboard(Role::kOperatorDesa).figures.total, 4);          // the kabupaten of their desa

  ComplaintListRequest malang;
  malang.region = domain::RegionCode::Parse("35.07");
  EXPECT_EQ(services_->complaint_reports().Dashboard(As(Role::kAdminPemda), malang).status().code(),
            domain::ErrorCode::kPermissionDenied);
  EXPECT_EQ(Dashboard(Role::kPicKorwil, malang).figures.total, 1);
  for (Role role : {Role::kWarga, Role::kOperator, Role::kSupervisorKabupaten}) {
    EXPECT_EQ(services_->complaint_reports().Dashboard(As(role), {}).status().code(),
              domain::ErrorCode::kPermissionDenied);
  }
  EXPECT_EQ(services_->complaint_reports().Dashboard(service::Actor{}, {}).status().code(),
            domain::ErrorCode::kPermissionDenied);
}

TEST_P(ComplaintReportTest, ManyScopesNeverWidenTheListBeyondTheAccount) {
  service::Actor pemda = As(Role::kAdminPemda);
  pemda.account->scopes.clear();
  for (const char* code : {"35.01", "35.02", "35.03", "35.04", "35.05", "35.06", "35.08", "35.09", "35.11",
                           "35.11.01"}) {  // nine kabupaten in East Java and a kecamatan inside one of them
    pemda.account->scopes.push_back(*domain::RegionCode::Parse(code));
  }
  auto none = services_->complaints().ListForOfficial(pemda, {});
  ASSERT_TRUE(none.ok()) << none.status().message();
  EXPECT_EQ(none->total, 0);  // the fixture's East Java complaints are in Banyuwangi and Malang only
  pemda.account->scopes.push_back(*domain::RegionCode::Parse("35.07"));
  EXPECT_EQ(services_->complaints().ListForOfficial(pemda, {}).value().total, 1);

  pemda.account->scopes.clear();
  for (int desa = 2001; desa <= 2001 + store::kComplaintRegionSlots; ++desa) {
    pemda.account->scopes.push_back(*domain::RegionCode::Parse("35.10.01." + std::to_string(desa)));
  }
  const auto refused = services_->complaints().ListForOfficial(pemda, {});
  EXPECT_EQ(refused.status().code(), domain::ErrorCode::kInvalidArgument);
  EXPECT_NE(refused.status().message().find("parent region"), std::string::npos) << refused.status().message();
}

TEST_P(ComplaintReportTest, FiltersNarrowThePeriodStatusTopicAndProgram) {
  ComplaintListRequest june;
  june.created_from = Wib(6, 1, 0);
  const domain::ComplaintDashboard period = Dashboard(Role::kAdmin, june).figures;
  EXPECT_EQ(period.total, 5);  // F was filed in May
  EXPECT_EQ(period.unanswered_late, 1);
  EXPECT_EQ(period.by_pemda.at("3510").complaints, 3);

  ComplaintListRequest program;
  program.program_id = kProgram;
  EXPECT_EQ(Dashboard(Role::kAdmin, program).figures.total, 2);
  ComplaintListRequest status;
  status.status = ComplaintStatus::kTidakAdaRespon;
  EXPECT_EQ(Dashboard(Role::kAdmin, status).figures.by_pemda.at("3510").marked_no_response, 1);
  ComplaintListRequest topic;
  topic.topic_id = 5;
  EXPECT_EQ(Dashboard(Role::kAdmin, topic).figures.total, 2);
}

TEST_P(ComplaintReportTest, ExportShowsPersonalDataOnlyToThoseWhoMaySeeIt) {
  const std::string pemda = Csv(Role::kAdminPemda);
  EXPECT_EQ(std::count(pemda.begin(), pemda.end(), '\n'), 5);  // header + A, B, C, F
  EXPECT_NE(pemda.find("No,Dibuat,Nomor pelacakan"), std::string::npos);
  EXPECT_NE(pemda.find(kNik), std::string::npos);
  EXPECT_NE(pemda.find(kPhone), std::string::npos);
  EXPECT_NE(pemda.find("2026-06-08 09:00 WIB"), std::string::npos);
  EXPECT_NE(pemda.find("Siti Aminah"), std::string::npos);
  EXPECT_EQ(pemda.find("Kota Makassar"), std::string::npos);
  // A title that a spreadsheet would run as a formula is kept as text.
  EXPECT_NE(pemda.find("\"'=HYPERLINK(\"\"http://x\"\")\""), std::string::npos);

  const std::string desa = Csv(Role::kOperatorDesa);
  EXPECT_EQ(desa.find(kNik), std::string::npos);
  EXPECT_EQ(desa.find(kPhone), std::string::npos);
  EXPECT_NE(desa.find(domain::MaskNik(kNik)), std::string::npos);
  EXPECT_NE(desa.find("+62812****7890"), std::string::npos);

  const std::string admin = Csv(Role::kAdmin);
  EXPECT_NE(admin.find("Kota Makassar"), std::string::npos);  // rahasia complaints are on the officials' list
  EXPECT_NE(admin.find("WITA"), std::string::npos);

  EXPECT_EQ(services_->complaint_reports().Export(As(Role::kWarga), {}, ComplaintExportFormat::kCsv).status().code(),
            domain::ErrorCode::kPermissionDenied);
}

TEST_P(ComplaintReportTest, EveryExportIsAuditedWithoutPersonalData) {
  Csv(Role::kAdminPemda);
  Csv(Role::kOperatorDesa);
  auto entries = test_store_.store->ListAudit(50, 0);
  ASSERT_TRUE(entries.ok());
  std::vector<std::string> details;
  for (const domain::AuditEntry& entry : *entries) {
    if (entry.action == "complaint.export") details.push_back(entry.detail);
  }
  ASSERT_EQ(details.size(), 2u);
  std::sort(details.begin(), details.end());
  EXPECT_EQ(details[0], "format=csv rows=4 personal=clear");
  EXPECT_EQ(details[1], "format=csv rows=4 personal=masked");
}

TEST_P(ComplaintReportTest, XlsxExportIsAWorkbook) {
  auto file = services_->complaint_reports().Export(As(Role::kAdmin), {}, ComplaintExportFormat::kXlsx);
  ASSERT_TRUE(file.ok()) << file.status().message();
  EXPECT_EQ(file->rows, 6);
  EXPECT_EQ(file->bytes.substr(0, 2), "PK");
  EXPECT_EQ(file->file_name, "keluhan-2026-06-12.xlsx");
  EXPECT_EQ(service::ParseComplaintExportFormat("XLSX"), ComplaintExportFormat::kXlsx);
  EXPECT_FALSE(service::ParseComplaintExportFormat("pdf").has_value());
}

TEST_P(ComplaintReportTest, StoreFactsFollowTheListFilter) {
  store::ComplaintQuery query;
  query.regions = {*domain::RegionCode::Parse("35.10")};
  query.include_rahasia = true;
  auto set = test_store_.store->ListComplaintFacts(query);
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_EQ(set->facts.size(), 4u);
  query.include_rahasia = false;
  query.regions.clear();
  EXPECT_EQ(test_store_.store->ListComplaintFacts(query)->facts.size(), 5u);  // E is rahasia
  query.regions.assign(store::kComplaintRegionSlots + 1, *domain::RegionCode::Parse("35"));
  EXPECT_EQ(test_store_.store->ListComplaintFacts(query).status().code(), domain::ErrorCode::kInvalidArgument);
}

TEST_P(ComplaintReportTest, ProvinceListsWalkNewestFirstWithAndWithoutStatus) {
  store::ComplaintQuery query;
  query.regions = {*domain::RegionCode::Parse("35")};  // a province without a status: the time-ordered plan
  query.include_rahasia = true;
  query.limit = 2;
  query.offset = 1;
  auto page = test_store_.store->ListComplaints(query);
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_EQ(page->total, 5);
  ASSERT_EQ(page->items.size(), 2u);  // D is first; then B and A, both filed on 8 June
  EXPECT_EQ(page->items[0].complaint.created_at, Wib(6, 8, 10));
  EXPECT_EQ(page->items[1].complaint.created_at, Wib(6, 8, 9));
  EXPECT_EQ(page->items[0].region_name, "Kabupaten Banyuwangi");
  query.status = ComplaintStatus::kBaru;  // the status index plan
  query.offset = 0;
  page = test_store_.store->ListComplaints(query);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 2);
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_EQ(page->items[0].complaint.created_at, Wib(6, 11, 9));  // D, then F
  EXPECT_EQ(page->items[1].complaint.created_at, Wib(5, 29, 10));
}

TEST_P(ComplaintReportTest, StoreContactsCoverOnePage) {
  store::ComplaintQuery query;
  query.include_rahasia = true;
  query.limit = 6;
  auto contacts = test_store_.store->ListComplaintContacts(query);
  ASSERT_TRUE(contacts.ok()) << contacts.status().message();
  ASSERT_EQ(contacts->size(), 1u);  // only A has personal data
  EXPECT_EQ(contacts->begin()->second.reporter_nik, kNik);
  EXPECT_EQ(contacts->begin()->second.phones, std::vector<std::string>{kPhone});
  query.limit = 1;  // the newest complaint only: D has none
  EXPECT_TRUE(test_store_.store->ListComplaintContacts(query)->empty());
}

TEPAT_COMPLAINT_SUITE(ComplaintReportTest);

}  // namespace
}  // namespace tepat::complaints_test
