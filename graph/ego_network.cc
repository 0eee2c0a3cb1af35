#include "graph/ego_network.h"

#include <algorithm>
#include <cassert>

namespace dipgraph::graph {

EgoNetwork MakeEgoNetwork(const TieView& view, Vertex center,
                          const EgoOptions& options) {
  assert(center < view.vertex_count() && options.hops >= 0);
  EgoNetwork ego;
  ego.center = center;
  std::vector<int> dist(view.vertex_count(), -1);
  dist[center] = 0;
  std::vector<Vertex> frontier{center};
  std::vector<size_t> level_pos(view.vertex_count(), 0);  // index in `level`
  for (int d = 1; d <= options.hops && !frontier.empty(); ++d) {
    std::vector<EgoMember> level;
    for (Vertex u : frontier) {
      for (const TieView::Arc& arc : view.Arcs(u)) {
        if (dist[arc.to] >= 0 && dist[arc.to] < d) continue;
        if (dist[arc.to] == d) {
          // Already reached at this distance: keep the stronger link.
          auto it = level.begin() + static_cast<std::ptrdiff_t>(level_pos[arc.to]);
          if (view.tie(arc.tie).events > view.tie(it->via_tie).events) {
            it->via = u;
            it->via_tie = arc.tie;
          }
          continue;
        }
        dist[arc.to] = d;
        level_pos[arc.to] = level.size();
        level.push_back(EgoMember{arc.to, d, u, arc.tie});
      }
    }
    std::stable_sort(level.begin(), level.end(), [&](const EgoMember& x, const EgoMember& y) {
      return view.tie(x.via_tie).events > view.tie(y.via_tie).events;
    });
    frontier.clear();
    for (const EgoMember& m : level) {
      frontier.push_back(m.vertex);
      ego.members.push_back(m);
    }
  }
  if (options.max_members > 0 && ego.members.size() > options.max_members) {
    for (size_t i = options.max_members; i < ego.members.size(); ++i) {
      dist[ego.members[i].vertex] = -1;
    }
    ego.members.resize(options.max_members);
  }
  // Ties inside the network: walk each member's arcs once.
  std::vector<char> seen(view.ties().size(), 0);
  auto collect = [&](Vertex v) {
    for (const TieView::Arc& arc : view.Arcs(v)) {
      if (dist[arc.to] < 0 || seen[arc.tie]) continue;
      seen[arc.tie] = 1;
      ego.ties.push_back(arc.tie);
    }
  };
  collect(center);
  for (const EgoMember& m : ego.members) collect(m.vertex);
  std::sort(ego.ties.begin(), ego.ties.end());
  return ego;
}

}  // namespace dipgraph::graph
