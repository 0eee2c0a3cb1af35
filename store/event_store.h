// EventStore is the persistent temporal event graph: canonical (merged)
// events with their evidence, the actors they involve, and the articles
// they were read from, in an embedded RocksDB database. doc/store_format.md
// specifies the key layout. No RocksDB type appears here: callers see
// dipgraph types only.
//
// Merging (GDELT's model): every graph::Event with the same source actor,
// target actor, CAMEO code, negation, symmetry and date (at its
// granularity) becomes one graph::EventRecord; each supporting sentence is
// kept as an EventMention. Symmetric events store their pair ordered
// (source <= target), so "A met B" and "B met A" merge.
//
// Articles are the unit of change: one article's whole contribution is
// written in one atomic batch, re-ingesting an unchanged article (same id,
// same content hash) writes nothing, and a changed article replaces exactly
// its own earlier contribution. After a crash the database holds each
// article either entirely or not at all.
//
// Ownership: Open() returns the sole owner. Readers (kReadOnly,
// kSecondary) may run in other processes while one writer works.
// Thread-safety: safe to share between threads; the write operations
// serialize on an internal mutex (with RocksDB's LOCK making the writer
// unique across processes, the counters need no merge operator).

#ifndef DIPGRAPH_STORE_EVENT_STORE_H_
#define DIPGRAPH_STORE_EVENT_STORE_H_

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "base/status.h"
#include "graph/actor.h"
#include "graph/article.h"
#include "graph/event.h"
#include "graph/event_record.h"
#include "store/store_types.h"

namespace dipgraph::store {

// The database format new databases are created in and the newest this
// build reads. Format 2 keeps an article's mention list in its record
// instead of the article_mentions column; a format 1 database is read as
// it is and marked format 2 when a writer opens it (its old articles keep
// their article_mentions rows until they are replaced or forgotten).
// Format 3 orders the canonical keys (event_keys) by actor pair and time,
// so that they are the pair index, and writes no by_pair entries. A format
// 2 database is read and written in format 2 (the layouts of its keys
// stay as they are); doc/store_format.md has the details.
inline constexpr int kFormatVersion = 3;

// Called once per item in key order; return false to stop early.
using EventVisitor = std::function<bool(const graph::EventRecord&)>;
using ActorVisitor = std::function<bool(const graph::Actor&)>;
using ArticleVisitor = std::function<bool(const ArticleInfo&)>;

enum class AliasMatch { kExact, kPrefix, kSubstring };

class EventStore {
 public:
  // Opens (or, for kReadWrite with create_if_missing, creates) the store in
  // `path`. Returns NotFound if there is no database there; InvalidArgument
  // if the directory is not a dipgraph database; NotSupported if its format
  // version is newer than kFormatVersion; IOError if RocksDB fails (another
  // process holds the write lock, a file is unreadable). Every message
  // names the path.
  static base::Result<std::unique_ptr<EventStore>> Open(
      const StoreOptions& options, const std::filesystem::path& path);

  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;
  virtual ~EventStore() = default;

  // --- writing (kReadWrite only; else NotSupported) ----------------------

  // Stores `events` extracted from `article`, replacing whatever an earlier
  // version of the article contributed. Returns InvalidArgument if the
  // article id is empty or an id contains a NUL byte, or if an event's
  // provenance names a different article; IOError if the write fails.
  virtual base::Result<IngestOutcome> IngestArticle(
      const graph::Article& article, const std::vector<graph::Event>& events) = 0;

  // Stores pre-extracted events of one article that is known only by its
  // id (`dipgraph ingest --events`). The content hash is taken over the set
  // of events, so the same events in any order are "unchanged".
  virtual base::Result<IngestOutcome> IngestEvents(
      std::string_view article_id, const std::vector<graph::Event>& events) = 0;

  // True if `article` is stored with the same content hash, i.e. an
  // IngestArticle() of it would change nothing (callers skip extraction).
  virtual base::Result<bool> IsUnchanged(const graph::Article& article) const = 0;

  // Removes the article, its mentions, and each canonical event whose last
  // supporting mention it was (only those); the counts of the others drop.
  // Returns NotFound naming the article if it is not stored.
  virtual base::Result<IngestOutcome> Forget(std::string_view article_id) = 0;

  // Writes the pending group of articles (StoreOptions::group_articles).
  // Returns OK if there is none; IOError naming the group if the write
  // fails, in which case the group's articles are not stored.
  virtual base::Status Flush() = 0;

  // Writes a consistent checkpoint of the database to `dir` (which must not
  // exist); the copy opens as a database on its own.
  virtual base::Status Snapshot(const std::filesystem::path& dir) = 0;

  // --- reading ------------------------------------------------------------

  // The canonical events whose date overlaps `window`, in date order
  // (unknown dates last), ties in id order.
  virtual base::Status ForEachEvent(const TimeWindow& window,
                                    const EventVisitor& visit) const = 0;

  // Events with `actor_id` as source or target, in date order.
  virtual base::Status ForEachEventOfActor(std::string_view actor_id,
                                           const TimeWindow& window,
                                           const EventVisitor& visit) const = 0;

  // Events between `a` and `b` in either direction, in date order.
  virtual base::Status ForEachEventOfPair(std::string_view a, std::string_view b,
                                          const TimeWindow& window,
                                          const EventVisitor& visit) const = 0;

  // The event with `id`, or nullopt. Corruption if it does not decode.
  virtual base::Result<std::optional<graph::EventRecord>> GetEvent(
      uint64_t id) const = 0;

  // The evidence of an event, ordered by article id then ordinal.
  virtual base::Result<std::vector<EventMention>> GetMentions(
      uint64_t event_id) const = 0;

  virtual base::Result<std::optional<graph::Actor>> GetActor(
      std::string_view id) const = 0;

  // All actors in id order.
  virtual base::Status ForEachActor(const ActorVisitor& visit) const = 0;

  // Actors with an alias (name, id, or a short mention text; folded: lower
  // case, diacritics and punctuation removed) that equals, starts with or
  // contains the folded `query`; at most `limit`, in alias order.
  virtual base::Result<std::vector<graph::Actor>> FindActors(
      std::string_view query, AliasMatch match, size_t limit) const = 0;

  virtual base::Result<std::optional<ArticleInfo>> GetArticle(
      std::string_view id) const = 0;

  // All articles in id order.
  virtual base::Status ForEachArticle(const ArticleVisitor& visit) const = 0;

  // Counts, date range and size on disk.
  virtual base::Result<StoreStats> Stats() const = 0;

  // kSecondary: catch up with the writer. Else a no-op.
  virtual base::Status Refresh() = 0;

  virtual const std::filesystem::path& path() const = 0;

 protected:
  EventStore() = default;
};

}  // namespace dipgraph::store

#endif  // DIPGRAPH_STORE_EVENT_STORE_H_
