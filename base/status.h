// Status is the outcome of an operation that can fail because of the outside
// world (a file, a database, a malformed line). It is either OK or carries a
// code and a message that names the object and the reason, e.g.
// "feed.jsonl:12: missing field \"id\"". Bugs are not Statuses: use assert.
//
// Thread-safety: a Status is an immutable value; copies are independent.

#ifndef DIPGRAPH_BASE_STATUS_H_
#define DIPGRAPH_BASE_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace dipgraph::base {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller's input is malformed (bad line, bad option)
  kNotFound,         // a named thing (file, actor, article) does not exist
  kIOError,          // the operating system or a library failed to read/write
  kCorruption,       // stored data does not decode
  kNotSupported,     // e.g. a newer database format
  kUnimplemented,    // a command that exists but is not built yet
  kInternal,         // an unexpected failure in a dependency
};

class [[nodiscard]] Status {
 public:
  // An OK status.
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(StatusCode::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) {
    return Status(StatusCode::kNotFound, std::move(msg));
  }
  static Status IOError(std::string msg) {
    return Status(StatusCode::kIOError, std::move(msg));
  }
  static Status Corruption(std::string msg) {
    return Status(StatusCode::kCorruption, std::move(msg));
  }
  static Status NotSupported(std::string msg) {
    return Status(StatusCode::kNotSupported, std::move(msg));
  }
  static Status Unimplemented(std::string msg) {
    return Status(StatusCode::kUnimplemented, std::move(msg));
  }
  static Status Internal(std::string msg) {
    return Status(StatusCode::kInternal, std::move(msg));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is "`context`: message" (for adding the
  // file or line that the callee did not know).
  Status WithContext(std::string_view context) const;

  // Returns "OK" or "<Code name>: <message>".
  std::string ToString() const;

  // Marks a status as deliberately ignored.
  void IgnoreError() const {}

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Returns the enumerator name without the k, e.g. "InvalidArgument".
const char* StatusCodeName(StatusCode code);

}  // namespace dipgraph::base

// Returns early from the enclosing function if `expr` is not OK.
#define DIPGRAPH_RETURN_IF_ERROR(expr)                       \
  do {                                                       \
    ::dipgraph::base::Status dipgraph_status_ = (expr);      \
    if (!dipgraph_status_.ok()) return dipgraph_status_;     \
  } while (0)

#endif  // DIPGRAPH_BASE_STATUS_H_
