// Migration 10: screening rows are looked up by NIK ("what did screening say about this NIK", for answering
// complaints from the data), so the NIK gets an index.
#include "store/migrations/migrations.hpp"

namespace tepat::store::migrations {
namespace {

constexpr std::string_view kPortable = R"sql(
CREATE INDEX screening_rows_nik_idx ON screening_rows(nik, run_id);
)sql";

}  // namespace

const Migration& Migration0010ScreeningNik() {
  static const Migration kMigration{10, "screening_nik", kPortable, "", ""};
  return kMigration;
}

}  // namespace tepat::store::migrations
