#include "viz/style.h"

#include <algorithm>
#include <cmath>

namespace dipgraph::viz {

NodeStyle StyleForKind(graph::ActorKind kind) {
  switch (kind) {
    case graph::ActorKind::kState:
      return {"box", "#cfe2f3", "filled,bold", "state"};
    case graph::ActorKind::kIgo:
      return {"hexagon", "#ffe599", "filled", "international organisation"};
    case graph::ActorKind::kPerson:
      return {"ellipse", "#fce5cd", "filled", "person"};
    case graph::ActorKind::kInstitution:
      return {"box", "#d9d9d9", "filled,rounded", "institution"};
    case graph::ActorKind::kGroup:
      return {"octagon", "#ead1dc", "filled", "group"};
    case graph::ActorKind::kPeople:
      return {"note", "#ffffff", "filled", "people"};
  }
  return {"box", "#ffffff", "filled", "actor"};
}

std::string_view ColorForQuad(int quad) {
  switch (quad) {
    case 1: return "#6aa84f";  // verbal cooperation: light green
    case 2: return "#1b5e20";  // material cooperation: dark green
    case 3: return "#e69138";  // verbal conflict: orange
    case 4: return "#cc0000";  // material conflict: red
    default: return "#808080";
  }
}

double PenWidthForMentions(int mentions) {
  const double m = std::max(1, mentions);
  return std::min(8.0, 1.0 + std::log2(m));
}

}  // namespace dipgraph::viz
