#pragma once
// The tepat command line: one subcommand per task (serve, migrate, user, audit, demo, import, match).
#include <CLI/CLI.hpp>

namespace tepat::app {

/// Parses argv and runs the chosen subcommand. Returns the process exit code: 0 on success, non-zero with one
/// clear line on standard error otherwise.
int RunCli(int argc, char** argv);

// Each Register* adds one subcommand (with its own subcommands and flags) to `root`. Defined in <name>_command.cpp.
void RegisterServeCommand(CLI::App& root);
void RegisterMigrateCommand(CLI::App& root);
void RegisterUserCommand(CLI::App& root);
void RegisterAuditCommand(CLI::App& root);
void RegisterDemoCommand(CLI::App& root);
void RegisterMatchCommand(CLI::App& root);
void RegisterImportCommand(CLI::App& root);
void RegisterComplaintsCommand(CLI::App& root);

/// Adds `tepat match screen` under the `match` subcommand (src/app/match_screen_command.cpp).
void RegisterMatchScreen(CLI::App& match);

/// Adds `tepat demo generate` under the `demo` subcommand (src/app/demo_generate_command.cpp).
void RegisterDemoGenerateCommand(CLI::App& demo);
/// Adds `tepat demo complaints` under the `demo` subcommand (src/app/demo_complaints_command.cpp).
void RegisterDemoComplaintsCommand(CLI::App& demo);

/// Default database URL for every subcommand's --db flag.
inline constexpr const char* kDefaultDbUrl = "sqlite:var/tepat.db";

}  // namespace tepat::app
