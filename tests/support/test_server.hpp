#pragma once
// TestServer: the real `tepat serve` stack on a free port and a scratch database, with the small region fixture
// and the demo accounts loaded, running on a background thread.
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "app/server_runtime.hpp"
#include "support/http_client.hpp"
#include "support/test_databases.hpp"

namespace tepat::test_support {

/// The source tree (TEPAT_SOURCE_DIR, "." when unset): config/ and tests/fixtures/ are read from it.
std::string SourceDir();
/// Folder of the small region fixture (tests/fixtures/wilayah-small).
std::string SmallRegionFixtureDir();

/// Starts on construction (ASSERT-style failures are reported through `ok()`/`error()`), stops on destruction.
class TestServer {
 public:
  /// `options` may tweak limits; db_url, port, static dir and the hash cost are set here.
  explicit TestServer(TestEngine engine, app::ServeOptions options = {});
  ~TestServer();

  bool ok() const { return runtime_ != nullptr; }
  const std::string& error() const { return error_; }
  unsigned short port() const { return runtime_->port(); }
  HttpClient Client() const { return HttpClient(port()); }
  service::Services& services() { return runtime_->services(); }
  const std::string& db_url() const { return database_->url(); }
  /// The folder of complaint attachments (a fresh temporary folder, removed on destruction).
  const std::filesystem::path& attachments_dir() const { return attachments_dir_; }
  /// Where uploads and job outputs go.
  const std::filesystem::path& work_dir() const { return work_dir_; }
  /// Stops the server and waits for Run() to return.
  void Stop();

 private:
  std::unique_ptr<ScratchDatabase> database_;
  std::filesystem::path attachments_dir_;
  std::unique_ptr<app::ServerRuntime> runtime_;
  std::thread thread_;
  std::string error_;
  std::filesystem::path work_dir_;  ///< uploads and job files; removed by the destructor
};

}  // namespace tepat::test_support
