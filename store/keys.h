// Key encodings of every column of a dipgraph database (the layout is
// specified, with examples, in doc/store_format.md). Keys are built so that
// RocksDB's bytewise order is the order the queries want: time components
// are sign-flipped big-endian integers, ids are 8-byte big-endian, and
// variable-length strings (actor and article ids, aliases) end with a 0x00
// separator, which is why ids must not contain NUL bytes.
//
// Thread-safety: pure functions.

#ifndef DIPGRAPH_STORE_KEYS_H_
#define DIPGRAPH_STORE_KEYS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "graph/event_date.h"

namespace dipgraph::store {

// Meta keys (column "default").
inline constexpr std::string_view kMetaFormatVersion = "format_version";
inline constexpr std::string_view kMetaNextEventId = "next_event_id";
inline constexpr std::string_view kMetaCounters = "counters";

// The 5-byte time component of index keys: the event's first day (days
// since 1970-01-01, PutOrderedInt32) and its granularity (0 day, 1 month,
// 2 year, 3 unknown). Unknown dates use day 0x7FFFFFFF, so they sort after
// every known date; within one first day, finer granularities come first.
inline constexpr size_t kTimeKeySize = 5;
inline constexpr int32_t kUnknownDay = 0x7fffffff;

struct TimeKey {
  int32_t first_day = kUnknownDay;
  uint8_t granularity = 3;

  bool known() const { return granularity != 3; }
  // Last day covered (inclusive); kUnknownDay for unknown.
  int32_t last_day() const;
};

TimeKey TimeKeyOf(const graph::EventDate& date);
void PutTimeKey(std::string* dst, const TimeKey& t);
TimeKey DecodeTimeKey(const char* p);  // REQUIRES: kTimeKeySize bytes

// events: [event id: 8 BE]
std::string EventIdKey(uint64_t id);

// event_keys, the canonical identity of an event. For symmetric events the
// caller passes the pair already ordered (source <= target).
// Formats 1 and 2: [source] 00 [target] 00 [code] 00 [flags] [time key],
// flags bit 0 = negated, bit 1 = symmetric.
// Format 3: [a] 00 [b] 00 [time key] [code] 00 [flags] with a <= b the
// ordered pair and flags bit 2 = reversed (the source is b). The keys of a
// pair then sort by time, so event_keys doubles as the pair index: a
// format 3 database has no by_pair entries.
std::string CanonicalEventKey(int format, std::string_view source, std::string_view target,
                              std::string_view code, bool negated, bool symmetric,
                              const TimeKey& time);

// The first format whose event_keys are the pair index.
inline constexpr int kPairKeysFormat = 3;

// by_time: [time key] [event id]
std::string TimeIndexKey(const TimeKey& t, uint64_t id);

// by_actor: [actor] 00 [time key] [event id]; value: one role byte.
std::string ActorIndexPrefix(std::string_view actor);
std::string ActorIndexKey(std::string_view actor, const TimeKey& t, uint64_t id);

// by_pair (formats 1 and 2): [a] 00 [b] 00 [time key] [event id] with
// a <= b; value: one direction byte. PairIndexPrefix is also the prefix of
// a pair's format 3 event_keys.
std::string PairIndexPrefix(std::string_view a, std::string_view b);
std::string PairIndexKey(std::string_view a, std::string_view b,
                         const TimeKey& t, uint64_t id);

// Every index key above ends in [time key][event id]; this decodes that
// tail. Returns false if `key` is shorter than 13 bytes.
bool DecodeIndexTail(std::string_view key, TimeKey* t, uint64_t* id);

// The role byte of a by_actor entry and the direction byte of by_pair.
inline constexpr uint8_t kRoleSource = 1;  // the actor is (or a is) source
inline constexpr uint8_t kRoleTarget = 2;  // the actor is (or b is) source's target
inline constexpr uint8_t kRoleBoth = 3;    // symmetric or self-directed

// mentions: [event id] [article] 00 [ordinal: 4 BE]
std::string MentionPrefix(uint64_t event_id);
std::string MentionKey(uint64_t event_id, std::string_view article,
                       uint32_t ordinal);
// Splits a mention key. Returns false if malformed.
bool DecodeMentionKey(std::string_view key, uint64_t* event_id,
                      std::string_view* article, uint32_t* ordinal);

// aliases: [folded alias] 00 [actor id]
std::string AliasKey(std::string_view folded, std::string_view actor);
// Splits an alias key. Returns false if malformed.
bool DecodeAliasKey(std::string_view key, std::string_view* folded,
                    std::string_view* actor);

// article_mentions: [article] 00 [ordinal: 4 BE] -> [event id: 8 BE]
std::string ArticleMentionPrefix(std::string_view article);
std::string ArticleMentionKey(std::string_view article, uint32_t ordinal);

// The smallest key greater than every key that starts with `prefix` (for
// iteration bounds); empty if there is none (all 0xFF).
std::string PrefixSuccessor(std::string prefix);

}  // namespace dipgraph::store

#endif  // DIPGRAPH_STORE_KEYS_H_
