#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <optional>
#include <random>
#include <vector>

#include "base/civil_date.h"
#include "graph/temporal_paths.h"
#include "tests/graph/temporal_fixtures.h"

using namespace dipgraph::graph;
using dipgraph::testing::ActorTable;
using dipgraph::testing::Day;
using dipgraph::testing::RandomRecords;
using dipgraph::testing::Rec;

namespace {


// The brute force: every time-respecting walk without repeated vertices
// (shortcutting a repeated vertex keeps a walk time-respecting, so simple
// paths suffice), explored by depth-first search over the events. Returns
// the earliest arrival day at each vertex.
void Explore(const TemporalGraph& g, Vertex u, int64_t now, const TemporalPathOptions& o,
             std::vector<char>& on_path, std::vector<std::optional<int64_t>>& best) {
  const Graph& graph = g.graph();
  auto step = [&](Vertex next, const EventEdge& e) {
    if (!e.date_known || on_path[next]) return;
    const int64_t day = e.first_day;
    if (day < now) return;
    if (o.from_day && day < *o.from_day) return;
    if (o.to_day && day > *o.to_day) return;
    if (!best[next] || day < *best[next]) best[next] = day;
    on_path[next] = 1;
    Explore(g, next, day, o, on_path, best);
    on_path[next] = 0;
  };
  for (auto [it, end] = boost::out_edges(u, graph); it != end; ++it) {
    step(boost::target(*it, graph), graph[*it]);
  }
  for (auto [it, end] = boost::in_edges(u, graph); it != end; ++it) {
    const EventEdge& e = graph[*it];
    if (!o.directed || e.symmetric) step(boost::source(*it, graph), e);
  }
}

std::vector<std::optional<int64_t>> BruteForce(const TemporalGraph& g, Vertex from,
                                               const TemporalPathOptions& o) {
  std::vector<std::optional<int64_t>> best(g.vertex_count());
  std::vector<char> on_path(g.vertex_count(), 0);
  on_path[from] = 1;
  Explore(g, from, std::numeric_limits<int64_t>::min(), o, on_path, best);
  best[from] = o.from_day.value_or(std::numeric_limits<int64_t>::min());
  return best;
}

// A returned path must chain from `from` to `to` over real events in
// non-decreasing day order, inside the window, in an allowed direction.
void CheckValid(const TemporalGraph& g, const TemporalPath& p, Vertex from, Vertex to,
                const TemporalPathOptions& o) {
  const Graph& graph = g.graph();
  REQUIRE_FALSE(p.hops.empty());
  CHECK(p.hops.front().from == from);
  CHECK(p.hops.back().to == to);
  CHECK(p.arrival_day == p.hops.back().day);
  for (size_t i = 0; i < p.hops.size(); ++i) {
    const TimedHop& h = p.hops[i];
    const EventEdge& e = g.event(h.edge);
    REQUIRE(e.date_known);
    CHECK(h.day == e.first_day);
    if (i > 0) {
      CHECK(h.from == p.hops[i - 1].to);
      CHECK(h.day >= p.hops[i - 1].day);
    }
    if (o.from_day) CHECK(h.day >= *o.from_day);
    if (o.to_day) CHECK(h.day <= *o.to_day);
    const Vertex s = boost::source(h.edge, graph);
    const Vertex t = boost::target(h.edge, graph);
    const bool forward = s == h.from && t == h.to;
    const bool backward = t == h.from && s == h.to && (!o.directed || e.symmetric);
    CHECK((forward || backward));
  }
}

}  // namespace

TEST_CASE("EarliestArrivalPath follows events in time order only", "[graph][temporal_paths]") {
  const ActorTable t = ActorTable::Diplomatic();
  // ARM-RUS on the 10th, RUS-KAZ on the 5th: not a route. ARM-USA on the
  // 1st, USA-KAZ on the 20th: a route arriving on the 20th. ARM-AZE on the
  // 2nd, AZE-KAZ on the 15th: the earliest.
  const std::vector<EventRecord> records = {
      Rec(1, "ARM", "RUS", "042", "2024-03-10"), Rec(2, "RUS", "KAZ", "042", "2024-03-05"),
      Rec(3, "ARM", "USA", "041", "2024-03-01"), Rec(4, "USA", "KAZ", "041", "2024-03-20"),
      Rec(5, "ARM", "AZE", "057", "2024-03-02"), Rec(6, "KAZ", "AZE", "036", "2024-03-15")};
  const TemporalGraph g = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
  const Vertex arm = *g.FindVertex("ARM");
  const Vertex kaz = *g.FindVertex("KAZ");
  TemporalPathOptions o;
  auto path = EarliestArrivalPath(g, arm, kaz, o);
  REQUIRE(path);
  CheckValid(g, *path, arm, kaz, o);
  CHECK(path->arrival_day == Day(2024, 3, 15));
  REQUIRE(path->hops.size() == 2);
  CHECK(g.actor(path->hops[0].to).id == "AZE");

  SECTION("directed: KAZ->AZE does not carry a message from AZE") {
    o.directed = true;
    path = EarliestArrivalPath(g, arm, kaz, o);
    REQUIRE(path);
    CHECK(path->arrival_day == Day(2024, 3, 20));
  }
  SECTION("the window cuts routes that start too early or end too late") {
    o.from_day = Day(2024, 3, 2);
    o.to_day = Day(2024, 3, 19);
    path = EarliestArrivalPath(g, arm, kaz, o);
    REQUIRE(path);
    CHECK(path->arrival_day == Day(2024, 3, 15));
    o.from_day = Day(2024, 3, 3);
    CHECK_FALSE(EarliestArrivalPath(g, arm, kaz, o));
  }
}

TEST_CASE("EarliestArrivalPath chains same-day events in any order", "[graph][temporal_paths]") {
  const ActorTable t = ActorTable::Diplomatic();
  // Inserted in reverse order of the chain, all on one day.
  const std::vector<EventRecord> records = {Rec(1, "RUS", "KAZ", "042", "2024-03-05"),
                                            Rec(2, "AZE", "RUS", "042", "2024-03-05"),
                                            Rec(3, "ARM", "AZE", "042", "2024-03-05")};
  const TemporalGraph g = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
  TemporalPathOptions o;
  o.directed = true;
  auto path = EarliestArrivalPath(g, *g.FindVertex("ARM"), *g.FindVertex("KAZ"), o);
  REQUIRE(path);
  CHECK(path->hops.size() == 3);
}

TEST_CASE("Coarse dates count from their first day and unknown dates never carry",
          "[graph][temporal_paths]") {
  const ActorTable t = ActorTable::Diplomatic();
  const std::vector<EventRecord> records = {Rec(1, "ARM", "AZE", "042", "2024-03-10"),
                                            Rec(2, "AZE", "RUS", "042", "2024-03"),
                                            Rec(3, "RUS", "KAZ", "042", "2024"),
                                            Rec(4, "ARM", "USA", "042", ""),
                                            Rec(5, "USA", "KAZ", "042", "2024-01-01")};
  const TemporalGraph g = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
  const Vertex arm = *g.FindVertex("ARM");
  TemporalPathOptions o;
  // "2024-03" counts as March 1st, before the 10th: no route to RUS.
  CHECK_FALSE(EarliestArrivalPath(g, arm, *g.FindVertex("RUS"), o));
  // Nor via the undated ARM-USA event.
  CHECK_FALSE(EarliestArrivalPath(g, arm, *g.FindVertex("USA"), o));
  // From RUS: "2024" (January 1st) reaches KAZ, and USA the same day;
  // "2024-03" reaches AZE on March 1st, and ARM on the 10th.
  const auto days = EarliestArrivalDays(g, *g.FindVertex("RUS"), o);
  CHECK(days[*g.FindVertex("KAZ")] == Day(2024, 1, 1));
  CHECK(days[*g.FindVertex("USA")] == Day(2024, 1, 1));
  CHECK(days[*g.FindVertex("AZE")] == Day(2024, 3, 1));
  CHECK(days[arm] == Day(2024, 3, 10));
}

TEST_CASE("EarliestArrivalPath agrees with brute-force search on random small graphs",
          "[graph][temporal_paths][property]") {
  std::mt19937 rng(1989);
  int with_path = 0;
  for (int round = 0; round < 400; ++round) {
    const int n = 3 + round % 6;
    const ActorTable t = ActorTable::States(n);
    const auto records = RandomRecords(rng, n, 2 + static_cast<int>(rng() % (3 * n)));
    const TemporalGraph g = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
    TemporalPathOptions o;
    o.directed = round % 2 == 1;
    if (round % 3 == 0) o.from_day = Day(2024, 1, 1) + static_cast<int64_t>(rng() % 20);
    if (round % 5 == 0) o.to_day = Day(2024, 1, 20) + static_cast<int64_t>(rng() % 40);
    const Vertex from = rng() % g.vertex_count();
    const auto expected = BruteForce(g, from, o);
    const auto got = EarliestArrivalDays(g, from, o);
    INFO("round " << round << " directed=" << o.directed);
    REQUIRE(got.size() == expected.size());
    for (Vertex v = 0; v < g.vertex_count(); ++v) {
      CHECK(got[v] == expected[v]);
      if (v == from) continue;
      const auto path = EarliestArrivalPath(g, from, v, o);
      CHECK(path.has_value() == expected[v].has_value());
      if (path && expected[v]) {
        CheckValid(g, *path, from, v, o);
        CHECK(path->arrival_day == *expected[v]);
        ++with_path;
      }
    }
  }
  CHECK(with_path > 300);
}
