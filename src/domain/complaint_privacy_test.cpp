#include "domain/complaint_privacy.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tepat::domain {
namespace {

constexpr std::int64_t kReporter = 10;
constexpr std::int64_t kRecorder = 20;
constexpr std::int64_t kOther = 30;

Complaint Sample(bool rahasia, bool show_profile) {
  Complaint c;
  c.id = 1;
  c.region = *RegionCode::Parse("35.10");
  c.title = "Ada potongan";
  c.reporter_account_id = kReporter;
  c.recorded_by_account_id = kRecorder;
  c.reporter_name = "Siti Aminah";
  c.reporter_nik = "3510015203850003";
  c.beneficiary_niks = {"3510011203850004"};
  c.phones = {"+6281234567890"};
  c.rahasia = rahasia;
  c.show_profile = show_profile;
  return c;
}

ComplaintActor As(Role role, bool covers, std::int64_t id = kOther) { return {role, id, covers}; }

struct VisibilityCase {
  const char* name;
  std::optional<ComplaintActor> viewer;
  bool rahasia;
  ComplaintVisibility expected;
};

class ComplaintVisibilityTest : public ::testing::TestWithParam<VisibilityCase> {};

TEST_P(ComplaintVisibilityTest, FollowsTheIssueRules) {
  const VisibilityCase& c = GetParam();
  EXPECT_STREQ(ComplaintVisibilityName(ComplaintVisibilityFor(c.viewer, Sample(c.rahasia, false))),
               ComplaintVisibilityName(c.expected));
}

INSTANTIATE_TEST_SUITE_P(
    Viewers, ComplaintVisibilityTest,
    ::testing::Values(
        VisibilityCase{"Guest", std::nullopt, false, ComplaintVisibility::kPublic},
        VisibilityCase{"GuestRahasia", std::nullopt, true, ComplaintVisibility::kNone},
        VisibilityCase{"Admin", As(Role::kAdmin, false), true, ComplaintVisibility::kFull},
        VisibilityCase{"KorwilOfRegion", As(Role::kPicKorwil, true), true, ComplaintVisibility::kFull},
        VisibilityCase{"KorwilElsewhere", As(Role::kPicKorwil, false), false, ComplaintVisibility::kPublic},
        VisibilityCase{"KorwilElsewhereRahasia", As(Role::kPicKorwil, false), true, ComplaintVisibility::kNone},
        VisibilityCase{"PemdaOfRegion", As(Role::kAdminPemda, true), false, ComplaintVisibility::kFull},
        VisibilityCase{"PemdaElsewhere", As(Role::kAdminPemda, false), true, ComplaintVisibility::kNone},
        VisibilityCase{"Reporter", As(Role::kWarga, false, kReporter), true, ComplaintVisibility::kMasked},
        VisibilityCase{"Recorder", As(Role::kOperatorDesa, false, kRecorder), true, ComplaintVisibility::kMasked},
        VisibilityCase{"OperatorDesaOfRegion", As(Role::kOperatorDesa, true), false, ComplaintVisibility::kMasked},
        VisibilityCase{"OtherCitizen", As(Role::kWarga, false), false, ComplaintVisibility::kPublic},
        VisibilityCase{"OtherCitizenRahasia", As(Role::kWarga, false), true, ComplaintVisibility::kNone},
        VisibilityCase{"WalidataOfRegion", As(Role::kOperator, true), false, ComplaintVisibility::kPublic},
        VisibilityCase{"SupervisorOfRegion", As(Role::kSupervisorKabupaten, true), true, ComplaintVisibility::kNone},
        VisibilityCase{"System", ComplaintActor::System(), true, ComplaintVisibility::kFull}),
    [](const auto& info) { return info.param.name; });

TEST(RedactComplaintTest, PublicViewOfAnAnonymousComplaint) {
  std::optional<Complaint> out = RedactComplaint(Sample(false, false), ComplaintVisibility::kPublic);
  ASSERT_TRUE(out.has_value());
  EXPECT_FALSE(out->reporter_nik.has_value());
  EXPECT_TRUE(out->beneficiary_niks.empty());
  EXPECT_TRUE(out->phones.empty());
  EXPECT_TRUE(out->reporter_name.empty());
  EXPECT_FALSE(out->reporter_account_id.has_value());
  EXPECT_FALSE(out->recorded_by_account_id.has_value());
  EXPECT_EQ(out->title, "Ada potongan");
}

TEST(RedactComplaintTest, PublicViewWithProfileKeepsTheName) {
  std::optional<Complaint> out = RedactComplaint(Sample(false, true), ComplaintVisibility::kPublic);
  EXPECT_EQ(out->reporter_name, "Siti Aminah");
  EXPECT_EQ(out->reporter_account_id, kReporter);
  EXPECT_TRUE(out->phones.empty());
}

TEST(RedactComplaintTest, MaskedAndFullAndNone) {
  std::optional<Complaint> masked = RedactComplaint(Sample(true, false), ComplaintVisibility::kMasked);
  EXPECT_EQ(masked->reporter_nik, "3510********0003");
  EXPECT_EQ(masked->beneficiary_niks, std::vector<std::string>{"3510********0004"});
  EXPECT_EQ(masked->phones, std::vector<std::string>{"+62812****7890"});
  std::optional<Complaint> full = RedactComplaint(Sample(true, false), ComplaintVisibility::kFull);
  EXPECT_EQ(full->reporter_nik, "3510015203850003");
  EXPECT_EQ(full->phones, std::vector<std::string>{"+6281234567890"});
  EXPECT_FALSE(RedactComplaint(Sample(true, false), ComplaintVisibility::kNone).has_value());
}

struct MaskTextCase {
  const char* name;
  const char* text;
  const char* expected;
};

class MaskNumbersInTextTest : public ::testing::TestWithParam<MaskTextCase> {};

TEST_P(MaskNumbersInTextTest, MasksLongDigitRunsOnly) {
  EXPECT_EQ(MaskNumbersInText(GetParam().text), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MaskNumbersInTextTest,
    ::testing::Values(MaskTextCase{"Nik", "NIK saya 3510015203850003.", "NIK saya 3510********0003."},
                      MaskTextCase{"PhoneWithDashes", "hubungi 0812-3456-7890 ya", "hubungi 0812-****-7890 ya"},
                      MaskTextCase{"PhoneWithPlus", "+62 812 3456 7890", "+62 81* **** 7890"},
                      MaskTextCase{"AmountStays", "potong Rp 300.000 dari 600.000", "potong Rp 300.000 dari 600.000"},
                      MaskTextCase{"DateStays", "sejak 12-03-2026", "sejak 12-03-2026"},
                      MaskTextCase{"NineDigitsStay", "123456789", "123456789"},
                      MaskTextCase{"TenDigitsMasked", "0215551234", "0215**1234"},
                      MaskTextCase{"TwoRuns", "3510015203850003 dan 3510011203850004",
                                   "3510********0003 dan 3510********0004"},
                      MaskTextCase{"TrailingSeparator", "nomor 0812345678901- selesai", "nomor 0812*****8901- selesai"},
                      MaskTextCase{"Empty", "", ""}),
    [](const ::testing::TestParamInfo<MaskTextCase>& info) { return std::string(info.param.name); });

TEST(RedactComplaintTest, PublicViewMasksNumbersTypedIntoTheText) {
  Complaint complaint = Sample(false, true);
  complaint.title = "NIK 3510015203850003 ditolak";
  complaint.message = "Telepon saya 081234567890.";
  complaint.source = "kabar dari 021-555-1234";
  std::optional<Complaint> out = RedactComplaint(complaint, ComplaintVisibility::kPublic);
  EXPECT_EQ(out->title, "NIK 3510********0003 ditolak");
  EXPECT_EQ(out->message, "Telepon saya 0812****7890.");
  EXPECT_EQ(out->source, "kabar dari 021-5**-1234");
  std::optional<Complaint> full = RedactComplaint(complaint, ComplaintVisibility::kFull);
  EXPECT_EQ(full->message, "Telepon saya 081234567890.");
}

}  // namespace
}  // namespace tepat::domain
