// The write path: ingest, replace-on-change and forget. Each call builds
// one KvBatch holding the article's whole contribution (mentions, per-
// article list, canonical events and their indexes, actors, aliases,
// article record, meta counters) and writes it atomically.
//
// Canonical event counts are updated in place: adding an article adds its
// mentions, one article and (per source) one supporting article; removing
// one subtracts them. Only when a contribution is removed are first/last
// seen and confidence recomputed from the remaining mention rows, because
// extremes cannot be subtracted. Writers are serialized by write_mu_ and,
// across processes, by RocksDB's LOCK, so these read-modify-writes race
// with nothing.

#include <algorithm>
#include <map>

#include "store/coding.h"
#include "store/content_hash.h"
#include "store/fold.h"
#include "store/store_impl.h"

namespace dipgraph::store {

namespace {

using base::Result;
using base::Status;

// One canonical event touched by an ingest.
struct Touched {
  StoredEvent event;
  bool is_new = false;       // created by this call
  TimeKey time;
  std::string canonical_key;
  uint32_t removed = 0;      // mentions of the old contribution
  uint32_t added = 0;        // mentions of the new one (all ingested now)
  double added_confidence = 0.0;  // their highest confidence
};

bool ValidId(std::string_view id) {
  return !id.empty() && id.find('\0') == std::string_view::npos;
}

void AddSourceArticle(StoredEvent* e, const std::string& source, int delta) {
  if (source.empty()) return;
  auto& v = e->source_articles;
  auto it = std::lower_bound(v.begin(), v.end(), source,
                             [](const auto& p, const std::string& s) { return p.first < s; });
  if (it != v.end() && it->first == source) {
    const int64_t n = static_cast<int64_t>(it->second) + delta;
    if (n <= 0) {
      v.erase(it);
    } else {
      it->second = static_cast<uint32_t>(n);
    }
  } else if (delta > 0) {
    v.insert(it, {source, static_cast<uint32_t>(delta)});
  }
}

// The role bytes of the by_actor entries and the by_pair direction byte
// (by_pair only below format 3, where event_keys is the pair index).
void WriteIndexes(KvBatch* batch, int format, const graph::EventRecord& r, const TimeKey& t,
                  bool remove) {
  auto put = [&](Column c, const std::string& k, uint8_t role) {
    if (remove) {
      batch->Delete(c, k);
    } else {
      const char v = static_cast<char>(role);
      batch->Put(c, k, std::string_view(&v, 1));
    }
  };
  const bool self = r.source == r.target;
  put(Column::kByTime, TimeIndexKey(t, r.id), 0);
  if (self || r.symmetric) {
    put(Column::kByActor, ActorIndexKey(r.source, t, r.id), kRoleBoth);
    if (!self) put(Column::kByActor, ActorIndexKey(r.target, t, r.id), kRoleBoth);
  } else {
    put(Column::kByActor, ActorIndexKey(r.source, t, r.id), kRoleSource);
    put(Column::kByActor, ActorIndexKey(r.target, t, r.id), kRoleTarget);
  }
  if (format >= kPairKeysFormat) return;
  const bool ordered = r.source <= r.target;
  const std::string& a = ordered ? r.source : r.target;
  const std::string& b = ordered ? r.target : r.source;
  const uint8_t dir = (self || r.symmetric) ? kRoleBoth
                      : ordered             ? kRoleSource
                                            : kRoleTarget;
  put(Column::kByPair, PairIndexKey(a, b, t, r.id), dir);
}

// Proper-noun-like mention texts ("Washington", "the Kremlin" is not) make
// useful aliases; long or lower-case phrases would only add noise.
bool UsefulMentionAlias(std::string_view text) {
  if (text.empty() || text.size() > 40) return false;
  const auto c = static_cast<unsigned char>(text[0]);
  if (c < 0x80 && !(c >= 'A' && c <= 'Z')) return false;
  return std::count(text.begin(), text.end(), ' ') <= 3;
}

// The record of `article` as a database of `format` stores it.
ArticleInfo ArticleInfoOf(const graph::Article& article, int format) {
  ArticleInfo info;
  info.id = article.id;
  info.url = article.url;
  info.source = article.source;
  info.title = article.title;
  info.lang = article.lang;
  info.published = article.date_text.empty() && article.date
                       ? base::FormatIsoDay(*article.date)
                       : article.date_text;
  ContentHash hash(ContentHash::KindForFormat(format));
  hash.Add(article.title);
  hash.Add(article.text);
  hash.Add(info.published);
  info.content_hash = hash.Finish();
  return info;
}

}  // namespace

Result<bool> StoreImpl::IsUnchanged(const graph::Article& article) const {
  std::string value;
  bool found = false;
  DIPGRAPH_RETURN_IF_ERROR(db_->Get(Column::kArticles, article.id, &value, &found));
  ArticleInfo old;
  if (!found) return false;
  if (!DecodeArticle(article.id, value, &old)) {
    return Status::Corruption(db_->path().string() + ": article \"" + article.id +
                              "\" does not decode");
  }
  return !old.from_events &&
         old.content_hash == ArticleInfoOf(article, format_version_).content_hash;
}

Result<IngestOutcome> StoreImpl::IngestArticle(const graph::Article& article,
                                               const std::vector<graph::Event>& events) {
  DIPGRAPH_RETURN_IF_ERROR(CheckWritable());
  const ArticleInfo info = ArticleInfoOf(article, format_version_);
  std::lock_guard<std::mutex> lock(write_mu_);
  return ApplyLocked(article.id, &info, events);
}

Result<IngestOutcome> StoreImpl::IngestEvents(std::string_view article_id,
                                              const std::vector<graph::Event>& events) {
  DIPGRAPH_RETURN_IF_ERROR(CheckWritable());
  ArticleInfo info;
  info.id = std::string(article_id);
  info.from_events = true;
  // Order-insensitive: hash the sorted encodings.
  std::vector<std::string> encoded;
  encoded.reserve(events.size());
  for (const auto& e : events) encoded.push_back(EncodeEventForHash(e));
  std::sort(encoded.begin(), encoded.end());
  ContentHash hash(ContentHash::KindForFormat(format_version_));
  hash.Add("events");
  for (const auto& s : encoded) hash.Add(s);
  info.content_hash = hash.Finish();
  std::lock_guard<std::mutex> lock(write_mu_);
  return ApplyLocked(article_id, &info, events);
}

Result<IngestOutcome> StoreImpl::Forget(std::string_view article_id) {
  DIPGRAPH_RETURN_IF_ERROR(CheckWritable());
  std::lock_guard<std::mutex> lock(write_mu_);
  DIPGRAPH_RETURN_IF_ERROR(FlushLocked());  // the article may be pending
  std::string value;
  bool found = false;
  DIPGRAPH_RETURN_IF_ERROR(db_->Get(Column::kArticles, article_id, &value, &found));
  if (!found) {
    return Status::NotFound("article \"" + std::string(article_id) + "\" is not in " +
                            db_->path().string());
  }
  return ApplyLocked(article_id, nullptr, {});
}

Status StoreImpl::UpsertActorLocked(KvBatch* batch, const graph::Actor& actor,
                                    std::string_view mention_text) {
  auto it = actor_cache_.find(actor.id);
  if (it == actor_cache_.end()) {
    std::string value;
    bool found = false;
    DIPGRAPH_RETURN_IF_ERROR(db_->Get(Column::kActors, actor.id, &value, &found));
    if (!found) {
      batch->Put(Column::kActors, actor.id, EncodeActor(actor));
      ++counters_.actors;
      PutAliasLocked(batch, actor.id, actor.id);
      PutAliasLocked(batch, actor.name, actor.id);
      it = actor_cache_.emplace(actor.id, actor).first;
    } else {
      graph::Actor stored;
      if (!DecodeActor(actor.id, value, &stored)) {
        return Status::Corruption(db_->path().string() + ": actor \"" + actor.id +
                                  "\" does not decode");
      }
      it = actor_cache_.emplace(actor.id, std::move(stored)).first;
    }
  }
  if (!(it->second == actor)) {
    // Known actor, different description: complete the stored one with the
    // fields it lacks; the first non-empty value of a field wins.
    graph::Actor& stored = it->second;
    const bool fill = (stored.country.empty() && !actor.country.empty()) ||
                      (stored.sector.empty() && !actor.sector.empty()) ||
                      (stored.name.empty() && !actor.name.empty()) ||
                      (stored.role.empty() && !actor.role.empty());
    if (fill) {
      if (stored.country.empty()) stored.country = actor.country;
      if (stored.sector.empty()) stored.sector = actor.sector;
      if (stored.name.empty()) stored.name = actor.name;
      if (stored.role.empty()) stored.role = actor.role;
      batch->Put(Column::kActors, actor.id, EncodeActor(stored));
      PutAliasLocked(batch, stored.name, actor.id);
    }
  }
  if (UsefulMentionAlias(mention_text)) {
    // Most mentions repeat ("Washington" for USA): remember the raw text
    // per actor so that it is folded and looked up once.
    seen_mention_.assign(actor.id);
    seen_mention_.push_back('\0');
    seen_mention_.append(mention_text);
    if (mention_alias_cache_.count(seen_mention_) == 0) {
      PutAliasLocked(batch, mention_text, actor.id);
      if (mention_alias_cache_.size() > (1u << 20)) mention_alias_cache_.clear();
      mention_alias_cache_.insert(seen_mention_);
    }
  }
  return Status::OK();
}

void StoreImpl::PutAliasLocked(KvBatch* batch, std::string_view alias,
                               const std::string& actor_id) {
  const std::string folded = FoldAlias(alias);
  if (folded.empty()) return;
  std::string key = AliasKey(folded, actor_id);
  if (alias_cache_.count(key) != 0) return;
  batch->Put(Column::kAliases, key, {});
  if (alias_cache_.size() > (1u << 20)) alias_cache_.clear();  // bound memory
  alias_cache_.insert(std::move(key));
}

Status StoreImpl::Flush() {
  std::lock_guard<std::mutex> lock(write_mu_);
  return FlushLocked();
}

Status StoreImpl::FlushLocked() {
  if (pending_ids_.empty()) {
    pending_.reset();
    return Status::OK();
  }
  // The group's new canonical keys, in key order: each insert into the
  // event_keys memtable (a skiplist: the writer looks keys up there) then
  // starts from where the previous one ended instead of from the top. In
  // article order they were a third of the writer's time.
  std::vector<const std::pair<const std::string, uint64_t>*> keys;
  keys.reserve(pending_keys_.size());
  for (const auto& entry : pending_keys_) keys.push_back(&entry);
  std::sort(keys.begin(), keys.end(),
            [](const auto* a, const auto* b) { return a->first < b->first; });
  std::string id_bytes;
  for (const auto* entry : keys) {
    id_bytes.clear();
    PutFixed64BE(&id_bytes, entry->second);
    pending_->Put(Column::kEventKeys, entry->first, id_bytes);
  }
  pending_->Put(Column::kMeta, kMetaCounters, EncodeCounters(counters_));
  std::string next;
  PutFixed64BE(&next, next_event_id_);
  pending_->Put(Column::kMeta, kMetaNextEventId, next);
  const size_t articles = pending_ids_.size();
  Status s = db_->Write(pending_.get(), /*sync=*/false);
  pending_.reset();
  pending_ids_.clear();
  pending_keys_.clear();
  pending_events_.clear();
  if (!s.ok()) {
    // The whole group is lost (each of its articles entirely): the cached
    // state goes back to what the database holds.
    counters_ = committed_counters_;
    next_event_id_ = committed_next_id_;
    actor_cache_.clear();
    alias_cache_.clear();
    mention_alias_cache_.clear();
    return s.WithContext("a group of " + std::to_string(articles) + " articles");
  }
  committed_counters_ = counters_;
  committed_next_id_ = next_event_id_;
  return Status::OK();
}

Status StoreImpl::BuildKeyFilterLocked(size_t capacity) {
  auto filter =
      std::make_unique<KeyFilter>(std::max(capacity, options_.key_filter_min_capacity));
  auto it = db_->NewIterator(Column::kEventKeys);
  for (it->Seek(""); it->Valid(); it->Next()) filter->Add(it->key());
  DIPGRAPH_RETURN_IF_ERROR(it->status());
  for (const auto& [key, id] : pending_keys_) filter->Add(key);
  key_filter_ = std::move(filter);
  return Status::OK();
}

Result<IngestOutcome> StoreImpl::ApplyLocked(std::string_view article_id,
                                             const ArticleInfo* info,
                                             const std::vector<graph::Event>& events) {
  const std::string where = db_->path().string();
  const std::string article(article_id);
  if (!ValidId(article)) {
    // Printed with NUL bytes as "\0": a raw NUL would cut the message short
    // wherever it is printed as a C string.
    std::string shown;
    for (char c : article) {
      if (c == '\0') shown += "\\0";
      else shown += c;
    }
    return Status::InvalidArgument("article id \"" + shown + "\" is empty or contains NUL");
  }
  for (const auto& e : events) {
    if (!e.provenance.article.empty() && e.provenance.article != article) {
      return Status::InvalidArgument("article \"" + article + "\": an event names article \"" +
                                     e.provenance.article + "\"");
    }
    if (!ValidId(e.source.actor.id) || !ValidId(e.target.actor.id) ||
        !ValidId(e.action.code)) {
      return Status::InvalidArgument("article \"" + article +
                                     "\": an event has an empty actor id or code");
    }
  }

  // A pending group holds only new articles and is invisible to reads:
  // before the same article again, a replace or a forget, write it.
  if (pending_ids_.count(article) != 0) DIPGRAPH_RETURN_IF_ERROR(FlushLocked());

  IngestOutcome out;
  std::string value;
  bool found = false;
  DIPGRAPH_RETURN_IF_ERROR(db_->Get(Column::kArticles, article, &value, &found));
  ArticleInfo old;
  std::vector<uint64_t> old_events;  // format 2: the old mentions' events
  bool has_list = false;
  if (found && !DecodeArticle(article, value, &old, &old_events, &has_list)) {
    return Status::Corruption(where + ": article \"" + article + "\" does not decode");
  }
  if (found && info != nullptr && old.content_hash == info->content_hash &&
      old.from_events == info->from_events) {
    out.unchanged = true;
    return out;
  }
  if (has_list && old_events.size() != old.mentions) {
    return Status::Corruption(where + ": article \"" + article + "\" lists " +
                              std::to_string(old_events.size()) + " mentions, not " +
                              std::to_string(old.mentions));
  }
  out.replaced = found && info != nullptr;
  const bool grouped = !found && options_.group_articles > 1 && !options_.sync;
  if (!grouped) DIPGRAPH_RETURN_IF_ERROR(FlushLocked());

  // Roll back the cached state unless the article is written (or, grouped,
  // added to the pending batch). A grouped article is undone by rolling the
  // batch back to the save point; the articles before it are then written,
  // so that the caches, cleared, agree with the database again.
  const Counters saved_counters = counters_;
  const uint64_t saved_next_id = next_event_id_;
  struct Rollback {
    StoreImpl* self;
    Counters counters;
    uint64_t next_id;
    bool grouped;
    bool committed = false;
    ~Rollback() {
      if (committed) return;
      self->counters_ = counters;
      self->next_event_id_ = next_id;
      if (grouped) {
        self->pending_->RollbackToSavePoint();
        (void)self->FlushLocked();  // a failure rolls back the group too
      }
      self->actor_cache_.clear();
      self->alias_cache_.clear();
      self->mention_alias_cache_.clear();
    }
  } rollback{this, saved_counters, saved_next_id, grouped};
  const int64_t now = Now();
  std::unique_ptr<KvBatch> own_batch;
  KvBatch* batch = nullptr;
  if (grouped) {
    if (!pending_) pending_ = db_->NewBatch();
    batch = pending_.get();
    batch->SetSavePoint();
  } else {
    own_batch = db_->NewBatch();
    batch = own_batch.get();
  }
  std::map<uint64_t, Touched> touched;

  // Tracks a stored event (as the database or the pending group has it).
  auto track = [&](uint64_t id, StoredEvent event) {
    Touched t;
    t.event = std::move(event);
    const graph::EventRecord& r = t.event.record;
    t.time = TimeKeyOf(r.date);
    t.canonical_key = CanonicalEventKey(format_version_, r.source, r.target, r.code, r.negated,
                                        r.symmetric, t.time);
    return &touched.emplace(id, std::move(t)).first->second;
  };
  auto load = [&](uint64_t id) -> Result<Touched*> {
    auto it = touched.find(id);
    if (it != touched.end()) return &it->second;
    if (auto p = pending_events_.find(id); p != pending_events_.end()) {
      return track(id, p->second);  // as the pending group left it
    }
    DIPGRAPH_ASSIGN_OR_RETURN(auto stored, LoadEvent(id));
    if (!stored) {
      return Status::Corruption(where + ": event " + std::to_string(id) +
                                " is referenced but missing");
    }
    return track(id, std::move(*stored));
  };

  // 1. Remove the earlier contribution.
  if (found && has_list) {
    for (size_t i = 0; i < old_events.size(); ++i) {
      const uint64_t id = old_events[i];
      batch->Delete(Column::kMentions, MentionKey(id, article, static_cast<uint32_t>(i)));
      DIPGRAPH_ASSIGN_OR_RETURN(Touched * t, load(id));
      ++t->removed;
      --counters_.mentions;
    }
  } else if (found) {
    // A format 1 article: its list is in article_mentions.
    auto it = db_->NewIterator(Column::kArticleMentions);
    const std::string prefix = ArticleMentionPrefix(article);
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      const std::string_view key = it->key();
      if (key.size() != prefix.size() + 4 || it->value().size() != 8) {
        return Status::Corruption(where + ": article_mentions entry of \"" + article +
                                  "\" does not decode");
      }
      const uint32_t ordinal = DecodeFixed32BE(key.data() + prefix.size());
      const uint64_t id = DecodeFixed64BE(it->value().data());
      batch->Delete(Column::kArticleMentions, key);
      batch->Delete(Column::kMentions, MentionKey(id, article, ordinal));
      DIPGRAPH_ASSIGN_OR_RETURN(Touched * t, load(id));
      ++t->removed;
      --counters_.mentions;
    }
    DIPGRAPH_RETURN_IF_ERROR(it->status());
  }

  // 2. Add the new one. The canonical keys are looked up all at once.
  std::vector<std::string> keys(events.size());
  std::vector<bool> swaps(events.size());
  std::vector<TimeKey> times(events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    const graph::Event& e = events[i];
    const bool swapped = e.symmetric && e.target.actor.id < e.source.actor.id;
    swaps[i] = swapped;
    times[i] = TimeKeyOf(e.date);
    keys[i] = CanonicalEventKey(format_version_, swapped ? e.target.actor.id : e.source.actor.id,
                                swapped ? e.source.actor.id : e.target.actor.id,
                                e.action.code, e.negated, e.symmetric, times[i]);
  }
  // Which of them exist: events created by the pending group are not in
  // the database yet; keys the filter has never seen are new; the rest are
  // asked of the database, all at once.
  key_lookups_ += keys.size();
  if (key_filter_ == nullptr ? key_lookups_ >= events_at_open_ : key_filter_->full()) {
    const size_t capacity =
        key_filter_ == nullptr ? 2 * (counters_.events + pending_keys_.size())
                               : 2 * key_filter_->capacity();
    DIPGRAPH_RETURN_IF_ERROR(BuildKeyFilterLocked(capacity));
  }
  std::vector<std::string> known_ids(keys.size());
  std::vector<bool> known(keys.size(), false);
  std::vector<std::string> ask;
  std::vector<size_t> asked;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (auto p = pending_keys_.find(keys[i]); p != pending_keys_.end()) {
      known[i] = true;
      PutFixed64BE(&known_ids[i], p->second);
    } else if (key_filter_ == nullptr || key_filter_->MayContain(keys[i])) {
      ask.push_back(keys[i]);
      asked.push_back(i);
    }
  }
  if (!ask.empty()) {
    std::vector<std::string> values;
    std::vector<bool> found_keys;
    DIPGRAPH_RETURN_IF_ERROR(db_->MultiGet(Column::kEventKeys, ask, &values, &found_keys));
    for (size_t j = 0; j < asked.size(); ++j) {
      known[asked[j]] = found_keys[j];
      known_ids[asked[j]] = std::move(values[j]);
    }
  }

  std::vector<uint64_t> mention_events;
  mention_events.reserve(events.size());
  std::unordered_map<std::string_view, uint64_t> created;  // canonical key -> id
  std::string& buffer = scratch_;
  for (size_t i = 0; i < events.size(); ++i) {
    const graph::Event& e = events[i];
    const auto ordinal = static_cast<uint32_t>(i);
    const bool swapped = swaps[i];

    uint64_t id = 0;
    Touched* t = nullptr;
    if (auto c = created.find(keys[i]); c != created.end()) {
      id = c->second;
      t = &touched[id];
      ++out.events_merged;
    } else if (known[i]) {
      if (known_ids[i].size() != 8) {
        return Status::Corruption(where + ": event_keys entry does not decode");
      }
      id = DecodeFixed64BE(known_ids[i].data());
      DIPGRAPH_ASSIGN_OR_RETURN(t, load(id));
      ++out.events_merged;
    } else {
      id = next_event_id_++;
      Touched fresh;
      fresh.is_new = true;
      fresh.time = times[i];
      graph::EventRecord& r = fresh.event.record;
      r.id = id;
      r.source = swapped ? e.target.actor.id : e.source.actor.id;
      r.target = swapped ? e.source.actor.id : e.target.actor.id;
      r.code = e.action.code;
      r.date = e.date;
      r.negated = e.negated;
      r.symmetric = e.symmetric;
      r.first_seen = r.last_seen = now;
      fresh.canonical_key = keys[i];
      t = &touched.emplace(id, std::move(fresh)).first->second;
      created.emplace(keys[i], id);
      if (key_filter_ != nullptr) key_filter_->Add(keys[i]);
      ++out.events_new;
    }

    buffer.clear();
    PutEventMention(&buffer, e, swapped, info->source, now);
    batch->Put(Column::kMentions, MentionKey(id, article, ordinal), buffer);
    mention_events.push_back(id);
    t->added_confidence = t->added == 0 ? e.confidence
                                        : std::max(t->added_confidence, e.confidence);
    ++t->added;
    ++counters_.mentions;

    DIPGRAPH_RETURN_IF_ERROR(
        UpsertActorLocked(batch, e.source.actor, e.source.mention.text));
    DIPGRAPH_RETURN_IF_ERROR(
        UpsertActorLocked(batch, e.target.actor, e.target.mention.text));
  }

  // 3. Update every touched canonical event.
  uint32_t distinct = 0;
  for (auto& [id, t] : touched) {
    graph::EventRecord& r = t.event.record;
    if (t.removed > 0) {
      r.mentions -= std::min(r.mentions, t.removed);
      r.articles -= r.articles > 0 ? 1 : 0;
      AddSourceArticle(&t.event, old.source, -1);
    }
    if (t.added > 0) {
      ++distinct;
      r.mentions += t.added;
      r.articles += 1;
      AddSourceArticle(&t.event, info->source, +1);
    }
    r.sources = static_cast<uint32_t>(t.event.source_articles.size());

    if (r.mentions == 0) {  // its last support is gone: retire it
      batch->Delete(Column::kEvents, EventIdKey(id));
      batch->Delete(Column::kEventKeys, t.canonical_key);
      WriteIndexes(batch, format_version_, r, t.time, /*remove=*/true);
      --counters_.events;
      ++out.events_retired;
      continue;
    }
    if (t.removed > 0) {
      // Recompute the extremes from what remains plus what was added.
      bool any = false;
      r.confidence = 0.0;
      auto fold = [&](int64_t ingest_time, double confidence) {
        r.first_seen = any ? std::min(r.first_seen, ingest_time) : ingest_time;
        r.last_seen = any ? std::max(r.last_seen, ingest_time) : ingest_time;
        r.confidence = std::max(r.confidence, confidence);
        any = true;
      };
      auto it = db_->NewIterator(Column::kMentions);
      const std::string prefix = MentionPrefix(id);
      for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
        uint64_t eid = 0;
        std::string_view art;
        uint32_t ord = 0;
        EventMention m;
        if (!DecodeMentionKey(it->key(), &eid, &art, &ord) || !DecodeMention(it->value(), &m)) {
          return Status::Corruption(where + ": a mention of event " + std::to_string(id) +
                                    " does not decode");
        }
        if (art != article) fold(m.ingest_time, m.confidence);
      }
      DIPGRAPH_RETURN_IF_ERROR(it->status());
      if (t.added > 0) fold(now, t.added_confidence);
    } else if (t.added > 0) {
      r.first_seen = std::min(r.first_seen, now);
      r.last_seen = std::max(r.last_seen, now);
      r.confidence = std::max(r.confidence, t.added_confidence);
    }
    batch->Put(Column::kEvents, EventIdKey(id), EncodeStoredEvent(t.event));
    if (t.is_new) {
      // A grouped article's canonical keys are put by FlushLocked, sorted.
      if (!grouped) {
        std::string id_bytes;
        PutFixed64BE(&id_bytes, id);
        batch->Put(Column::kEventKeys, t.canonical_key, id_bytes);
      }
      WriteIndexes(batch, format_version_, r, t.time, /*remove=*/false);
      ++counters_.events;
    }
  }

  // 4. The article record and the meta counters.
  if (info != nullptr) {
    ArticleInfo rec = *info;
    rec.ingest_time = now;
    rec.mentions = static_cast<uint32_t>(events.size());
    rec.events = distinct;
    batch->Put(Column::kArticles, article, EncodeArticle(rec, mention_events));
    if (!out.replaced) ++counters_.articles;
  } else {
    batch->Delete(Column::kArticles, article);
    --counters_.articles;
  }
  out.mentions = static_cast<uint32_t>(events.size());
  if (grouped) {
    // Nothing below can fail: the article joins the group.
    for (auto& [id, t] : touched) {
      if (t.is_new) pending_keys_.emplace(t.canonical_key, id);
      pending_events_.insert_or_assign(id, std::move(t.event));
    }
    pending_ids_.insert(article);
    batch->PopSavePoint();
    rollback.committed = true;
    if (pending_ids_.size() >= static_cast<size_t>(options_.group_articles)) {
      DIPGRAPH_RETURN_IF_ERROR(FlushLocked());
    }
    return out;
  }
  batch->Put(Column::kMeta, kMetaCounters, EncodeCounters(counters_));
  if (next_event_id_ != saved_next_id) {
    std::string next;
    PutFixed64BE(&next, next_event_id_);
    batch->Put(Column::kMeta, kMetaNextEventId, next);
  }
  Status s = db_->Write(batch, options_.sync);
  if (!s.ok()) return s.WithContext("article \"" + article + "\"");
  rollback.committed = true;
  committed_counters_ = counters_;
  committed_next_id_ = next_event_id_;
  return out;
}

}  // namespace dipgraph::store
