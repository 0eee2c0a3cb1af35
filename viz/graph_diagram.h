// Turns query results on the temporal graph into Diagrams: a network of
// chosen vertices with their ties (ego networks, actor sets, pruned
// windows), shortest relationship paths, time-respecting paths, and event
// timelines. The visual semantics (quad colour, mention width, direction,
// tooltips listing each tie's events with dates) are decided here; the
// Graphviz adapter (renderer.h) only draws.
//
// Thread-safety: pure functions over immutable graphs.

#ifndef DIPGRAPH_VIZ_GRAPH_DIAGRAM_H_
#define DIPGRAPH_VIZ_GRAPH_DIAGRAM_H_

#include <set>
#include <string>
#include <vector>

#include "graph/actor.h"
#include "graph/event_record.h"
#include "graph/paths.h"
#include "graph/temporal_graph.h"
#include "graph/temporal_paths.h"
#include "viz/diagram.h"

namespace dipgraph::viz {

// "Antony Blinken\n(USA)" for persons and institutions, the name otherwise.
std::string ActorLabel(const graph::Actor& actor);

// The ties among `vertices` (every event between two of them, aggregated
// per direction), drawn with `highlight` vertices emphasised.
Diagram NetworkDiagram(const graph::TemporalGraph& graph,
                       const std::vector<graph::Vertex>& vertices,
                       const std::set<graph::Vertex>& highlight);

// The union of `paths` (from the tie view they were computed on), each tie
// drawn with the events that justify it.
Diagram PathDiagram(const graph::TemporalGraph& graph,
                    const std::vector<graph::TiePath>& paths);

// A time-respecting path: one edge per hop labelled with its date and code.
Diagram TemporalPathDiagram(const graph::TemporalGraph& graph,
                            const graph::TemporalPath& path,
                            graph::Vertex from, graph::Vertex to);

// One event of a timeline with its actors.
struct TimelineEvent {
  graph::EventRecord record;
  graph::Actor source;
  graph::Actor target;
};

// Events left to right by date, one column per distinct date value (day,
// month or year as known; undated events last).
Diagram TimelineDiagram(const std::vector<TimelineEvent>& events);

}  // namespace dipgraph::viz

#endif  // DIPGRAPH_VIZ_GRAPH_DIAGRAM_H_
