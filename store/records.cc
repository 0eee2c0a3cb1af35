#include "store/records.h"

#include "store/coding.h"

namespace dipgraph::store {

namespace {

void PutMention(std::string* dst, const graph::Mention& m) {
  PutLengthPrefixed(dst, m.text);
  PutVarint64(dst, m.start);
  PutVarint64(dst, m.end);
}

bool GetMention(Decoder* in, graph::Mention* m) {
  return in->GetString(&m->text) && in->GetVarint32(&m->start) &&
         in->GetVarint32(&m->end);
}

void PutActorFields(std::string* dst, const graph::Actor& a) {
  dst->push_back(static_cast<char>(a.kind));
  PutLengthPrefixed(dst, a.country);
  PutLengthPrefixed(dst, a.sector);
  PutLengthPrefixed(dst, a.name);
  PutLengthPrefixed(dst, a.role);
}

bool GetActorFields(Decoder* in, graph::Actor* a) {
  uint8_t kind = 0;
  if (!in->GetByte(&kind) || kind > static_cast<uint8_t>(graph::ActorKind::kPeople)) {
    return false;
  }
  a->kind = static_cast<graph::ActorKind>(kind);
  return in->GetString(&a->country) && in->GetString(&a->sector) &&
         in->GetString(&a->name) && in->GetString(&a->role);
}

}  // namespace

void PutEventDate(std::string* dst, const graph::EventDate& d) {
  // known, granularity and basis share one byte: bit 0 known, bits 1-2
  // granularity, bits 3-4 basis.
  const auto flags = static_cast<uint8_t>(
      (d.known ? 1 : 0) | (static_cast<int>(d.granularity) << 1) |
      (static_cast<int>(d.basis) << 3));
  dst->push_back(static_cast<char>(flags));
  if (d.known) {
    PutVarsint64(dst, d.year);
    dst->push_back(static_cast<char>(d.month));
    dst->push_back(static_cast<char>(d.day));
  }
  PutLengthPrefixed(dst, d.expr);
}

bool GetEventDate(Decoder* in, graph::EventDate* d) {
  uint8_t flags = 0;
  if (!in->GetByte(&flags)) return false;
  d->known = (flags & 1) != 0;
  const int gran = (flags >> 1) & 3;
  const int basis = (flags >> 3) & 3;
  if (gran > 2 || basis > 2) return false;
  d->granularity = static_cast<graph::Granularity>(gran);
  d->basis = static_cast<graph::DateBasis>(basis);
  d->year = d->month = d->day = 0;
  if (d->known) {
    int64_t year = 0;
    uint8_t month = 0;
    uint8_t day = 0;
    if (!in->GetVarsint64(&year) || !in->GetByte(&month) || !in->GetByte(&day)) {
      return false;
    }
    d->year = static_cast<int>(year);
    d->month = month;
    d->day = day;
  }
  return in->GetString(&d->expr);
}

std::string EncodeActor(const graph::Actor& actor) {
  std::string v;
  PutActorFields(&v, actor);
  return v;
}

bool DecodeActor(std::string_view id, std::string_view value, graph::Actor* actor) {
  Decoder in(value);
  actor->id.assign(id.data(), id.size());
  return GetActorFields(&in, actor) && in.done();
}

std::string EncodeStoredEvent(const StoredEvent& e) {
  const graph::EventRecord& r = e.record;
  std::string v;
  v.reserve(64 + r.source.size() + r.target.size());
  PutLengthPrefixed(&v, r.source);
  PutLengthPrefixed(&v, r.target);
  PutLengthPrefixed(&v, r.code);
  PutEventDate(&v, r.date);
  v.push_back(static_cast<char>((r.negated ? 1 : 0) | (r.symmetric ? 2 : 0)));
  PutVarint64(&v, r.mentions);
  PutVarint64(&v, r.articles);
  PutVarint64(&v, r.sources);
  PutVarsint64(&v, r.first_seen);
  PutVarsint64(&v, r.last_seen);
  PutDouble(&v, r.confidence);
  PutVarint64(&v, e.source_articles.size());
  for (const auto& [source, n] : e.source_articles) {
    PutLengthPrefixed(&v, source);
    PutVarint64(&v, n);
  }
  return v;
}

bool DecodeStoredEvent(uint64_t id, std::string_view value, StoredEvent* e) {
  Decoder in(value);
  graph::EventRecord& r = e->record;
  r.id = id;
  uint8_t flags = 0;
  uint64_t n = 0;
  if (!in.GetString(&r.source) || !in.GetString(&r.target) ||
      !in.GetString(&r.code) || !GetEventDate(&in, &r.date) ||
      !in.GetByte(&flags) || !in.GetVarint32(&r.mentions) ||
      !in.GetVarint32(&r.articles) || !in.GetVarint32(&r.sources) ||
      !in.GetVarsint64(&r.first_seen) || !in.GetVarsint64(&r.last_seen) ||
      !in.GetDouble(&r.confidence) || !in.GetVarint64(&n) || n > value.size()) {
    return false;
  }
  r.negated = (flags & 1) != 0;
  r.symmetric = (flags & 2) != 0;
  e->source_articles.clear();
  e->source_articles.reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    std::string source;
    uint32_t count = 0;
    if (!in.GetString(&source) || !in.GetVarint32(&count)) return false;
    e->source_articles.emplace_back(std::move(source), count);
  }
  return in.done();
}

namespace {

// The one definition of the mention value's field order, shared by
// EncodeMention and PutEventMention.
void PutMentionFields(std::string* v, std::string_view field, uint32_t sentence,
                      uint32_t span_start, uint32_t span_end, std::string_view text,
                      const graph::Mention& source, const graph::Mention& target,
                      bool swapped, std::string_view trigger, double confidence,
                      const graph::EventDate& date, std::string_view article_source,
                      int64_t ingest_time) {
  PutLengthPrefixed(v, field);
  PutVarint64(v, sentence);
  PutVarint64(v, span_start);
  PutVarint64(v, span_end);
  PutLengthPrefixed(v, text);
  PutMention(v, source);
  PutMention(v, target);
  v->push_back(static_cast<char>(swapped ? 1 : 0));
  PutLengthPrefixed(v, trigger);
  PutDouble(v, confidence);
  PutEventDate(v, date);
  PutLengthPrefixed(v, article_source);
  PutVarsint64(v, ingest_time);
}

}  // namespace

std::string EncodeMention(const EventMention& m) {
  std::string v;
  v.reserve(48 + m.text.size() + m.source.text.size() + m.target.text.size());
  PutMentionFields(&v, m.field, m.sentence, m.span_start, m.span_end, m.text, m.source,
                   m.target, m.swapped, m.trigger, m.confidence, m.date, m.article_source,
                   m.ingest_time);
  return v;
}

void PutEventMention(std::string* dst, const graph::Event& e, bool swapped,
                     std::string_view article_source, int64_t ingest_time) {
  const graph::Provenance& p = e.provenance;
  PutMentionFields(dst, p.field, p.sentence, p.span_start, p.span_end, p.text,
                   e.source.mention, e.target.mention, swapped, e.action.trigger,
                   e.confidence, e.date, article_source, ingest_time);
}

bool DecodeMention(std::string_view value, EventMention* m) {
  Decoder in(value);
  uint8_t swapped = 0;
  if (!in.GetString(&m->field) || !in.GetVarint32(&m->sentence) ||
      !in.GetVarint32(&m->span_start) || !in.GetVarint32(&m->span_end) ||
      !in.GetString(&m->text) || !GetMention(&in, &m->source) ||
      !GetMention(&in, &m->target) || !in.GetByte(&swapped) ||
      !in.GetString(&m->trigger) || !in.GetDouble(&m->confidence) ||
      !GetEventDate(&in, &m->date) || !in.GetString(&m->article_source) ||
      !in.GetVarsint64(&m->ingest_time)) {
    return false;
  }
  m->swapped = swapped != 0;
  return in.done();
}

std::string EncodeArticle(const ArticleInfo& a, const std::vector<uint64_t>& mention_events) {
  std::string v;
  PutLengthPrefixed(&v, a.url);
  PutLengthPrefixed(&v, a.source);
  PutLengthPrefixed(&v, a.title);
  PutLengthPrefixed(&v, a.lang);
  PutLengthPrefixed(&v, a.published);
  PutFixed64BE(&v, a.content_hash);
  PutVarsint64(&v, a.ingest_time);
  PutVarint64(&v, a.mentions);
  PutVarint64(&v, a.events);
  v.push_back(static_cast<char>(a.from_events ? 1 : 0));
  // Format 2: the event of each mention, by ordinal, as differences from
  // the previous id (new events of one article have ascending ids, so the
  // list costs about a byte a mention).
  PutVarint64(&v, mention_events.size());
  uint64_t previous = 0;
  for (uint64_t id : mention_events) {
    PutVarsint64(&v, static_cast<int64_t>(id - previous));
    previous = id;
  }
  return v;
}

bool DecodeArticle(std::string_view id, std::string_view value, ArticleInfo* a,
                   std::vector<uint64_t>* mention_events, bool* has_list) {
  Decoder in(value);
  a->id.assign(id.data(), id.size());
  uint8_t from_events = 0;
  if (!in.GetString(&a->url) || !in.GetString(&a->source) ||
      !in.GetString(&a->title) || !in.GetString(&a->lang) ||
      !in.GetString(&a->published) || !in.GetFixed64BE(&a->content_hash) ||
      !in.GetVarsint64(&a->ingest_time) || !in.GetVarint32(&a->mentions) ||
      !in.GetVarint32(&a->events) || !in.GetByte(&from_events) || from_events > 1) {
    return false;
  }
  a->from_events = from_events != 0;
  if (mention_events != nullptr) mention_events->clear();
  if (has_list != nullptr) *has_list = !in.done();
  if (in.done()) return true;  // format 1: the list is in article_mentions
  uint64_t n = 0;
  if (!in.GetVarint64(&n) || n > in.rest().size()) return false;
  if (mention_events != nullptr) mention_events->reserve(n);
  uint64_t event = 0;
  for (uint64_t i = 0; i < n; ++i) {
    int64_t delta = 0;
    if (!in.GetVarsint64(&delta)) return false;
    event += static_cast<uint64_t>(delta);
    if (event == 0) return false;  // ids start at 1
    if (mention_events != nullptr) mention_events->push_back(event);
  }
  return in.done();
}

std::string EncodeCounters(const Counters& c) {
  std::string v;
  PutVarint64(&v, c.actors);
  PutVarint64(&v, c.events);
  PutVarint64(&v, c.mentions);
  PutVarint64(&v, c.articles);
  return v;
}

bool DecodeCounters(std::string_view value, Counters* c) {
  Decoder in(value);
  return in.GetVarint64(&c->actors) && in.GetVarint64(&c->events) &&
         in.GetVarint64(&c->mentions) && in.GetVarint64(&c->articles) &&
         in.done();
}

std::string EncodeEventForHash(const graph::Event& e) {
  std::string v;
  const graph::Provenance& p = e.provenance;
  PutLengthPrefixed(&v, p.article);
  PutLengthPrefixed(&v, p.field);
  PutVarint64(&v, p.sentence);
  PutVarint64(&v, p.span_start);
  PutVarint64(&v, p.span_end);
  PutLengthPrefixed(&v, p.text);
  for (const graph::EventActor* ea : {&e.source, &e.target}) {
    PutLengthPrefixed(&v, ea->actor.id);
    PutActorFields(&v, ea->actor);
    PutMention(&v, ea->mention);
  }
  PutLengthPrefixed(&v, e.action.code);
  PutLengthPrefixed(&v, e.action.trigger);
  PutEventDate(&v, e.date);
  v.push_back(static_cast<char>((e.negated ? 1 : 0) | (e.symmetric ? 2 : 0)));
  PutDouble(&v, e.confidence);
  return v;
}

}  // namespace dipgraph::store
