#include "graph/temporal_paths.h"

#include <algorithm>
#include <cassert>
#include <limits>

namespace dipgraph::graph {

namespace {

constexpr int64_t kNever = std::numeric_limits<int64_t>::max();

struct ScanState {
  std::vector<int64_t> arrival;  // kNever = not reached
  std::vector<TimedHop> via;     // the hop that first reached each vertex
};

// Relaxes one event in one direction; returns whether `to` was reached now.
bool Relax(ScanState& s, const TimedEdge& e, Vertex from, Vertex to) {
  if (s.arrival[from] > e.day || s.arrival[to] != kNever) return false;
  s.arrival[to] = e.day;
  s.via[to] = TimedHop{from, to, e.edge, e.day};
  return true;
}

// Scans the window once in date order. Arrival days only ever go from
// kNever to the current day, so the first hop that reaches a vertex is
// final and the `via` links form a tree rooted at `from`.
ScanState Scan(const TemporalGraph& graph, Vertex from,
               const TemporalPathOptions& options, std::optional<Vertex> stop_at) {
  ScanState s;
  s.arrival.assign(graph.vertex_count(), kNever);
  s.via.resize(graph.vertex_count());
  s.arrival[from] = options.from_day.value_or(std::numeric_limits<int64_t>::min());
  const Graph& g = graph.graph();
  const auto events = graph.EdgesByTime(options.from_day, options.to_day);
  size_t i = 0;
  while (i < events.size()) {
    // One day at a time: [i, j) share a day. Repeat until nothing improves
    // so that A->B and B->C on the same day chain whatever their order.
    size_t j = i;
    while (j < events.size() && events[j].day == events[i].day) ++j;
    bool changed = true;
    while (changed) {
      changed = false;
      for (size_t k = i; k < j; ++k) {
        const TimedEdge& e = events[k];
        const Vertex u = boost::source(e.edge, g);
        const Vertex v = boost::target(e.edge, g);
        const bool both_ways = !options.directed || g[e.edge].symmetric;
        changed |= Relax(s, e, u, v);
        if (both_ways) changed |= Relax(s, e, v, u);
      }
    }
    if (stop_at && s.arrival[*stop_at] != kNever) break;
    i = j;
  }
  return s;
}

}  // namespace

std::vector<std::optional<int64_t>> EarliestArrivalDays(
    const TemporalGraph& graph, Vertex from, const TemporalPathOptions& options) {
  assert(from < graph.vertex_count());
  const ScanState s = Scan(graph, from, options, std::nullopt);
  std::vector<std::optional<int64_t>> out(s.arrival.size());
  for (size_t v = 0; v < s.arrival.size(); ++v) {
    if (s.arrival[v] != kNever) out[v] = s.arrival[v];
  }
  return out;
}

std::optional<TemporalPath> EarliestArrivalPath(const TemporalGraph& graph,
                                                Vertex from, Vertex to,
                                                const TemporalPathOptions& options) {
  assert(from < graph.vertex_count() && to < graph.vertex_count());
  if (from == to) return TemporalPath{};
  const ScanState s = Scan(graph, from, options, to);
  if (s.arrival[to] == kNever) return std::nullopt;
  TemporalPath path;
  for (Vertex v = to; v != from; v = s.via[v].from) path.hops.push_back(s.via[v]);
  std::reverse(path.hops.begin(), path.hops.end());
  path.arrival_day = path.hops.back().day;
  return path;
}

}  // namespace dipgraph::graph
