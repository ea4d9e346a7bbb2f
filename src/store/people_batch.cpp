#include "store/people_batch.hpp"

#include "store/sql/registry_tables.hpp"

namespace tepat::store {
namespace {

/// Bytes of text a generated person takes in stored form, about (a first guess for the buffer).
constexpr std::size_t kTypicalRowBytes = 200;

/// Appends `patch` as a cell, the value in stored form by `stored`.
template <typename T, typename Stored>
void AddPatch(CellRows& cells, const Patch<T>& patch, Stored stored) {
  switch (patch.op) {
    case Patch<T>::Op::kKeep: cells.Keep(); return;
    case Patch<T>::Op::kClear: cells.Clear(); return;
    case Patch<T>::Op::kSet: cells.Set(stored(patch.value)); return;
  }
}

std::string_view AsIs(const std::string& text) { return text; }

}  // namespace

PeopleBatch PeopleBatch::Of(const std::vector<PersonUpdate>& rows) {
  PeopleBatch batch;
  batch.Reserve(rows.size());
  for (const PersonUpdate& row : rows) batch.Add(row);
  return batch;
}

void PeopleBatch::Reserve(std::size_t rows) { cells_.Reserve(rows, kTypicalRowBytes); }

void PeopleBatch::Add(const PersonUpdate& u) {
  // In people_columns order.
  cells_.Set(u.nik);
  cells_.Set(u.kk);
  cells_.Set(u.name);
  cells_.Set(sql::SearchKey(u.name));
  AddPatch(cells_, u.birth_place, AsIs);
  cells_.Set(u.birth_date.Iso());
  cells_.Set(domain::SexCode(u.sex));
  AddPatch(cells_, u.religion, AsIs);
  AddPatch(cells_, u.relation, [](domain::FamilyRelation r) { return std::string_view(domain::FamilyRelationCode(r)); });
  AddPatch(cells_, u.address, AsIs);
  AddPatch(cells_, u.rt, AsIs);
  AddPatch(cells_, u.rw, AsIs);
  cells_.Set(u.desa.compact());
  AddPatch(cells_, u.life_status, [](domain::LifeStatus s) { return std::string_view(domain::LifeStatusCode(s)); });
  AddPatch(cells_, u.status_date, [](const domain::CivilDate& d) { return d.Iso(); });
  AddPatch(cells_, u.status_source, AsIs);
}

}  // namespace tepat::store
