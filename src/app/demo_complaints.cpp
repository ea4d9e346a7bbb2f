#include "app/demo_complaints.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>
#include <string>

#include "domain/working_days.hpp"

namespace tepat::app {
namespace {

constexpr std::int64_t kHour = 60 * 60;
constexpr std::int64_t kYear = 365 * domain::kSecondsPerDay;
constexpr std::int64_t kTopics = 6;  // the seeded topics 1-6
constexpr std::int64_t kNoResponseAfter = 7 * domain::kSecondsPerDay;

constexpr std::array<const char*, 9> kEastJava{"35.01", "35.07", "35.09", "35.11", "35.13",
                                               "35.15", "35.73", "35.78", "35.25"};
constexpr std::array<const char*, 8> kElsewhere{"32.73", "31.71", "33.74", "73.71", "51.71", "12.71", "64.72",
                                                "91.71"};
constexpr std::array<const char*, 6> kTitles{
    "Tidak menerima BPNT padahal terdaftar",  "Tetangga mampu menerima PKH",      "Beras bantuan berkutu",
    "Jumlah bantuan kurang dari seharusnya", "Ada potongan saat pencairan",       "Kartu KKS belum dibagikan"};
constexpr std::array<const char*, 4> kNames{"Siti Aminah", "Budi Santoso", "Wayan Sudarta", "Rahmawati"};
constexpr const char* kMessage =
    "Saya sudah terdaftar di DTKS sejak 2023 dan sudah melapor ke desa, tetapi bantuan belum juga diterima. "
    "Mohon ditindaklanjuti. (Data demo, bukan keluhan sebenarnya.)";

std::string Digits(std::mt19937_64& random, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += static_cast<char>('0' + random() % 10);
  return out;
}

const char* Pick(std::mt19937_64& random, const auto& list) { return list[random() % list.size()]; }

/// A NIK-shaped number of the kabupaten: region, kecamatan 01, a birth date, a serial number.
std::string DemoNik(const domain::RegionCode& region, std::mt19937_64& random) {
  char birth[7];
  std::snprintf(birth, sizeof birth, "%02d%02d%02d", static_cast<int>(1 + random() % 28),
                static_cast<int>(1 + random() % 12), static_cast<int>(50 + random() % 50));
  return region.compact().substr(0, 4) + "01" + birth + "0" + Digits(random, 3);
}

void SetWorkflow(domain::Complaint& c, std::mt19937_64& random, domain::UnixSeconds now) {
  const std::int64_t roll = static_cast<std::int64_t>(random() % 100);
  const domain::UnixSeconds forwarded = c.created_at + static_cast<std::int64_t>(1 + random() % 48) * kHour;
  if (roll < 10 || forwarded >= now) return;  // BARU
  c.forwarded_at = forwarded;
  c.status = domain::ComplaintStatus::kDiteruskan;
  const domain::UnixSeconds answered = forwarded + static_cast<std::int64_t>(2 + random() % 120) * kHour;
  if (roll < 25 || answered >= now) {
    if (now - forwarded >= kNoResponseAfter) {
      c.status = domain::ComplaintStatus::kTidakAdaRespon;
      c.no_response_at = forwarded + kNoResponseAfter;
    }
    return;
  }
  c.first_response_at = answered;
  c.status = domain::ComplaintStatus::kDitindaklanjuti;
  const domain::UnixSeconds closed = answered + static_cast<std::int64_t>(1 + random() % 240) * kHour;
  if (roll < 45 || closed >= now) return;
  c.closed_at = closed;
  c.status = domain::ComplaintStatus::kSelesai;
}

}  // namespace

std::vector<domain::Complaint> MakeDemoComplaints(const DemoComplaintOptions& options) {
  std::mt19937_64 random(options.seed);
  std::vector<domain::Complaint> out;
  out.reserve(static_cast<std::size_t>(std::max(options.count, 0)));
  const domain::UnixSeconds start = options.now - kYear;
  const std::int64_t step = options.count > 0 ? kYear / options.count : 0;
  for (int i = 0; i < options.count; ++i) {
    domain::Complaint c;
    const std::int64_t where = static_cast<std::int64_t>(random() % 10);
    c.region = *domain::RegionCode::Parse(where < 5 ? "35.10" : where < 8 ? Pick(random, kEastJava)
                                                                           : Pick(random, kElsewhere));
    c.topic_id = 1 + static_cast<std::int64_t>(random() % kTopics);
    c.title = Pick(random, kTitles);
    c.message = kMessage;
    c.created_at = start + i * step + static_cast<std::int64_t>(random() % std::max<std::int64_t>(step, 1));
    c.show_profile = random() % 2 == 0;
    c.rahasia = random() % 20 == 0;
    c.reporter_name = Pick(random, kNames);
    const std::int64_t channel = static_cast<std::int64_t>(random() % 10);
    c.channel = channel < 7 ? domain::ComplaintChannel::kOnline : domain::AllComplaintChannels()[channel - 6];
    if (random() % 3 == 0) {
      c.reporter_nik = DemoNik(c.region, random);
      c.phones.push_back("+62812" + Digits(random, 7));
    }
    SetWorkflow(c, random, options.now);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace tepat::app
