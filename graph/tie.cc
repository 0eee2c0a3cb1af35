#include "graph/tie.h"

#include <algorithm>
#include <utility>

namespace dipgraph::graph {

void Tie::Add(const EventEdge& e) {
  ++events;
  ++by_quad[e.quad <= 4 ? e.quad : 0];
  if (e.negated) ++negated;
  mentions += e.mentions;
  goldstein_sum += e.goldstein;
  if (e.date_known) {
    if (dated_events == 0 || e.first_day < first_day) first_day = e.first_day;
    if (dated_events == 0 || e.last_day > last_day) last_day = e.last_day;
    ++dated_events;
  }
}

namespace {

uint64_t PairKey(Vertex a, Vertex b) {
  return (static_cast<uint64_t>(a) << 32) | static_cast<uint64_t>(b);
}

}  // namespace

TieView::TieView(const TemporalGraph& graph, bool directed)
    : directed_(directed) {
  const Graph& g = graph.graph();
  std::unordered_map<uint64_t, uint32_t> index;
  auto add = [&](Vertex a, Vertex b, const EventEdge& e) {
    auto [it, inserted] =
        index.try_emplace(PairKey(a, b), static_cast<uint32_t>(ties_.size()));
    if (inserted) {
      ties_.push_back(Tie{});
      ties_.back().a = a;
      ties_.back().b = b;
    }
    ties_[it->second].Add(e);
  };
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    Vertex a = boost::source(*it, g);
    Vertex b = boost::target(*it, g);
    const EventEdge& e = g[*it];
    if (directed) {
      add(a, b, e);
      if (e.symmetric && a != b) add(b, a, e);
    } else {
      if (b < a) std::swap(a, b);
      add(a, b, e);
    }
  }

  // Adjacency in CSR form: count, prefix-sum, fill, sort each row.
  const size_t n = boost::num_vertices(g);
  offsets_.assign(n + 1, 0);
  for (const Tie& t : ties_) {
    ++offsets_[t.a + 1];
    if (!directed && t.a != t.b) ++offsets_[t.b + 1];
  }
  for (size_t v = 0; v < n; ++v) offsets_[v + 1] += offsets_[v];
  arcs_.resize(offsets_[n]);
  std::vector<size_t> fill(offsets_.begin(), offsets_.end() - 1);
  for (uint32_t i = 0; i < ties_.size(); ++i) {
    const Tie& t = ties_[i];
    arcs_[fill[t.a]++] = Arc{t.b, i};
    if (!directed && t.a != t.b) arcs_[fill[t.b]++] = Arc{t.a, i};
  }
  for (size_t v = 0; v < n; ++v) {
    std::sort(arcs_.begin() + static_cast<std::ptrdiff_t>(offsets_[v]),
              arcs_.begin() + static_cast<std::ptrdiff_t>(offsets_[v + 1]),
              [](const Arc& x, const Arc& y) { return x.to < y.to; });
  }
}

std::optional<uint32_t> TieView::FindTie(Vertex a, Vertex b) const {
  if (a >= vertex_count() || b >= vertex_count()) return std::nullopt;
  auto arcs = Arcs(a);
  auto it = std::lower_bound(arcs.begin(), arcs.end(), b,
                             [](const Arc& x, Vertex v) { return x.to < v; });
  if (it == arcs.end() || it->to != b) return std::nullopt;
  return it->tie;
}

}  // namespace dipgraph::graph
