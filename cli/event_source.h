// EventSource feeds query commands from the store: the canonical events of
// one resolved actor or of a pair (through the store's actor and pair
// indexes, each event once, filtered), and whole TemporalGraphs for a time
// window and filter. It is the only place the query commands read events.
//
// Ownership: borrows the store and the resolver; both must outlive it.
// Thread-safety: not thread-safe (the resolver caches).

#ifndef DIPGRAPH_CLI_EVENT_SOURCE_H_
#define DIPGRAPH_CLI_EVENT_SOURCE_H_

#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "base/status.h"
#include "cli/actor_resolver.h"
#include "cli/command.h"
#include "cli/query_options.h"
#include "graph/event_record.h"
#include "graph/temporal_graph.h"
#include "store/event_store.h"

namespace dipgraph::cli {

// Opens the database of `ctx` read-only, so queries run beside a writer.
// Returns the store's error (NotFound if there is no database).
base::Result<std::unique_ptr<store::EventStore>> OpenForQuery(const CommandContext& ctx);

class EventSource {
 public:
  EventSource(const store::EventStore& store, ActorResolver& resolver)
      : store_(store), resolver_(resolver) {}

  // The events involving `a` (and `b` when given) that pass `q.filter`
  // (whose actor terms are replaced by a's and b's selectors), in date
  // order (unknown dates last), each once.
  base::Result<std::vector<graph::EventRecord>> EventsOf(const QueryFilter& q,
                                                         const ResolvedActor& a,
                                                         const ResolvedActor* b);

  // A graph of every event in `q.window` passing `options.filter`.
  base::Result<graph::TemporalGraph> BuildGraph(const QueryFilter& q,
                                                graph::BuildOptions options);

  // A graph of the events involving `a` only (an ego network of one hop
  // needs nothing else).
  base::Result<graph::TemporalGraph> BuildGraphOf(const QueryFilter& q, const ResolvedActor& a,
                                                  graph::BuildOptions options);

 private:
  const store::EventStore& store_;
  ActorResolver& resolver_;
};

// Key view options for a query naming `endpoints`: merge actors by key
// unless `exact`, keeping named non-state actors (persons, ministries) as
// vertices of their own.
graph::BuildOptions KeyViewFor(const std::vector<const ResolvedActor*>& endpoints, bool exact);

// The vertex standing for `a` in a graph built with KeyViewFor().
std::optional<graph::Vertex> VertexOf(const graph::TemporalGraph& g, const ResolvedActor& a);

}  // namespace dipgraph::cli

#endif  // DIPGRAPH_CLI_EVENT_SOURCE_H_
