#include "synth/test_data.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace tepat::synth {

std::string TestDataDir() {
  const char* root = std::getenv("TEPAT_SOURCE_DIR");
  return root != nullptr ? std::string(root) + "/data" : std::string("data");
}

const ReferenceData& TestReferenceData() {
  static const ReferenceData kRef = [] {
    auto ref = LoadReferenceData(TestDataDir());
    if (!ref.ok()) {
      ADD_FAILURE() << ref.status().message();
      return ReferenceData{};
    }
    return std::move(ref).value();
  }();
  return kRef;
}

namespace {

// Removes the scratch folders of this process when it exits.
struct ScratchFolders {
  ~ScratchFolders() {
    std::error_code ignored;
    for (const auto& dir : dirs) std::filesystem::remove_all(dir, ignored);
  }
  std::vector<std::filesystem::path> dirs;
};

}  // namespace

std::string TestScratchDir(const std::string& name) {
  static ScratchFolders folders;
  const auto dir = std::filesystem::temp_directory_path() /
                   ("tepat_synth_" + std::to_string(getpid()) + "_" + std::to_string(folders.dirs.size()) + "_" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  folders.dirs.push_back(dir);
  return dir.string();
}

namespace {

TEST(ReferenceDataTest, LoadsTheRepoData) {
  const ReferenceData& ref = TestReferenceData();
  EXPECT_EQ(ref.provinces.size(), 38u);
  EXPECT_EQ(ref.kabupaten.size(), 514u);
  EXPECT_GT(ref.kecamatan.size(), 7000u);
  EXPECT_GT(ref.villages.size(), 80000u);
  const int k = ref.FindKabupaten("35.10");
  ASSERT_GE(k, 0);
  const Kabupaten& banyuwangi = ref.kabupaten[static_cast<std::size_t>(k)];
  EXPECT_EQ(banyuwangi.place_name, "BANYUWANGI");
  EXPECT_EQ(banyuwangi.population, 1791789u);
  EXPECT_EQ(banyuwangi.villages.size(), 217u);
  EXPECT_FALSE(ref.male_hajj_titles.empty());
  EXPECT_FALSE(ref.degree_suffixes.empty());
}

TEST(ReferenceDataTest, MissingFolderIsAClearError) {
  auto ref = LoadReferenceData("/nonexistent/data");
  ASSERT_FALSE(ref.ok());
  EXPECT_EQ(ref.status().code(), domain::ErrorCode::kNotFound);
  EXPECT_NE(ref.status().message().find("--data-dir"), std::string::npos);
}

}  // namespace
}  // namespace tepat::synth
