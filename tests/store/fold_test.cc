#include "store/fold.h"

#include <catch2/catch.hpp>

namespace dipgraph::store {
namespace {

TEST_CASE("FoldAlias lower-cases, strips diacritics and collapses punctuation",
          "[store][fold]") {
  CHECK(FoldAlias("Präsident  Erdoğan") == "prasident erdogan");
  CHECK(FoldAlias("P:nikol-pashinyan") == "p nikol pashinyan");
  CHECK(FoldAlias("Außenminister") == "aussenminister");
  CHECK(FoldAlias("  Łódź, Poland ") == "lodz poland");
  CHECK(FoldAlias("...") == "");
}

TEST_CASE("FoldAlias keeps scripts it cannot fold", "[store][fold]") {
  CHECK(FoldAlias("Путин") == "Путин");
}

}  // namespace
}  // namespace dipgraph::store
