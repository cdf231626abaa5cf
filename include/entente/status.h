// Errors as values. A Status is ok or carries a code and a message that names the
// input and location ("seeds/a.txt:12: invalid UTF-8"). Result<T> holds a T or a Status.
// Library code never throws across its public API and never exits.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace entente {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad flags or options
  kNotFound,         // a file or record that does not exist
  kIoError,          // reading or writing failed
  kCorrupt,          // malformed input: broken JSON, invalid UTF-8, binary data
  kUnsupported,      // input of a kind entente does not read
  kInternal,         // a bug
};

class Status {
 public:
  Status() = default;  // ok
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status Corrupt(std::string m) { return {StatusCode::kCorrupt, std::move(m)}; }
  static Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const;

 private:
  Status(StatusCode c, std::string m) : code_(c), message_(std::move(m)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or an error. REQUIRES: !ok() when constructed from a Status.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) { assert(!std::get<Status>(v_).ok()); }  // NOLINT

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() { return value(); }

 private:
  std::variant<T, Status> v_;
};

#define ENTENTE_RETURN_IF_ERROR(expr)       \
  do {                                      \
    ::entente::Status _st = (expr);         \
    if (!_st.ok()) return _st;              \
  } while (0)

}  // namespace entente
