#pragma once
// The rules for a new complaint (online or recorded by an operator): every problem is reported at once, each naming
// its field, so the form can mark them all. Personal numbers appear in messages only masked.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/complaint.hpp"
#include "domain/complaint_topic.hpp"
#include "domain/nik.hpp"
#include "domain/program.hpp"

namespace tepat::domain {

/// At most this many phone numbers per complaint (seed 000: "Maksimal 5 nomor").
inline constexpr std::size_t kMaxComplaintPhones = 5;
/// At most this many beneficiary NIKs per complaint.
inline constexpr std::size_t kMaxBeneficiaryNiks = 10;

/// A complaint as submitted, before validation: text as typed.
struct ComplaintDraft {
  std::string region;  ///< kode wilayah of the province or kabupaten/kota, e.g. "35.10" or "3510"
  std::optional<std::int64_t> program_id;
  std::int64_t topic_id = 0;
  std::string title;
  std::string message;
  std::string source;  ///< optional
  bool show_profile = false;
  bool rahasia = false;
  std::string reporter_name;  ///< optional; offline complaints name the person here
  std::string reporter_nik;   ///< optional
  std::vector<std::string> beneficiary_niks;
  std::vector<std::string> phones;
  ComplaintChannel channel = ComplaintChannel::kOnline;
};

/// What the validation needs from outside.
struct ComplaintRules {
  std::span<const Topic> topics;  ///< the current topic list (e.g. DefaultTopics() or the store's table)
  NikRules nik;                   ///< region directory (also used to check the complaint's kabupaten/kota) and today
  bool require_nik = false;       ///< when true, at least one NIK (reporter or beneficiary) is required
  /// The programs a complaint may name (the store's list). nullopt: program_id is not checked (pure tests);
  /// otherwise a program_id must be one of them and fit the complaint's region (ProgramFitsRegion).
  std::optional<std::span<const Program>> programs;
};

/// True when a complaint about `region` may name `program`: the program covers the region (a national or
/// provincial program for a kabupaten) or runs inside it (a kabupaten program for a provincial complaint). Pure.
bool ProgramFitsRegion(const Program& program, const RegionCode& region);

/// What is wrong with a draft.
enum class ComplaintIssue {
  kBadText,         ///< a text field is empty (when required), too long, not UTF-8 or has control characters
  kBadRegion,       ///< not a province or kabupaten/kota code, or an unknown kabupaten/kota
  kUnknownTopic,    ///< no topic with that id
  kInactiveTopic,   ///< the topic may no longer be chosen
  kMissingNik,      ///< rules.require_nik and no NIK given
  kBadNik,          ///< a NIK fails CheckNik
  kDuplicateNik,    ///< the same beneficiary NIK twice
  kTooManyNiks,     ///< more than kMaxBeneficiaryNiks beneficiary NIKs
  kTooManyPhones,   ///< more than kMaxComplaintPhones phone numbers
  kBadPhone,        ///< not a valid Indonesian number
  kDuplicatePhone,  ///< the same number twice (after normalising)
  kUnknownProgram,  ///< no program with that id for the complaint's region
};

/// Stable snake_case name of an issue ("too_many_phones").
const char* ComplaintIssueName(ComplaintIssue issue);

/// One problem. `field` is the machine name of the form field ("title", "beneficiary_niks[1]", "phones[5]").
struct ComplaintProblem {
  std::string field;
  ComplaintIssue issue = ComplaintIssue::kBadText;
  std::string message_id;  ///< Indonesian, names the field as the form shows it ("No. HP ke-6")
  std::string message_en;  ///< English
};

/// Outcome of ValidateComplaintDraft: every problem, and the complaint when there is none.
struct ComplaintValidation {
  std::vector<ComplaintProblem> problems;
  std::optional<Complaint> complaint;  ///< status BARU, created_at = now, NIKs and phones normalised; id and
                                       ///< tracking number left for the store
  bool ok() const { return problems.empty(); }
};

/// Checks a draft: region (province or kabupaten/kota; the kabupaten/kota known when rules.nik.regions is set),
/// topic (exists and active), program (optional; when rules.programs is given, one of them fitting the region),
/// title (required, at most kMaxTitleChars), message (required, at most kMaxMessageChars), source and reporter name
/// (optional, limited), each NIK by CheckNik (blank entries are ignored), no duplicate beneficiary NIK, at most
/// kMaxBeneficiaryNiks, phones (blank entries ignored) at most kMaxComplaintPhones, each a valid Indonesian number,
/// no duplicates. Texts are stored as given (the web layer escapes them on output). Pure; thread-safe when
/// rules.nik.regions is.
ComplaintValidation ValidateComplaintDraft(const ComplaintDraft& draft, const ComplaintRules& rules, UnixSeconds now);

}  // namespace tepat::domain
