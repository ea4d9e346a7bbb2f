#pragma once
// Opening and migrating the database for a subcommand, with one clear error line on failure.
#include <memory>
#include <string>

#include "store/store.hpp"

namespace tepat::app {

/// Opens the store at `url` and applies pending migrations. Throws ExitError with a clear message on failure.
std::unique_ptr<store::Store> OpenMigratedStore(const std::string& url, int pool_size = 8);

}  // namespace tepat::app
