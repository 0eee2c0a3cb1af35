#include "graph/ranking.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>
#include <utility>

#include "base/civil_date.h"

namespace dipgraph::graph {

std::string_view PeriodName(Period p) {
  switch (p) {
    case Period::kMonth: return "month";
    case Period::kYear: return "year";
    case Period::kAll: return "all";
  }
  return "all";
}

std::optional<Period> ParsePeriod(std::string_view name) {
  if (name == "month") return Period::kMonth;
  if (name == "year") return Period::kYear;
  if (name == "all") return Period::kAll;
  return std::nullopt;
}

std::string_view RankByName(RankBy r) {
  return r == RankBy::kEvents ? "events" : "mentions";
}

std::optional<RankBy> ParseRankBy(std::string_view name) {
  if (name == "events") return RankBy::kEvents;
  if (name == "mentions") return RankBy::kMentions;
  return std::nullopt;
}

std::optional<std::string> PeriodOf(const EventEdge& edge, Period period) {
  if (period == Period::kAll) return std::string("all");
  if (!edge.date_known) return std::nullopt;
  const base::CivilDay d = base::CivilFromDays(edge.first_day);
  char buf[16];
  if (period == Period::kYear) {
    std::snprintf(buf, sizeof buf, "%04d", d.year);
    return std::string(buf);
  }
  if (edge.granularity == Granularity::kYear) return std::nullopt;
  std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  return std::string(buf);
}

namespace {

template <typename Score>
void Count(Score& s, const EventEdge& e) {
  ++s.events;
  s.mentions += e.mentions;
  if (e.quad == 1 || e.quad == 2) ++s.cooperation;
  if (e.quad == 3 || e.quad == 4) ++s.conflict;
  s.goldstein_sum += e.goldstein;
}

// Sorts within each period and keeps `limit` per period. REQUIRES: sorted
// by period already (they come out of a std::map).
template <typename Score, typename TieBreak>
void RankAndTrim(std::vector<Score>& scores, const RankingOptions& options,
                 TieBreak tie_break) {
  auto primary = [&](const Score& s) {
    return options.by == RankBy::kEvents ? std::make_pair(s.events, s.mentions)
                                         : std::make_pair(s.mentions, s.events);
  };
  std::stable_sort(scores.begin(), scores.end(), [&](const Score& x, const Score& y) {
    if (x.period != y.period) return x.period < y.period;
    if (primary(x) != primary(y)) return primary(x) > primary(y);
    return tie_break(x) < tie_break(y);
  });
  if (options.limit == 0) return;
  std::vector<Score> kept;
  size_t in_period = 0;
  for (size_t i = 0; i < scores.size(); ++i) {
    // Compare with the next entry, not the previous one: that was moved.
    if (in_period++ < options.limit) kept.push_back(std::move(scores[i]));
    if (i + 1 < scores.size() && scores[i + 1].period != kept.back().period) in_period = 0;
  }
  scores = std::move(kept);
}

}  // namespace

std::vector<PairScore> TopPairs(const TemporalGraph& graph,
                                const RankingOptions& options) {
  std::map<std::tuple<std::string, Vertex, Vertex>, PairScore> acc;
  const Graph& g = graph.graph();
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EventEdge& e = g[*it];
    auto period = PeriodOf(e, options.period);
    if (!period) continue;
    Vertex a = boost::source(*it, g);
    Vertex b = boost::target(*it, g);
    if (!options.directed && b < a) std::swap(a, b);
    PairScore& s = acc[{*period, a, b}];
    s.period = *period;
    s.a = a;
    s.b = b;
    Count(s, e);
  }
  std::vector<PairScore> out;
  out.reserve(acc.size());
  for (auto& [key, s] : acc) out.push_back(std::move(s));
  RankAndTrim(out, options, [](const PairScore& s) { return std::make_pair(s.a, s.b); });
  return out;
}

std::vector<ActorScore> TopActors(const TemporalGraph& graph,
                                  const RankingOptions& options) {
  std::map<std::pair<std::string, Vertex>, ActorScore> acc;
  const Graph& g = graph.graph();
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EventEdge& e = g[*it];
    auto period = PeriodOf(e, options.period);
    if (!period) continue;
    const Vertex ends[2] = {boost::source(*it, g), boost::target(*it, g)};
    for (int i = 0; i < 2; ++i) {
      if (i == 1 && ends[1] == ends[0]) break;  // a self-loop counts once
      ActorScore& s = acc[{*period, ends[i]}];
      s.period = *period;
      s.actor = ends[i];
      Count(s, e);
    }
  }
  std::vector<ActorScore> out;
  out.reserve(acc.size());
  for (auto& [key, s] : acc) out.push_back(std::move(s));
  RankAndTrim(out, options, [](const ActorScore& s) { return s.actor; });
  return out;
}

std::vector<Edge> StrongestEdges(const TemporalGraph& graph, std::vector<Edge> edges,
                                 size_t n) {
  std::stable_sort(edges.begin(), edges.end(), [&](const Edge& x, const Edge& y) {
    return graph.event(x).mentions > graph.event(y).mentions;
  });
  if (edges.size() > n) edges.resize(n);
  return edges;
}

}  // namespace dipgraph::graph
