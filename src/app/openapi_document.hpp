#pragma once
// The OpenAPI document (docs/openapi.yaml, embedded at build time) and its JSON form served at /api/openapi.json.
#include <string>

namespace tepat::app {

/// docs/openapi.yaml as it was when the binary was built.
extern const char* const kOpenApiYaml;

/// Converts YAML text to JSON text: mappings → objects, sequences → arrays, plain scalars that read as
/// true/false/null/numbers → those, everything else (and every quoted scalar) → strings.
/// Throws std::runtime_error naming the line when the YAML is malformed.
std::string YamlToJson(const std::string& yaml);

}  // namespace tepat::app
