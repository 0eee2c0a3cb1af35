// TemporalGraph is the in-memory graph the queries run on: actors are
// vertices and canonical events (graph::EventRecord) are time-stamped
// parallel edges from source to target, each carrying its CAMEO code, quad
// class, Goldstein value, mentions and date. It is a Boost.Graph
// adjacency_list (vecS/vecS, bidirectionalS) aliased once as graph::Graph;
// aggregated per-pair ties are a separate view (graph/tie.h).
//
// A TemporalGraphBuilder makes one from a stream of EventRecords plus an
// ActorLookup, for one query: events the BuildOptions' filter rejects are
// never stored. In the key view (BuildOptions::by_key) every actor is mapped
// to its SCHEMA actor key, so "USA" becomes one vertex holding the state,
// its officials and its institutions, except actors listed in keep_exact,
// which stay vertices of their own (a person a query names).
//
// The graph does no I/O and knows nothing of the store: callers feed it.
//
// Thread-safety: a built TemporalGraph is immutable; const access from many
// threads is safe. A builder is single-threaded.

#ifndef DIPGRAPH_GRAPH_TEMPORAL_GRAPH_H_
#define DIPGRAPH_GRAPH_TEMPORAL_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/actor.h"
#include "graph/event_date.h"
#include "graph/event_filter.h"
#include "graph/event_record.h"

namespace dipgraph::graph {

// A vertex: the actor (in the key view, the actor whose id is the key if
// the lookup knows it, else one synthesised from the key).
struct VertexData {
  Actor actor;
  uint32_t members = 0;  // distinct actor ids merged into this vertex
};

// An edge: one canonical event, compact (about 40 bytes) because graphs of
// millions of events are queried.
struct EventEdge {
  uint64_t record_id = 0;  // EventRecord::id, for evidence look-ups
  int32_t first_day = 0;   // EventDate::FirstDay(), valid iff date_known
  int32_t last_day = 0;    // EventDate::LastDay(), valid iff date_known
  float goldstein = 0;     // from the CAMEO table; 0 for unknown codes
  uint32_t mentions = 0;
  char code[5] = {};       // "041", NUL-terminated
  uint8_t quad = 0;        // 1..4, 0 for malformed codes
  Granularity granularity = Granularity::kDay;
  bool date_known = false;
  bool negated = false;
  bool symmetric = false;

  std::string_view code_view() const { return code; }
  std::string_view root() const { return code_view().substr(0, 2); }
  // The event's date rebuilt from first_day and granularity (basis and
  // expression are not kept: they are evidence, read from the store).
  EventDate date() const;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS,
                                    boost::bidirectionalS, VertexData,
                                    EventEdge, boost::no_property, boost::vecS>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

// An edge with its day, for scans in date order. Dated edges only. The
// ends are boost::source(edge, g) and boost::target(edge, g).
struct TimedEdge {
  int32_t day;  // first_day of the event
  Edge edge;
};

// Finds an actor by id; returns nullptr for ids it does not know. The
// pointer must stay valid while the builder runs.
using ActorLookup = std::function<const Actor*(std::string_view id)>;

struct BuildOptions {
  // Which events to keep. Default: all
  EventFilter filter;

  // Map actors to their SCHEMA actor key ("the key view"). Default: false
  bool by_key = false;

  // Actor ids that keep a vertex of their own in the key view.
  // Default: empty
  std::unordered_set<std::string> keep_exact;

  // Keep events whose two ends map to the same vertex (always possible in
  // the key view: a minister meeting their own president). Default: false
  bool keep_self_loops = false;
};

class TemporalGraph {
 public:
  // An empty graph.
  TemporalGraph();

  // Move-only: EdgesByTime() refers into the Boost graph, which lives on
  // the heap so that moves keep those references valid.
  TemporalGraph(TemporalGraph&&) noexcept = default;
  TemporalGraph& operator=(TemporalGraph&&) noexcept = default;
  TemporalGraph(const TemporalGraph&) = delete;
  TemporalGraph& operator=(const TemporalGraph&) = delete;
  ~TemporalGraph() = default;

  // Builds from `records` (convenience for TemporalGraphBuilder).
  static TemporalGraph Build(std::span<const EventRecord> records,
                             BuildOptions options, ActorLookup lookup);

  const Graph& graph() const { return *graph_; }
  size_t vertex_count() const { return boost::num_vertices(*graph_); }
  size_t edge_count() const { return boost::num_edges(*graph_); }
  bool by_key() const { return by_key_; }

  const Actor& actor(Vertex v) const { return (*graph_)[v].actor; }
  const VertexData& vertex(Vertex v) const { return (*graph_)[v]; }
  const EventEdge& event(Edge e) const { return (*graph_)[e]; }

  // The vertex whose id (actor id, or key in the key view) is `id`.
  std::optional<Vertex> FindVertex(std::string_view id) const;

  // The vertex id `actor` was (or would be) mapped to in this graph.
  std::string VertexIdFor(const Actor& actor) const;

  // The events between `a` and `b`: a to b, and with `directed` false also
  // b to a; in date order (unknown dates last).
  std::vector<Edge> EdgesBetween(Vertex a, Vertex b, bool directed) const;

  // All dated edges in order of first_day (ties by insertion order).
  std::span<const TimedEdge> EdgesByTime() const { return by_time_; }

  // The dated edges whose first_day lies in [from_day, to_day].
  std::span<const TimedEdge> EdgesByTime(std::optional<int64_t> from_day,
                                         std::optional<int64_t> to_day) const;

  // Events that passed the filter but had no date (not in EdgesByTime()).
  size_t undated_edge_count() const { return edge_count() - by_time_.size(); }

 private:
  friend class TemporalGraphBuilder;

  // Hashes std::string and std::string_view alike, so look-ups by view
  // need no temporary string.
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  template <typename V>
  using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

  std::unique_ptr<Graph> graph_;
  StringMap<Vertex> vertex_by_id_;
  std::vector<TimedEdge> by_time_;
  bool by_key_ = false;
  std::unordered_set<std::string> keep_exact_;
};

// Builds one TemporalGraph. Feed records with Add(), then call Finish().
class TemporalGraphBuilder {
 public:
  TemporalGraphBuilder(BuildOptions options, ActorLookup lookup);

  TemporalGraphBuilder(const TemporalGraphBuilder&) = delete;
  TemporalGraphBuilder& operator=(const TemporalGraphBuilder&) = delete;

  // Adds `record` if the filter accepts it. Returns whether it was added.
  // Actors the lookup does not know become bare vertices (id only, no
  // country), and then match no actor selector but their own id.
  bool Add(const EventRecord& record);

  // Records offered and records kept so far.
  size_t offered() const { return offered_; }
  size_t added() const { return added_; }

  // Sorts the time index and hands the graph over. The builder is empty
  // afterwards.
  TemporalGraph Finish();

 private:
  // What the builder knows of one actor id: the actor (from the lookup, or
  // a bare one) and, once an event of it was kept, its vertex.
  struct ActorSlot {
    const Actor* actor = nullptr;
    bool has_vertex = false;
    Vertex vertex = 0;
  };

  ActorSlot& SlotFor(std::string_view id);
  Vertex VertexFor(ActorSlot& slot);

  BuildOptions options_;
  ActorLookup lookup_;
  TemporalGraph g_;
  TemporalGraph::StringMap<ActorSlot> slots_;  // by actor id
  std::deque<Actor> bare_actors_;              // ids the lookup did not know
  size_t offered_ = 0;
  size_t added_ = 0;
};

}  // namespace dipgraph::graph

#endif  // DIPGRAPH_GRAPH_TEMPORAL_GRAPH_H_
