#include "graph/temporal_graph.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "base/civil_date.h"
#include "graph/cameo.h"

namespace dipgraph::graph {

EventDate EventEdge::date() const {
  if (!date_known) return EventDate::Unknown();
  const base::CivilDay d = base::CivilFromDays(first_day);
  switch (granularity) {
    case Granularity::kDay:
      return EventDate::Day(d, DateBasis::kUnknown);
    case Granularity::kMonth:
      return EventDate::Month(d.year, d.month, DateBasis::kUnknown);
    case Granularity::kYear:
      return EventDate::Year(d.year, DateBasis::kUnknown);
  }
  return EventDate::Unknown();
}

TemporalGraph::TemporalGraph() : graph_(std::make_unique<Graph>()) {}

TemporalGraph TemporalGraph::Build(std::span<const EventRecord> records,
                                   BuildOptions options, ActorLookup lookup) {
  TemporalGraphBuilder builder(std::move(options), std::move(lookup));
  for (const EventRecord& r : records) builder.Add(r);
  return builder.Finish();
}

std::optional<Vertex> TemporalGraph::FindVertex(std::string_view id) const {
  auto it = vertex_by_id_.find(id);
  if (it == vertex_by_id_.end()) return std::nullopt;
  return it->second;
}

std::string TemporalGraph::VertexIdFor(const Actor& actor) const {
  if (!by_key_ || keep_exact_.count(actor.id)) return actor.id;
  return actor.Key();
}

std::vector<Edge> TemporalGraph::EdgesBetween(Vertex a, Vertex b,
                                              bool directed) const {
  std::vector<Edge> out;
  for (auto [it, end] = boost::out_edges(a, *graph_); it != end; ++it) {
    if (boost::target(*it, *graph_) == b) out.push_back(*it);
  }
  if (!directed && a != b) {
    for (auto [it, end] = boost::out_edges(b, *graph_); it != end; ++it) {
      if (boost::target(*it, *graph_) == a) out.push_back(*it);
    }
  }
  // Date order; unknown dates last; the record id keeps it deterministic.
  std::sort(out.begin(), out.end(), [this](const Edge& x, const Edge& y) {
    const EventEdge& ex = (*graph_)[x];
    const EventEdge& ey = (*graph_)[y];
    if (ex.date_known != ey.date_known) return ex.date_known;
    if (ex.date_known && ex.first_day != ey.first_day) {
      return ex.first_day < ey.first_day;
    }
    return ex.record_id < ey.record_id;
  });
  return out;
}

std::span<const TimedEdge> TemporalGraph::EdgesByTime(
    std::optional<int64_t> from_day, std::optional<int64_t> to_day) const {
  auto begin = by_time_.begin();
  auto end = by_time_.end();
  if (from_day) {
    begin = std::lower_bound(begin, end, *from_day,
                             [](const TimedEdge& e, int64_t d) { return e.day < d; });
  }
  if (to_day) {
    end = std::upper_bound(begin, end, *to_day,
                           [](int64_t d, const TimedEdge& e) { return d < e.day; });
  }
  if (begin >= end) return {};
  return {&*begin, static_cast<size_t>(end - begin)};
}

TemporalGraphBuilder::TemporalGraphBuilder(BuildOptions options,
                                           ActorLookup lookup)
    : options_(std::move(options)), lookup_(std::move(lookup)) {
  g_.by_key_ = options_.by_key;
  g_.keep_exact_ = options_.keep_exact;
}

TemporalGraphBuilder::ActorSlot& TemporalGraphBuilder::SlotFor(std::string_view id) {
  auto it = slots_.find(id);
  if (it != slots_.end()) return it->second;
  ActorSlot slot;
  slot.actor = lookup_ ? lookup_(id) : nullptr;
  if (slot.actor == nullptr) {
    Actor& bare = bare_actors_.emplace_back();
    bare.id = std::string(id);
    bare.name = bare.id;
    slot.actor = &bare;
  }
  return slots_.emplace(std::string(id), slot).first->second;
}

Vertex TemporalGraphBuilder::VertexFor(ActorSlot& slot) {
  if (slot.has_vertex) return slot.vertex;
  const Actor& actor = *slot.actor;
  const std::string id = g_.VertexIdFor(actor);
  auto [it, inserted] = g_.vertex_by_id_.try_emplace(id, 0);
  if (inserted) {
    VertexData data;
    if (id == actor.id) {
      data.actor = actor;
    } else if (const Actor* keyed = lookup_ ? lookup_(id) : nullptr) {
      data.actor = *keyed;
    } else {
      // The key of an actor with a country is that country: stand in for
      // the state the lookup does not know.
      data.actor.id = id;
      data.actor.kind = ActorKind::kState;
      data.actor.country = id;
      data.actor.name = id;
    }
    it->second = boost::add_vertex(std::move(data), *g_.graph_);
  }
  (*g_.graph_)[it->second].members++;
  slot.has_vertex = true;
  slot.vertex = it->second;
  return slot.vertex;
}

bool TemporalGraphBuilder::Add(const EventRecord& record) {
  ++offered_;
  const EventFilter& filter = options_.filter;
  if (!filter.MatchesRecord(record)) return false;
  ActorSlot& source = SlotFor(record.source);
  ActorSlot& target = SlotFor(record.target);
  if (filter.has_actor_terms() && !filter.MatchesActors(source.actor, target.actor)) {
    return false;
  }
  if (!options_.keep_self_loops) {
    const bool same = source.has_vertex && target.has_vertex
                          ? source.vertex == target.vertex
                          : g_.VertexIdFor(*source.actor) == g_.VertexIdFor(*target.actor);
    if (same) return false;
  }
  const Vertex u = VertexFor(source);
  const Vertex v = VertexFor(target);

  EventEdge e;
  e.record_id = record.id;
  e.mentions = record.mentions;
  const size_t n = std::min(record.code.size(), sizeof(e.code) - 1);
  std::memcpy(e.code, record.code.data(), n);
  if (const CameoCode* c = FindCameoCode(record.code)) {
    e.goldstein = static_cast<float>(c->goldstein);
    e.quad = static_cast<uint8_t>(c->quad);
  } else {
    e.quad = static_cast<uint8_t>(QuadOfCode(record.code));
  }
  e.date_known = record.date.known;
  if (record.date.known) {
    e.first_day = static_cast<int32_t>(record.date.FirstDay());
    e.last_day = static_cast<int32_t>(record.date.LastDay());
    e.granularity = record.date.granularity;
  }
  e.negated = record.negated;
  e.symmetric = record.symmetric;
  boost::add_edge(u, v, e, *g_.graph_);
  ++added_;
  return true;
}

TemporalGraph TemporalGraphBuilder::Finish() {
  // Built here, not in Add(): edge descriptors point at edge properties,
  // which move while the edge vector grows.
  const Graph& g = *g_.graph_;
  g_.by_time_.clear();
  g_.by_time_.reserve(boost::num_edges(g));
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EventEdge& e = g[*it];
    if (!e.date_known) continue;
    g_.by_time_.push_back(TimedEdge{e.first_day, *it});
  }
  std::stable_sort(g_.by_time_.begin(), g_.by_time_.end(),
                   [](const TimedEdge& a, const TimedEdge& b) { return a.day < b.day; });
  TemporalGraph out = std::move(g_);
  g_ = TemporalGraph();
  g_.by_key_ = options_.by_key;
  g_.keep_exact_ = options_.keep_exact;
  slots_.clear();
  bare_actors_.clear();
  return out;
}

}  // namespace dipgraph::graph
