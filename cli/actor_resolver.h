// ActorResolver turns what a user types for an actor ("Blinken",
// "Armenien", "P:antony-blinken", "USA") into an actor of the store and
// the graph::ActorSelector a query about it means (SCHEMA.md "The actor
// key": a state covers its officials and institutions unless --exact; a
// person covers the person only). It also serves as the ActorLookup of
// graph builds, caching actors read from the store.
//
// Resolution order, first hit wins:
//  1. an actor id stored as such ("P:antony-blinken", "ARM");
//  2. an actor key that stored actors carry ("USA" when only US officials
//     were seen): the state, synthesised;
//  3. the store's alias index, exact (folded) match;
//  4. the lexicon's names in English and German ("Armenien"), exact
//     (folded) match, kept only if the store knows the actor or its key;
//  5. the store's alias index, prefix match.
// Several different actors at one step are an ambiguity, reported with
// their ids so the user can pick one.
//
// Ownership: borrows the store, which must outlive the resolver.
// Thread-safety: not thread-safe (caches).

#ifndef DIPGRAPH_CLI_ACTOR_RESOLVER_H_
#define DIPGRAPH_CLI_ACTOR_RESOLVER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/result.h"
#include "base/status.h"
#include "graph/actor.h"
#include "graph/event_filter.h"
#include "graph/temporal_graph.h"
#include "store/event_store.h"

namespace dipgraph::cli {

struct ResolvedActor {
  graph::Actor actor;              // the stored actor, or a synthesised state
  graph::ActorSelector selector;   // what queries about it cover
  std::vector<std::string> members;  // stored actor ids the selector covers
};

class ActorResolver {
 public:
  explicit ActorResolver(const store::EventStore& store) : store_(store) {}

  ActorResolver(const ActorResolver&) = delete;
  ActorResolver& operator=(const ActorResolver&) = delete;

  // Resolves `query`. Returns NotFound "no actor matches \"X\"",
  // InvalidArgument "\"Aliyev\" is ambiguous: P:ilham-aliyev (Ilham
  // Aliyev), ...", or the store's error.
  base::Result<ResolvedActor> Resolve(std::string_view query, bool exact);

  // The stored actor with `id`, cached; nullptr if the store has none (or
  // fails: the failure is kept and reported by status()).
  const graph::Actor* Find(std::string_view id);

  // Find() as a graph::ActorLookup, which also knows every state of the
  // lexicon (so a key-view vertex for "ARM" is named "Armenia" even when
  // only Armenian officials are stored). The resolver must outlive its use.
  graph::ActorLookup Lookup() {
    return [this](std::string_view id) {
      const graph::Actor* a = Find(id);
      return a != nullptr ? a : LexiconState(id);
    };
  }

  // The lexicon's state with id `id` ("ARM" -> Armenia), cached; nullptr if
  // `id` is not a state id.
  const graph::Actor* LexiconState(std::string_view id);

  // Reads every actor once (cheaper than one Get per id when a query
  // scans the whole store).
  base::Status LoadAll();

  // The first store error Find() met, or OK.
  const base::Status& status() const { return status_; }

 private:
  base::Status EnsureAll();
  std::vector<std::string> MembersOf(const graph::ActorSelector& selector);
  ResolvedActor Make(const graph::Actor& actor, bool exact);
  std::optional<graph::Actor> StateOfKey(std::string_view key);

  const store::EventStore& store_;
  std::unordered_map<std::string, std::unique_ptr<graph::Actor>> cache_;
  bool all_loaded_ = false;
  std::vector<const graph::Actor*> all_;  // every stored actor, once loaded
  base::Status status_;
  std::unordered_map<std::string, std::unique_ptr<graph::Actor>> states_;  // LexiconState()
};

}  // namespace dipgraph::cli

#endif  // DIPGRAPH_CLI_ACTOR_RESOLVER_H_
