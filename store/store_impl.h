// StoreImpl is the one implementation of EventStore, written against
// KvDatabase (so this internal header, too, is free of RocksDB types). Its
// methods are split by concern: store_open.cc (opening, format checks,
// snapshots), store_ingest.cc (ingest, replace and forget: the write path),
// store_read.cc (iteration, lookups, stats).
//
// Thread-safety: reads go straight to RocksDB; writes hold write_mu_, which
// also guards the cached counters, the next event id and the actor and
// alias caches.

#ifndef DIPGRAPH_STORE_STORE_IMPL_H_
#define DIPGRAPH_STORE_STORE_IMPL_H_

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "store/event_store.h"
#include "store/key_filter.h"
#include "store/keys.h"
#include "store/kv_database.h"
#include "store/records.h"

namespace dipgraph::store {

class StoreImpl final : public EventStore {
 public:
  StoreImpl(const StoreOptions& options, std::unique_ptr<KvDatabase> db);
  // Writes a pending group (its error is lost: callers Flush() first).
  ~StoreImpl() override;

  // Checks (and for a new read-write database, writes) the format version
  // and loads the counters. Errors name the path.
  base::Status Init();

  base::Result<IngestOutcome> IngestArticle(
      const graph::Article& article,
      const std::vector<graph::Event>& events) override;
  base::Result<IngestOutcome> IngestEvents(
      std::string_view article_id,
      const std::vector<graph::Event>& events) override;
  base::Result<bool> IsUnchanged(const graph::Article& article) const override;
  base::Result<IngestOutcome> Forget(std::string_view article_id) override;
  base::Status Flush() override;
  base::Status Snapshot(const std::filesystem::path& dir) override;

  base::Status ForEachEvent(const TimeWindow& window,
                            const EventVisitor& visit) const override;
  base::Status ForEachEventOfActor(std::string_view actor_id,
                                   const TimeWindow& window,
                                   const EventVisitor& visit) const override;
  base::Status ForEachEventOfPair(std::string_view a, std::string_view b,
                                  const TimeWindow& window,
                                  const EventVisitor& visit) const override;
  base::Result<std::optional<graph::EventRecord>> GetEvent(
      uint64_t id) const override;
  base::Result<std::vector<EventMention>> GetMentions(
      uint64_t event_id) const override;
  base::Result<std::optional<graph::Actor>> GetActor(
      std::string_view id) const override;
  base::Status ForEachActor(const ActorVisitor& visit) const override;
  base::Result<std::vector<graph::Actor>> FindActors(
      std::string_view query, AliasMatch match, size_t limit) const override;
  base::Result<std::optional<ArticleInfo>> GetArticle(
      std::string_view id) const override;
  base::Status ForEachArticle(const ArticleVisitor& visit) const override;
  base::Result<StoreStats> Stats() const override;
  base::Status Refresh() override;
  const std::filesystem::path& path() const override { return db_->path(); }

 private:
  // The write path shared by ingest and forget: removes the earlier
  // contribution of `article_id` and, unless `info` is null (forget), adds
  // `events` as its new one, in one batch. REQUIRES: write_mu_ held.
  base::Result<IngestOutcome> ApplyLocked(std::string_view article_id,
                                          const ArticleInfo* info,
                                          const std::vector<graph::Event>& events);

  // Writes the pending group, if any, with the counters and the next
  // event id; on failure restores the cached state to the database's.
  // REQUIRES: write_mu_ held.
  base::Status FlushLocked();

  // Adds or completes `actor` and its aliases in `batch`.
  base::Status UpsertActorLocked(KvBatch* batch, const graph::Actor& actor,
                                 std::string_view mention_text);
  void PutAliasLocked(KvBatch* batch, std::string_view alias,
                      const std::string& actor_id);

  base::Status CheckWritable() const;
  int64_t Now() const;

  // Reads one column value; Corruption/IOError name the column and key.
  base::Result<std::optional<StoredEvent>> LoadEvent(uint64_t id) const;

  // Visits the events of an index column under `prefix` in `window`. Its
  // keys are `prefix`, a time key and the event id, or, with `id_in_value`
  // (format 3 event_keys), `prefix`, a time key and more, the id being the
  // value.
  base::Status ScanIndex(Column column, const std::string& prefix,
                         const TimeWindow& window, const EventVisitor& visit,
                         bool id_in_value = false) const;

  StoreOptions options_;
  std::unique_ptr<KvDatabase> db_;
  int format_version_ = 0;

  std::mutex write_mu_;
  Counters counters_;           // guarded by write_mu_ (writer only)
  uint64_t next_event_id_ = 1;  // guarded by write_mu_
  std::unordered_map<std::string, graph::Actor> actor_cache_;  // as stored
  std::unordered_set<std::string> alias_cache_;                // alias keys
  // "actor id \0 mention text" of the mention aliases already put.
  std::unordered_set<std::string> mention_alias_cache_;
  std::string seen_mention_;  // lookup key for mention_alias_cache_
  std::string scratch_;       // reused value buffer of the write path

  // Group commit (StoreOptions::group_articles), all guarded by write_mu_:
  // the batch of the pending new articles, their ids, the canonical keys
  // of the events they created and the state they left each touched event
  // in (reads of the write path look here before the database), and what
  // the database holds without them. The canonical keys are not in the
  // batch yet: FlushLocked puts them, sorted, just before writing it.
  std::unique_ptr<KvBatch> pending_;
  std::unordered_set<std::string> pending_ids_;
  std::unordered_map<std::string, uint64_t> pending_keys_;
  std::unordered_map<uint64_t, StoredEvent> pending_events_;
  Counters committed_counters_;
  uint64_t committed_next_id_ = 1;

  // The writer's filter of canonical keys (key_filter.h), guarded by
  // write_mu_. Built once the writer has looked up as many keys as the
  // database held events when it was opened (at once for an empty one), so
  // that a small ingest into a large database never scans its keys; built
  // anew, twice as large, when full. Until it exists every key is asked of
  // the database.
  base::Status BuildKeyFilterLocked(size_t capacity);
  std::unique_ptr<KeyFilter> key_filter_;
  uint64_t key_lookups_ = 0;
  uint64_t events_at_open_ = 0;
};

}  // namespace dipgraph::store

#endif  // DIPGRAPH_STORE_STORE_IMPL_H_
