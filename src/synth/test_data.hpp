#pragma once
// Test support for tepat_synth tests (defined in test_data_test.cpp, linked only into tepat_synth_test).
#include <string>

#include "synth/reference_data.hpp"

namespace tepat::synth {

/// The repo's data/ folder: $TEPAT_SOURCE_DIR/data when set (ctest sets it), else ./data.
std::string TestDataDir();
/// data/ loaded once per test process.
const ReferenceData& TestReferenceData();
/// A fresh empty folder under the system temp dir, unique per call in this process; removed when the process exits.
std::string TestScratchDir(const std::string& name);

}  // namespace tepat::synth
