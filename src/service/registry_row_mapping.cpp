#include "service/registry_row_mapping.hpp"

namespace tepat::service {

store::PersonUpdate ToUpdate(ingest::DukcapilRow&& row) {
  store::PersonUpdate u;
  u.nik = std::move(row.nik);
  u.kk = std::move(row.kk);
  u.name = std::move(row.name);
  u.birth_place = ToPatch(std::move(row.birth_place));
  u.birth_date = row.birth_date;
  u.sex = row.sex;
  u.religion = ToPatch(std::move(row.religion));
  u.relation = ToPatch(std::move(row.relation));
  u.address = ToPatch(std::move(row.address));
  u.rt = ToPatch(std::move(row.rt));
  u.rw = ToPatch(std::move(row.rw));
  u.desa = std::move(row.desa);
  u.life_status = ToPatch(std::move(row.life_status));
  u.status_date = ToPatch(std::move(row.status_date));
  u.status_source = ToPatch(std::move(row.status_source));
  return u;
}

store::DtksUpdate ToUpdate(ingest::DtksRow&& row) {
  store::DtksUpdate u;
  u.round = std::move(row.round);
  u.kk = std::move(row.kk);
  u.nik = std::move(row.nik);
  u.dtks_id = ToPatch(std::move(row.dtks_id));
  u.name = std::move(row.name);
  u.relation = ToPatch(std::move(row.relation));
  u.desa = std::move(row.desa);
  u.address = ToPatch(std::move(row.address));
  u.decile = row.decile;
  u.status = row.status;
  return u;
}

store::ProgramUpdate ToUpdate(ingest::ProgramRow&& row) {
  store::ProgramUpdate u;
  u.code = std::move(row.code);
  u.name = std::move(row.name);
  u.kind = row.kind;
  u.funding = row.funding;
  u.agency = ToPatch(std::move(row.agency));
  u.region = std::move(row.region);
  u.starts = row.starts;
  u.ends = ToPatch(std::move(row.ends));
  u.note = ToPatch(std::move(row.note));
  return u;
}

store::RecipientUpdate ToUpdate(ingest::RecipientRow&& row) {
  store::RecipientUpdate u;
  u.program_code = std::move(row.program_code);
  u.period = std::move(row.period);
  u.stage = row.stage;
  u.nik = std::move(row.nik);
  u.kk = ToPatch(std::move(row.kk));
  u.name = std::move(row.name);
  u.desa = std::move(row.desa);
  u.amount_rupiah = ToPatch(std::move(row.amount_rupiah));
  u.goods = ToPatch(std::move(row.goods));
  u.received_on = ToPatch(std::move(row.received_on));
  u.decree_number = ToPatch(std::move(row.decree_number));
  return u;
}

}  // namespace tepat::service
