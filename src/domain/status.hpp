#pragma once
// Status and Result<T>: how every layer reports an expected failure without exceptions.
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace tepat::domain {

/// The kinds of expected failure. The HTTP layer maps each to one status code (see http/error_table.cpp).
enum class ErrorCode {
  kOk = 0,
  kInvalidArgument,   ///< input does not meet a rule; the message names the field
  kNotFound,          ///< the object does not exist (or the caller may not know it exists)
  kAlreadyExists,     ///< a unique key is taken
  kUnauthenticated,   ///< no valid session
  kPermissionDenied,  ///< role or region scope does not allow this
  kFailedPrecondition,///< the object is in a state where this is not allowed
  kTooManyRequests,   ///< throttled; try again later
  kUnavailable,       ///< a dependency (database, SMTP) cannot be reached
  kInternal,          ///< a bug or an unexpected failure
};

/// Stable lower-case name of a code, used in the JSON error shape ("invalid_argument").
const char* ErrorCodeName(ErrorCode code);

/// Outcome of an operation: OK, or an error code with a message a person can act on.
class Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return {}; }
  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

/// Shorthands for building a failed Status.
inline Status InvalidArgument(std::string m) { return {ErrorCode::kInvalidArgument, std::move(m)}; }
inline Status NotFound(std::string m) { return {ErrorCode::kNotFound, std::move(m)}; }
inline Status AlreadyExists(std::string m) { return {ErrorCode::kAlreadyExists, std::move(m)}; }
inline Status PermissionDenied(std::string m) { return {ErrorCode::kPermissionDenied, std::move(m)}; }
inline Status Unauthenticated(std::string m) { return {ErrorCode::kUnauthenticated, std::move(m)}; }
inline Status FailedPrecondition(std::string m) { return {ErrorCode::kFailedPrecondition, std::move(m)}; }
inline Status Unavailable(std::string m) { return {ErrorCode::kUnavailable, std::move(m)}; }
inline Status Internal(std::string m) { return {ErrorCode::kInternal, std::move(m)}; }

/// A value or a failed Status. Access value() only after checking ok().
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}                       // NOLINT(google-explicit-constructor)
  Result(Status status) : status_(std::move(status)) {}                // NOLINT(google-explicit-constructor)

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace tepat::domain
