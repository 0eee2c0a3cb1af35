#include <catch2/catch.hpp>

#include "base/result.h"
#include "base/status.h"

using dipgraph::base::Result;
using dipgraph::base::Status;
using dipgraph::base::StatusCode;

namespace {

Result<int> Half(int x) {
  if (x % 2 != 0) return Status::InvalidArgument(std::to_string(x) + " is odd");
  return x / 2;
}

Status Quarter(int x, int* out) {
  DIPGRAPH_ASSIGN_OR_RETURN(int h, Half(x));
  DIPGRAPH_ASSIGN_OR_RETURN(*out, Half(h));
  return Status::OK();
}

}  // namespace

TEST_CASE("Status carries a code and a message naming the problem", "[base][status]") {
  Status ok;
  CHECK(ok.ok());
  CHECK(ok.ToString() == "OK");
  Status bad = Status::NotFound("feed.jsonl: no such file");
  CHECK_FALSE(bad.ok());
  CHECK(bad.code() == StatusCode::kNotFound);
  CHECK(bad.ToString() == "NotFound: feed.jsonl: no such file");
  CHECK(bad.WithContext("reading").message() == "reading: feed.jsonl: no such file");
  CHECK(ok.WithContext("ignored").ok());
}

TEST_CASE("Result and the ASSIGN_OR_RETURN macro pass errors up", "[base][status]") {
  int out = 0;
  CHECK(Quarter(8, &out).ok());
  CHECK(out == 2);
  Status s = Quarter(6, &out);
  CHECK(s.code() == StatusCode::kInvalidArgument);
  CHECK(s.message() == "3 is odd");
  Result<int> r = Half(4);
  REQUIRE(r.ok());
  CHECK(*r == 2);
}
