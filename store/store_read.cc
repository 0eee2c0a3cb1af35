// The read path: index scans in a time window, point lookups, alias
// search and statistics. Readers never take write_mu_: RocksDB gives each
// read a consistent view of committed batches.

#include <algorithm>
#include <system_error>

#include "base/civil_date.h"
#include "store/coding.h"
#include "store/fold.h"
#include "store/store_impl.h"

namespace dipgraph::store {

namespace {

using base::Result;
using base::Status;

// Year-granular dates span at most 366 days: a scan that should catch
// every event overlapping `from` starts that far before it.
constexpr int64_t kLongestSpan = 366;

int32_t ClampDay(int64_t day) {
  return static_cast<int32_t>(std::clamp<int64_t>(
      day, std::numeric_limits<int32_t>::min(), kUnknownDay - 1));
}

}  // namespace

Result<std::optional<StoredEvent>> StoreImpl::LoadEvent(uint64_t id) const {
  std::string value;
  bool found = false;
  DIPGRAPH_RETURN_IF_ERROR(db_->Get(Column::kEvents, EventIdKey(id), &value, &found));
  if (!found) return std::optional<StoredEvent>();
  StoredEvent e;
  if (!DecodeStoredEvent(id, value, &e)) {
    return Status::Corruption(db_->path().string() + ": event " + std::to_string(id) +
                              " does not decode");
  }
  return std::optional<StoredEvent>(std::move(e));
}

Status StoreImpl::ScanIndex(Column column, const std::string& prefix,
                            const TimeWindow& window, const EventVisitor& visit,
                            bool id_in_value) const {
  auto it = db_->NewIterator(column);
  std::string start = prefix;
  PutTimeKey(&start, TimeKey{ClampDay(window.from - kLongestSpan), 0});
  std::string unknown = prefix;
  PutTimeKey(&unknown, TimeKey{});
  bool in_unknown = false;
  it->Seek(start);
  while (it->Valid() && it->key().starts_with(prefix)) {
    TimeKey t;
    uint64_t id = 0;
    const std::string_view key = it->key();
    const bool decoded =
        id_in_value ? key.size() > prefix.size() + kTimeKeySize && it->value().size() == 8
                    : key.size() == prefix.size() + kTimeKeySize + 8;
    if (!decoded) {
      return Status::Corruption(db_->path().string() + ": " + ColumnName(column) +
                                " entry does not decode");
    }
    t = DecodeTimeKey(key.data() + prefix.size());
    id = DecodeFixed64BE(id_in_value ? it->value().data()
                                     : key.data() + prefix.size() + kTimeKeySize);
    if (t.known()) {
      if (t.first_day > window.to) {
        if (!window.include_unknown || in_unknown) break;
        in_unknown = true;
        it->Seek(unknown);  // jump over the rest of the known dates
        continue;
      }
      if (t.last_day() < window.from) {
        it->Next();
        continue;
      }
    } else if (!window.include_unknown) {
      break;
    }
    DIPGRAPH_ASSIGN_OR_RETURN(auto stored, LoadEvent(id));
    if (!stored) {
      return Status::Corruption(db_->path().string() + ": " + ColumnName(column) +
                                " names missing event " + std::to_string(id));
    }
    if (!visit(stored->record)) return Status::OK();
    it->Next();
  }
  return it->status();
}

Status StoreImpl::ForEachEvent(const TimeWindow& window,
                               const EventVisitor& visit) const {
  return ScanIndex(Column::kByTime, "", window, visit);
}

Status StoreImpl::ForEachEventOfActor(std::string_view actor_id,
                                      const TimeWindow& window,
                                      const EventVisitor& visit) const {
  return ScanIndex(Column::kByActor, ActorIndexPrefix(actor_id), window, visit);
}

Status StoreImpl::ForEachEventOfPair(std::string_view a, std::string_view b,
                                     const TimeWindow& window,
                                     const EventVisitor& visit) const {
  if (b < a) std::swap(a, b);
  if (format_version_ >= kPairKeysFormat) {
    // The canonical keys of the pair, by time, each with its event id.
    return ScanIndex(Column::kEventKeys, PairIndexPrefix(a, b), window, visit,
                     /*id_in_value=*/true);
  }
  return ScanIndex(Column::kByPair, PairIndexPrefix(a, b), window, visit);
}

Result<std::optional<graph::EventRecord>> StoreImpl::GetEvent(uint64_t id) const {
  DIPGRAPH_ASSIGN_OR_RETURN(auto stored, LoadEvent(id));
  if (!stored) return std::optional<graph::EventRecord>();
  return std::optional<graph::EventRecord>(std::move(stored->record));
}

Result<std::vector<EventMention>> StoreImpl::GetMentions(uint64_t event_id) const {
  std::vector<EventMention> out;
  auto it = db_->NewIterator(Column::kMentions);
  const std::string prefix = MentionPrefix(event_id);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    EventMention m;
    std::string_view article;
    if (!DecodeMentionKey(it->key(), &m.event_id, &article, &m.ordinal) ||
        !DecodeMention(it->value(), &m)) {
      return Status::Corruption(db_->path().string() + ": a mention of event " +
                                std::to_string(event_id) + " does not decode");
    }
    m.article.assign(article.data(), article.size());
    out.push_back(std::move(m));
  }
  DIPGRAPH_RETURN_IF_ERROR(it->status());
  return out;
}

Result<std::optional<graph::Actor>> StoreImpl::GetActor(std::string_view id) const {
  std::string value;
  bool found = false;
  DIPGRAPH_RETURN_IF_ERROR(db_->Get(Column::kActors, id, &value, &found));
  if (!found) return std::optional<graph::Actor>();
  graph::Actor actor;
  if (!DecodeActor(id, value, &actor)) {
    return Status::Corruption(db_->path().string() + ": actor \"" + std::string(id) +
                              "\" does not decode");
  }
  return std::optional<graph::Actor>(std::move(actor));
}

Status StoreImpl::ForEachActor(const ActorVisitor& visit) const {
  auto it = db_->NewIterator(Column::kActors);
  for (it->Seek(""); it->Valid(); it->Next()) {
    graph::Actor actor;
    if (!DecodeActor(it->key(), it->value(), &actor)) {
      return Status::Corruption(db_->path().string() + ": actor \"" +
                                std::string(it->key()) + "\" does not decode");
    }
    if (!visit(actor)) return Status::OK();
  }
  return it->status();
}

Result<std::vector<graph::Actor>> StoreImpl::FindActors(std::string_view query,
                                                        AliasMatch match,
                                                        size_t limit) const {
  const std::string folded = FoldAlias(query);
  std::vector<std::string> ids;
  auto it = db_->NewIterator(Column::kAliases);
  const std::string seek = match == AliasMatch::kSubstring ? std::string() : folded;
  for (it->Seek(seek); it->Valid() && ids.size() < limit; it->Next()) {
    std::string_view alias;
    std::string_view actor;
    if (!DecodeAliasKey(it->key(), &alias, &actor)) {
      return Status::Corruption(db_->path().string() + ": alias key does not decode");
    }
    bool hit = false;
    switch (match) {
      case AliasMatch::kExact:
        if (alias > folded) goto done;
        hit = alias == folded;
        break;
      case AliasMatch::kPrefix:
        if (!alias.starts_with(folded)) goto done;
        hit = true;
        break;
      case AliasMatch::kSubstring:
        hit = alias.find(folded) != std::string_view::npos;
        break;
    }
    if (hit && std::find(ids.begin(), ids.end(), actor) == ids.end()) {
      ids.emplace_back(actor);
    }
  }
done:
  DIPGRAPH_RETURN_IF_ERROR(it->status());
  std::vector<graph::Actor> out;
  for (const auto& id : ids) {
    DIPGRAPH_ASSIGN_OR_RETURN(auto actor, GetActor(id));
    if (actor) out.push_back(std::move(*actor));
  }
  return out;
}

Result<std::optional<ArticleInfo>> StoreImpl::GetArticle(std::string_view id) const {
  std::string value;
  bool found = false;
  DIPGRAPH_RETURN_IF_ERROR(db_->Get(Column::kArticles, id, &value, &found));
  if (!found) return std::optional<ArticleInfo>();
  ArticleInfo a;
  if (!DecodeArticle(id, value, &a)) {
    return Status::Corruption(db_->path().string() + ": article \"" + std::string(id) +
                              "\" does not decode");
  }
  return std::optional<ArticleInfo>(std::move(a));
}

Status StoreImpl::ForEachArticle(const ArticleVisitor& visit) const {
  auto it = db_->NewIterator(Column::kArticles);
  for (it->Seek(""); it->Valid(); it->Next()) {
    ArticleInfo a;
    if (!DecodeArticle(it->key(), it->value(), &a)) {
      return Status::Corruption(db_->path().string() + ": article \"" +
                                std::string(it->key()) + "\" does not decode");
    }
    if (!visit(a)) return Status::OK();
  }
  return it->status();
}

Result<StoreStats> StoreImpl::Stats() const {
  const std::string where = db_->path().string();
  StoreStats stats;
  stats.format_version = format_version_;
  std::string value;
  bool found = false;
  Counters c;
  DIPGRAPH_RETURN_IF_ERROR(db_->Get(Column::kMeta, kMetaCounters, &value, &found));
  if (found && !DecodeCounters(value, &c)) {
    return Status::Corruption(where + ": meta \"counters\" does not decode");
  }
  stats.actors = c.actors;
  stats.events = c.events;
  stats.mentions = c.mentions;
  stats.articles = c.articles;

  // The date range: the first and the last known entry of by_time.
  std::string unknown;
  PutOrderedInt32(&unknown, kUnknownDay);
  auto it = db_->NewIterator(Column::kByTime);
  it->Seek("");
  if (it->Valid() && it->key().size() >= kTimeKeySize) {
    const TimeKey t = DecodeTimeKey(it->key().data());
    if (t.known()) stats.first_day = base::CivilFromDays(t.first_day);
  }
  it->SeekForPrev(unknown);
  if (it->Valid() && it->key().size() >= kTimeKeySize) {
    const TimeKey t = DecodeTimeKey(it->key().data());
    if (t.known()) stats.last_day = base::CivilFromDays(t.first_day);
  }
  for (it->Seek(unknown); it->Valid(); it->Next()) ++stats.unknown_date_events;
  DIPGRAPH_RETURN_IF_ERROR(it->status());

  std::error_code ec;
  for (auto d = std::filesystem::recursive_directory_iterator(db_->path(), ec);
       !ec && d != std::filesystem::recursive_directory_iterator(); d.increment(ec)) {
    if (d->is_regular_file(ec)) stats.size_bytes += d->file_size(ec);
  }
  return stats;
}

}  // namespace dipgraph::store
