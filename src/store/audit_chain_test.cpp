#include "store/audit_chain.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace tepat::store {
namespace {

std::vector<domain::AuditEntry> Chain(int length) {
  std::vector<domain::AuditEntry> rows;
  std::string previous;
  for (int i = 1; i <= length; ++i) {
    domain::AuditEntry entry;
    entry.id = i;
    entry.at = 1000 + i;
    entry.action = "person.view";
    entry.object_id = std::to_string(i);
    entry.prev_hash = previous;
    entry.hash = ComputeAuditHash(entry);
    previous = entry.hash;
    rows.push_back(entry);
  }
  return rows;
}

AuditVerification Verify(const std::vector<domain::AuditEntry>& rows) {
  AuditChainVerifier verifier;
  for (const domain::AuditEntry& row : rows) verifier.Add(row);
  return verifier.result();
}

TEST(Sha256HexTest, KnownVector) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(AuditHashTest, DependsOnPrevHashAndEveryField) {
  domain::AuditEntry entry = Chain(1).front();
  const std::string original = ComputeAuditHash(entry);
  entry.prev_hash = "x";
  EXPECT_NE(ComputeAuditHash(entry), original);
  entry = Chain(1).front();
  entry.outcome = domain::AuditOutcome::kFailed;
  EXPECT_NE(ComputeAuditHash(entry), original);
  entry = Chain(1).front();
  entry.hash = "ignored";
  EXPECT_EQ(ComputeAuditHash(entry), original);
}

struct TamperCase {
  const char* description;
  void (*tamper)(std::vector<domain::AuditEntry>&);
  std::int64_t first_bad_id;  ///< 0: intact
  const char* reason_part;
};

void PrintTo(const TamperCase& c, std::ostream* os) { *os << c.description; }

class AuditChainVerifierTest : public ::testing::TestWithParam<TamperCase> {};

TEST_P(AuditChainVerifierTest, FindsTheFirstBadRow) {
  std::vector<domain::AuditEntry> rows = Chain(5);
  GetParam().tamper(rows);
  const AuditVerification result = Verify(rows);
  EXPECT_EQ(result.intact, GetParam().first_bad_id == 0) << GetParam().description;
  EXPECT_EQ(result.first_bad_id, GetParam().first_bad_id) << GetParam().description;
  EXPECT_NE(result.reason.find(GetParam().reason_part), std::string::npos) << result.reason;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, AuditChainVerifierTest,
    ::testing::Values(
        TamperCase{"untouched", [](auto&) {}, 0, ""},
        TamperCase{"changed detail", [](auto& r) { r[2].detail = "edited"; }, 3, "hash mismatch"},
        TamperCase{"removed middle row", [](auto& r) { r.erase(r.begin() + 1); }, 3, "row 2 missing"},
        TamperCase{"removed two rows", [](auto& r) { r.erase(r.begin() + 1, r.begin() + 3); }, 4, "rows 2 to 3"},
        TamperCase{"removed first row", [](auto& r) { r.erase(r.begin()); }, 2, "row 1 missing"},
        TamperCase{"removed last row (undetectable without an anchor)", [](auto& r) { r.pop_back(); }, 0, ""},
        TamperCase{"rewritten with recomputed hash",
                   [](auto& r) {
                     r[1].detail = "forged";
                     r[1].hash = ComputeAuditHash(r[1]);
                   },
                   3, "row 2 was rewritten"},
        TamperCase{"first row given a prev_hash",
                   [](auto& r) {
                     r[0].prev_hash = "00";
                     r[0].hash = ComputeAuditHash(r[0]);
                   },
                   1, "first row"}));

TEST(AuditChainVerifierTest, UnreadableRowIsBad) {
  AuditChainVerifier verifier;
  for (const auto& row : Chain(2)) verifier.Add(row);
  verifier.AddUnreadable(3, "unknown outcome");
  EXPECT_FALSE(verifier.result().intact);
  EXPECT_EQ(verifier.result().first_bad_id, 3);
  EXPECT_EQ(verifier.result().rows_checked, 3);
}

}  // namespace
}  // namespace tepat::store
