#include "synth/identity_number.hpp"

#include <gtest/gtest.h>

#include <set>

#include "synth/serial_allocator.hpp"

namespace tepat::synth {
namespace {

TEST(IdentityNumberTest, DatePartAddsFortyForWomen) {
  EXPECT_EQ(DatePart({1985, 3, 12}, domain::Sex::kMale), 120385u);
  EXPECT_EQ(DatePart({1985, 3, 12}, domain::Sex::kFemale), 520385u);
  EXPECT_EQ(DatePart({2001, 11, 1}, domain::Sex::kMale), 11101u);
}

TEST(IdentityNumberTest, ComposesSixteenDigits) {
  EXPECT_EQ(ComposeIdentityNumber(351001, 120385, 3), "3510011203850003");
  EXPECT_EQ(ComposeIdentityNumber(351001, 11101, 12), "3510010111010012");
}

TEST(SerialAllocatorTest, CountsPerKeyAndKind) {
  SerialAllocator serials;
  EXPECT_EQ(serials.Next(SerialKind::kNik, 351001, 120385), 1u);
  EXPECT_EQ(serials.Next(SerialKind::kNik, 351001, 120385), 2u);
  EXPECT_EQ(serials.Next(SerialKind::kNik, 351001, 520385), 1u);  // woman, same day: her own key
  EXPECT_EQ(serials.Next(SerialKind::kNik, 351002, 120385), 1u);
  EXPECT_EQ(serials.Next(SerialKind::kKk, 351001, 120385), 1u);
  EXPECT_EQ(serials.size(), 4u);
}

TEST(SerialAllocatorTest, SurvivesGrowthAndStopsAtTheLimit) {
  SerialAllocator serials;
  for (std::uint32_t k = 0; k < 200000; ++k) ASSERT_EQ(serials.Next(SerialKind::kNik, 110101 + k % 5000, k), 1u);
  EXPECT_EQ(serials.size(), 200000u);
  for (std::uint32_t k = 0; k < 200000; k += 997) ASSERT_EQ(serials.Next(SerialKind::kNik, 110101 + k % 5000, k), 2u);
  for (std::uint32_t i = 1; i <= SerialAllocator::kMaxSerial; ++i) ASSERT_EQ(serials.Next(SerialKind::kKk, 999999, 1), i);
  EXPECT_FALSE(serials.Next(SerialKind::kKk, 999999, 1).has_value());
}

}  // namespace
}  // namespace tepat::synth
