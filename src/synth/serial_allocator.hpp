#pragma once
// SerialAllocator: hands out the 4-digit serial of NIK and KK numbers, unique within (region prefix, date part).
// An open-addressing table of packed 64-bit words keeps memory at 8-16 bytes per distinct key.
#include <cstdint>
#include <optional>
#include <vector>

namespace tepat::synth {

/// Which number a serial is for; NIK and KK serials are counted separately.
enum class SerialKind { kNik = 0, kKk = 1 };

/// Not thread-safe.
class SerialAllocator {
 public:
  /// Largest serial a 4-digit field can hold.
  static constexpr std::uint32_t kMaxSerial = 9999;

  SerialAllocator();
  /// The next serial (1, 2, ...) for (kind, prefix6, date6). `prefix6` is the 6-digit kecamatan code as a number,
  /// `date6` the DDMMYY part as a number (with +40 on the day for women). Returns nullopt once kMaxSerial
  /// serials were given for that key (the caller then picks another date).
  std::optional<std::uint32_t> Next(SerialKind kind, std::uint32_t prefix6, std::uint32_t date6);
  /// Distinct keys in use.
  std::size_t size() const { return used_; }

 private:
  void Grow();
  std::vector<std::uint64_t> slots_;  // key << kCountBits | count; 0 = empty
  std::size_t used_ = 0;
};

}  // namespace tepat::synth
