#include "service/actor.hpp"

namespace tepat::service {

std::string Actor::Label() const {
  if (account) return account->email;
  return client_address.empty() ? "system" : "anonymous";
}

}  // namespace tepat::service
