#include <catch2/catch.hpp>

#include "base/civil_date.h"
#include "graph/event_filter.h"
#include "tests/graph/temporal_fixtures.h"

using namespace dipgraph::graph;
using dipgraph::testing::ActorTable;
using dipgraph::testing::Day;
using dipgraph::testing::Rec;

namespace {

EventDate Date(std::string_view v) { return *EventDate::ParseValue(v, DateBasis::kText); }

}  // namespace

TEST_CASE("EventFilter without a window accepts unknown dates, with one rejects them",
          "[graph][filter]") {
  EventFilter f;
  CHECK(f.MatchesDate(EventDate::Unknown()));
  f.from_day = Day(2024, 1, 1);
  CHECK_FALSE(f.MatchesDate(EventDate::Unknown()));
  CHECK(f.MatchesDate(Date("2024-04-28")));
  CHECK_FALSE(f.MatchesDate(Date("2023-12-31")));
}

TEST_CASE("EventFilter tests a coarse date as a range, within or overlapping the window",
          "[graph][filter]") {
  EventFilter april;
  april.from_day = Day(2024, 4, 1);
  april.to_day = Day(2024, 4, 30);
  CHECK(april.MatchesDate(Date("2024-04")));
  CHECK(april.MatchesDate(Date("2024-04-30")));
  CHECK_FALSE(april.MatchesDate(Date("2024-05-01")));
  CHECK_FALSE(april.MatchesDate(Date("2024")));  // a year is not "April"
  april.date_rule = DateRule::kOverlaps;
  CHECK(april.MatchesDate(Date("2024")));
  CHECK_FALSE(april.MatchesDate(Date("2023")));

  EventFilter mid_april;
  mid_april.from_day = Day(2024, 4, 15);
  CHECK_FALSE(mid_april.MatchesDate(Date("2024-04")));
  mid_april.date_rule = DateRule::kOverlaps;
  CHECK(mid_april.MatchesDate(Date("2024-04")));
}

TEST_CASE("EventFilter codes select their sub-codes; roots and quads select classes",
          "[graph][filter]") {
  EventFilter f;
  CHECK(f.MatchesCode("190"));
  f.codes = {"04"};
  CHECK(f.MatchesCode("04"));
  CHECK(f.MatchesCode("041"));
  CHECK(f.MatchesCode("0411"));
  CHECK_FALSE(f.MatchesCode("057"));
  f.codes = {"041", "057"};
  CHECK(f.MatchesCode("057"));
  CHECK_FALSE(f.MatchesCode("042"));

  EventFilter r;
  r.roots = {"19", "04"};
  CHECK(r.MatchesCode("190"));
  CHECK(r.MatchesCode("042"));
  CHECK_FALSE(r.MatchesCode("057"));

  EventFilter coop;
  coop.SetCooperation();
  CHECK(coop.MatchesCode("042"));
  CHECK(coop.MatchesCode("073"));
  CHECK_FALSE(coop.MatchesCode("112"));
  EventFilter conflict;
  conflict.SetConflict();
  CHECK(conflict.MatchesCode("112"));
  CHECK(conflict.MatchesCode("190"));
  CHECK_FALSE(conflict.MatchesCode("061"));
}

TEST_CASE("EventFilter drops events below min_mentions and negated ones on request",
          "[graph][filter]") {
  EventFilter f;
  auto r = Rec(1, "USA", "AZE", "042", "2024-04-28", 2);
  CHECK(f.MatchesRecord(r));
  f.min_mentions = 3;
  CHECK_FALSE(f.MatchesRecord(r));
  r.mentions = 3;
  CHECK(f.MatchesRecord(r));
  r.negated = true;
  CHECK(f.MatchesRecord(r));
  f.include_negated = false;
  CHECK_FALSE(f.MatchesRecord(r));
}

TEST_CASE("ActorSelector for a state covers its officials unless exact", "[graph][filter]") {
  const ActorTable t = ActorTable::Diplomatic();
  auto lookup = t.Lookup();
  const Actor& usa = *lookup("USA");
  const Actor& blinken = *lookup("P:antony-blinken");
  const Actor& aliyev = *lookup("P:ilham-aliyev");

  const ActorSelector state = ActorSelector::For(usa, /*exact=*/false);
  CHECK(state.by_key);
  CHECK(state.Matches(usa));
  CHECK(state.Matches(blinken));
  CHECK(state.Matches(*lookup("USA-STATEDEPT")));
  CHECK_FALSE(state.Matches(aliyev));

  const ActorSelector exact = ActorSelector::For(usa, /*exact=*/true);
  CHECK(exact.Matches(usa));
  CHECK_FALSE(exact.Matches(blinken));

  // A person covers the person only, exact or not.
  const ActorSelector person = ActorSelector::For(blinken, false);
  CHECK_FALSE(person.by_key);
  CHECK(person.Matches(blinken));
  CHECK_FALSE(person.Matches(usa));

  // An IGO covers its key, which is its id.
  const ActorSelector nato = ActorSelector::For(*lookup("NATO"), false);
  CHECK(nato.Matches(*lookup("NATO")));
  CHECK_FALSE(nato.Matches(usa));
}

TEST_CASE("EventFilter actor terms select events of one party or between two", "[graph][filter]") {
  const ActorTable t = ActorTable::Diplomatic();
  auto lookup = t.Lookup();
  const Actor* blinken = lookup("P:antony-blinken");
  const Actor* aliyev = lookup("P:ilham-aliyev");
  const Actor* pashinyan = lookup("P:nikol-pashinyan");

  EventFilter f;
  f.actors = {ActorSelector{"USA", true}};
  CHECK(f.MatchesActors(blinken, aliyev));
  CHECK(f.MatchesActors(aliyev, blinken));
  CHECK_FALSE(f.MatchesActors(aliyev, pashinyan));
  CHECK_FALSE(f.MatchesActors(nullptr, aliyev));

  f.counterparts = {ActorSelector{"AZE", true}};
  CHECK(f.MatchesActors(blinken, aliyev));
  CHECK(f.MatchesActors(aliyev, blinken));
  CHECK_FALSE(f.MatchesActors(blinken, pashinyan));
  f.directed_pair = true;
  CHECK(f.MatchesActors(blinken, aliyev));
  CHECK_FALSE(f.MatchesActors(aliyev, blinken));
}
