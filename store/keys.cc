#include "store/keys.h"

#include <algorithm>

#include "base/civil_date.h"
#include "store/coding.h"

namespace dipgraph::store {

int32_t TimeKey::last_day() const {
  // In 64 bits and capped: a key read from a damaged database may carry a
  // first day near INT32_MAX, where adding the month's length overflowed
  // (found by the store_decode fuzz target).
  int64_t last = kUnknownDay;
  switch (granularity) {
    case 0:
      return first_day;
    case 1: {
      const base::CivilDay d = base::CivilFromDays(first_day);
      last = int64_t{first_day} + base::DaysInMonth(d.year, d.month) - 1;
      break;
    }
    case 2: {
      const base::CivilDay d = base::CivilFromDays(first_day);
      last = int64_t{first_day} + (base::IsLeapYear(d.year) ? 365 : 364);
      break;
    }
    default:
      break;
  }
  return static_cast<int32_t>(std::min<int64_t>(last, kUnknownDay));
}

TimeKey TimeKeyOf(const graph::EventDate& date) {
  TimeKey t;
  if (!date.known) return t;
  t.first_day = static_cast<int32_t>(date.FirstDay());
  switch (date.granularity) {
    case graph::Granularity::kDay:
      t.granularity = 0;
      break;
    case graph::Granularity::kMonth:
      t.granularity = 1;
      break;
    case graph::Granularity::kYear:
      t.granularity = 2;
      break;
  }
  return t;
}

void PutTimeKey(std::string* dst, const TimeKey& t) {
  PutOrderedInt32(dst, t.first_day);
  dst->push_back(static_cast<char>(t.granularity));
}

TimeKey DecodeTimeKey(const char* p) {
  TimeKey t;
  t.first_day = DecodeOrderedInt32(p);
  t.granularity = static_cast<uint8_t>(p[4]);
  return t;
}

std::string EventIdKey(uint64_t id) {
  std::string k;
  PutFixed64BE(&k, id);
  return k;
}

std::string CanonicalEventKey(int format, std::string_view source, std::string_view target,
                              std::string_view code, bool negated, bool symmetric,
                              const TimeKey& time) {
  std::string k;
  k.reserve(source.size() + target.size() + code.size() + 4 + kTimeKeySize);
  uint8_t flags = (negated ? 1 : 0) | (symmetric ? 2 : 0);
  if (format < kPairKeysFormat) {
    k.append(source);
    k.push_back('\0');
    k.append(target);
    k.push_back('\0');
    k.append(code);
    k.push_back('\0');
    k.push_back(static_cast<char>(flags));
    PutTimeKey(&k, time);
    return k;
  }
  const bool reversed = target < source;
  if (reversed) flags |= 4;
  k.append(reversed ? target : source);
  k.push_back('\0');
  k.append(reversed ? source : target);
  k.push_back('\0');
  PutTimeKey(&k, time);
  k.append(code);
  k.push_back('\0');
  k.push_back(static_cast<char>(flags));
  return k;
}

std::string TimeIndexKey(const TimeKey& t, uint64_t id) {
  std::string k;
  PutTimeKey(&k, t);
  PutFixed64BE(&k, id);
  return k;
}

std::string ActorIndexPrefix(std::string_view actor) {
  std::string k(actor);
  k.push_back('\0');
  return k;
}

// The keys of the write path are built with one allocation (reserved to
// their final size): they are made for every stored event.
std::string ActorIndexKey(std::string_view actor, const TimeKey& t, uint64_t id) {
  std::string k;
  k.reserve(actor.size() + 1 + kTimeKeySize + 8);
  k.append(actor);
  k.push_back('\0');
  PutTimeKey(&k, t);
  PutFixed64BE(&k, id);
  return k;
}

std::string PairIndexPrefix(std::string_view a, std::string_view b) {
  std::string k(a);
  k.push_back('\0');
  k.append(b);
  k.push_back('\0');
  return k;
}

std::string PairIndexKey(std::string_view a, std::string_view b,
                         const TimeKey& t, uint64_t id) {
  std::string k;
  k.reserve(a.size() + b.size() + 2 + kTimeKeySize + 8);
  k.append(a);
  k.push_back('\0');
  k.append(b);
  k.push_back('\0');
  PutTimeKey(&k, t);
  PutFixed64BE(&k, id);
  return k;
}

bool DecodeIndexTail(std::string_view key, TimeKey* t, uint64_t* id) {
  if (key.size() < kTimeKeySize + 8) return false;
  const char* p = key.data() + key.size() - kTimeKeySize - 8;
  *t = DecodeTimeKey(p);
  *id = DecodeFixed64BE(p + kTimeKeySize);
  return true;
}

std::string MentionPrefix(uint64_t event_id) { return EventIdKey(event_id); }

std::string MentionKey(uint64_t event_id, std::string_view article,
                       uint32_t ordinal) {
  std::string k;
  k.reserve(8 + article.size() + 1 + 4);
  PutFixed64BE(&k, event_id);
  k.append(article);
  k.push_back('\0');
  PutFixed32BE(&k, ordinal);
  return k;
}

bool DecodeMentionKey(std::string_view key, uint64_t* event_id,
                      std::string_view* article, uint32_t* ordinal) {
  if (key.size() < 8 + 1 + 4 || key[key.size() - 5] != '\0') return false;
  *event_id = DecodeFixed64BE(key.data());
  *article = key.substr(8, key.size() - 8 - 5);
  *ordinal = DecodeFixed32BE(key.data() + key.size() - 4);
  return true;
}

std::string AliasKey(std::string_view folded, std::string_view actor) {
  std::string k(folded);
  k.push_back('\0');
  k.append(actor);
  return k;
}

bool DecodeAliasKey(std::string_view key, std::string_view* folded,
                    std::string_view* actor) {
  const size_t nul = key.find('\0');
  if (nul == std::string_view::npos) return false;
  *folded = key.substr(0, nul);
  *actor = key.substr(nul + 1);
  return true;
}

std::string ArticleMentionPrefix(std::string_view article) {
  std::string k(article);
  k.push_back('\0');
  return k;
}

std::string ArticleMentionKey(std::string_view article, uint32_t ordinal) {
  std::string k = ArticleMentionPrefix(article);
  PutFixed32BE(&k, ordinal);
  return k;
}

std::string PrefixSuccessor(std::string prefix) {
  while (!prefix.empty()) {
    auto& last = reinterpret_cast<unsigned char&>(prefix.back());
    if (last != 0xff) {
      ++last;
      return prefix;
    }
    prefix.pop_back();
  }
  return prefix;
}

}  // namespace dipgraph::store
