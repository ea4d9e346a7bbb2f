// `tepat migrate`: bring a database schema up to date.
#include <iostream>

#include "app/cli.hpp"
#include "app/store_opener.hpp"

namespace tepat::app {

void RegisterMigrateCommand(CLI::App& root) {
  auto* cmd = root.add_subcommand("migrate", "Apply pending schema migrations.\nExample: tepat migrate --db sqlite:var/tepat.db");
  auto db = std::make_shared<std::string>(kDefaultDbUrl);
  cmd->add_option("--db", *db, "Database URL: sqlite:PATH or postgresql://user@host/db")->capture_default_str();
  cmd->callback([db] {
    auto store = OpenMigratedStore(*db, 1);
    auto version = store->SchemaVersion();
    std::cout << "schema at version " << (version.ok() ? version.value() : 0) << " (" << store->EngineName() << ")\n";
  });
}

}  // namespace tepat::app
