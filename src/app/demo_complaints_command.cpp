// `tepat demo complaints`: stores synthetic complaints (app/demo_complaints.hpp) in batches of one transaction
// each, for demos and bench/complaints.sh.
#include <algorithm>
#include <chrono>
#include <iostream>

#include "app/cli.hpp"
#include "app/demo_complaints.hpp"
#include "app/exit_error.hpp"
#include "app/store_opener.hpp"
#include "domain/working_days.hpp"
#include "service/clock.hpp"

namespace tepat::app {
namespace {

constexpr int kBatch = 10000;
constexpr int kMaxCount = 10'000'000;
constexpr int kTrackingYear = 2026;

void StoreDemoComplaints(const std::string& db, int count, std::uint64_t seed) {
  auto store = OpenMigratedStore(db, 1);
  const auto started = std::chrono::steady_clock::now();
  std::vector<domain::Complaint> all =
      MakeDemoComplaints({.count = count, .seed = seed, .now = service::SystemClock().Now()});
  for (std::size_t first = 0; first < all.size(); first += kBatch) {
    std::vector<domain::Complaint> batch(all.begin() + static_cast<std::ptrdiff_t>(first),
                                         all.begin() + static_cast<std::ptrdiff_t>(std::min(all.size(), first + kBatch)));
    if (domain::Status s = store->CreateComplaints(batch, kTrackingYear); !s.ok()) {
      throw ExitError("cannot store demo complaints " + std::to_string(first + 1) + "-" +
                      std::to_string(first + batch.size()) + ": " + s.message());
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << "demo complaints: " << all.size() << " stored in " << seconds << " s\n";
}

}  // namespace

void RegisterDemoComplaintsCommand(CLI::App& demo) {
  auto db = std::make_shared<std::string>(kDefaultDbUrl);
  auto count = std::make_shared<int>(1000);
  auto seed = std::make_shared<std::uint64_t>(1);
  CLI::App* cmd = demo.add_subcommand(
      "complaints",
      "Store synthetic complaints (half in Banyuwangi 35.10) filed over the last year, in every workflow state; "
      "marked as demo data in their text.\n"
      "Example: tepat demo complaints --count 100000 --seed 1");
  cmd->add_option("--db", *db, "Database URL")->capture_default_str();
  cmd->add_option("--count", *count, "Number of complaints")->capture_default_str()->check(CLI::Range(1, kMaxCount));
  cmd->add_option("--seed", *seed, "Random seed: the same seed gives the same complaints")->capture_default_str();
  cmd->callback([db, count, seed] { StoreDemoComplaints(*db, *count, *seed); });
}

}  // namespace tepat::app
