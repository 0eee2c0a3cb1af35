#include "store/coding.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace dipgraph::store {
namespace {

TEST_CASE("Ordered signed integers sort bytewise in numeric order", "[store][coding]") {
  const std::vector<int64_t> values = {std::numeric_limits<int64_t>::min(), -1000000, -1, 0,
                                       1, 42, std::numeric_limits<int64_t>::max()};
  std::vector<std::string> encoded;
  for (int64_t v : values) {
    std::string s;
    PutOrderedInt64(&s, v);
    CHECK(DecodeOrderedInt64(s.data()) == v);
    encoded.push_back(s);
  }
  CHECK(std::is_sorted(encoded.begin(), encoded.end()));

  std::string minus, plus;
  PutOrderedInt32(&minus, -719162);  // 0001-01-01 in days
  PutOrderedInt32(&plus, 19841);
  CHECK(minus < plus);
  CHECK(DecodeOrderedInt32(minus.data()) == -719162);
}

TEST_CASE("Varints, strings and doubles round-trip through Decoder", "[store][coding]") {
  std::string s;
  PutVarint64(&s, 0);
  PutVarint64(&s, 300);
  PutVarint64(&s, std::numeric_limits<uint64_t>::max());
  PutVarsint64(&s, -5);
  PutLengthPrefixed(&s, "Blinken");
  PutDouble(&s, 0.9);
  Decoder in(s);
  uint64_t a = 1, b = 0, c = 0;
  int64_t d = 0;
  std::string name;
  double conf = 0;
  REQUIRE(in.GetVarint64(&a));
  REQUIRE(in.GetVarint64(&b));
  REQUIRE(in.GetVarint64(&c));
  REQUIRE(in.GetVarsint64(&d));
  REQUIRE(in.GetString(&name));
  REQUIRE(in.GetDouble(&conf));
  CHECK(a == 0);
  CHECK(b == 300);
  CHECK(c == std::numeric_limits<uint64_t>::max());
  CHECK(d == -5);
  CHECK(name == "Blinken");
  CHECK(conf == 0.9);
  CHECK(in.done());
}

TEST_CASE("Decoder refuses truncated input instead of reading past it", "[store][coding]") {
  std::string s;
  PutLengthPrefixed(&s, "a longer string");
  s.resize(s.size() - 3);
  Decoder in(s);
  std::string out;
  CHECK_FALSE(in.GetString(&out));
  Decoder empty("");
  uint32_t v = 0;
  CHECK_FALSE(empty.GetFixed32BE(&v));
}

}  // namespace
}  // namespace dipgraph::store
