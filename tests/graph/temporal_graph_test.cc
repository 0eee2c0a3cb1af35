#include <catch2/catch.hpp>

#include <vector>

#include "base/civil_date.h"
#include "graph/temporal_graph.h"
#include "graph/tie.h"
#include "tests/graph/temporal_fixtures.h"

using namespace dipgraph::graph;
using dipgraph::testing::ActorTable;
using dipgraph::testing::Day;
using dipgraph::testing::Rec;

namespace {

std::vector<EventRecord> BlinkenRecords() {
  return {
      Rec(1, "P:antony-blinken", "P:ilham-aliyev", "041", "2024-04-28", 3),
      Rec(2, "P:antony-blinken", "P:ilham-aliyev", "042", "2024-05-02", 1),
      Rec(3, "P:antony-blinken", "P:nikol-pashinyan", "041", "2024-04-28", 2),
      Rec(4, "USA-STATEDEPT", "AZE", "112", "2024-04", 1),
      Rec(5, "AZE", "ARM", "190", "", 4),
      Rec(6, "P:antony-blinken", "USA", "010", "2024-04-29", 1),  // a self-loop by key
  };
}


}  // namespace

TEST_CASE("TemporalGraph keeps each event as a parallel edge with its attributes",
          "[graph][temporal_graph]") {
  const ActorTable t = ActorTable::Diplomatic();
  const auto records = BlinkenRecords();
  const TemporalGraph g = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
  CHECK(g.vertex_count() == 7);
  CHECK(g.edge_count() == 6);  // Blinken->USA is no self-loop in the exact view
  auto blinken = g.FindVertex("P:antony-blinken");
  auto aliyev = g.FindVertex("P:ilham-aliyev");
  REQUIRE(blinken);
  REQUIRE(aliyev);
  CHECK(g.actor(*blinken).name == "Antony Blinken");
  const auto between = g.EdgesBetween(*blinken, *aliyev, /*directed=*/true);
  REQUIRE(between.size() == 2);
  const EventEdge& call = g.event(between[0]);
  CHECK(call.record_id == 1);
  CHECK(call.code_view() == "041");
  CHECK(call.root() == "04");
  CHECK(call.quad == 1);
  CHECK(call.goldstein == Approx(1.0));
  CHECK(call.mentions == 3);
  CHECK(call.date().Value() == "2024-04-28");
  CHECK(g.EdgesBetween(*aliyev, *blinken, true).empty());
  CHECK(g.EdgesBetween(*aliyev, *blinken, false).size() == 2);
}

TEST_CASE("TemporalGraph indexes dated events by day and leaves undated ones out",
          "[graph][temporal_graph]") {
  const ActorTable t = ActorTable::Diplomatic();
  const auto records = BlinkenRecords();
  const TemporalGraph g = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
  CHECK(g.EdgesByTime().size() == 5);
  CHECK(g.undated_edge_count() == 1);
  int32_t last = INT32_MIN;
  for (const TimedEdge& e : g.EdgesByTime()) {
    CHECK(e.day >= last);
    last = e.day;
  }
  // "2024-04" counts from April 1st.
  CHECK(g.EdgesByTime().front().day == Day(2024, 4, 1));
  CHECK(g.EdgesByTime(Day(2024, 4, 28), Day(2024, 4, 29)).size() == 3);
  CHECK(g.EdgesByTime(Day(2025, 1, 1), std::nullopt).empty());
}

TEST_CASE("TemporalGraph materialises only what the filter accepts", "[graph][temporal_graph]") {
  const ActorTable t = ActorTable::Diplomatic();
  const auto records = BlinkenRecords();
  BuildOptions options;
  options.filter.from_day = Day(2024, 4, 1);
  options.filter.to_day = Day(2024, 4, 30);
  options.filter.SetCooperation();
  TemporalGraphBuilder builder(options, t.Lookup());
  for (const auto& r : records) builder.Add(r);
  CHECK(builder.offered() == 6);
  const TemporalGraph g = builder.Finish();
  // 1, 3 and 6 (April, cooperation); 2 is in May, 4 is conflict, 5 undated.
  CHECK(g.edge_count() == 3);
  CHECK_FALSE(g.FindVertex("ARM"));
  CHECK_FALSE(g.FindVertex("USA-STATEDEPT"));
}

TEST_CASE("The key view merges a state's officials into one vertex", "[graph][temporal_graph]") {
  const ActorTable t = ActorTable::Diplomatic();
  const auto records = BlinkenRecords();
  BuildOptions options;
  options.by_key = true;
  const TemporalGraph g = TemporalGraph::Build(records, options, t.Lookup());
  CHECK(g.vertex_count() == 3);  // USA, AZE, ARM
  CHECK(g.edge_count() == 5);    // the Blinken->USA self-loop is dropped
  auto usa = g.FindVertex("USA");
  auto aze = g.FindVertex("AZE");
  REQUIRE(usa);
  REQUIRE(aze);
  CHECK(g.actor(*usa).name == "United States");  // the state actor, from the lookup
  CHECK(g.vertex(*usa).members == 2);            // Blinken and the State Department
  CHECK(g.EdgesBetween(*usa, *aze, true).size() == 3);
  CHECK_FALSE(g.FindVertex("P:antony-blinken"));

  SECTION("unless an actor is kept exact") {
    options.keep_exact = {"P:antony-blinken"};
    const TemporalGraph h = TemporalGraph::Build(records, options, t.Lookup());
    auto blinken = h.FindVertex("P:antony-blinken");
    REQUIRE(blinken);
    REQUIRE(h.FindVertex("USA"));
    CHECK(h.EdgesBetween(*blinken, *h.FindVertex("AZE"), true).size() == 2);
    CHECK(h.EdgesBetween(*blinken, *h.FindVertex("USA"), false).size() == 1);
  }
  SECTION("and self-loops are kept on request") {
    options.keep_self_loops = true;
    const TemporalGraph h = TemporalGraph::Build(records, options, t.Lookup());
    CHECK(h.edge_count() == 6);
  }
}

TEST_CASE("Actors unknown to the lookup become bare vertices; unknown keys stand for states",
          "[graph][temporal_graph]") {
  ActorTable t;
  t.Add({"P:x", ActorKind::kPerson, "XYZ", "GOV", "X", ""});
  std::vector<EventRecord> records = {Rec(1, "P:x", "GHOST", "042", "2024-01-01")};
  const TemporalGraph exact = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
  REQUIRE(exact.FindVertex("GHOST"));
  CHECK(exact.actor(*exact.FindVertex("GHOST")).country.empty());
  BuildOptions options;
  options.by_key = true;
  const TemporalGraph keyed = TemporalGraph::Build(records, options, t.Lookup());
  REQUIRE(keyed.FindVertex("XYZ"));
  CHECK(keyed.actor(*keyed.FindVertex("XYZ")).kind == ActorKind::kState);
}

TEST_CASE("Ties aggregate counts by quad, Goldstein, mentions and first/last dates",
          "[graph][tie]") {
  const ActorTable t = ActorTable::Diplomatic();
  auto records = BlinkenRecords();
  records.push_back(Rec(7, "P:ilham-aliyev", "P:antony-blinken", "112", "2024-06", 2));
  const TemporalGraph g = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
  const Vertex b = *g.FindVertex("P:antony-blinken");
  const Vertex a = *g.FindVertex("P:ilham-aliyev");

  const TieView undirected(g, false);
  auto i = undirected.FindTie(a, b);
  REQUIRE(i);
  CHECK(undirected.FindTie(b, a) == i);
  const Tie& tie = undirected.tie(*i);
  CHECK(tie.events == 3);
  CHECK(tie.by_quad[1] == 2);
  CHECK(tie.by_quad[3] == 1);
  CHECK(tie.cooperation() == 2);
  CHECK(tie.conflict() == 1);
  CHECK(tie.mentions == 6);
  CHECK(tie.goldstein_sum == Approx(1.0 + 1.9 - 2.0));
  CHECK(tie.goldstein_mean() == Approx(0.9 / 3));
  CHECK(tie.first_day == Day(2024, 4, 28));
  CHECK(tie.last_day == Day(2024, 6, 30));

  const TieView directed(g, true);
  REQUIRE(directed.FindTie(b, a));
  REQUIRE(directed.FindTie(a, b));
  CHECK(directed.tie(*directed.FindTie(b, a)).events == 2);
  CHECK(directed.tie(*directed.FindTie(a, b)).events == 1);
  CHECK(directed.Arcs(b).size() == 3);  // Aliyev, Pashinyan, USA
}

TEST_CASE("In the directed tie view a symmetric event counts both ways", "[graph][tie]") {
  const ActorTable t = ActorTable::Diplomatic();
  auto r = Rec(1, "ARM", "AZE", "057", "2024-08-08");
  r.symmetric = true;
  const std::vector<EventRecord> records = {r};
  const TemporalGraph g = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
  const TieView directed(g, true);
  CHECK(directed.FindTie(*g.FindVertex("AZE"), *g.FindVertex("ARM")));
  CHECK(directed.FindTie(*g.FindVertex("ARM"), *g.FindVertex("AZE")));
  CHECK(TieView(g, false).ties().size() == 1);
}
