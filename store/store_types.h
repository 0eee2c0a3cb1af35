// Plain value types of the event store's API: options for opening it, the
// evidence behind a canonical event (EventMention), what the store keeps
// about an article (ArticleInfo), the outcome of one ingest (IngestOutcome),
// database statistics (StoreStats) and a date window for the time-indexed
// reads (TimeWindow). See event_store.h for the operations.
//
// Thread-safety: plain value types.

#ifndef DIPGRAPH_STORE_STORE_TYPES_H_
#define DIPGRAPH_STORE_STORE_TYPES_H_

#include <cstdint>
#include <filesystem>
#include <functional>
#include <limits>
#include <optional>
#include <string>

#include "base/civil_date.h"
#include "graph/event.h"
#include "graph/event_date.h"

namespace dipgraph::store {

enum class OpenMode {
  // The one writer. RocksDB's LOCK file admits a single writing process.
  kReadWrite,
  // A read-only view as of Open(); safe while another process writes.
  kReadOnly,
  // Follows a running writer; Refresh() catches up with it.
  kSecondary,
};

struct StoreOptions {
  // Default: kReadWrite
  OpenMode mode = OpenMode::kReadWrite;

  // Create the database if the directory does not exist (or is empty).
  // Ignored unless mode is kReadWrite. Default: true
  bool create_if_missing = true;

  // Fsync the log before an ingest or forget returns: slower, but an OK
  // result then survives a power failure (a process crash loses nothing
  // either way). Default: false
  bool sync = false;

  // Brand-new articles written per batch (group commit). Above 1, an
  // IngestArticle/IngestEvents of an article that is not stored yet may
  // return before its batch is written: reads see it only once the group
  // is written (when it is full, before a replace, forget or snapshot, at
  // Flush(), or when the store is closed), and a crash loses the pending
  // group — whole articles, which a rerun stores again. A failing group
  // write fails the call that triggered it (or Flush) and loses the whole
  // group. Call Flush() to learn that the last group is written. Ignored
  // with `sync`. Default: 1 (every article written before the call returns)
  int group_articles = 1;

  // The format a new database is created in: kFormatVersion, or 2 for a
  // database that builds before format 3 must be able to open (it then
  // keeps the by_pair column). An existing database keeps its format.
  // Default: 0 = kFormatVersion
  int create_format = 0;

  // The smallest capacity of the writer's in-memory filter of canonical
  // keys (store/key_filter.h; 10 bits per key). Tests set it small to make
  // the filter fill and be rebuilt. Default: 1 << 20
  size_t key_filter_min_capacity = size_t{1} << 20;

  // The ingest clock, seconds since the Unix epoch; tests pin it.
  // Default: empty = the system clock
  std::function<int64_t()> clock;
};

// One supporting sentence of a canonical event: its evidence.
struct EventMention {
  uint64_t event_id = 0;
  std::string article;         // article id
  uint32_t ordinal = 0;        // position of the event in the article's list
  std::string field;           // "title" or "text"
  uint32_t sentence = 0;
  uint32_t span_start = 0;
  uint32_t span_end = 0;
  std::string text;            // the sentence
  graph::Mention source;       // as extracted (before symmetric reordering)
  graph::Mention target;
  bool swapped = false;        // the canonical pair is (target, source)
  std::string trigger;
  double confidence = 0.0;
  graph::EventDate date;       // the date as read in this sentence
  std::string article_source;  // Article::source of the article
  int64_t ingest_time = 0;     // seconds since the Unix epoch

  friend bool operator==(const EventMention&, const EventMention&) = default;
};

// What the store keeps about an ingested article.
struct ArticleInfo {
  std::string id;
  std::string url;
  std::string source;
  std::string title;
  std::string lang;
  std::string published;       // the date as given; empty if none
  uint64_t content_hash = 0;   // over title, text, date (or the event lines)
  int64_t ingest_time = 0;
  uint32_t mentions = 0;       // event mentions stored for it
  uint32_t events = 0;         // distinct canonical events they support
  bool from_events = false;    // ingested as pre-extracted event JSONL

  friend bool operator==(const ArticleInfo&, const ArticleInfo&) = default;
};

// The effect of one IngestArticle/IngestEvents/Forget call.
struct IngestOutcome {
  bool unchanged = false;      // same id and content hash: nothing written
  bool replaced = false;       // an earlier version's contribution was removed
  uint32_t mentions = 0;       // mentions written
  uint32_t events_new = 0;     // canonical events created
  uint32_t events_merged = 0;  // mentions added to existing canonical events
  uint32_t events_retired = 0; // canonical events that lost their last mention
};

struct StoreStats {
  uint64_t actors = 0;
  uint64_t events = 0;         // canonical events
  uint64_t mentions = 0;
  uint64_t articles = 0;
  uint64_t unknown_date_events = 0;
  std::optional<base::CivilDay> first_day;  // earliest known event day
  std::optional<base::CivilDay> last_day;   // latest known event day
  uint64_t size_bytes = 0;     // files in the database directory
  int format_version = 0;
};

// A closed range of days (days since 1970-01-01, base::DaysFromCivil). An
// event matches when the days its date covers overlap the window: a
// month-granular "2024-04" matches a window that contains 2024-04-28.
// Events of unknown date match only with include_unknown.
struct TimeWindow {
  int64_t from = std::numeric_limits<int32_t>::min();  // Default: unbounded
  int64_t to = std::numeric_limits<int32_t>::max() - 1;  // Default: unbounded
  bool include_unknown = false;  // Default: false

  static TimeWindow All() {
    TimeWindow w;
    w.include_unknown = true;
    return w;
  }
  static TimeWindow Days(const base::CivilDay& from, const base::CivilDay& to) {
    TimeWindow w;
    w.from = base::DaysFromCivil(from);
    w.to = base::DaysFromCivil(to);
    return w;
  }
};

}  // namespace dipgraph::store

#endif  // DIPGRAPH_STORE_STORE_TYPES_H_
