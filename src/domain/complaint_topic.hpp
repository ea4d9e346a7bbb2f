#pragma once
// Topic: the subject a complaint is filed under, from a list that admins manage.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tepat::domain {

/// A complaint topic. Inactive topics stay on old complaints but cannot be chosen for a new one.
struct Topic {
  std::int64_t id = 0;
  std::string name;
  bool active = true;
};

/// The seeds' topics (seed 000 and seed 003 appendix III), active, with ids 1-6 in this order: "Saya tidak menerima
/// bantuan padahal sudah mendaftar", "Saya seharusnya tidak menerima bantuan, tapi menerima bantuan", "Bantuan yang
/// diterima kualitasnya jelek", "Jumlah bantuan tidak sesuai", "Ada pungutan/potongan", "Lainnya". The store seeds
/// its topic table from it; afterwards the table is the truth. Thread-safe.
const std::vector<Topic>& DefaultTopics();

/// The topic with `id` in `topics`, or nullptr. Pure.
const Topic* FindTopic(std::span<const Topic> topics, std::int64_t id);

}  // namespace tepat::domain
