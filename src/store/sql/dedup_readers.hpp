#pragma once
// Dedup row readers: runs, clusters, pairs, field evidence and merges from result rows, in the column orders of
// dedup_statements.hpp. Each returns kInternal (naming the table and column) when a stored value cannot be read.
#include <cstdint>

#include "store/dedup_types.hpp"
#include "store/sql/connection.hpp"

namespace tepat::store::sql {

/// A stored millionths integer as a double.
double FromMicro(std::int64_t micro);
/// A double as stored millionths, rounded.
std::int64_t ToMicro(double value);

Result<DedupRun> ReadDedupRun(const Row& row);
/// A cluster without members or pairs.
Result<DedupCluster> ReadDedupCluster(const Row& row);
Result<DedupMember> ReadDedupMember(const Row& row);
/// A pair without its fields.
Result<DedupPair> ReadDedupPair(const Row& row);
Result<PersonMerge> ReadPersonMerge(const Row& row);

}  // namespace tepat::store::sql
