// The visual language of dipgraph diagrams: node shape and fill by actor
// kind, edge colour by CAMEO quad class, edge width by mention count (log
// scale). Kept apart from the Graphviz adapter so tests and the legend use
// the same table.
//
// Thread-safety: pure functions over constant tables.

#ifndef DIPGRAPH_VIZ_STYLE_H_
#define DIPGRAPH_VIZ_STYLE_H_

#include <string_view>

#include "graph/actor.h"

namespace dipgraph::viz {

struct NodeStyle {
  std::string_view shape;      // Graphviz shape name
  std::string_view fill;       // fill colour, "#rrggbb"
  std::string_view style;      // Graphviz style list
  std::string_view kind_name;  // legend text
};

// Style for an actor kind (state: box, IGO: hexagon, person: ellipse, ...).
NodeStyle StyleForKind(graph::ActorKind kind);

// Edge colour for a quad class 1..4 (green shades for cooperation,
// orange/red for conflict); grey for 0 (mixed or unknown).
std::string_view ColorForQuad(int quad);

// Pen width for a tie with `mentions` supporting mentions: 1 + log2(m),
// capped at 8.
double PenWidthForMentions(int mentions);

}  // namespace dipgraph::viz

#endif  // DIPGRAPH_VIZ_STYLE_H_
