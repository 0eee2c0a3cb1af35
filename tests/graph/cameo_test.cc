#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "graph/cameo.h"

using namespace dipgraph::graph;

TEST_CASE("The CAMEO table holds every root 01-20 and about 300 codes", "[graph][cameo]") {
  auto all = AllCameoCodes();
  CHECK(all.size() >= 300);
  for (int r = 1; r <= 20; ++r) {
    char buf[3];
    std::snprintf(buf, sizeof buf, "%02d", r);
    INFO(buf);
    CHECK(FindCameoCode(buf) != nullptr);
  }
}

TEST_CASE("Every CAMEO code is well formed and sorted, with a known parent", "[graph][cameo]") {
  std::string prev;
  std::set<std::string> seen;
  for (const CameoCode& c : AllCameoCodes()) {
    INFO(c.code);
    CHECK(c.code.size() >= 2);
    CHECK(c.code.size() <= 4);
    CHECK(std::string(c.code) > prev);
    prev = std::string(c.code);
    CHECK_FALSE(c.label.empty());
    CHECK(c.goldstein >= -10.0);
    CHECK(c.goldstein <= 10.0);
    // The parent (one digit shorter) exists for 3- and 4-digit codes.
    if (c.code.size() > 2) CHECK(seen.count(std::string(c.code.substr(0, c.code.size() - 1))) == 1);
    seen.insert(std::string(c.code));
  }
}

TEST_CASE("Quad classes follow GDELT: 01-05, 06-09, 10-14, 15-20", "[graph][cameo]") {
  for (const CameoCode& c : AllCameoCodes()) {
    const int root = std::stoi(std::string(c.root()));
    const int want = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    INFO(c.code);
    CHECK(c.quad == want);
    CHECK(QuadOfCode(c.code) == want);
  }
  CHECK(QuadOfRoot(0) == 0);
  CHECK(QuadOfRoot(21) == 0);
  CHECK(QuadOfCode("x1") == 0);
  CHECK(QuadName(3) == "verbal conflict");
}

TEST_CASE("Known codes carry their label, Goldstein value and PLOVER type", "[graph][cameo]") {
  const CameoCode* call = FindCameoCode("041");
  REQUIRE(call != nullptr);
  CHECK(call->label == "Discuss by telephone");
  CHECK(call->goldstein == Approx(1.0));
  CHECK(call->plover == "CONSULT");
  const CameoCode* attack = FindCameoCode("190");
  REQUIRE(attack != nullptr);
  CHECK(attack->goldstein == Approx(-10.0));
  CHECK(attack->quad == 4);
  CHECK(FindCameoCode("999") == nullptr);
  CHECK(FindCameoCode("") == nullptr);
}
