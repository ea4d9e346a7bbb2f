#include "app/server_runtime.hpp"

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "app/openapi_document.hpp"

namespace tepat::app {
namespace {

std::vector<http::GaugeSample> PoolGauges(store::Store& store) {
  store::PoolStats stats = store.Pool();
  return {{"tepat_db_pool_size", "Database connections in the pool.", static_cast<double>(stats.size)},
          {"tepat_db_pool_in_use", "Database connections lent out now.", static_cast<double>(stats.in_use)},
          {"tepat_db_pool_waits_total", "Times a request waited for a free connection.",
           static_cast<double>(stats.waits)}};
}

}  // namespace

http::AccessLogSink MakeAccessLog(const std::string& target) {
  if (target == "off") return nullptr;
  // Synchronous, buffered sinks: a line is an fwrite under a mutex; flushed every second. (An async logger
  // wakes its thread for every line, which cost more than the write itself under load.)
  std::shared_ptr<spdlog::logger> logger;
  if (target == "-") {
    logger = spdlog::stdout_logger_mt("access");
  } else {
    logger = spdlog::basic_logger_mt("access", target);
  }
  logger->set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %v", spdlog::pattern_time_type::utc);
  spdlog::flush_every(std::chrono::seconds(1));
  return [logger](const http::AccessRecord& r) {
    logger->info("{} {} {} {} {} {}B {:.2f}ms", r.request_id, r.client_address.empty() ? "-" : r.client_address,
                 r.method, r.route, r.status, r.response_bytes, r.seconds * 1000.0);
  };
}

std::unique_ptr<ServerRuntime> ServerRuntime::Create(const ServeOptions& options, std::string* error) {
  std::unique_ptr<ServerRuntime> rt(new ServerRuntime());
  auto opened = store::OpenStore(options.db_url, options.db_pool_size);
  if (!opened.ok()) {
    *error = opened.status().message();
    return nullptr;
  }
  rt->store_ = std::move(opened).value();
  if (auto migrated = rt->store_->Migrate(); !migrated.ok()) {
    *error = "cannot bring the database schema up to date: " + migrated.message();
    return nullptr;
  }
  std::optional<http::StaticFiles> static_files;
  if (!options.static_dir.empty()) {
    std::string static_error;
    static_files = http::StaticFiles::Load(options.static_dir, &static_error);
    if (!static_files && options.static_required) {
      *error = static_error;
      return nullptr;
    }
    if (!static_files) spdlog::warn("serving the API only: {}", static_error);
  }
  service::ComplaintConfig complaint_config;
  complaint_config.attachments_dir = options.attachments_dir;
  rt->services_ = std::make_unique<service::Services>(*rt->store_, rt->clock_, options.hash_cost,
                                                      service::AuthConfig{}, std::move(complaint_config));
  rt->health_ = std::make_unique<api::HealthProbe>(*rt->store_);
  std::string openapi_json;
  try {
    openapi_json = YamlToJson(kOpenApiYaml);
  } catch (const std::exception& e) {
    *error = e.what();
    return nullptr;
  }
  rt->deps_ = std::make_unique<api::ApiDependencies>(
      api::ApiDependencies{*rt->services_, rt->metrics_, *rt->health_, std::move(openapi_json), options.secure_cookies});
  store::Store& store = *rt->store_;
  rt->metrics_.AddGaugeSource([&store] { return PoolGauges(store); });
  http::AccessLogSink access_log;
  try {
    access_log = MakeAccessLog(options.access_log);
  } catch (const std::exception& e) {
    *error = "cannot open the access log '" + options.access_log + "': " + e.what();
    return nullptr;
  }
  rt->application_ = std::make_unique<http::Application>(api::BuildRouter(*rt->deps_), std::move(static_files),
                                                         rt->metrics_, std::move(access_log), options.server);
  http::Application* application = rt->application_.get();
  rt->server_ = std::make_unique<http::Server>(
      options.server,
      [application](http::Request&& req, const std::string& client) { return application->Handle(std::move(req), client); },
      [application](http::Status status, std::string_view code, std::string_view message) {
        return application->ReadError(status, code, message);
      });
  if (!rt->server_->Listen(error)) return nullptr;
  rt->sweeper_ = std::make_unique<ComplaintSweeper>(rt->services_->complaints(), rt->clock_,
                                                    std::chrono::seconds(options.sweep_interval_seconds));
  return rt;
}

ServerRuntime::~ServerRuntime() {
  if (auto logger = spdlog::get("access")) logger->flush();
  spdlog::drop("access");
}

}  // namespace tepat::app
