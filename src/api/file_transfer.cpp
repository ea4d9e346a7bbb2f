#include "api/file_transfer.hpp"

#include <fstream>
#include <sstream>

#include "api/api_response.hpp"
#include "service/crypto.hpp"

namespace tepat::api {
namespace {

constexpr std::size_t kUploadNameBytes = 16;

domain::Result<std::string> ReadWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return domain::NotFound("the file of this job is no longer on the server");
  std::ostringstream body;
  body << in.rdbuf();
  return body.str();
}

}  // namespace

domain::Result<std::filesystem::path> StoreUploadedBody(const ApiContext& ctx, const std::filesystem::path& dir,
                                                        const std::string& suffix) {
  const std::string& body = ctx.http.request.body();
  if (body.empty()) {
    return domain::InvalidArgument("the request body is empty: send the CSV or XLSX file itself as the body");
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  const std::filesystem::path path = dir / (service::RandomHex(kUploadNameBytes) + suffix);
  std::ofstream out(path, std::ios::binary);
  out.write(body.data(), static_cast<std::streamsize>(body.size()));
  out.close();
  if (!out) {
    std::filesystem::remove(path, ec);
    return domain::Unavailable("the server could not store the file (disk full?); try later");
  }
  return path;
}

http::Response FileAttachmentResponse(const ApiContext& ctx, const std::filesystem::path& path,
                                      const char* content_type, const std::string& download_name) {
  auto body = ReadWholeFile(path);
  if (!body.ok()) return ErrorResponse(ctx, body.status());
  http::Response res = http::MakeResponse(ctx.http.request, http::Status::ok, content_type, std::move(body).value());
  res.set(http::beast_http::field::content_disposition, "attachment; filename=\"" + download_name + "\"");
  return res;
}

}  // namespace tepat::api
