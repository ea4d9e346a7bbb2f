#include "app/cli.hpp"

namespace tepat::app {

void RegisterDemoGenerateCommand(CLI::App& demo) {
  demo.add_subcommand("generate", "Synthetic population with ground truth (not built yet)");
}

}  // namespace tepat::app
