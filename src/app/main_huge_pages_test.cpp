// The executable's operator new (main_huge_pages.cpp, linked into this test too): large blocks are advised for
// transparent huge pages, and failures behave as the standard operator new.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <new>
#include <sstream>
#include <string>

namespace {

// The VmFlags line of the mapping holding `address` in /proc/self/smaps ("" when not found).
std::string VmFlagsOf(const void* address) {
  const auto target = reinterpret_cast<std::uintptr_t>(address);
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;
    char dash = 0;
    std::istringstream header(line);
    if (header >> std::hex >> begin >> dash >> end && dash == '-') {
      inside = begin <= target && target < end;
    } else if (inside && line.starts_with("VmFlags:")) {
      return line;
    }
  }
  return "";
}

// 1 PiB: more than any machine here can give (read at run time, so the compiler cannot refuse it).
std::size_t ImpossibleSize() {
  volatile std::size_t bytes = std::size_t{1} << 50;
  return bytes;
}

TEST(MainHugePagesTest, LargeBlockIsAdvisedForHugePages) {
  if (!std::filesystem::exists("/sys/kernel/mm/transparent_hugepage/enabled")) {
    GTEST_SKIP() << "this kernel has no transparent huge pages";
  }
  constexpr std::size_t kBytes = std::size_t{16} << 20;
  const std::unique_ptr<char[]> block(new char[kBytes]);
  // The middle of the block lies in its 2 MiB-aligned part, which is the part advised.
  const std::string flags = VmFlagsOf(block.get() + kBytes / 2);
  ASSERT_FALSE(flags.empty());
  EXPECT_NE(flags.find(" hg"), std::string::npos) << flags;
}

TEST(MainHugePagesTest, ImpossibleSizeThrowsBadAlloc) {
  const std::size_t impossible = ImpossibleSize();
  char* volatile block = nullptr;  // volatile: the allocation must really happen
  EXPECT_THROW(block = new char[impossible], std::bad_alloc);
  delete[] block;
}

TEST(MainHugePagesTest, NothrowNewReturnsNullOnFailure) {
  const std::size_t impossible = ImpossibleSize();
  char* volatile block = new (std::nothrow) char[impossible];
  EXPECT_EQ(block, nullptr);
  delete[] block;
}

}  // namespace
