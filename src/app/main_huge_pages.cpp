// The tepat executable's global operator new/delete: plain malloc/free, except that a block of at least
// kHugePageAdviceBytes is marked for transparent huge pages (madvise MADV_HUGEPAGE) before it is returned.
//
// Why: the in-memory indexes (the screening registry's interned strings, hash slots, columns and sorted keys; the
// matcher's prepared fields) are a few large arrays of several GB read in random order. With the kernel's default
// THP mode "madvise", they would be faulted in and mapped 4 KiB at a time: millions of page faults while loading and
// a TLB miss on most hash look-ups. Advised blocks are mapped 2 MiB at a time where the kernel has huge pages (any
// other mode, or no huge page free, leaves things as they were). Small allocations are untouched.
//
// Linked into the tepat executable only (and into the test that checks it), never into a library, so that one
// definition replaces the standard one.
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <new>

namespace {

constexpr std::uintptr_t kHugePageBytes = std::uintptr_t{2} << 20;
// Blocks from 4 MiB hold at least one whole aligned huge page whatever their alignment.
constexpr std::size_t kHugePageAdviceBytes = std::size_t{4} << 20;

// Advises the 2 MiB-aligned part of [block, block + bytes). A failure (old kernel, THP disabled) changes nothing.
void AdviseHugePages(void* block, std::size_t bytes) {
  const auto start = reinterpret_cast<std::uintptr_t>(block);
  const std::uintptr_t first = (start + kHugePageBytes - 1) & ~(kHugePageBytes - 1);
  const std::uintptr_t last = (start + bytes) & ~(kHugePageBytes - 1);
  if (last > first) (void)madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
}

}  // namespace

// As the standard operator new: retries through the new-handler, throws std::bad_alloc when there is none.
void* operator new(std::size_t bytes) {
  if (bytes == 0) bytes = 1;
  for (;;) {
    if (void* block = std::malloc(bytes)) {
      if (bytes >= kHugePageAdviceBytes) AdviseHugePages(block, bytes);
      return block;
    }
    const std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

void operator delete(void* block) noexcept { std::free(block); }
void operator delete(void* block, std::size_t) noexcept { std::free(block); }
