#include <catch2/catch.hpp>

#include <vector>

#include "graph/ranking.h"
#include "tests/graph/temporal_fixtures.h"

using namespace dipgraph::graph;
using dipgraph::testing::ActorTable;
using dipgraph::testing::Rec;

TEST_CASE("TopPairs ranks pairs per period by events or by mentions", "[graph][ranking]") {
  const ActorTable t = ActorTable::Diplomatic();
  const std::vector<EventRecord> records = {
      Rec(1, "ARM", "AZE", "042", "2024-04-02", 1),
      Rec(2, "AZE", "ARM", "057", "2024-04-20", 1),
      Rec(3, "USA", "AZE", "041", "2024-04-21", 9),
      Rec(4, "USA", "ARM", "041", "2024-05-01", 1),
      Rec(5, "USA", "ARM", "041", "2024", 1),  // no month
      Rec(6, "USA", "KAZ", "041", "", 1),      // no date
  };
  const TemporalGraph g = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
  auto name = [&](Vertex v) { return g.actor(v).id; };

  RankingOptions by_month;
  by_month.period = Period::kMonth;
  auto pairs = TopPairs(g, by_month);
  REQUIRE(pairs.size() == 3);
  CHECK(pairs[0].period == "2024-04");
  CHECK(pairs[0].events == 2);  // ARM-AZE both ways
  CHECK((name(pairs[0].a) == "ARM" || name(pairs[0].b) == "ARM"));
  CHECK(pairs[1].period == "2024-04");
  CHECK(pairs[1].mentions == 9);
  CHECK(pairs[2].period == "2024-05");

  by_month.by = RankBy::kMentions;
  pairs = TopPairs(g, by_month);
  CHECK(pairs[0].mentions == 9);

  RankingOptions by_year;
  by_year.limit = 1;
  pairs = TopPairs(g, by_year);
  REQUIRE(pairs.size() == 1);
  CHECK(pairs[0].period == "2024");
  CHECK(pairs[0].events == 2);

  RankingOptions all;
  all.period = Period::kAll;
  all.limit = 0;
  pairs = TopPairs(g, all);
  CHECK(pairs.size() == 4);

  RankingOptions directed = all;
  directed.directed = true;
  CHECK(TopPairs(g, directed).size() == 5);
}

TEST_CASE("TopActors counts every event an actor takes part in", "[graph][ranking]") {
  const ActorTable t = ActorTable::Diplomatic();
  const std::vector<EventRecord> records = {
      Rec(1, "ARM", "AZE", "042", "2024-04-02", 1),
      Rec(2, "AZE", "ARM", "190", "2024-04-20", 2),
      Rec(3, "USA", "AZE", "041", "2023-04-21", 9),
  };
  const TemporalGraph g = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
  RankingOptions options;
  auto actors = TopActors(g, options);
  REQUIRE(actors.size() == 4);
  CHECK(actors[0].period == "2023");
  CHECK(actors[2].period == "2024");
  CHECK(g.actor(actors[2].actor).id == "ARM");  // ARM and AZE tie; vertex order
  CHECK(actors[2].events == 2);
  CHECK(actors[2].cooperation == 1);
  CHECK(actors[2].conflict == 1);
  CHECK(actors[2].mentions == 3);
  options.limit = 1;
  actors = TopActors(g, options);
  REQUIRE(actors.size() == 2);
  CHECK(actors[1].period == "2024");
  CHECK(ParsePeriod(PeriodName(Period::kMonth)) == Period::kMonth);
  CHECK_FALSE(ParseRankBy("weight"));
}

TEST_CASE("StrongestEdges keeps the most-mentioned events, equals in their order",
          "[graph][ranking]") {
  const ActorTable t = ActorTable::Diplomatic();
  const std::vector<EventRecord> records = {
      Rec(1, "USA", "AZE", "040", "2024-01-02", 2), Rec(2, "USA", "AZE", "041", "2024-02-02", 7),
      Rec(3, "USA", "AZE", "042", "2024-03-02", 2), Rec(4, "USA", "AZE", "043", "2024-04-02", 1),
  };
  const TemporalGraph g = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
  const auto usa = g.FindVertex("USA");
  const auto aze = g.FindVertex("AZE");
  REQUIRE(usa);
  REQUIRE(aze);
  const std::vector<Edge> all = g.EdgesBetween(*usa, *aze, true);
  REQUIRE(all.size() == 4);
  auto ids = [&](const std::vector<Edge>& edges) {
    std::vector<uint64_t> out;
    for (const Edge& e : edges) out.push_back(g.event(e).record_id);
    return out;
  };
  // Events 1 and 3 have two mentions each: they follow event 2 (seven) in
  // the order EdgesBetween gave them.
  std::vector<uint64_t> equals;
  for (uint64_t id : ids(all)) {
    if (id == 1 || id == 3) equals.push_back(id);
  }
  CHECK(ids(StrongestEdges(g, all, 3)) == std::vector<uint64_t>{2, equals[0], equals[1]});
  CHECK(ids(StrongestEdges(g, all, 10)).size() == 4);
  CHECK(ids(StrongestEdges(g, all, 10)).back() == 4);
  CHECK(StrongestEdges(g, all, 0).empty());
}
