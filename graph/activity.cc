#include "graph/activity.h"

#include <algorithm>
#include <cstdint>

namespace dipgraph::graph {

std::vector<Vertex> MostActiveVertices(const TemporalGraph& graph, size_t n) {
  const Graph& g = graph.graph();
  const size_t count = graph.vertex_count();
  std::vector<uint64_t> events(count, 0), mentions(count, 0);
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EventEdge& e = g[*it];
    for (Vertex v : {boost::source(*it, g), boost::target(*it, g)}) {
      ++events[v];
      mentions[v] += e.mentions;
    }
  }
  std::vector<Vertex> out;
  for (Vertex v = 0; v < count; ++v) {
    if (events[v] > 0) out.push_back(v);
  }
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) {
    if (events[a] != events[b]) return events[a] > events[b];
    if (mentions[a] != mentions[b]) return mentions[a] > mentions[b];
    return graph.actor(a).id < graph.actor(b).id;
  });
  if (n > 0 && out.size() > n) out.resize(n);
  return out;
}

}  // namespace dipgraph::graph
