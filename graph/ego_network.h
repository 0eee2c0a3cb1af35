// The ego network of an actor: every vertex within N hops over ties, with
// its distance, and the ties among those vertices with their strengths
// (events, quad classes, Goldstein, mentions, first/last date; see
// graph/tie.h). `dipgraph neighbors` prints it.
//
// Thread-safety: pure function of its arguments.

#ifndef DIPGRAPH_GRAPH_EGO_NETWORK_H_
#define DIPGRAPH_GRAPH_EGO_NETWORK_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "graph/tie.h"

namespace dipgraph::graph {

struct EgoOptions {
  // How far to walk from the centre. Default: 1
  int hops = 1;

  // Keep at most this many members besides the centre, nearest first and,
  // at equal distance, most events with the vertex they were reached from
  // first; 0 means no limit. Default: 0
  size_t max_members = 0;
};

struct EgoMember {
  Vertex vertex;
  int distance;      // 1..hops
  Vertex via;        // the member (or centre) it was first reached from
  uint32_t via_tie;  // the tie from `via` (index into TieView::ties())
};

struct EgoNetwork {
  Vertex center = 0;
  std::vector<EgoMember> members;  // by distance, then strength of via_tie
  std::vector<uint32_t> ties;      // every tie with both ends in the network
};

// REQUIRES: center < ties.vertex_count(), options.hops >= 0.
EgoNetwork MakeEgoNetwork(const TieView& ties, Vertex center,
                          const EgoOptions& options);

}  // namespace dipgraph::graph

#endif  // DIPGRAPH_GRAPH_EGO_NETWORK_H_
