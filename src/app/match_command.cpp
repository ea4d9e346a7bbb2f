#include "app/cli.hpp"

namespace tepat::app {

void RegisterMatchCommand(CLI::App& root) {
  root.add_subcommand("match", "Record linkage: screen lists, deduplicate, evaluate (not built yet)");
}

}  // namespace tepat::app
