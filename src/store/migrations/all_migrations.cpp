#include "store/migrations/migrations.hpp"

namespace tepat::store::migrations {

const std::vector<Migration>& AllMigrations() {
  static const std::vector<Migration> kAll = {
      Migration0001Foundation(),
      Migration0002RegionSearchName(),
      Migration0003Registry(),
      Migration0004Notifications(),
      Migration0005Discussion(),
      Migration0006Screening(),
      Migration0007Complaints(),
      Migration0008Jobs(),
      Migration0009ComplaintListIndexes(),
      Migration0010ScreeningNik(),
      Migration0011Dedup(),
      Migration0012RegistryKeyIndexes(),
      Migration0013RegistryUpdatedAt(),
  };
  return kAll;
}

}  // namespace tepat::store::migrations
