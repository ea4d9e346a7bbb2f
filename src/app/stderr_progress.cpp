#include "app/stderr_progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace tepat::app {
namespace {
constexpr auto kTerminalInterval = std::chrono::milliseconds(200);
constexpr auto kPipeInterval = std::chrono::seconds(2);
constexpr int kBarWidth = 30;
constexpr double kPercent = 100.0;
constexpr std::int64_t kSecondsPerMinute = 60;
constexpr std::int64_t kSecondsPerHour = 3600;

// "1:02:03" or "2:03".
std::string Clock(std::int64_t seconds) {
  char text[32];
  const long long h = seconds / kSecondsPerHour, m = seconds % kSecondsPerHour / kSecondsPerMinute,
                  s = seconds % kSecondsPerMinute;
  if (h > 0) {
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", h, m, s);
  } else {
    std::snprintf(text, sizeof text, "%lld:%02lld", m, s);
  }
  return text;
}

}  // namespace

StderrProgress::StderrProgress() : terminal_(isatty(STDERR_FILENO) != 0) {}

match::Progress StderrProgress::Sink() {
  match::Progress progress;
  progress.report = [this](std::string_view stage, uint64_t done, uint64_t total) { Show(stage, done, total); };
  return progress;
}

bool StderrProgress::Due(std::string_view stage, bool finished) {
  const auto now = std::chrono::steady_clock::now();
  if (stage == stage_ && !finished && now - last_ < (terminal_ ? kTerminalInterval : kPipeInterval)) return false;
  last_ = now;
  return true;
}

void StderrProgress::Show(std::string_view stage, uint64_t done, uint64_t total) {
  const bool new_stage = stage != stage_;
  if (!Due(stage, done >= total)) return;
  const double share = total == 0 ? 1.0 : static_cast<double>(done) / static_cast<double>(total);
  if (terminal_) {
    if (new_stage && line_open_) std::fputc('\n', stderr);
    const int filled = static_cast<int>(share * kBarWidth);
    std::fprintf(stderr, "\r%-10.*s [%.*s%*s] %5.1f%%", static_cast<int>(stage.size()), stage.data(), filled,
                 "##############################", kBarWidth - filled, "", share * kPercent);
    line_open_ = true;
  } else {
    std::fprintf(stderr, "%.*s: %llu/%llu (%.1f%%)\n", static_cast<int>(stage.size()), stage.data(),
                 static_cast<unsigned long long>(done), static_cast<unsigned long long>(total), share * kPercent);
  }
  stage_ = std::string(stage);
}

void StderrProgress::ShowJob(std::string_view kind, const store::JobProgress& progress,
                             const service::JobTiming& timing, bool final) {
  if (!Due(kind, final)) return;
  const bool total_known = progress.rows_total > 0;
  const double share = total_known ? static_cast<double>(progress.rows_done) / static_cast<double>(progress.rows_total) : 0.0;
  const std::string remaining = timing.remaining ? "~" + Clock(*timing.remaining) + " left" : "";
  const int filled = static_cast<int>(share * kBarWidth);
  std::fprintf(stderr, terminal_ ? "\r%.*s [%.*s%*s] %5.1f%%  %lld/%s%lld rows  %lld errors  %s elapsed  %s   "
                                 : "%.*s [%.*s%*s] %5.1f%%  %lld/%s%lld rows  %lld errors  %s elapsed  %s\n",
               static_cast<int>(kind.size()), kind.data(), filled, "##############################",
               kBarWidth - filled, "", share * kPercent, static_cast<long long>(progress.rows_done), final ? "" : "~",
               static_cast<long long>(progress.rows_total), static_cast<long long>(progress.rows_errors),
               Clock(timing.elapsed).c_str(), remaining.c_str());
  line_open_ = terminal_;
  stage_ = std::string(kind);
}

void StderrProgress::Finish() {
  if (terminal_ && line_open_) std::fputc('\n', stderr);
  line_open_ = false;
}

}  // namespace tepat::app
