#include "synth/serial_allocator.hpp"

#include "synth/rng.hpp"

namespace tepat::synth {
namespace {

constexpr int kCountBits = 14;  // 2^14 > 9999
constexpr std::uint64_t kCountMask = (1ULL << kCountBits) - 1;
constexpr int kDateBits = 20;   // DDMMYY < 2^20
constexpr std::size_t kInitialSlots = 1 << 16;
constexpr std::size_t kMaxLoadNumerator = 1;  // grow when more than half full
constexpr std::size_t kMaxLoadDenominator = 2;

std::uint64_t PackKey(SerialKind kind, std::uint32_t prefix6, std::uint32_t date6) {
  return (((static_cast<std::uint64_t>(prefix6) << kDateBits) | date6) << 1) | static_cast<std::uint64_t>(kind);
}

}  // namespace

SerialAllocator::SerialAllocator() : slots_(kInitialSlots, 0) {}

void SerialAllocator::Grow() {
  std::vector<std::uint64_t> old;
  old.swap(slots_);
  slots_.assign(old.size() * 2, 0);
  const std::size_t mask = slots_.size() - 1;
  for (std::uint64_t word : old) {
    if (word == 0) continue;
    std::size_t i = MixBits(word >> kCountBits) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = word;
  }
}

std::optional<std::uint32_t> SerialAllocator::Next(SerialKind kind, std::uint32_t prefix6, std::uint32_t date6) {
  if ((used_ + 1) * kMaxLoadDenominator > slots_.size() * kMaxLoadNumerator) Grow();
  const std::uint64_t key = PackKey(kind, prefix6, date6);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = MixBits(key) & mask;
  while (slots_[i] != 0) {
    if ((slots_[i] >> kCountBits) == key) {
      const std::uint64_t count = slots_[i] & kCountMask;
      if (count >= kMaxSerial) return std::nullopt;
      ++slots_[i];
      return static_cast<std::uint32_t>(count + 1);
    }
    i = (i + 1) & mask;
  }
  slots_[i] = (key << kCountBits) | 1;
  ++used_;
  return 1;
}

}  // namespace tepat::synth
