#include "domain/complaint_validation.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "domain/complaint_text.hpp"
#include "domain/phone_number.hpp"

namespace tepat::domain {
namespace {

// Collects problems; knows how to name fields.
class ProblemList {
 public:
  void Add(std::string field, ComplaintIssue issue, std::string message_id, std::string message_en) {
    problems_.push_back({std::move(field), issue, std::move(message_id), std::move(message_en)});
  }
  void AddText(std::string_view field, std::string_view text, std::size_t max_chars, bool required,
               std::string_view label_id, std::string_view label_en) {
    const TextIssue issue = CheckText(text, max_chars, required);
    if (issue == TextIssue::kNone) return;
    TextMessage m = DescribeTextIssue(issue, label_id, label_en, max_chars);
    Add(std::string(field), ComplaintIssue::kBadText, std::move(m.message_id), std::move(m.message_en));
  }
  std::vector<ComplaintProblem> Take() { return std::move(problems_); }

 private:
  std::vector<ComplaintProblem> problems_;
};

std::string Indexed(std::string_view field, std::size_t index) {
  return std::string(field) + "[" + std::to_string(index) + "]";
}

bool IsBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
}

std::optional<RegionCode> CheckRegion(const ComplaintDraft& draft, const ComplaintRules& rules, ProblemList* out) {
  constexpr std::string_view kField = "region";
  std::optional<RegionCode> region = RegionCode::Parse(draft.region);
  if (!region || (region->level() != RegionLevel::kProvince && region->level() != RegionLevel::kKabupaten)) {
    out->Add(std::string(kField), ComplaintIssue::kBadRegion,
             "Daerah: pilih provinsi dan kabupaten/kota tujuan keluhan (kode 2 atau 4 digit, mis. 35.10).",
             "Region: choose the province and kabupaten/kota the complaint is for (a 2- or 4-digit code, e.g. "
             "35.10).");
    return std::nullopt;
  }
  if (region->level() == RegionLevel::kKabupaten && rules.nik.regions != nullptr &&
      !rules.nik.regions->HasKabupaten(region->compact())) {
    out->Add(std::string(kField), ComplaintIssue::kBadRegion,
             "Daerah: kabupaten/kota " + region->Dotted() + " tidak dikenal; pilih dari daftar.",
             "Region: kabupaten/kota " + region->Dotted() + " is not known; choose one from the list.");
    return std::nullopt;
  }
  return region;
}

void CheckTopic(const ComplaintDraft& draft, const ComplaintRules& rules, ProblemList* out) {
  const Topic* topic = FindTopic(rules.topics, draft.topic_id);
  if (topic == nullptr) {
    out->Add("topic_id", ComplaintIssue::kUnknownTopic, "Topik keluhan: pilih salah satu topik dari daftar.",
             "Topic: choose one of the topics in the list.");
  } else if (!topic->active) {
    out->Add("topic_id", ComplaintIssue::kInactiveTopic,
             "Topik keluhan \"" + topic->name + "\" sudah tidak dipakai; pilih topik lain.",
             "Topic \"" + topic->name + "\" is no longer in use; choose another topic.");
  }
}

void CheckProgram(const ComplaintDraft& draft, const ComplaintRules& rules, const std::optional<RegionCode>& region,
                  ProblemList* out) {
  if (!draft.program_id || !rules.programs) return;
  const std::span<const Program> programs = *rules.programs;
  const bool fits = std::any_of(programs.begin(), programs.end(), [&](const Program& program) {
    return program.id == *draft.program_id && (!region || ProgramFitsRegion(program, *region));
  });
  if (fits) return;
  out->Add("program_id", ComplaintIssue::kUnknownProgram,
           "Program: pilih program dari daftar untuk wilayah ini, atau kosongkan.",
           "Program: choose a program from the list for this region, or leave it empty.");
}

// Checks one NIK; returns the normalised digits when valid.
std::optional<std::string> CheckOneNik(std::string_view raw, const std::string& field, std::string_view label_id,
                                       std::string_view label_en, const ComplaintRules& rules, ProblemList* out) {
  NikCheck check = CheckNik(raw, rules.nik);
  if (check.ok() && check.facts) return check.facts->digits;
  for (const IdFinding& f : check.errors) {
    out->Add(field, ComplaintIssue::kBadNik, std::string(label_id) + ": " + f.message_id,
             std::string(label_en) + ": " + f.message_en);
  }
  return std::nullopt;
}

struct CheckedNiks {
  std::optional<std::string> reporter;
  std::vector<std::string> beneficiaries;
};

CheckedNiks CheckNiks(const ComplaintDraft& draft, const ComplaintRules& rules, ProblemList* out) {
  CheckedNiks niks;
  if (!IsBlank(draft.reporter_nik)) {
    niks.reporter = CheckOneNik(draft.reporter_nik, "reporter_nik", "NIK pelapor", "Reporter NIK", rules, out);
  }
  std::size_t given = 0;
  for (std::size_t i = 0; i < draft.beneficiary_niks.size(); ++i) {
    if (IsBlank(draft.beneficiary_niks[i])) continue;
    ++given;
    const std::string number = std::to_string(i + 1);
    const std::string field = Indexed("beneficiary_niks", i);
    if (given > kMaxBeneficiaryNiks) {
      out->Add(field, ComplaintIssue::kTooManyNiks,
               "NIK penerima ke-" + number + ": paling banyak " + std::to_string(kMaxBeneficiaryNiks) +
                   " NIK penerima per keluhan; hapus yang lebih.",
               "Beneficiary NIK " + number + ": at most " + std::to_string(kMaxBeneficiaryNiks) +
                   " beneficiary NIKs per complaint; remove the extra ones.");
      continue;
    }
    std::optional<std::string> digits = CheckOneNik(draft.beneficiary_niks[i], field, "NIK penerima ke-" + number,
                                                    "Beneficiary NIK " + number, rules, out);
    if (!digits) continue;
    if (std::ranges::find(niks.beneficiaries, *digits) != niks.beneficiaries.end()) {
      out->Add(field, ComplaintIssue::kDuplicateNik,
               "NIK penerima ke-" + number + " (" + MaskNik(*digits) + ") sudah diisi; hapus salah satunya.",
               "Beneficiary NIK " + number + " (" + MaskNik(*digits) + ") is given twice; remove one.");
      continue;
    }
    niks.beneficiaries.push_back(std::move(*digits));
  }
  if (rules.require_nik && IsBlank(draft.reporter_nik) && given == 0) {
    out->Add("reporter_nik", ComplaintIssue::kMissingNik,
             "NIK: isi NIK pelapor dan/atau NIK penerima bantuan agar Pemda dapat memeriksanya.",
             "NIK: give the reporter's and/or the beneficiary's NIK so the local government can check it.");
  }
  return niks;
}

std::string PhoneProblemId(PhoneIssue issue) {
  switch (issue) {
    case PhoneIssue::kEmpty: return "kosong";
    case PhoneIssue::kBadCharacters: return "hanya boleh berisi angka, spasi, tanda hubung dan + di depan";
    case PhoneIssue::kNoPrefix: return "harus diawali 0, 62 atau +62 (nomor Indonesia), mis. 0812-3456-7890";
    case PhoneIssue::kNotSubscriber: return "bukan nomor pelanggan (nomor layanan/bebas pulsa tidak diterima)";
    case PhoneIssue::kWrongLength:
      return "jumlah digit tidak sesuai: HP 10-13 digit (08xx), telepon rumah dengan kode wilayah (mis. 021-5551234)";
  }
  return "tidak sah";
}

std::string PhoneProblemEn(PhoneIssue issue) {
  switch (issue) {
    case PhoneIssue::kEmpty: return "is empty";
    case PhoneIssue::kBadCharacters: return "may hold only digits, spaces, dashes and a leading +";
    case PhoneIssue::kNoPrefix: return "must start with 0, 62 or +62 (an Indonesian number), e.g. 0812-3456-7890";
    case PhoneIssue::kNotSubscriber: return "is not a subscriber number (service and toll-free numbers are refused)";
    case PhoneIssue::kWrongLength:
      return "has the wrong number of digits: mobile 10-13 digits (08xx), landline with its area code "
             "(e.g. 021-5551234)";
  }
  return "is not valid";
}

std::vector<std::string> CheckPhones(const ComplaintDraft& draft, ProblemList* out) {
  std::vector<std::string> phones;
  std::size_t given = 0;
  for (std::size_t i = 0; i < draft.phones.size(); ++i) {
    if (IsBlank(draft.phones[i])) continue;
    ++given;
    const std::string number = std::to_string(i + 1);
    const std::string field = Indexed("phones", i);
    if (given > kMaxComplaintPhones) {
      out->Add(field, ComplaintIssue::kTooManyPhones,
               "No. HP ke-" + number + ": paling banyak " + std::to_string(kMaxComplaintPhones) +
                   " nomor per keluhan; hapus yang lebih.",
               "Phone " + number + ": at most " + std::to_string(kMaxComplaintPhones) +
                   " numbers per complaint; remove the extra ones.");
      continue;
    }
    PhoneCheck check = ParsePhoneNumber(draft.phones[i]);
    if (!check.ok()) {
      out->Add(field, ComplaintIssue::kBadPhone, "No. HP ke-" + number + " " + PhoneProblemId(*check.issue) + ".",
               "Phone " + number + " " + PhoneProblemEn(*check.issue) + ".");
      continue;
    }
    if (std::ranges::find(phones, check.number->e164) != phones.end()) {
      out->Add(
          field, ComplaintIssue::kDuplicatePhone,
          "No. HP ke-" + number + " (" + MaskPhoneNumber(check.number->e164) + ") sudah diisi; hapus salah satunya.",
          "Phone " + number + " (" + MaskPhoneNumber(check.number->e164) + ") is given twice; remove one.");
      continue;
    }
    phones.push_back(std::move(check.number->e164));
  }
  return phones;
}

}  // namespace

const char* ComplaintIssueName(ComplaintIssue issue) {
  switch (issue) {
    case ComplaintIssue::kBadText: return "bad_text";
    case ComplaintIssue::kBadRegion: return "bad_region";
    case ComplaintIssue::kUnknownTopic: return "unknown_topic";
    case ComplaintIssue::kInactiveTopic: return "inactive_topic";
    case ComplaintIssue::kMissingNik: return "missing_nik";
    case ComplaintIssue::kBadNik: return "bad_nik";
    case ComplaintIssue::kDuplicateNik: return "duplicate_nik";
    case ComplaintIssue::kTooManyNiks: return "too_many_niks";
    case ComplaintIssue::kTooManyPhones: return "too_many_phones";
    case ComplaintIssue::kBadPhone: return "bad_phone";
    case ComplaintIssue::kDuplicatePhone: return "duplicate_phone";
    case ComplaintIssue::kUnknownProgram: return "unknown_program";
  }
  return "bad_text";
}

bool ProgramFitsRegion(const Program& program, const RegionCode& region) {
  return program.region.Contains(region) || region.Contains(program.region);
}

ComplaintValidation ValidateComplaintDraft(const ComplaintDraft& draft, const ComplaintRules& rules, UnixSeconds now) {
  ProblemList problems;
  std::optional<RegionCode> region = CheckRegion(draft, rules, &problems);
  CheckTopic(draft, rules, &problems);
  CheckProgram(draft, rules, region, &problems);
  problems.AddText("title", draft.title, kMaxTitleChars, /*required=*/true, "Judul", "title");
  problems.AddText("message", draft.message, kMaxMessageChars, /*required=*/true, "Pesan keluhan", "message");
  problems.AddText("source", draft.source, kMaxSourceChars, /*required=*/false, "Sumber informasi", "source");
  problems.AddText("reporter_name", draft.reporter_name, kMaxReporterNameChars, /*required=*/false, "Nama pelapor",
                   "reporter name");
  CheckedNiks niks = CheckNiks(draft, rules, &problems);
  std::vector<std::string> phones = CheckPhones(draft, &problems);

  ComplaintValidation result;
  result.problems = problems.Take();
  if (!result.problems.empty()) return result;
  Complaint complaint;
  complaint.region = *region;
  complaint.program_id = draft.program_id;
  complaint.topic_id = draft.topic_id;
  complaint.title = draft.title;
  complaint.message = draft.message;
  complaint.source = draft.source;
  complaint.show_profile = draft.show_profile;
  complaint.rahasia = draft.rahasia;
  complaint.reporter_name = draft.reporter_name;
  complaint.reporter_nik = std::move(niks.reporter);
  complaint.beneficiary_niks = std::move(niks.beneficiaries);
  complaint.phones = std::move(phones);
  complaint.channel = draft.channel;
  complaint.status = ComplaintStatus::kBaru;
  complaint.created_at = now;
  result.complaint = std::move(complaint);
  return result;
}

}  // namespace tepat::domain
