// Status and StatusOr: how every tocsin module reports failure.
//
// Library code never prints and never exits; it returns a Status. Only the
// CLI (src/cli) and, later, the HTTP server turn a Status into a message and
// an exit code. Modelled on leveldb::Status and absl::StatusOr.
#ifndef TOCSIN_STATUS_H_
#define TOCSIN_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace tocsin {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,    // the input is malformed; retrying will not help
  kNotFound,           // a file, key or resource does not exist
  kDataLoss,           // a file is corrupt (bad magic, checksum, truncation)
  kResourceExhausted,  // a configured limit was hit (size cap, memory budget)
  kFailedPrecondition,
  kUnavailable,  // a network or OS resource could not be reached
  kUnimplemented,
  kInternal,
};

const char* StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status OK() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "InvalidArgument: message", or "OK".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

Status InvalidArgumentError(std::string message);
Status NotFoundError(std::string message);
Status DataLossError(std::string message);
Status ResourceExhaustedError(std::string message);
Status FailedPreconditionError(std::string message);
Status UnavailableError(std::string message);
Status UnimplementedError(std::string message);
Status InternalError(std::string message);

// Holds either a value or a non-OK Status.
// REQUIRES: value() is called only when ok().
template <typename T>
class StatusOr {
 public:
  StatusOr(const T& value) : value_(value) {}             // NOLINT
  StatusOr(T&& value) : value_(std::move(value)) {}       // NOLINT
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT
    if (status_.ok()) status_ = InternalError("StatusOr built from OK status");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace tocsin

#define TOCSIN_CONCAT_INNER_(a, b) a##b
#define TOCSIN_CONCAT_(a, b) TOCSIN_CONCAT_INNER_(a, b)

// Returns from the enclosing function if `expr` yields a non-OK Status.
#define TOCSIN_RETURN_IF_ERROR(expr)                 \
  do {                                               \
    ::tocsin::Status tocsin_status_ = (expr);        \
    if (!tocsin_status_.ok()) return tocsin_status_; \
  } while (0)

// `lhs = value of expr`, or returns its Status from the enclosing function.
#define TOCSIN_ASSIGN_OR_RETURN(lhs, expr)                                  \
  TOCSIN_ASSIGN_OR_RETURN_IMPL_(TOCSIN_CONCAT_(tocsin_sor_, __LINE__), lhs, \
                                expr)
#define TOCSIN_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                  \
  if (!tmp.ok()) return tmp.status();                 \
  lhs = std::move(tmp).value()

#endif  // TOCSIN_STATUS_H_
