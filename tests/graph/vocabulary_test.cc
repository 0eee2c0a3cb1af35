#include <catch2/catch.hpp>

#include "graph/actor.h"
#include "graph/event_date.h"

using namespace dipgraph::graph;

TEST_CASE("The actor key is the country, or the id for IGOs and stateless actors", "[graph][actor]") {
  Actor blinken{"P:antony-blinken", ActorKind::kPerson, "USA", "GOV", "Antony Blinken", "foreign minister"};
  CHECK(blinken.Key() == "USA");
  Actor nato{"NATO", ActorKind::kIgo, "", "IGO", "NATO", ""};
  CHECK(nato.Key() == "NATO");
  Actor isis{"ISIS", ActorKind::kGroup, "", "REB", "Islamic State", ""};
  CHECK(isis.Key() == "ISIS");
  Actor hamas{"HAMAS", ActorKind::kGroup, "PSE", "REB", "Hamas", ""};
  CHECK(hamas.Key() == "PSE");
}

TEST_CASE("Actor kinds round-trip through their schema names", "[graph][actor]") {
  for (ActorKind k : {ActorKind::kState, ActorKind::kIgo, ActorKind::kPerson, ActorKind::kInstitution,
                      ActorKind::kGroup, ActorKind::kPeople}) {
    CHECK(ParseActorKind(ActorKindName(k)) == k);
  }
  CHECK_FALSE(ParseActorKind("country").has_value());
}

TEST_CASE("EventDate values keep their granularity", "[graph][date]") {
  auto day = EventDate::ParseValue("2024-04-28", DateBasis::kText);
  REQUIRE(day);
  CHECK(day->granularity == Granularity::kDay);
  CHECK(day->Value() == "2024-04-28");
  auto month = EventDate::ParseValue("2023-09", DateBasis::kText);
  REQUIRE(month);
  CHECK(month->granularity == Granularity::kMonth);
  CHECK(month->Value() == "2023-09");
  CHECK(month->LastDay() - month->FirstDay() == 29);
  auto year = EventDate::ParseValue("2024", DateBasis::kPublished);
  REQUIRE(year);
  CHECK(year->Value() == "2024");
  CHECK(year->LastDay() - year->FirstDay() == 365);  // leap year
  CHECK_FALSE(EventDate::ParseValue("2023-02-29", DateBasis::kText));
  CHECK_FALSE(EventDate::ParseValue("2023-13", DateBasis::kText));
  CHECK_FALSE(EventDate::ParseValue("20x4", DateBasis::kText));
  CHECK(EventDate::Unknown().Value().empty());
}
