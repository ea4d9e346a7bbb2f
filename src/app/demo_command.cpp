// `tepat demo seed`: load the region hierarchy, one demo account per role and (without --no-demo-registry) a small
// demo registry; `tepat demo generate` lives in demo_generate_command.cpp.
#include <iomanip>
#include <iostream>

#include "app/cli.hpp"
#include "app/demo_accounts.hpp"
#include "app/demo_people.hpp"
#include "app/demo_registry.hpp"
#include "app/exit_error.hpp"
#include "app/store_opener.hpp"
#include "service/services.hpp"

namespace tepat::app {
namespace {

struct SeedOptions {
  bool demo_registry = true;
  bool sample_people = false;
};

void Seed(const std::string& db, const std::string& data_dir, const SeedOptions& options) {
  auto store = OpenMigratedStore(db, 1);
  service::SystemClock clock;
  service::Services services(*store, clock);
  auto loaded = services.regions().LoadReferenceData(data_dir + "/wilayah");
  if (!loaded.ok()) throw ExitError("cannot load regions: " + loaded.status().message());
  std::cout << "regions: " << loaded.value().provinces << " provinsi, " << loaded.value().kabupaten
            << " kabupaten/kota, " << loaded.value().kecamatan << " kecamatan, " << loaded.value().desa
            << " desa/kelurahan\n";
  if (auto made = EnsureDemoAccounts(services); !made.ok()) throw ExitError("cannot create demo accounts: " + made.message());
  std::cout << "demo accounts (password for all: " << kDemoPassword << "):\n";
  for (domain::Role role : domain::AllRoles()) {
    std::cout << "  " << std::left << std::setw(22) << domain::RoleName(role) << DemoEmail(role) << "\n";
  }
  if (!options.demo_registry) return;
  if (auto made = EnsureDemoRegistry(services); !made.ok()) {
    throw ExitError("cannot write the demo registry: " + made.message());
  }
  std::cout << "demo registry: 8 people in 4 households (search NIK " << kDemoHeadNik << " or name \"santoso\")\n";
  if (!options.sample_people) return;
  auto applied = store->ApplyPeople(DemoPeopleWithDuplicates(), ::tepat::store::ChangeSource{});
  if (!applied.ok()) throw ExitError("cannot add the sample people: " + applied.status().message());
  std::cout << "sample people: " << applied->people.inserted << " added (" << DemoDuplicateNiks().size()
            << " recorded twice, for `tepat match dedup`)\n";
}

}  // namespace

void RegisterDemoCommand(CLI::App& root) {
  auto* demo = root.add_subcommand("demo", "Demo data: region hierarchy, demo accounts, synthetic population");
  demo->require_subcommand(1);
  auto db = std::make_shared<std::string>(kDefaultDbUrl);
  auto data_dir = std::make_shared<std::string>("data");
  auto* seed = demo->add_subcommand(
      "seed",
      "Load all regions, create one demo account per role and a small demo registry (idempotent).\n"
      "Example: tepat demo seed");
  seed->add_option("--db", *db, "Database URL")->capture_default_str();
  seed->add_option("--data-dir", *data_dir, "Folder with wilayah/*.csv")->capture_default_str();
  auto options = std::make_shared<SeedOptions>();
  seed->add_flag("--sample-people", options->sample_people,
                 "Also add 94 sample residents of Banyuwangi and Bandung, three of them recorded twice");
  seed->add_flag("!--no-demo-registry", options->demo_registry,
                 "Regions and demo accounts only: no demo registry (for a database the registry is imported into, "
                 "such as the benchmarks')");
  seed->callback([db, data_dir, options] { Seed(*db, *data_dir, *options); });
  RegisterDemoGenerateCommand(*demo);
  RegisterDemoComplaintsCommand(*demo);
}

}  // namespace tepat::app
