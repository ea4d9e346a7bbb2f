#include "app/openapi_document.hpp"

#include <yaml-cpp/yaml.h>

#include <boost/json.hpp>
#include <charconv>
#include <stdexcept>

namespace tepat::app {
namespace {

boost::json::value ScalarToJson(const YAML::Node& node) {
  const std::string& text = node.Scalar();
  if (node.Tag() == "!") return boost::json::string(text);  // quoted in the source: always a string
  if (text == "true") return true;
  if (text == "false") return false;
  if (text == "null" || text == "~") return nullptr;
  std::int64_t integer = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), integer);
  if (ec == std::errc() && end == text.data() + text.size()) return integer;
  double number = 0;
  auto [end_d, ec_d] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (ec_d == std::errc() && end_d == text.data() + text.size()) return number;
  return boost::json::string(text);
}

boost::json::value NodeToJson(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: {
      boost::json::object object;
      for (const auto& item : node) object[item.first.as<std::string>()] = NodeToJson(item.second);
      return object;
    }
    case YAML::NodeType::Sequence: {
      boost::json::array array;
      for (const auto& item : node) array.push_back(NodeToJson(item));
      return array;
    }
    case YAML::NodeType::Scalar: return ScalarToJson(node);
    default: return nullptr;
  }
}

}  // namespace

std::string YamlToJson(const std::string& yaml) {
  try {
    return boost::json::serialize(NodeToJson(YAML::Load(yaml)));
  } catch (const YAML::Exception& e) {
    throw std::runtime_error("openapi.yaml line " + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
}

}  // namespace tepat::app
