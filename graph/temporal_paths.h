// Time-respecting paths: through whom could a message have passed from A
// to B, in time order? A time-respecting path is a sequence of events
// e1..en where e1 leaves A, en reaches B, each event leaves the vertex the
// previous one reached, and day(e1) <= day(e2) <= ... <= day(en). The
// earliest-arrival path is one whose last day is as early as possible.
//
// The day rule: an event's day is EventDate::FirstDay(), so a month- or
// year-granular event counts from the first day it might have happened
// (optimistic: "2024-04" may follow "2024-04-10" and precede it). Events
// with unknown dates are excluded. Several events on the same day may be
// chained (non-decreasing, not increasing, days).
//
// Direction: with directed false (the default) every event passes a
// message both ways (a phone call informs both ends); with directed true
// only source->target, except symmetric (joint) events, which go both ways.
//
// The algorithm is one scan of the graph's events in date order (the
// one-pass earliest-arrival algorithm of Wu et al., VLDB 2014), repeated
// within a day until no vertex improves, so same-day chains are found:
// O(E + V) per day-window without same-day chains.
//
// Thread-safety: pure functions of their arguments.

#ifndef DIPGRAPH_GRAPH_TEMPORAL_PATHS_H_
#define DIPGRAPH_GRAPH_TEMPORAL_PATHS_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "graph/temporal_graph.h"

namespace dipgraph::graph {

struct TemporalPathOptions {
  // Follow events source->target only (plus symmetric events both ways).
  // Default: false
  bool directed = false;

  // Only events whose day lies in [from_day, to_day] are used (days since
  // 1970-01-01). Default: unbounded
  std::optional<int64_t> from_day;
  std::optional<int64_t> to_day;
};

// One hop: the event `edge` carried the message from `from` to `to` on
// `day` (for an undirected or symmetric hop, `from` may be the event's
// target).
struct TimedHop {
  Vertex from;
  Vertex to;
  Edge edge;
  int64_t day;
};

struct TemporalPath {
  std::vector<TimedHop> hops;  // in time order; empty when from == to
  int64_t arrival_day = 0;     // day of the last hop (0 when no hops)
};

// Earliest arrival day at every vertex for a message leaving `from` (at
// options.from_day or any time); nullopt where it never arrives. `from`
// itself gets options.from_day, or the smallest int64_t when unbounded.
std::vector<std::optional<int64_t>> EarliestArrivalDays(
    const TemporalGraph& graph, Vertex from, const TemporalPathOptions& options);

// One earliest-arrival time-respecting path from `from` to `to`; nullopt if
// there is none. Among several with the same arrival day, the one found
// first in the scan is returned (not necessarily the one with fewest hops).
// REQUIRES: from, to < graph.vertex_count().
std::optional<TemporalPath> EarliestArrivalPath(const TemporalGraph& graph,
                                                Vertex from, Vertex to,
                                                const TemporalPathOptions& options);

}  // namespace dipgraph::graph

#endif  // DIPGRAPH_GRAPH_TEMPORAL_PATHS_H_
