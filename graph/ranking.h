// Rankings by period: which pairs of actors (or which actors) had the most
// events, or the most mentions, in each month or year? With the graph built
// in the key view and a cooperation filter this answers "which pairs of
// states cooperated most last year?".
//
// Periods: an event belongs to the month or year of its date. With
// Period::kMonth, events known only to the year are not ranked (they have
// no month); with any period, events of unknown date are not ranked except
// under Period::kAll, which puts every event in one period "all".
//
// Thread-safety: pure functions of their arguments.

#ifndef DIPGRAPH_GRAPH_RANKING_H_
#define DIPGRAPH_GRAPH_RANKING_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/temporal_graph.h"

namespace dipgraph::graph {

enum class Period { kMonth, kYear, kAll };
enum class RankBy { kEvents, kMentions };

// "month", "year", "all"; and back (nullopt for anything else).
std::string_view PeriodName(Period p);
std::optional<Period> ParsePeriod(std::string_view name);
// "events", "mentions"; and back.
std::string_view RankByName(RankBy r);
std::optional<RankBy> ParseRankBy(std::string_view name);

// The label of `edge`'s period ("2024-04", "2024", "all"); nullopt when the
// edge has no such period (see above).
std::optional<std::string> PeriodOf(const EventEdge& edge, Period period);

struct RankingOptions {
  // Default: kYear
  Period period = Period::kYear;
  // Default: kEvents
  RankBy by = RankBy::kEvents;
  // Entries per period; 0 means all. Default: 10
  size_t limit = 10;
  // Pairs: count a->b apart from b->a. Default: false
  bool directed = false;
};

struct PairScore {
  std::string period;
  Vertex a;  // undirected: the smaller vertex
  Vertex b;
  uint64_t events = 0;
  uint64_t mentions = 0;
  uint64_t cooperation = 0;  // events of quads 1-2
  uint64_t conflict = 0;     // events of quads 3-4
  double goldstein_sum = 0;
};

struct ActorScore {
  std::string period;
  Vertex actor;
  uint64_t events = 0;  // events it took part in (as source or target)
  uint64_t mentions = 0;
  uint64_t cooperation = 0;
  uint64_t conflict = 0;
  double goldstein_sum = 0;
};

// Periods in ascending order; within a period by score (events or
// mentions) descending, then the other count descending, then vertex
// numbers ascending.
std::vector<PairScore> TopPairs(const TemporalGraph& graph,
                                const RankingOptions& options);
std::vector<ActorScore> TopActors(const TemporalGraph& graph,
                                  const RankingOptions& options);

// The `n` edges of `edges` with the most mentions, most first; the sort is
// stable, so equals keep their order (e.g. by date). For the evidence lists
// of path hops.
std::vector<Edge> StrongestEdges(const TemporalGraph& graph, std::vector<Edge> edges,
                                 size_t n);

}  // namespace dipgraph::graph

#endif  // DIPGRAPH_GRAPH_RANKING_H_
