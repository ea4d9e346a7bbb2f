#include "service/batch_queue.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>

#include "store/text_row_page.hpp"

namespace tepat::service {
namespace {

using store::TextRowPage;

TextRowPage OneCellPage(const std::string& cell) {
  TextRowPage page(1);
  page.Append(cell);
  return page;
}

TEST(BatchQueueTest, HandsEveryPageOverInOrder) {
  constexpr int kPages = 200;
  BatchQueue<TextRowPage> queue(1);
  std::thread producer([&] {
    for (int i = 0; i < kPages; ++i) ASSERT_TRUE(queue.Push(OneCellPage(std::to_string(i))));
    queue.Close();
  });
  int taken = 0;
  while (auto page = queue.Pop()) {
    ASSERT_EQ(page->rows(), 1u);
    EXPECT_EQ(page->Cell(0, 0), std::to_string(taken));
    ++taken;
  }
  producer.join();
  EXPECT_EQ(taken, kPages);
}

TEST(BatchQueueTest, PushFailsOnceTheConsumerAbandoned) {
  BatchQueue<TextRowPage> queue(1);
  ASSERT_TRUE(queue.Push(OneCellPage("first")));  // full now: a second push would wait
  bool second = true;
  std::thread producer([&] { second = queue.Push(OneCellPage("second")); });
  queue.Abandon();
  producer.join();
  EXPECT_FALSE(second);
}

TEST(BatchQueueTest, PopDrainsWhatIsQueuedThenEndsAfterClose) {
  BatchQueue<TextRowPage> queue(1);
  ASSERT_TRUE(queue.Push(OneCellPage("last")));
  queue.Close();
  auto taken = queue.Pop();
  ASSERT_TRUE(taken.has_value());
  EXPECT_EQ(taken->Cell(0, 0), "last");
  EXPECT_FALSE(queue.Pop().has_value());
}

}  // namespace
}  // namespace tepat::service
