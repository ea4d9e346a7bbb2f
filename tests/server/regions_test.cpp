// The region API over the fixture, on SQLite and PostgreSQL.
#include "server_fixture.hpp"

namespace tepat::test_support {
namespace {

class RegionsTest : public ServerTest {};

TEST_P(RegionsTest, ListsProvincesAndChildren) {
  HttpClient client = server_->Client();
  boost::json::value provinces = Json(client.Get("/api/regions").body);
  EXPECT_EQ(provinces.at("regions").as_array().size(), 38u);
  boost::json::value kecamatan = Json(client.Get("/api/regions?parent=3510").body);
  const auto& list = kecamatan.at("regions").as_array();
  ASSERT_FALSE(list.empty());
  EXPECT_EQ(list[0].at("code"), "35.10.01");
  EXPECT_EQ(list[0].at("level"), "kecamatan");
  EXPECT_EQ(list[0].at("parent"), "35.10");
}

TEST_P(RegionsTest, SearchesNamesCaseInsensitively) {
  boost::json::value found = Json(server_->Client().Get("/api/regions?q=BANDUNG").body);
  bool kota_bandung = false;
  for (const auto& r : found.at("regions").as_array()) kota_bandung |= r.at("code") == "32.73";
  EXPECT_TRUE(kota_bandung);
}

TEST_P(RegionsTest, OneRegionWithAncestors) {
  for (const char* code : {"35.10.01.2001", "3510012001"}) {
    HttpResult res = server_->Client().Get(std::string("/api/regions/") + code);
    ASSERT_EQ(res.status, 200u) << res.body;
    boost::json::value v = Json(res.body);
    EXPECT_EQ(v.at("region").at("name"), "Sarongan");
    const auto& ancestors = v.at("ancestors").as_array();
    ASSERT_EQ(ancestors.size(), 3u);
    EXPECT_EQ(ancestors[0].at("code"), "35");
    EXPECT_EQ(ancestors[1].at("name"), "Kabupaten Banyuwangi");
    EXPECT_EQ(ancestors[2].at("code"), "35.10.01");
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, RegionsTest, ::testing::ValuesIn(AllTestEngines()), EngineTestName);

}  // namespace
}  // namespace tepat::test_support
