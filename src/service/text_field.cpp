#include "service/text_field.hpp"

#include <string>

#include "domain/complaint_text.hpp"

namespace tepat::service {

domain::Status CheckTextField(std::string_view text, std::size_t max_chars, bool required, const FieldNames& names) {
  domain::TextIssue issue = domain::CheckText(text, max_chars, required);
  if (issue == domain::TextIssue::kNone) return domain::Status::Ok();
  domain::TextMessage message = domain::DescribeTextIssue(issue, names.id, names.en, max_chars);
  return domain::InvalidArgument(std::string(names.wire) + ": " + message.message_id + " (" + message.message_en +
                                 ")");
}

}  // namespace tepat::service
