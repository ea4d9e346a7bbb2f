// `tepat complaints sweep`: mark forwarded complaints without a Pemda response TIDAK_ADA_RESPON (the same sweep the
// server runs periodically), at a given time for operators and tests.
#include <iostream>

#include "app/cli.hpp"
#include "app/exit_error.hpp"
#include "app/store_opener.hpp"
#include "service/services.hpp"

namespace tepat::app {
namespace {

/// "2026-06-08T10:00:00Z" (or without the Z, always UTC) or Unix seconds; nullopt otherwise.
std::optional<domain::UnixSeconds> ParseTime(const std::string& text) {
  if (!text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(c) != 0; })) {
    return std::stoll(text);
  }
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  char t = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c%2d:%2d:%2d", &year, &month, &day, &t, &hour, &minute, &second) != 7 ||
      (t != 'T' && t != ' ')) {
    return std::nullopt;
  }
  std::optional<domain::CivilDate> date = domain::CivilDate::FromYmd(year, month, day);
  if (!date || hour > 23 || minute > 59 || second > 59) return std::nullopt;
  return date->DaysSinceEpoch() * domain::kSecondsPerDay + hour * 3600 + minute * 60 + second;
}

}  // namespace

void RegisterComplaintsCommand(CLI::App& root) {
  auto* cmd = root.add_subcommand("complaints", "Complaint maintenance.\nExample: tepat complaints sweep");
  cmd->require_subcommand(1);
  auto* sweep = cmd->add_subcommand(
      "sweep",
      "Mark every complaint forwarded 7 days ago or more without a Pemda response TIDAK_ADA_RESPON. Running it twice "
      "changes nothing.\nExample: tepat complaints sweep --db sqlite:var/tepat.db --now 2026-06-08T10:00:00Z");
  auto db = std::make_shared<std::string>(kDefaultDbUrl);
  auto now_text = std::make_shared<std::string>();
  sweep->add_option("--db", *db, "Database URL: sqlite:PATH or postgresql://user@host/db")->capture_default_str();
  sweep->add_option("--now", *now_text, "The time to sweep at, UTC: 2026-06-08T10:00:00Z or Unix seconds "
                                        "(default: the system clock)");
  sweep->callback([db, now_text] {
    service::SystemClock system_clock;
    domain::UnixSeconds now = system_clock.Now();
    if (!now_text->empty()) {
      std::optional<domain::UnixSeconds> parsed = ParseTime(*now_text);
      if (!parsed) throw ExitError("--now: use a UTC time like 2026-06-08T10:00:00Z or Unix seconds");
      now = *parsed;
    }
    auto store = OpenMigratedStore(*db, 2);
    service::ManualClock clock(now);
    service::Services services(*store, clock);
    domain::Result<service::SweepSummary> swept = services.complaints().Sweep(now);
    if (!swept.ok()) throw ExitError("complaint sweep failed: " + swept.status().message());
    std::cout << swept->marked << " complaints marked TIDAK_ADA_RESPON";
    if (swept->skipped > 0) std::cout << " (" << swept->skipped << " changed meanwhile, left as they are)";
    std::cout << "\n";
  });
}

}  // namespace tepat::app
