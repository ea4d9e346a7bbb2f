#include "service/text_page_handoff.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>

namespace tepat::service {
namespace {

TEST(TextPageHandoffTest, HandsEveryPageOverInOrder) {
  constexpr int kPages = 200;
  TextPageHandoff handoff;
  std::thread producer([&] {
    store::TextRowPage page;
    for (int i = 0; i < kPages; ++i) {
      page.Reset(1);
      page.Append(std::to_string(i));
      ASSERT_TRUE(handoff.Put(page));
    }
    handoff.Close();
  });
  store::TextRowPage page;
  int taken = 0;
  while (handoff.Take(page)) {
    ASSERT_EQ(page.rows(), 1u);
    EXPECT_EQ(page.Cell(0, 0), std::to_string(taken));
    ++taken;
  }
  producer.join();
  EXPECT_EQ(taken, kPages);
}

TEST(TextPageHandoffTest, PutFailsOnceTheConsumerStopped) {
  TextPageHandoff handoff;
  store::TextRowPage page(1);
  page.Append("first");
  ASSERT_TRUE(handoff.Put(page));  // the slot is full now: a second put would wait
  bool second = true;
  std::thread producer([&] {
    store::TextRowPage next(1);
    next.Append("second");
    second = handoff.Put(next);
  });
  handoff.Stop();
  producer.join();
  EXPECT_FALSE(second);
}

TEST(TextPageHandoffTest, TakeDrainsTheSlotThenEndsAfterClose) {
  TextPageHandoff handoff;
  store::TextRowPage page(1);
  page.Append("last");
  ASSERT_TRUE(handoff.Put(page));
  handoff.Close();
  store::TextRowPage taken;
  ASSERT_TRUE(handoff.Take(taken));
  EXPECT_EQ(taken.Cell(0, 0), "last");
  EXPECT_FALSE(handoff.Take(taken));
}

}  // namespace
}  // namespace tepat::service
