#include "app/cli.hpp"

#include <iostream>

#include "app/exit_error.hpp"

namespace tepat::app {

int RunCli(int argc, char** argv) {
  CLI::App root{"Tepat: bansos on target. Registry, matching, programs, complaints and a public portal.", "tepat"};
  root.require_subcommand(1);
  root.set_version_flag("--version", "tepat 0.1.0");
  RegisterServeCommand(root);
  RegisterMigrateCommand(root);
  RegisterUserCommand(root);
  RegisterAuditCommand(root);
  RegisterDemoCommand(root);
  RegisterMatchCommand(root);
  RegisterImportCommand(root);
  RegisterComplaintsCommand(root);
  try {
    root.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return root.exit(e);
  } catch (const ExitError& e) {
    std::cerr << "tepat: " << e.what() << "\n";
    return e.code();
  }
  return 0;
}

}  // namespace tepat::app
