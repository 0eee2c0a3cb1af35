#include <catch2/catch.hpp>

#include "extract/state_antecedents.h"

using dipgraph::extract::StateAntecedents;
using dipgraph::graph::Actor;
using dipgraph::graph::ActorKind;

namespace {

Actor State(const char* id) {
  Actor a;
  a.id = id;
  a.country = id;
  a.kind = ActorKind::kState;
  return a;
}

}  // namespace

TEST_CASE("StateAntecedents pairs the two states named last", "[extract][antecedents]") {
  StateAntecedents a;
  CHECK_FALSE(a.Pair(0));
  a.Note(State("THA"), 0);
  CHECK_FALSE(a.Pair(0));
  a.Note(State("MYS"), 0);
  a.Note(State("THA"), 1);  // named again: still two states
  const auto pair = a.Pair(1);
  REQUIRE(pair);
  CHECK(pair->first.id == "MYS");
  CHECK(pair->second.id == "THA");
}

TEST_CASE("StateAntecedents refuses old or ambiguous antecedents", "[extract][antecedents]") {
  StateAntecedents a;
  a.Note(State("FIN"), 0);
  a.Note(State("SUN"), 1);
  CHECK(a.Pair(2));
  CHECK_FALSE(a.Pair(3));  // the first of them lies three sentences back
  a.Note(State("SWE"), 2);
  CHECK_FALSE(a.Pair(2));  // three states in the window
  const auto later = a.Pair(3);  // FIN left the window
  REQUIRE(later);
  CHECK(later->first.id == "SUN");
  CHECK(later->second.id == "SWE");
}
