// Tie aggregates the events between two vertices of a TemporalGraph into
// one relationship: how many events of each quad class, the Goldstein sum
// and mean, the mentions, and the first and last known date. TieView holds
// every tie of a graph, per ordered pair (directed) or per unordered pair
// (undirected), with adjacency arrays so that path and neighbourhood
// algorithms can walk ties instead of millions of parallel event edges.
//
// In the directed view, a symmetric event (a joint meeting, a signed
// treaty) counts for both directions, since its direction is moot.
//
// Ownership: a TieView refers to vertex numbers of the graph it was made
// from but does not keep the graph; keep both together.
// Thread-safety: immutable after construction; const access is safe from
// many threads.

#ifndef DIPGRAPH_GRAPH_TIE_H_
#define DIPGRAPH_GRAPH_TIE_H_

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

#include "graph/temporal_graph.h"

namespace dipgraph::graph {

struct Tie {
  Vertex a = 0;  // directed: the source; undirected: the smaller vertex
  Vertex b = 0;
  uint32_t events = 0;
  std::array<uint32_t, 5> by_quad{};  // [1..4]; [0] counts malformed codes
  uint32_t negated = 0;               // events that are negated
  uint64_t mentions = 0;
  double goldstein_sum = 0;
  uint32_t dated_events = 0;
  int32_t first_day = 0;  // valid iff dated_events > 0
  int32_t last_day = 0;   // the latest LastDay() of its dated events

  double goldstein_mean() const { return events ? goldstein_sum / events : 0.0; }
  uint32_t cooperation() const { return by_quad[1] + by_quad[2]; }
  uint32_t conflict() const { return by_quad[3] + by_quad[4]; }

  // Adds one event to the aggregate.
  void Add(const EventEdge& e);
};

class TieView {
 public:
  // One step from a vertex along a tie.
  struct Arc {
    Vertex to;
    uint32_t tie;  // index into ties()
  };

  // Aggregates all events of `graph`.
  TieView(const TemporalGraph& graph, bool directed);

  bool directed() const { return directed_; }
  size_t vertex_count() const { return offsets_.size() - 1; }
  const std::vector<Tie>& ties() const { return ties_; }
  const Tie& tie(uint32_t index) const { return ties_[index]; }

  // The ties leaving `v` (directed), or all ties of `v` (undirected), in
  // ascending order of the other end.
  std::span<const Arc> Arcs(Vertex v) const {
    return {arcs_.data() + offsets_[v], arcs_.data() + offsets_[v + 1]};
  }

  // The tie from `a` to `b` (directed) or between them (undirected).
  std::optional<uint32_t> FindTie(Vertex a, Vertex b) const;

 private:
  bool directed_;
  std::vector<Tie> ties_;
  std::vector<size_t> offsets_;  // CSR: arcs of v are [offsets_[v], offsets_[v+1])
  std::vector<Arc> arcs_;
};

}  // namespace dipgraph::graph

#endif  // DIPGRAPH_GRAPH_TIE_H_
