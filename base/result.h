// Result<T> holds either a value of type T or a non-OK Status explaining why
// there is none. It is the return type of fallible functions that produce a
// value (parsers, database opens, lookups of external input).
//
// Thread-safety: a plain value type.

#ifndef DIPGRAPH_BASE_RESULT_H_
#define DIPGRAPH_BASE_RESULT_H_

#include <cassert>
#include <optional>
#include <utility>

#include "base/status.h"

namespace dipgraph::base {

template <typename T>
class [[nodiscard]] Result {
 public:
  // A successful result.
  Result(T value) : value_(std::move(value)) {}  // NOLINT(google-explicit-constructor): as in absl::StatusOr
  // A failed result. REQUIRES: !status.ok().
  Result(Status status) : status_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    assert(!status_.ok());
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  // REQUIRES: ok().
  T& value() & {
    assert(ok());
    return *value_;
  }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace dipgraph::base

#define DIPGRAPH_CONCAT_INNER_(a, b) a##b
#define DIPGRAPH_CONCAT_(a, b) DIPGRAPH_CONCAT_INNER_(a, b)

// Evaluates `rexpr` (a Result<T>); on failure returns its Status from the
// enclosing function, else moves the value into `lhs` (a declaration or an
// lvalue), e.g. DIPGRAPH_ASSIGN_OR_RETURN(auto db, Store::Open(dir));
#define DIPGRAPH_ASSIGN_OR_RETURN(lhs, rexpr) \
  DIPGRAPH_ASSIGN_OR_RETURN_IMPL_(DIPGRAPH_CONCAT_(dipgraph_result_, __LINE__), lhs, rexpr)
#define DIPGRAPH_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, rexpr) \
  auto tmp = (rexpr);                                    \
  if (!tmp.ok()) return tmp.status();                    \
  lhs = std::move(tmp).value()

#endif  // DIPGRAPH_BASE_RESULT_H_
