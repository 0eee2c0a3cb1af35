// Database is what the Python module `dipgraph` wraps: a read-only event
// store with the CLI's query code paths behind it (ActorResolver for
// names, EventSource for indexed reads, the shared query filters, the
// graph path algorithms) and the CLI's JSON serialisers for the results.
// Every result is a JSON object text with SCHEMA.md field names, exactly
// what the matching `dipgraph <command> --json` prints, so the Python side
// turns each into a dict with json.loads and the two interfaces cannot
// drift apart.
//
// No Python type appears here: python_module.cc does the binding.
//
// Ownership: Open() returns the sole owner of the store handle.
// Thread-safety: every member function may be called from any thread; an
// internal mutex serialises them (the resolver caches actors).

#ifndef DIPGRAPH_CLI_PYTHON_PY_DATABASE_H_
#define DIPGRAPH_CLI_PYTHON_PY_DATABASE_H_

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "cli/actor_resolver.h"
#include "cli/query_options.h"
#include "store/event_store.h"

namespace dipgraph::python {

// The options of `dipgraph path` beyond the shared query flags.
struct PathArgs {
  // How many shortest tie paths. Default: 1
  size_t k = 1;
  // Follow events from source to target only. Default: false
  bool directed = false;
  // The earliest-arriving chain of events instead of tie paths.
  // Default: false
  bool time_respecting = false;
  // "hops" or "events" (prefer well-attested ties). Default: "hops"
  std::string weight = "hops";
  // Drop paths longer than this; 0: no limit. Default: 0
  size_t max_hops = 0;
  // Events listed per hop of a tie path. Default: 3
  size_t events = 3;
};

class Database {
 public:
  // Opens the database in `path` read-only (queries may run beside a
  // writer). Returns the store's error: NotFound if there is no database.
  static base::Result<std::unique_ptr<Database>> Open(const std::string& path);

  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // The events of actor `a`, or between `a` and `b`, in date order, as
  // `dipgraph timeline --json` prints them (with up to `evidence` sentences
  // each; `limit` 0: all). Returns NotFound/InvalidArgument for an unknown
  // or ambiguous actor, InvalidArgument for bad flags.
  base::Result<std::vector<std::string>> Timeline(const std::string& a,
                                                  const std::optional<std::string>& b,
                                                  const cli::QueryFlags& flags, size_t limit,
                                                  size_t evidence);

  // The paths from `a` to `b`, each one JSON object as `dipgraph path
  // --json` prints it; empty when there is none. Returns NotFound when an
  // actor has no events in the selection, and the errors of Timeline().
  base::Result<std::vector<std::string>> Path(const std::string& a, const std::string& b,
                                              const cli::QueryFlags& flags, const PathArgs& args);

  // Every event passing `flags` that involves one of `actors` (all events
  // when empty), in date order (unknown dates last), as Timeline() formats
  // them.
  base::Result<std::vector<std::string>> Events(const std::vector<std::string>& actors,
                                                const cli::QueryFlags& flags, size_t limit,
                                                size_t evidence);

  // One event by id with all its evidence; nullopt if there is none.
  base::Result<std::optional<std::string>> Event(uint64_t id);

  // Stored actors (SCHEMA.md actor objects plus "key", the actor key), all
  // in id order, or those with an alias containing `search`.
  base::Result<std::vector<std::string>> Actors(const std::optional<std::string>& search,
                                                size_t limit);

  // One actor as resolved from a name or id (what the queries would use),
  // with "key" and "members" (the stored actor ids a query covers).
  base::Result<std::string> Resolve(const std::string& name, bool exact);

  // `dipgraph stats --json`.
  base::Result<std::string> Stats();

  const std::string& path() const { return path_; }

 private:
  Database(std::unique_ptr<store::EventStore> store, std::string path);

  // The first `limit` records (all if 0) as RecordText() gives them.
  // Caller holds mu_.
  base::Result<std::vector<std::string>> RecordsText(std::vector<graph::EventRecord> records,
                                                     size_t limit, size_t evidence);
  // The event `record` as Timeline() prints it. Caller holds mu_.
  base::Result<std::string> RecordText(const graph::EventRecord& record, size_t evidence);

  std::mutex mu_;
  std::unique_ptr<store::EventStore> store_;
  cli::ActorResolver resolver_;
  std::string path_;
};

// The events `dipgraph extract` would print for one article, one JSON
// object each. The lexicons are loaded once, on the first call. Returns
// InvalidArgument for a bad date or language.
base::Result<std::vector<std::string>> ExtractText(const std::string& text,
                                                   const std::optional<std::string>& date,
                                                   const std::optional<std::string>& lang,
                                                   const std::optional<std::string>& title,
                                                   const std::string& id);

}  // namespace dipgraph::python

#endif  // DIPGRAPH_CLI_PYTHON_PY_DATABASE_H_
