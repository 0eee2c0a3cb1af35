// Diagram is what viz/ draws: a neutral description of a network (actor
// nodes and tie edges) or a timeline (event nodes in date buckets), with
// the semantic attributes the visual language needs (actor kind, quad
// class, mention count, direction). cli/ builds a Diagram from query
// results; viz/ never looks at the store or the graph algorithms.
//
// Thread-safety: plain value types.

#ifndef DIPGRAPH_VIZ_DIAGRAM_H_
#define DIPGRAPH_VIZ_DIAGRAM_H_

#include <string>
#include <vector>

#include "graph/actor.h"

namespace dipgraph::viz {

struct DiagramNode {
  std::string id;     // unique within the diagram (an actor id, an event id)
  std::string label;  // display text; "\n" breaks lines
  graph::ActorKind kind = graph::ActorKind::kState;
  std::string tooltip;     // SVG hover text
  bool is_event = false;   // a timeline event box rather than an actor
  int quad = 0;            // for event boxes: quad class 1..4 colours the border
  bool highlight = false;  // e.g. the centre of an ego network, path ends
};

struct DiagramEdge {
  std::string from;  // DiagramNode::id
  std::string to;
  int quad = 0;           // dominant quad class 1..4 (colour), 0 = mixed/unknown
  int mentions = 1;       // width grows with log2(mentions)
  bool directed = true;   // false draws a plain line (symmetric actions)
  std::string label;      // short text on the edge (e.g. "041 ×3"), may be empty
  std::string tooltip;    // the tie's events with dates
  bool invisible = false; // layout-only edge (timeline ordering)
};

// A timeline column: the events of one date bucket, drawn top to bottom.
struct DiagramRank {
  std::string label;              // "2024-04", "2024-04-28"
  std::vector<std::string> nodes; // DiagramNode ids, in order
};

struct Diagram {
  std::string title;     // first title line (what is shown)
  std::string subtitle;  // period and filters
  std::vector<DiagramNode> nodes;
  std::vector<DiagramEdge> edges;
  // Non-empty for timelines: columns left to right in date order.
  std::vector<DiagramRank> ranks;
  bool legend = true;
};

}  // namespace dipgraph::viz

#endif  // DIPGRAPH_VIZ_DIAGRAM_H_
