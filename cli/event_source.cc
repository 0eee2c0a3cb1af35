#include "cli/event_source.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

namespace dipgraph::cli {

base::Result<std::unique_ptr<store::EventStore>> OpenForQuery(const CommandContext& ctx) {
  store::StoreOptions options;
  options.mode = store::OpenMode::kReadOnly;
  options.create_if_missing = false;
  return store::EventStore::Open(options, DbPath(ctx));
}

namespace {

// Above this many (member of a) x (member of b) pairs, scanning one side's
// actor index beats one pair-index seek per pair.
constexpr size_t kMaxPairSeeks = 64;

bool DateOrder(const graph::EventRecord& x, const graph::EventRecord& y) {
  if (x.date.known != y.date.known) return x.date.known;
  if (x.date.known && x.date.FirstDay() != y.date.FirstDay()) {
    return x.date.FirstDay() < y.date.FirstDay();
  }
  return x.id < y.id;
}

}  // namespace

base::Result<std::vector<graph::EventRecord>> EventSource::EventsOf(const QueryFilter& q,
                                                                    const ResolvedActor& a,
                                                                    const ResolvedActor* b) {
  graph::EventFilter filter = q.filter;
  filter.actors = {a.selector};
  filter.counterparts.clear();
  if (b) filter.counterparts = {b->selector};

  std::vector<graph::EventRecord> out;
  std::unordered_set<uint64_t> seen;
  auto visit = [&](const graph::EventRecord& r) {
    if (!seen.insert(r.id).second) return true;
    if (filter.Matches(r, resolver_.Find(r.source), resolver_.Find(r.target))) {
      out.push_back(r);
    }
    return true;
  };
  if (b && a.members.size() * b->members.size() <= kMaxPairSeeks) {
    for (const std::string& x : a.members) {
      for (const std::string& y : b->members) {
        DIPGRAPH_RETURN_IF_ERROR(store_.ForEachEventOfPair(x, y, q.window, visit));
      }
    }
  } else {
    // The side with fewer members drives; the filter checks the other.
    const ResolvedActor& driver = (b && b->members.size() < a.members.size()) ? *b : a;
    for (const std::string& x : driver.members) {
      DIPGRAPH_RETURN_IF_ERROR(store_.ForEachEventOfActor(x, q.window, visit));
    }
  }
  DIPGRAPH_RETURN_IF_ERROR(resolver_.status());
  std::sort(out.begin(), out.end(), DateOrder);
  return out;
}

base::Result<graph::TemporalGraph> EventSource::BuildGraph(const QueryFilter& q,
                                                           graph::BuildOptions options) {
  DIPGRAPH_RETURN_IF_ERROR(resolver_.LoadAll());
  graph::TemporalGraphBuilder builder(std::move(options), resolver_.Lookup());
  DIPGRAPH_RETURN_IF_ERROR(store_.ForEachEvent(q.window, [&](const graph::EventRecord& r) {
    builder.Add(r);
    return true;
  }));
  return builder.Finish();
}

base::Result<graph::TemporalGraph> EventSource::BuildGraphOf(const QueryFilter& q,
                                                             const ResolvedActor& a,
                                                             graph::BuildOptions options) {
  DIPGRAPH_ASSIGN_OR_RETURN(auto records, EventsOf(q, a, nullptr));
  graph::TemporalGraphBuilder builder(std::move(options), resolver_.Lookup());
  for (const auto& r : records) builder.Add(r);
  return builder.Finish();
}

graph::BuildOptions KeyViewFor(const std::vector<const ResolvedActor*>& endpoints, bool exact) {
  graph::BuildOptions options;
  options.by_key = !exact;
  for (const ResolvedActor* a : endpoints) {
    if (!a->selector.by_key) options.keep_exact.insert(a->actor.id);
  }
  return options;
}

std::optional<graph::Vertex> VertexOf(const graph::TemporalGraph& g, const ResolvedActor& a) {
  return g.FindVertex(a.selector.by_key ? a.selector.value : a.actor.id);
}

}  // namespace dipgraph::cli
