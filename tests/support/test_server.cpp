#include "support/test_server.hpp"

#include <unistd.h>

#include <cstdlib>

#include "app/demo_accounts.hpp"
#include "service/crypto.hpp"

namespace tepat::test_support {

std::string SourceDir() {
  const char* source = std::getenv("TEPAT_SOURCE_DIR");
  return source ? source : ".";
}

std::string SmallRegionFixtureDir() { return SourceDir() + "/tests/fixtures/wilayah-small"; }

TestServer::TestServer(TestEngine engine, app::ServeOptions options) {
  auto database = ScratchDatabase::Create(engine);
  if (!database.ok()) {
    error_ = database.status().message();
    return;
  }
  database_ = std::move(database).value();
  options.db_url = database_->url();
  options.server.port = 0;
  options.server.address = "127.0.0.1";
  options.server.threads = 2;
  options.static_dir = "";
  options.access_log = "off";
  options.db_pool_size = 4;
  options.hash_cost = service::HashCost::kFastForTests;
  attachments_dir_ = std::filesystem::temp_directory_path() / ("tepat-test-attachments-" + service::RandomHex(8));
  options.attachments_dir = attachments_dir_.string();
  options.regions_dir = SmallRegionFixtureDir();
  options.screening_settings = SourceDir() + "/" + app::kDefaultScreeningMatchSettings;
  options.screening_rules = SourceDir() + "/" + app::kDefaultScreeningRules;
  work_dir_ = std::filesystem::temp_directory_path() /
              ("tepat-test-jobs-" + std::to_string(::getpid()) + "-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  options.work_dir = work_dir_.string();
  runtime_ = app::ServerRuntime::Create(options, &error_);
  if (!runtime_) return;
  auto loaded = runtime_->services().regions().LoadReferenceData(SmallRegionFixtureDir());
  domain::Status seeded = loaded.ok() ? app::EnsureDemoAccounts(runtime_->services()) : loaded.status();
  if (!seeded.ok()) {
    error_ = seeded.message();
    runtime_.reset();
    return;
  }
  thread_ = std::thread([this] { runtime_->Run(false); });
}

void TestServer::Stop() {
  if (!runtime_ || !thread_.joinable()) return;
  runtime_->Stop();
  thread_.join();
}

TestServer::~TestServer() {
  Stop();
  runtime_.reset();
  std::error_code ignored;
  if (!attachments_dir_.empty()) std::filesystem::remove_all(attachments_dir_, ignored);
  if (!work_dir_.empty()) std::filesystem::remove_all(work_dir_, ignored);
}

}  // namespace tepat::test_support
