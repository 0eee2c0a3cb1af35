// Value encodings of the store's records (doc/store_format.md, "Values"):
// actors, canonical events with their per-source support, mentions,
// articles and the meta counters. Fields are written in a fixed order with
// varints and length-prefixed strings (store/coding.h); the parts that are
// already in the key (ids, ordinals) are not repeated in the value.
//
// Thread-safety: pure functions.

#ifndef DIPGRAPH_STORE_RECORDS_H_
#define DIPGRAPH_STORE_RECORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/actor.h"
#include "graph/event.h"
#include "graph/event_date.h"
#include "graph/event_record.h"
#include "store/store_types.h"

namespace dipgraph::store {

class Decoder;

// A canonical event as stored: the record plus, for each news source, how
// many supporting articles came from it (so that `sources` can be kept
// exact when an article is forgotten). Empty sources are not counted.
struct StoredEvent {
  graph::EventRecord record;
  std::vector<std::pair<std::string, uint32_t>> source_articles;  // sorted
};

// The store-wide counts kept in meta "counters".
struct Counters {
  uint64_t actors = 0;
  uint64_t events = 0;
  uint64_t mentions = 0;
  uint64_t articles = 0;

  friend bool operator==(const Counters&, const Counters&) = default;
};

// Each Decode returns false when `value` does not decode (Corruption).
std::string EncodeActor(const graph::Actor& actor);  // without id
bool DecodeActor(std::string_view id, std::string_view value, graph::Actor* actor);

std::string EncodeStoredEvent(const StoredEvent& event);  // without id
bool DecodeStoredEvent(uint64_t id, std::string_view value, StoredEvent* event);

// Without event_id, article and ordinal (they are the key).
std::string EncodeMention(const EventMention& mention);
// Appends what EncodeMention would write for the mention of `event` (the
// write path's shortcut: no EventMention is built).
void PutEventMention(std::string* dst, const graph::Event& event, bool swapped,
                     std::string_view article_source, int64_t ingest_time);
bool DecodeMention(std::string_view value, EventMention* mention);

// The article record (without id) and, since format 2, the id of the
// canonical event of each of its mentions, by ordinal: what forget and
// replace-on-change remove (article.mentions entries; the write path
// checks that the two agree when it reads the record back).
std::string EncodeArticle(const ArticleInfo& article,
                          const std::vector<uint64_t>& mention_events = {});
// Sets *has_list to whether the record carries the mention list (format 2;
// a format 1 record keeps it in the article_mentions column instead) and
// fills *mention_events with it. Both outputs may be null.
bool DecodeArticle(std::string_view id, std::string_view value, ArticleInfo* article,
                   std::vector<uint64_t>* mention_events = nullptr,
                   bool* has_list = nullptr);

std::string EncodeCounters(const Counters& counters);
bool DecodeCounters(std::string_view value, Counters* counters);

// A deterministic byte string of everything in `event` (for hashing the
// event set of an article ingested from event JSONL).
std::string EncodeEventForHash(const graph::Event& event);

void PutEventDate(std::string* dst, const graph::EventDate& date);
bool GetEventDate(Decoder* in, graph::EventDate* date);

}  // namespace dipgraph::store

#endif  // DIPGRAPH_STORE_RECORDS_H_
