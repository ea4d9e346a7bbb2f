#include "app/stderr_progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace tepat::app {
namespace {
constexpr auto kTerminalInterval = std::chrono::milliseconds(200);
constexpr auto kPipeInterval = std::chrono::seconds(2);
constexpr int kBarWidth = 30;
constexpr double kPercent = 100.0;
}  // namespace

StderrProgress::StderrProgress() : terminal_(isatty(STDERR_FILENO) != 0) {}

match::Progress StderrProgress::Sink() {
  match::Progress progress;
  progress.report = [this](std::string_view stage, uint64_t done, uint64_t total) { Show(stage, done, total); };
  return progress;
}

void StderrProgress::Show(std::string_view stage, uint64_t done, uint64_t total) {
  const auto now = std::chrono::steady_clock::now();
  const bool new_stage = stage != stage_;
  const bool finished = done >= total;
  if (!new_stage && !finished && now - last_ < (terminal_ ? kTerminalInterval : kPipeInterval)) return;
  last_ = now;
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

void StderrProgress::Finish() {
  if (terminal_ && line_open_) std::fputc('\n', stderr);
  line_open_ = false;
}

}  // namespace tepat::app
