#include "app/store_opener.hpp"

#include "app/exit_error.hpp"

namespace tepat::app {

std::unique_ptr<store::Store> OpenMigratedStore(const std::string& url, int pool_size) {
  auto opened = store::OpenStore(url, pool_size);
  if (!opened.ok()) throw ExitError(opened.status().message());
  std::unique_ptr<store::Store> store = std::move(opened).value();
  if (auto migrated = store->Migrate(); !migrated.ok()) {
    throw ExitError("cannot bring the database schema up to date: " + migrated.message());
  }
  return store;
}

}  // namespace tepat::app
