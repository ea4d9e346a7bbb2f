#pragma once
// ExitError: how a subcommand ends the process with a message and a non-zero code (caught once, in RunCli).
#include <stdexcept>
#include <string>

namespace tepat::app {

/// Thrown by subcommand callbacks to stop with `message` on standard error and exit `code`.
class ExitError : public std::runtime_error {
 public:
  explicit ExitError(const std::string& message, int code = 1) : std::runtime_error(message), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

}  // namespace tepat::app
