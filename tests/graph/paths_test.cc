#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <random>
#include <set>
#include <vector>

#include "graph/paths.h"
#include "tests/graph/temporal_fixtures.h"

using namespace dipgraph::graph;
using dipgraph::testing::ActorTable;
using dipgraph::testing::RandomRecords;
using dipgraph::testing::Rec;

namespace {

// Every simple path from `from` to `to`, by depth-first enumeration.
void AllSimplePaths(const TieView& view, Vertex u, Vertex to, std::vector<char>& on_path,
                    std::vector<Vertex>& vertices, std::vector<uint32_t>& ties,
                    std::vector<TiePath>& out, PathWeight weight) {
  if (u == to) {
    TiePath p{vertices, ties, 0.0};
    for (uint32_t t : ties) p.cost += TieCost(view.tie(t), weight);
    out.push_back(p);
    return;
  }
  for (const TieView::Arc& arc : view.Arcs(u)) {
    if (on_path[arc.to]) continue;
    on_path[arc.to] = 1;
    vertices.push_back(arc.to);
    ties.push_back(arc.tie);
    AllSimplePaths(view, arc.to, to, on_path, vertices, ties, out, weight);
    vertices.pop_back();
    ties.pop_back();
    on_path[arc.to] = 0;
  }
}

std::vector<TiePath> BruteForce(const TieView& view, Vertex from, Vertex to, PathWeight weight) {
  std::vector<TiePath> out;
  std::vector<char> on_path(view.vertex_count(), 0);
  on_path[from] = 1;
  std::vector<Vertex> vertices{from};
  std::vector<uint32_t> ties;
  AllSimplePaths(view, from, to, on_path, vertices, ties, out, weight);
  std::sort(out.begin(), out.end(),
            [](const TiePath& a, const TiePath& b) { return a.cost < b.cost; });
  return out;
}

// A path is valid if it walks existing ties from `from` to `to` without
// repeating a vertex and its cost is the sum of its ties' costs.
void CheckValid(const TieView& view, const TiePath& p, Vertex from, Vertex to, PathWeight weight) {
  REQUIRE(p.vertices.size() == p.ties.size() + 1);
  CHECK(p.vertices.front() == from);
  CHECK(p.vertices.back() == to);
  CHECK(std::set<Vertex>(p.vertices.begin(), p.vertices.end()).size() == p.vertices.size());
  double cost = 0;
  for (size_t i = 0; i < p.ties.size(); ++i) {
    CHECK(view.FindTie(p.vertices[i], p.vertices[i + 1]) == p.ties[i]);
    cost += TieCost(view.tie(p.ties[i]), weight);
  }
  CHECK(p.cost == Approx(cost));
}

}  // namespace

TEST_CASE("KShortestPaths finds the direct tie first, then the detours", "[graph][paths]") {
  const ActorTable t = ActorTable::Diplomatic();
  const std::vector<EventRecord> records = {
      Rec(1, "ARM", "KAZ", "042", "2024-01-10"), Rec(2, "ARM", "RUS", "042", "2024-01-11"),
      Rec(3, "RUS", "KAZ", "042", "2024-01-12"), Rec(4, "ARM", "USA", "042", "2024-01-13"),
      Rec(5, "USA", "AZE", "042", "2024-01-14"), Rec(6, "AZE", "KAZ", "042", "2024-01-15"),
      Rec(7, "AZE", "KAZ", "057", "2024-01-16"), Rec(8, "AZE", "KAZ", "061", "2024-01-17")};
  const TemporalGraph g = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
  const Vertex arm = *g.FindVertex("ARM");
  const Vertex kaz = *g.FindVertex("KAZ");
  const TieView view(g, false);
  PathOptions options;
  options.k = 5;
  const auto paths = KShortestPaths(view, arm, kaz, options);
  REQUIRE(paths.size() == 3);
  CHECK(paths[0].hops() == 1);
  CHECK(paths[1].hops() == 2);
  CHECK(g.actor(paths[1].vertices[1]).id == "RUS");
  CHECK(paths[2].hops() == 3);

  SECTION("a directed view follows source to target only") {
    const TieView directed(g, true);
    CHECK(KShortestPaths(directed, kaz, arm, options).empty());
    CHECK(KShortestPaths(directed, arm, kaz, options).size() == 3);
  }
  SECTION("weighting by inverse events prefers well-attested ties") {
    options.weight = PathWeight::kInverseEvents;
    options.k = 1;
    auto best = KShortestPaths(view, *g.FindVertex("USA"), kaz, options);
    REQUIRE(best.size() == 1);
    CHECK(best[0].hops() == 2);
    CHECK(g.actor(best[0].vertices[1]).id == "AZE");  // 1 + 1/3 beats 1 + 1 via ARM
    CHECK(best[0].cost == Approx(1.0 + 1.0 / 3));
  }
  SECTION("max_hops drops longer paths") {
    options.max_hops = 2;
    CHECK(KShortestPaths(view, arm, kaz, options).size() == 2);
  }
  SECTION("a vertex reaches itself in zero hops") {
    auto self = KShortestPaths(view, arm, arm, options);
    REQUIRE(self.size() == 1);
    CHECK(self[0].hops() == 0);
  }
}

TEST_CASE("KShortestPaths agrees with brute-force enumeration on random small graphs",
          "[graph][paths][property]") {
  std::mt19937 rng(20240428);
  int compared = 0;
  for (int round = 0; round < 300; ++round) {
    const int n = 3 + round % 6;
    const ActorTable t = ActorTable::States(n);
    const auto records = RandomRecords(rng, n, 2 + static_cast<int>(rng() % (2 * n)));
    const TemporalGraph g = TemporalGraph::Build(records, BuildOptions{}, t.Lookup());
    if (g.vertex_count() < 2) continue;
    const bool directed = round % 2 == 1;
    const PathWeight weight = round % 4 < 2 ? PathWeight::kHops : PathWeight::kInverseEvents;
    const TieView view(g, directed);
    const Vertex from = rng() % g.vertex_count();
    Vertex to = rng() % g.vertex_count();
    if (to == from) to = (from + 1) % g.vertex_count();
    const auto expected = BruteForce(view, from, to, weight);
    PathOptions options;
    options.k = 1 + rng() % 6;
    options.weight = weight;
    const auto got = KShortestPaths(view, from, to, options);
    INFO("round " << round << " n=" << n << " directed=" << directed << " k=" << options.k);
    REQUIRE(got.size() == std::min(options.k, expected.size()));
    std::set<std::vector<Vertex>> distinct;
    for (size_t i = 0; i < got.size(); ++i) {
      CheckValid(view, got[i], from, to, weight);
      CHECK(got[i].cost == Approx(expected[i].cost));
      distinct.insert(got[i].vertices);
    }
    CHECK(distinct.size() == got.size());
    // BFS hop distance equals the cheapest hop count.
    const auto hops = HopDistances(view, from);
    if (expected.empty()) {
      CHECK(hops[to] == -1);
    } else if (weight == PathWeight::kHops) {
      CHECK(hops[to] == static_cast<int>(expected[0].hops()));
    }
    ++compared;
  }
  CHECK(compared > 250);
}
