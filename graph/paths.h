// Shortest relationship paths over the ties of a TemporalGraph: how are two
// actors connected? A path is a sequence of distinct vertices joined by
// ties (graph/tie.h); its cost is the number of hops, or with
// PathWeight::kInverseEvents the sum of 1/events over its ties, so that
// well-attested relationships are preferred to one-off encounters.
// Direction follows the TieView: a directed view walks source->target only.
//
// KShortestPaths is Yen's algorithm (1971) with Dijkstra as its inner
// search: the k cheapest simple (loop-free) paths in non-decreasing cost.
// Equal-cost paths come out in a deterministic order (lower vertex numbers
// first) but which of several equal-cost paths is "first" is otherwise
// unspecified.
//
// Thread-safety: pure functions of their arguments.

#ifndef DIPGRAPH_GRAPH_PATHS_H_
#define DIPGRAPH_GRAPH_PATHS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "graph/tie.h"

namespace dipgraph::graph {

enum class PathWeight {
  kHops,           // every tie costs 1
  kInverseEvents,  // a tie costs 1 / (its number of events)
};

struct PathOptions {
  // Default: kHops
  PathWeight weight = PathWeight::kHops;

  // How many paths to return at most. Default: 1
  size_t k = 1;

  // Paths longer than this many hops are not returned; 0 means no limit.
  // Default: 0
  size_t max_hops = 0;
};

struct TiePath {
  std::vector<Vertex> vertices;  // from .. to
  std::vector<uint32_t> ties;    // ties[i] joins vertices[i] and vertices[i+1]
  double cost = 0;

  size_t hops() const { return ties.size(); }
};

// The cost of walking tie `tie` under `weight`.
double TieCost(const Tie& tie, PathWeight weight);

// Returns up to options.k cheapest simple paths from `from` to `to`,
// cheapest first; empty if `to` is unreachable. A path from a vertex to
// itself is the single zero-hop path.
// REQUIRES: from, to < ties.vertex_count().
std::vector<TiePath> KShortestPaths(const TieView& ties, Vertex from, Vertex to,
                                    const PathOptions& options);

// Hop distances from `from` to every vertex by breadth-first search;
// -1 where unreachable.
std::vector<int> HopDistances(const TieView& ties, Vertex from);

}  // namespace dipgraph::graph

#endif  // DIPGRAPH_GRAPH_PATHS_H_
