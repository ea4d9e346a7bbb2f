#include "domain/complaint_validation.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "domain/complaint_text.hpp"

namespace tepat::domain {
namespace {

constexpr const char* kNik = "3510011203850003";
constexpr const char* kOtherNik = "3510015203850004";
constexpr UnixSeconds kNow = 1'795'400'000;

class ComplaintValidationTest : public ::testing::Test {
 protected:
  ComplaintValidationTest() {
    regions_.Add("351001");
    topics_ = DefaultTopics();
    topics_.push_back({7, "Topik lama", false});
    rules_.topics = topics_;
    rules_.nik.regions = &regions_;
    rules_.nik.today = CivilDate{2026, 11, 23};
  }

  static ComplaintDraft GoodDraft() {
    ComplaintDraft d;
    d.region = "35.10";
    d.topic_id = 1;
    d.title = "Belum menerima BST padahal terdaftar";
    d.message = "Saya terdaftar di DTKS sejak 2024 tetapi belum pernah menerima BST.";
    d.reporter_nik = kNik;
    d.beneficiary_niks = {kOtherNik};
    d.phones = {"0812-3456-7890", "(0333) 424242"};
    return d;
  }

  InMemoryRegionDirectory regions_;
  std::vector<Topic> topics_;
  ComplaintRules rules_;
};

TEST_F(ComplaintValidationTest, GoodDraftBecomesANewComplaint) {
  ComplaintDraft draft = GoodDraft();
  draft.reporter_nik = " 3510 0112 0385 0003 ";
  draft.rahasia = true;
  ComplaintValidation v = ValidateComplaintDraft(draft, rules_, kNow);
  ASSERT_TRUE(v.ok()) << v.problems.front().message_en;
  ASSERT_TRUE(v.complaint.has_value());
  const Complaint& c = *v.complaint;
  EXPECT_EQ(c.status, ComplaintStatus::kBaru);
  EXPECT_EQ(c.created_at, kNow);
  EXPECT_EQ(c.region.compact(), "3510");
  EXPECT_EQ(c.reporter_nik, kNik);
  EXPECT_EQ(c.beneficiary_niks, std::vector<std::string>{kOtherNik});
  EXPECT_EQ(c.phones, (std::vector<std::string>{"+6281234567890", "+62333424242"}));
  EXPECT_TRUE(c.rahasia);
  EXPECT_FALSE(c.show_profile);
  EXPECT_EQ(c.channel, ComplaintChannel::kOnline);
  EXPECT_FALSE(c.forwarded_at.has_value());
}

TEST_F(ComplaintValidationTest, BlankOptionalEntriesAreIgnored) {
  ComplaintDraft draft = GoodDraft();
  draft.reporter_nik = "";
  draft.beneficiary_niks = {"", "  "};
  draft.phones = {"", "0812-3456-7890", " "};
  draft.region = "35";  // a province complaint
  ComplaintValidation v = ValidateComplaintDraft(draft, rules_, kNow);
  ASSERT_TRUE(v.ok());
  EXPECT_FALSE(v.complaint->reporter_nik.has_value());
  EXPECT_TRUE(v.complaint->beneficiary_niks.empty());
  EXPECT_EQ(v.complaint->phones.size(), 1u);
}

struct BadCase {
  const char* name;
  std::function<void(ComplaintDraft*)> spoil;
  const char* field;
  ComplaintIssue issue;
};

class ComplaintBadDraftTest : public ComplaintValidationTest, public ::testing::WithParamInterface<BadCase> {};

TEST_P(ComplaintBadDraftTest, IsRefusedNamingTheField) {
  ComplaintDraft draft = GoodDraft();
  GetParam().spoil(&draft);
  ComplaintValidation v = ValidateComplaintDraft(draft, rules_, kNow);
  EXPECT_FALSE(v.ok());
  EXPECT_FALSE(v.complaint.has_value());
  ASSERT_EQ(v.problems.size(), 1u) << v.problems.front().message_en;
  const ComplaintProblem& p = v.problems.front();
  EXPECT_EQ(p.field, GetParam().field);
  EXPECT_STREQ(ComplaintIssueName(p.issue), ComplaintIssueName(GetParam().issue));
  EXPECT_FALSE(p.message_id.empty());
  EXPECT_FALSE(p.message_en.empty());
  for (const std::string& message : {p.message_id, p.message_en}) {
    EXPECT_EQ(message.find(kNik), std::string::npos) << "never a full NIK in a message";
    EXPECT_EQ(message.find(kOtherNik), std::string::npos) << "never a full NIK in a message";
    EXPECT_EQ(message.find("81234567890"), std::string::npos) << "never a full phone number in a message";
  }
}

std::vector<std::string> Phones(int n) {
  std::vector<std::string> phones;
  for (int i = 0; i < n; ++i) phones.push_back("0812-3456-78" + std::to_string(10 + i));
  return phones;
}

INSTANTIATE_TEST_SUITE_P(
    Drafts, ComplaintBadDraftTest,
    ::testing::Values(
        BadCase{"EmptyTitle", [](ComplaintDraft* d) { d->title = ""; }, "title", ComplaintIssue::kBadText},
        BadCase{"BlankTitle", [](ComplaintDraft* d) { d->title = "   "; }, "title", ComplaintIssue::kBadText},
        BadCase{"LongTitle", [](ComplaintDraft* d) { d->title = std::string(kMaxTitleChars + 1, 'a'); }, "title",
                ComplaintIssue::kBadText},
        BadCase{"EmptyMessage", [](ComplaintDraft* d) { d->message = ""; }, "message", ComplaintIssue::kBadText},
        BadCase{"OneMegabyteMessage", [](ComplaintDraft* d) { d->message = std::string(1 << 20, 'x'); }, "message",
                ComplaintIssue::kBadText},
        BadCase{"Latin1Message", [](ComplaintDraft* d) { d->message = "Beras tidak layak dimakan \xE9"; }, "message",
                ComplaintIssue::kBadText},
        BadCase{"LongSource", [](ComplaintDraft* d) { d->source = std::string(kMaxSourceChars + 1, 's'); }, "source",
                ComplaintIssue::kBadText},
        BadCase{"ControlCharInName", [](ComplaintDraft* d) { d->reporter_name = "Siti\x07"; }, "reporter_name",
                ComplaintIssue::kBadText},
        BadCase{"DesaInsteadOfKabupaten", [](ComplaintDraft* d) { d->region = "35.10.01.2001"; }, "region",
                ComplaintIssue::kBadRegion},
        BadCase{"GarbageRegion", [](ComplaintDraft* d) { d->region = "Banyuwangi"; }, "region",
                ComplaintIssue::kBadRegion},
        BadCase{"UnknownKabupaten", [](ComplaintDraft* d) { d->region = "35.99"; }, "region",
                ComplaintIssue::kBadRegion},
        BadCase{"UnknownTopic", [](ComplaintDraft* d) { d->topic_id = 99; }, "topic_id", ComplaintIssue::kUnknownTopic},
        BadCase{"InactiveTopic", [](ComplaintDraft* d) { d->topic_id = 7; }, "topic_id",
                ComplaintIssue::kInactiveTopic},
        BadCase{"ShortReporterNik", [](ComplaintDraft* d) { d->reporter_nik = "35100112"; }, "reporter_nik",
                ComplaintIssue::kBadNik},
        BadCase{"BadDateInBeneficiaryNik", [](ComplaintDraft* d) { d->beneficiary_niks = {"3510019913850003"}; },
                "beneficiary_niks[0]", ComplaintIssue::kBadNik},
        BadCase{"DuplicateBeneficiaryNik",
                [](ComplaintDraft* d) {
                  d->beneficiary_niks = {kOtherNik, kOtherNik};
                },
                "beneficiary_niks[1]", ComplaintIssue::kDuplicateNik},
        BadCase{"ElevenBeneficiaryNiks",
                [](ComplaintDraft* d) {
                  d->beneficiary_niks.clear();
                  for (int i = 1; i <= 11; ++i)
                    d->beneficiary_niks.push_back("35100112038500" + std::to_string(10 + i));
                },
                "beneficiary_niks[10]", ComplaintIssue::kTooManyNiks},
        BadCase{"SixthPhone", [](ComplaintDraft* d) { d->phones = Phones(6); }, "phones[5]",
                ComplaintIssue::kTooManyPhones},
        BadCase{"BadPhone",
                [](ComplaintDraft* d) {
                  d->phones = {"0812-3456-7890", "12345"};
                },
                "phones[1]", ComplaintIssue::kBadPhone},
        BadCase{"SamePhoneTwoFormats",
                [](ComplaintDraft* d) {
                  d->phones = {"0812-3456-7890", "+6281234567890"};
                },
                "phones[1]", ComplaintIssue::kDuplicatePhone}),
    [](const auto& info) { return info.param.name; });

TEST_F(ComplaintValidationTest, EveryProblemIsReportedAtOnce) {
  ComplaintDraft draft;
  draft.region = "x";
  draft.topic_id = 0;
  draft.reporter_nik = "123";
  draft.phones = Phones(5);
  draft.phones.push_back("abc");
  ComplaintValidation v = ValidateComplaintDraft(draft, rules_, kNow);
  std::vector<std::string> fields;
  for (const ComplaintProblem& p : v.problems) fields.push_back(p.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"region", "topic_id", "title", "message", "reporter_nik", "phones[5]"}));
  EXPECT_FALSE(v.complaint.has_value());
}

TEST_F(ComplaintValidationTest, MessageAtTheLimitIsAccepted) {
  ComplaintDraft draft = GoodDraft();
  draft.message = std::string(kMaxMessageChars, 'a');
  draft.title = std::string(kMaxTitleChars, 'b');
  EXPECT_TRUE(ValidateComplaintDraft(draft, rules_, kNow).ok());
}

TEST_F(ComplaintValidationTest, ScriptIsKeptAsText) {
  ComplaintDraft draft = GoodDraft();
  draft.title = "<script>alert('x')</script>";
  ComplaintValidation v = ValidateComplaintDraft(draft, rules_, kNow);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v.complaint->title, draft.title);
}

TEST_F(ComplaintValidationTest, RequireNikWhenTheRulesSaySo) {
  ComplaintDraft draft = GoodDraft();
  draft.reporter_nik.clear();
  draft.beneficiary_niks.clear();
  EXPECT_TRUE(ValidateComplaintDraft(draft, rules_, kNow).ok());
  rules_.require_nik = true;
  ComplaintValidation v = ValidateComplaintDraft(draft, rules_, kNow);
  ASSERT_EQ(v.problems.size(), 1u);
  EXPECT_EQ(v.problems[0].issue, ComplaintIssue::kMissingNik);
}

TEST_F(ComplaintValidationTest, DuplicateMessagesShowOnlyMaskedValues) {
  ComplaintDraft draft = GoodDraft();
  draft.beneficiary_niks = {kOtherNik, kOtherNik};
  draft.phones = {"0812-3456-7890", "6281234567890"};
  ComplaintValidation v = ValidateComplaintDraft(draft, rules_, kNow);
  ASSERT_EQ(v.problems.size(), 2u);
  EXPECT_NE(v.problems[0].message_id.find("3510********0004"), std::string::npos);
  EXPECT_NE(v.problems[1].message_id.find("+62812****7890"), std::string::npos);
}

}  // namespace
}  // namespace tepat::domain

namespace tepat::domain {
namespace {

Program ProgramIn(std::int64_t id, const char* region) {
  Program program;
  program.id = id;
  program.code = "P" + std::to_string(id);
  program.name = "Program " + std::to_string(id);
  program.region = *RegionCode::Parse(region);
  return program;
}

struct ProgramCase {
  const char* name;
  std::optional<std::int64_t> program_id;
  const char* region;
  bool accepted;
};

class ComplaintProgramTest : public ::testing::TestWithParam<ProgramCase> {};

TEST_P(ComplaintProgramTest, ProgramMustExistAndFitTheRegion) {
  const std::vector<Topic> topics = DefaultTopics();
  // 1: national-style program of East Java; 2: Banyuwangi only; 3: Malang only.
  const std::vector<Program> programs = {ProgramIn(1, "35"), ProgramIn(2, "35.10"), ProgramIn(3, "35.07")};
  ComplaintRules rules;
  rules.topics = topics;
  rules.programs = std::span<const Program>(programs);
  ComplaintDraft draft;
  draft.region = GetParam().region;
  draft.topic_id = 1;
  draft.title = "Judul";
  draft.message = "Pesan";
  draft.program_id = GetParam().program_id;
  const ComplaintValidation v = ValidateComplaintDraft(draft, rules, 0);
  EXPECT_EQ(v.ok(), GetParam().accepted);
  if (!GetParam().accepted) {
    ASSERT_EQ(v.problems.size(), 1u);
    EXPECT_EQ(v.problems[0].field, "program_id");
    EXPECT_EQ(v.problems[0].issue, ComplaintIssue::kUnknownProgram);
  } else if (GetParam().program_id) {
    EXPECT_EQ(v.complaint->program_id, GetParam().program_id);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ComplaintProgramTest,
    ::testing::Values(ProgramCase{"NoProgram", std::nullopt, "35.10", true},
                      ProgramCase{"ProvinceProgramForKabupaten", 1, "35.10", true},
                      ProgramCase{"KabupatenProgram", 2, "35.10", true},
                      ProgramCase{"KabupatenProgramForProvince", 2, "35", true},
                      ProgramCase{"ProgramOfAnotherKabupaten", 3, "35.10", false},
                      ProgramCase{"UnknownProgram", 99, "35.10", false}),
    [](const ::testing::TestParamInfo<ProgramCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace tepat::domain
