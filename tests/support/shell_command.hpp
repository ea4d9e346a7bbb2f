#pragma once
// RunShell: runs a shell command line for tests of the tepat binary, capturing its output and exit code.
#include <string>

namespace tepat::test_support {

struct CommandResult {
  int exit_code = -1;   ///< -1 when the command could not run or did not exit normally
  std::string output;   ///< what it wrote to the stream(s) the command line captures
};

/// Runs `command_line` with /bin/sh and returns its standard output (add " 2>&1" to capture errors too).
CommandResult RunShell(const std::string& command_line);

}  // namespace tepat::test_support
