#include "viz/graph_diagram.h"

#include <algorithm>
#include <map>

#include "graph/cameo.h"
#include "graph/tie.h"

namespace dipgraph::viz {

namespace {

constexpr size_t kMaxTooltipEvents = 25;

std::string CodeLabel(std::string_view code) {
  const graph::CameoCode* c = graph::FindCameoCode(code);
  return std::string(code) + " " + (c ? std::string(c->label) : std::string("?"));
}

std::string DateText(const graph::EventDate& d) { return d.known ? d.Value() : "undated"; }

// One line per event between a and b (this direction only), newest last.
std::string EventsTooltip(const graph::TemporalGraph& g, graph::Vertex a, graph::Vertex b) {
  const auto edges = g.EdgesBetween(a, b, /*directed=*/true);
  std::string tip = g.actor(a).name + " → " + g.actor(b).name + ": " +
                    std::to_string(edges.size()) + " event(s)";
  size_t shown = 0;
  for (const auto& e : edges) {
    const graph::EventEdge& ev = g.event(e);
    if (shown++ == kMaxTooltipEvents) {
      tip += "\n…";
      break;
    }
    tip += "\n" + DateText(ev.date()) + "  " + CodeLabel(ev.code_view());
    if (ev.negated) tip += " (negated)";
    if (ev.mentions > 1) tip += "  ×" + std::to_string(ev.mentions);
  }
  return tip;
}

int DominantQuad(const graph::Tie& t) {
  int best = 0;
  uint32_t count = 0;
  for (int q = 1; q <= 4; ++q) {
    if (t.by_quad[q] > count) {
      count = t.by_quad[q];
      best = q;
    }
  }
  return best;
}

bool AllSymmetric(const graph::TemporalGraph& g, graph::Vertex a, graph::Vertex b) {
  for (const auto& e : g.EdgesBetween(a, b, true)) {
    if (!g.event(e).symmetric) return false;
  }
  return true;
}

DiagramNode ActorNode(const graph::TemporalGraph& g, graph::Vertex v, bool highlight) {
  const graph::Actor& a = g.actor(v);
  DiagramNode n;
  n.id = a.id;
  n.label = ActorLabel(a);
  n.kind = a.kind;
  n.highlight = highlight;
  n.tooltip = a.id + " (" + std::string(graph::ActorKindName(a.kind)) + ")";
  if (!a.role.empty()) n.tooltip += ", " + a.role;
  return n;
}

DiagramEdge TieEdge(const graph::TemporalGraph& g, const graph::Tie& t) {
  DiagramEdge e;
  e.from = g.actor(t.a).id;
  e.to = g.actor(t.b).id;
  e.quad = DominantQuad(t);
  e.mentions = static_cast<int>(std::min<uint64_t>(t.mentions, 1 << 30));
  e.directed = !AllSymmetric(g, t.a, t.b);
  if (t.events == 1) {
    const auto edges = g.EdgesBetween(t.a, t.b, true);
    e.label = edges.empty() ? "" : std::string(g.event(edges.front()).code_view());
  } else {
    e.label = std::to_string(t.events) + " events";
  }
  e.tooltip = EventsTooltip(g, t.a, t.b);
  return e;
}

}  // namespace

std::string ActorLabel(const graph::Actor& a) {
  if ((a.kind == graph::ActorKind::kPerson || a.kind == graph::ActorKind::kInstitution ||
       a.kind == graph::ActorKind::kGroup || a.kind == graph::ActorKind::kPeople) &&
      !a.country.empty()) {
    return a.name + "\n(" + a.country + ")";
  }
  return a.name.empty() ? a.id : a.name;
}

Diagram NetworkDiagram(const graph::TemporalGraph& g, const std::vector<graph::Vertex>& vertices,
                       const std::set<graph::Vertex>& highlight) {
  Diagram d;
  const std::set<graph::Vertex> chosen(vertices.begin(), vertices.end());
  for (graph::Vertex v : vertices) d.nodes.push_back(ActorNode(g, v, highlight.count(v) > 0));
  const graph::TieView ties(g, /*directed=*/true);
  for (const graph::Tie& t : ties.ties()) {
    if (t.a == t.b || !chosen.count(t.a) || !chosen.count(t.b)) continue;
    d.edges.push_back(TieEdge(g, t));
  }
  return d;
}

Diagram PathDiagram(const graph::TemporalGraph& g, const std::vector<graph::TiePath>& paths) {
  Diagram d;
  std::set<graph::Vertex> seen;
  std::set<std::pair<graph::Vertex, graph::Vertex>> pairs;
  for (const auto& p : paths) {
    for (size_t i = 0; i < p.vertices.size(); ++i) {
      const graph::Vertex v = p.vertices[i];
      if (seen.insert(v).second) {
        d.nodes.push_back(ActorNode(g, v, i == 0 || i + 1 == p.vertices.size()));
      }
      if (i + 1 < p.vertices.size()) pairs.insert({v, p.vertices[i + 1]});
    }
  }
  // Draw every direction of each hop that has events.
  const graph::TieView ties(g, /*directed=*/true);
  for (const auto& [a, b] : pairs) {
    for (auto [x, y] : {std::pair{a, b}, std::pair{b, a}}) {
      if (auto t = ties.FindTie(x, y)) d.edges.push_back(TieEdge(g, ties.tie(*t)));
    }
  }
  return d;
}

Diagram TemporalPathDiagram(const graph::TemporalGraph& g, const graph::TemporalPath& path,
                            graph::Vertex from, graph::Vertex to) {
  Diagram d;
  std::set<graph::Vertex> seen;
  auto add = [&](graph::Vertex v) {
    if (seen.insert(v).second) d.nodes.push_back(ActorNode(g, v, v == from || v == to));
  };
  add(from);
  int step = 1;
  for (const auto& hop : path.hops) {
    add(hop.from);
    add(hop.to);
    const graph::EventEdge& ev = g.event(hop.edge);
    DiagramEdge e;
    e.from = g.actor(hop.from).id;
    e.to = g.actor(hop.to).id;
    e.quad = ev.quad;
    e.mentions = static_cast<int>(ev.mentions);
    e.directed = true;  // the message travels one way along the path
    e.label = std::to_string(step++) + ". " + DateText(ev.date()) + " " + std::string(ev.code_view());
    e.tooltip = DateText(ev.date()) + "  " + CodeLabel(ev.code_view());
    d.edges.push_back(std::move(e));
  }
  add(to);
  return d;
}

Diagram TimelineDiagram(const std::vector<TimelineEvent>& events) {
  Diagram d;
  std::vector<std::pair<std::pair<int64_t, std::string>, std::vector<std::string>>> columns;
  for (const auto& te : events) {
    const graph::EventRecord& r = te.record;
    DiagramNode n;
    n.id = "ev:" + std::to_string(r.id);
    n.is_event = true;
    n.quad = graph::QuadOfCode(r.code);
    n.label = te.source.name + " → " + te.target.name + "\n" + CodeLabel(r.code);
    if (r.negated) n.label += " (negated)";
    if (r.mentions > 1) n.label += "\n×" + std::to_string(r.mentions) + " mentions";
    n.tooltip = DateText(r.date) + ": " + te.source.id + " → " + te.target.id + ", " + CodeLabel(r.code);
    d.nodes.push_back(n);
    const std::pair<int64_t, std::string> key{
        r.date.known ? r.date.FirstDay() : INT64_MAX, DateText(r.date)};
    columns.push_back({key, {n.id}});
  }
  // Merge events of the same date into one column, in date order.
  std::stable_sort(columns.begin(), columns.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [key, ids] : columns) {
    if (!d.ranks.empty() && d.ranks.back().label == key.second) {
      d.ranks.back().nodes.push_back(ids.front());
    } else {
      d.ranks.push_back({key.second, ids});
    }
  }
  return d;
}

}  // namespace dipgraph::viz
