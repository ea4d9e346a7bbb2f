#include "domain/registry_access.hpp"

#include <gtest/gtest.h>

#include <map>

namespace tepat::domain {
namespace {

TEST(RegistryAccessTest, EveryRoleHasADecidedAccess) {
  const std::map<Role, RegistryAccess> expected = {
      {Role::kAdmin, RegistryAccess::kFull},
      {Role::kOperator, RegistryAccess::kFull},
      {Role::kSupervisorKabupaten, RegistryAccess::kFull},
      {Role::kOperatorDesa, RegistryAccess::kMasked},
      {Role::kAdminPemda, RegistryAccess::kMasked},
      {Role::kPicKorwil, RegistryAccess::kMasked},
      {Role::kWarga, RegistryAccess::kNone},
  };
  ASSERT_EQ(expected.size(), AllRoles().size());
  for (Role role : AllRoles()) {
    SCOPED_TRACE(std::string(RoleName(role)));
    EXPECT_EQ(RegistryAccessFor(role), expected.at(role));
  }
}

TEST(RegistryAccessTest, NumbersAreMaskedUnlessFull) {
  EXPECT_EQ(ShowIdNumber("3510011203850003", RegistryAccess::kFull), "3510011203850003");
  EXPECT_EQ(ShowIdNumber("3510011203850003", RegistryAccess::kMasked), "3510********0003");
  EXPECT_EQ(ShowIdNumber("3510011203850003", RegistryAccess::kNone), "3510********0003");
  EXPECT_EQ(ShowIdNumber("", RegistryAccess::kMasked), "");
}

TEST(RegistryAccessTest, NamesAreStable) {
  EXPECT_STREQ(RegistryAccessName(RegistryAccess::kNone), "none");
  EXPECT_STREQ(RegistryAccessName(RegistryAccess::kMasked), "masked");
  EXPECT_STREQ(RegistryAccessName(RegistryAccess::kFull), "full");
}

}  // namespace
}  // namespace tepat::domain
