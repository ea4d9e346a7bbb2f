#include "domain/complaint.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "domain/complaint_topic.hpp"

namespace tepat::domain {
namespace {

TEST(ComplaintStatusTest, CodesAndLabels) {
  EXPECT_STREQ(ComplaintStatusCode(ComplaintStatus::kTidakAdaRespon), "TIDAK_ADA_RESPON");
  EXPECT_STREQ(ComplaintStatusLabel(ComplaintStatus::kTidakAdaRespon), "Tidak Ada Respon");
  EXPECT_STREQ(ComplaintStatusCode(ComplaintStatus::kDitindaklanjuti), "DITINDAKLANJUTI");
  for (ComplaintStatus status : AllComplaintStatuses()) {
    EXPECT_EQ(ParseComplaintStatus(ComplaintStatusCode(status)), status);
    EXPECT_EQ(ParseComplaintStatus(ComplaintStatusLabel(status)), status);
  }
  EXPECT_EQ(ParseComplaintStatus("tidak-ada-respon"), ComplaintStatus::kTidakAdaRespon);
  EXPECT_FALSE(ParseComplaintStatus("DITUTUP").has_value());
  EXPECT_EQ(AllComplaintStatuses().size(), 5u);
}

TEST(ComplaintChannelTest, CodesRoundTrip) {
  EXPECT_EQ(AllComplaintChannels().size(), 6u);
  for (ComplaintChannel channel : AllComplaintChannels()) {
    EXPECT_EQ(ParseComplaintChannel(ComplaintChannelCode(channel)), channel);
  }
  EXPECT_EQ(ParseComplaintChannel("kotak saran"), ComplaintChannel::kKotakSaran);
  EXPECT_EQ(ParseComplaintChannel("Media-Sosial"), ComplaintChannel::kMediaSosial);
  EXPECT_FALSE(ParseComplaintChannel("fax").has_value());
}

TEST(TopicTest, SeedTopicsInOrder) {
  const std::vector<Topic>& topics = DefaultTopics();
  ASSERT_EQ(topics.size(), 6u);
  EXPECT_EQ(topics[0].name, "Saya tidak menerima bantuan padahal sudah mendaftar");
  EXPECT_EQ(topics[1].name, "Saya seharusnya tidak menerima bantuan, tapi menerima bantuan");
  EXPECT_EQ(topics[2].name, "Bantuan yang diterima kualitasnya jelek");
  EXPECT_EQ(topics[3].name, "Jumlah bantuan tidak sesuai");
  EXPECT_EQ(topics[4].name, "Ada pungutan/potongan");
  EXPECT_EQ(topics[5].name, "Lainnya");
  std::set<std::int64_t> ids;
  for (const Topic& t : topics) {
    EXPECT_TRUE(t.active);
    ids.insert(t.id);
  }
  EXPECT_EQ(ids, (std::set<std::int64_t>{1, 2, 3, 4, 5, 6}));
  ASSERT_NE(FindTopic(topics, 5), nullptr);
  EXPECT_EQ(FindTopic(topics, 5)->name, "Ada pungutan/potongan");
  EXPECT_EQ(FindTopic(topics, 0), nullptr);
}

TEST(TrackingNumberTest, RegionYearAndPaddedSequence) {
  EXPECT_EQ(MakeTrackingNumber(*RegionCode::Parse("35.10"), 2026, 123), "KLH-3510-2026-000123");
  EXPECT_EQ(MakeTrackingNumber(*RegionCode::Parse("75"), 2027, 1), "KLH-75-2027-000001");
  EXPECT_EQ(MakeTrackingNumber(*RegionCode::Parse("32.73"), 2026, 1234567), "KLH-3273-2026-1234567");
}

}  // namespace
}  // namespace tepat::domain
