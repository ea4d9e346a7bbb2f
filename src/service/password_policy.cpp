#include "service/password_policy.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace tepat::service {
namespace {

// Passwords of 12+ characters that appear again and again in public breach corpora, plus Indonesian favourites.
constexpr std::array<std::string_view, 64> kCommonPasswords = {
    "123456789012", "1234567890123", "12345678901234", "123456789123", "1234567890qwerty", "qwertyuiopasdfgh",
    "qwertyuiop123", "qwerty123456", "qwertyqwerty", "asdfghjkl123", "1q2w3e4r5t6y", "1qaz2wsx3edc",
    "zaq12wsxcde3", "passwordpassword", "password1234", "password12345", "password123456", "passw0rd1234",
    "p@ssw0rd1234", "iloveyou1234", "iloveyouiloveyou", "letmein12345", "welcome12345", "welcome123456",
    "administrator", "admin1234567", "adminadmin123", "changeme1234", "trustno11234", "sunshine1234",
    "football1234", "baseball1234", "superman1234", "princess1234", "dragon123456", "monkey123456",
    "abc123456789", "abcdefghijkl", "abcdefg12345", "aaaaaaaaaaaa", "000000000000", "111111111111",
    "sayangku1234", "sayangkamu123", "akusayangkamu", "bismillah123", "bismillah1234", "alhamdulillah",
    "indonesia123", "indonesia1234", "indonesiaraya", "jakarta12345", "merdeka12345", "rahasia12345",
    "rahasiaku123", "katasandi123", "katasandiku1", "password2024", "password2025", "password2026",
    "bansos123456", "tepatsasaran", "garuda123456", "pancasila123",
};

constexpr std::string_view kKeyboardRuns[] = {"1234567890", "0987654321", "qwertyuiop", "asdfghjkl", "zxcvbnm",
                                              "abcdefghijklmnopqrstuvwxyz"};

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::size_t CodePoints(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// True when the whole password is one short unit repeated ("abcabcabcabc", "zzzzzzzzzzzz").
bool IsRepeatedUnit(const std::string& s) {
  constexpr std::size_t kMaxUnit = 4;
  for (std::size_t unit = 1; unit <= kMaxUnit && unit < s.size(); ++unit) {
    bool repeats = true;
    for (std::size_t i = unit; i < s.size() && repeats; ++i) repeats = s[i] == s[i % unit];
    if (repeats) return true;
  }
  return false;
}

// True when the password lies inside a keyboard or alphabet run, possibly repeated.
bool IsKeyboardRun(const std::string& s) {
  for (std::string_view run : kKeyboardRuns) {
    std::string doubled = std::string(run) + std::string(run);
    if (doubled.find(s) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

bool IsCommonPassword(std::string_view password) {
  std::string lower = Lower(password);
  if (std::find(kCommonPasswords.begin(), kCommonPasswords.end(), lower) != kCommonPasswords.end()) return true;
  return IsRepeatedUnit(lower) || IsKeyboardRun(lower);
}

domain::Status CheckPassword(std::string_view password, std::string_view email) {
  std::size_t chars = CodePoints(password);
  if (chars < kMinPasswordChars) {
    return domain::InvalidArgument("password: use at least 12 characters; a short sentence is easy to remember");
  }
  if (chars > kMaxPasswordChars) return domain::InvalidArgument("password: use at most 128 characters");
  if (IsCommonPassword(password)) {
    return domain::InvalidArgument("password: this password is too common and easy to guess; choose another");
  }
  std::string lower = Lower(password);
  std::string local = Lower(email.substr(0, email.find('@')));
  if (local.size() >= 4 && lower.find(local) != std::string::npos) {
    return domain::InvalidArgument("password: do not build the password from your email address");
  }
  return domain::Status::Ok();
}

}  // namespace tepat::service
