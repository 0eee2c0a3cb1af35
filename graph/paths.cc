#include "graph/paths.h"

#include <algorithm>
#include <cassert>
#include <deque>
#include <functional>
#include <limits>
#include <optional>
#include <queue>
#include <set>
#include <utility>

namespace dipgraph::graph {

double TieCost(const Tie& tie, PathWeight weight) {
  switch (weight) {
    case PathWeight::kHops:
      return 1.0;
    case PathWeight::kInverseEvents:
      return 1.0 / std::max<uint32_t>(tie.events, 1);
  }
  return 1.0;
}

namespace {

// Dijkstra from `from` to `to` that may not enter `banned_vertex` vertices
// nor use the arcs in `banned_arcs` (pairs of (vertex, tie)) when leaving
// the given vertex. `max_hops` 0 means unbounded; hops are tracked so a
// bounded search stays exact for kHops (and is a heuristic bound for other
// weights, see KShortestPaths).
std::optional<TiePath> Dijkstra(const TieView& view, Vertex from, Vertex to,
                                PathWeight weight,
                                const std::vector<char>& banned_vertex,
                                const std::set<std::pair<Vertex, uint32_t>>& banned_arcs) {
  const size_t n = view.vertex_count();
  constexpr double kInf = std::numeric_limits<double>::infinity();
  std::vector<double> dist(n, kInf);
  std::vector<Vertex> prev(n, n);
  std::vector<uint32_t> prev_tie(n, 0);
  using Item = std::pair<double, Vertex>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
  dist[from] = 0;
  queue.emplace(0.0, from);
  while (!queue.empty()) {
    auto [d, u] = queue.top();
    queue.pop();
    if (d > dist[u]) continue;
    if (u == to) break;
    for (const TieView::Arc& arc : view.Arcs(u)) {
      if (banned_vertex[arc.to] || arc.to == u) continue;
      if (!banned_arcs.empty() && banned_arcs.count({u, arc.tie})) continue;
      const double nd = d + TieCost(view.tie(arc.tie), weight);
      if (nd < dist[arc.to]) {
        dist[arc.to] = nd;
        prev[arc.to] = u;
        prev_tie[arc.to] = arc.tie;
        queue.emplace(nd, arc.to);
      }
    }
  }
  if (dist[to] == kInf) return std::nullopt;
  TiePath path;
  path.cost = dist[to];
  for (Vertex v = to; v != from; v = prev[v]) {
    path.vertices.push_back(v);
    path.ties.push_back(prev_tie[v]);
  }
  path.vertices.push_back(from);
  std::reverse(path.vertices.begin(), path.vertices.end());
  std::reverse(path.ties.begin(), path.ties.end());
  return path;
}

// Orders candidates by cost, then hops, then vertex sequence, so equal-cost
// paths come out deterministically.
struct CandidateLess {
  bool operator()(const TiePath& x, const TiePath& y) const {
    if (x.cost != y.cost) return x.cost < y.cost;
    if (x.hops() != y.hops()) return x.hops() < y.hops();
    return x.vertices < y.vertices;
  }
};

}  // namespace

std::vector<TiePath> KShortestPaths(const TieView& view, Vertex from, Vertex to,
                                    const PathOptions& options) {
  assert(from < view.vertex_count() && to < view.vertex_count());
  std::vector<TiePath> found;
  if (options.k == 0) return found;
  if (from == to) {
    found.push_back(TiePath{{from}, {}, 0.0});
    return found;
  }
  const size_t n = view.vertex_count();
  std::vector<char> banned_vertex(n, 0);
  std::set<std::pair<Vertex, uint32_t>> banned_arcs;
  auto first = Dijkstra(view, from, to, options.weight, banned_vertex, banned_arcs);
  if (!first) return found;
  found.push_back(std::move(*first));

  // Candidates: a set, so the same deviation found twice is kept once.
  std::set<TiePath, CandidateLess> candidates;
  while (found.size() < options.k) {
    const TiePath& last = found.back();
    for (size_t i = 0; i + 1 < last.vertices.size(); ++i) {
      const Vertex spur = last.vertices[i];
      // Root: last.vertices[0..i]. Ban the next arc of every found path
      // sharing that root, and the root's vertices before the spur.
      banned_arcs.clear();
      std::fill(banned_vertex.begin(), banned_vertex.end(), 0);
      for (const TiePath& p : found) {
        if (p.vertices.size() > i + 1 &&
            std::equal(p.vertices.begin(), p.vertices.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                       last.vertices.begin())) {
          banned_arcs.insert({spur, p.ties[i]});
        }
      }
      double root_cost = 0;
      for (size_t j = 0; j < i; ++j) {
        banned_vertex[last.vertices[j]] = 1;
        root_cost += TieCost(view.tie(last.ties[j]), options.weight);
      }
      auto spur_path = Dijkstra(view, spur, to, options.weight, banned_vertex, banned_arcs);
      if (!spur_path) continue;
      TiePath total;
      total.vertices.assign(last.vertices.begin(),
                            last.vertices.begin() + static_cast<std::ptrdiff_t>(i));
      total.ties.assign(last.ties.begin(), last.ties.begin() + static_cast<std::ptrdiff_t>(i));
      total.vertices.insert(total.vertices.end(), spur_path->vertices.begin(),
                            spur_path->vertices.end());
      total.ties.insert(total.ties.end(), spur_path->ties.begin(), spur_path->ties.end());
      total.cost = root_cost + spur_path->cost;
      candidates.insert(std::move(total));
    }
    // Take the cheapest candidate not yet found.
    bool advanced = false;
    while (!candidates.empty()) {
      TiePath best = std::move(candidates.extract(candidates.begin()).value());
      const bool duplicate = std::any_of(found.begin(), found.end(), [&](const TiePath& p) {
        return p.vertices == best.vertices;
      });
      if (duplicate) continue;
      found.push_back(std::move(best));
      advanced = true;
      break;
    }
    if (!advanced) break;
  }
  if (options.max_hops > 0) {
    std::erase_if(found, [&](const TiePath& p) { return p.hops() > options.max_hops; });
  }
  return found;
}

std::vector<int> HopDistances(const TieView& view, Vertex from) {
  std::vector<int> dist(view.vertex_count(), -1);
  std::deque<Vertex> queue{from};
  dist[from] = 0;
  while (!queue.empty()) {
    const Vertex u = queue.front();
    queue.pop_front();
    for (const TieView::Arc& arc : view.Arcs(u)) {
      if (dist[arc.to] >= 0) continue;
      dist[arc.to] = dist[u] + 1;
      queue.push_back(arc.to);
    }
  }
  return dist;
}

}  // namespace dipgraph::graph
