#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <vector>

#include "graph/ego_network.h"
#include "graph/paths.h"
#include "tests/graph/temporal_fixtures.h"

using namespace dipgraph::graph;
using dipgraph::testing::ActorTable;
using dipgraph::testing::RandomRecords;
using dipgraph::testing::Rec;

TEST_CASE("An ego network holds the neighbours within N hops and the ties among them",
          "[graph][ego]") {
  const ActorTable t = ActorTable::Diplomatic();
  const std::vector<EventRecord> records = {
      Rec(1, "ARM", "AZE", "042", "2024-01-10"), Rec(2, "ARM", "AZE", "190", "2024-01-11"),
      Rec(3, "ARM", "RUS", "042", "2024-01-12"), Rec(4, "RUS", "AZE", "042", "2024-01-13"),
      Rec(5, "AZE", "USA", "042", "2024-01-14"), Rec(6, "USA", "KAZ", "042", "2024-01-15")};
  const TemporalGraph g = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
  const TieView view(g, false);
  const Vertex arm = *g.FindVertex("ARM");

  EgoOptions one;
  const EgoNetwork ego1 = MakeEgoNetwork(view, arm, one);
  REQUIRE(ego1.members.size() == 2);
  CHECK(g.actor(ego1.members[0].vertex).id == "AZE");  // 2 events beat 1
  CHECK(g.actor(ego1.members[1].vertex).id == "RUS");
  CHECK(ego1.ties.size() == 3);  // ARM-AZE, ARM-RUS, RUS-AZE

  EgoOptions two;
  two.hops = 2;
  const EgoNetwork ego2 = MakeEgoNetwork(view, arm, two);
  REQUIRE(ego2.members.size() == 3);
  CHECK(g.actor(ego2.members[2].vertex).id == "USA");
  CHECK(ego2.members[2].distance == 2);
  CHECK(g.actor(ego2.members[2].via).id == "AZE");
  CHECK(ego2.ties.size() == 4);

  two.max_members = 1;
  const EgoNetwork top = MakeEgoNetwork(view, arm, two);
  REQUIRE(top.members.size() == 1);
  CHECK(top.ties.size() == 1);

  EgoOptions zero;
  zero.hops = 0;
  CHECK(MakeEgoNetwork(view, arm, zero).members.empty());
}

TEST_CASE("Ego network distances equal breadth-first hop distances", "[graph][ego][property]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    const int n = 4 + round % 8;
    const ActorTable t = ActorTable::States(n);
    const auto records = RandomRecords(rng, n, n + static_cast<int>(rng() % n));
    const TemporalGraph g = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
    const TieView view(g, round % 2 == 1);
    const Vertex center = rng() % g.vertex_count();
    EgoOptions o;
    o.hops = 1 + round % 3;
    const EgoNetwork ego = MakeEgoNetwork(view, center, o);
    const auto dist = HopDistances(view, center);
    size_t expected = 0;
    for (Vertex v = 0; v < g.vertex_count(); ++v) {
      if (v != center && dist[v] > 0 && dist[v] <= o.hops) ++expected;
    }
    INFO("round " << round);
    CHECK(ego.members.size() == expected);
    for (const EgoMember& m : ego.members) {
      CHECK(m.distance == dist[m.vertex]);
      CHECK(dist[m.via] == m.distance - 1);
    }
  }
}
