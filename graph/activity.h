// Activity ranking of vertices, used to keep large diagrams legible: a
// render of a whole window keeps only the most active actors. Activity is
// the number of events a vertex takes part in (as source or target), then
// their mentions; ties are broken by vertex id so the choice is stable.
//
// Thread-safety: pure functions over an immutable graph.

#ifndef DIPGRAPH_GRAPH_ACTIVITY_H_
#define DIPGRAPH_GRAPH_ACTIVITY_H_

#include <cstddef>
#include <vector>

#include "graph/temporal_graph.h"

namespace dipgraph::graph {

// Returns at most `n` vertices with at least one event, most active first
// (events, then mentions descending, then actor id ascending). n == 0
// means no limit.
std::vector<Vertex> MostActiveVertices(const TemporalGraph& graph, size_t n);

}  // namespace dipgraph::graph

#endif  // DIPGRAPH_GRAPH_ACTIVITY_H_
