#pragma once
// Maps validated import rows (ingest) to the Store's registry updates, one to one. Values are moved.
#include <utility>

#include "ingest/dtks_row.hpp"
#include "ingest/dukcapil_row.hpp"
#include "ingest/field_update.hpp"
#include "ingest/program_row.hpp"
#include "ingest/recipient_row.hpp"
#include "store/registry_types.hpp"

namespace tepat::service {

/// The store patch asking the same as `update` (keep, clear or set).
template <typename T>
store::Patch<T> ToPatch(ingest::FieldUpdate<T>&& update) {
  switch (update.op) {
    case ingest::FieldUpdate<T>::Op::kKeep: return store::Patch<T>::Keep();
    case ingest::FieldUpdate<T>::Op::kClear: return store::Patch<T>::Clear();
    case ingest::FieldUpdate<T>::Op::kSet: return store::Patch<T>::Set(std::move(update.value));
  }
  return store::Patch<T>::Keep();
}

store::PersonUpdate ToUpdate(ingest::DukcapilRow&& row);
store::DtksUpdate ToUpdate(ingest::DtksRow&& row);
store::ProgramUpdate ToUpdate(ingest::ProgramRow&& row);
store::RecipientUpdate ToUpdate(ingest::RecipientRow&& row);

}  // namespace tepat::service
