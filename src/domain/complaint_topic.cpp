#include "domain/complaint_topic.hpp"

namespace tepat::domain {

const std::vector<Topic>& DefaultTopics() {
  static const std::vector<Topic> kTopics = {
      {1, "Saya tidak menerima bantuan padahal sudah mendaftar", true},
      {2, "Saya seharusnya tidak menerima bantuan, tapi menerima bantuan", true},
      {3, "Bantuan yang diterima kualitasnya jelek", true},
      {4, "Jumlah bantuan tidak sesuai", true},
      {5, "Ada pungutan/potongan", true},
      {6, "Lainnya", true},
  };
  return kTopics;
}

const Topic* FindTopic(std::span<const Topic> topics, std::int64_t id) {
  for (const Topic& topic : topics) {
    if (topic.id == id) return &topic;
  }
  return nullptr;
}

}  // namespace tepat::domain
