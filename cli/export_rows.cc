#include "cli/export_rows.h"

#include <fmt/core.h>

#include "base/civil_date.h"
#include "graph/cameo.h"

namespace dipgraph::cli {

std::string IsoTimestamp(int64_t seconds) {
  const int64_t days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  const int64_t rem = seconds - days * 86400;
  return fmt::format("{}T{:02}:{:02}:{:02}Z", base::FormatIsoDay(base::CivilFromDays(days)),
                     rem / 3600, rem / 60 % 60, rem % 60);
}

std::string DateStart(const graph::EventDate& date) {
  return date.known ? base::FormatIsoDay(base::CivilFromDays(date.FirstDay())) : "";
}

std::string DateEnd(const graph::EventDate& date) {
  return date.known ? base::FormatIsoDay(base::CivilFromDays(date.LastDay())) : "";
}

std::string Num(double value) {
  // Always a float literal ("1.0", not "1"): a column whose values all
  // happen to be whole must still load as float (pandas, DuckDB, Spark).
  std::string s = fmt::format("{}", value);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

std::vector<std::string> ActorColumns() {
  return {"id", "kind", "name", "country", "sector", "role", "key"};
}

std::vector<std::string> ActorRow(const graph::Actor& a) {
  return {a.id, std::string(graph::ActorKindName(a.kind)), a.name, a.country, a.sector, a.role, a.Key()};
}

std::vector<std::string> EventColumns() {
  return {"id", "source", "target", "source_key", "target_key", "code", "root", "label",
          "quad", "goldstein", "date", "granularity", "date_start", "date_end", "negated",
          "symmetric", "mentions", "articles", "sources", "first_seen", "last_seen", "confidence"};
}

std::vector<std::string> EventRow(const ExportEvent& e) {
  const graph::EventRecord& r = *e.record;
  const graph::CameoCode* cameo = graph::FindCameoCode(r.code);
  return {std::to_string(r.id),
          r.source,
          r.target,
          e.source ? e.source->Key() : r.source,
          e.target ? e.target->Key() : r.target,
          r.code,
          r.code.substr(0, 2),
          cameo ? std::string(cameo->label) : "",
          std::to_string(graph::QuadOfCode(r.code)),
          Num(cameo ? cameo->goldstein : 0.0),
          r.date.Value(),
          r.date.known ? std::string(graph::GranularityName(r.date.granularity)) : "",
          DateStart(r.date),
          DateEnd(r.date),
          Bool(r.negated),
          Bool(r.symmetric),
          std::to_string(r.mentions),
          std::to_string(r.articles),
          std::to_string(r.sources),
          IsoTimestamp(r.first_seen),
          IsoTimestamp(r.last_seen),
          Num(r.confidence)};
}

std::vector<std::string> MentionColumns() {
  return {"event_id", "article", "field", "sentence", "span_start", "span_end",
          "source_text", "target_text", "trigger", "confidence", "date", "date_basis",
          "article_source", "ingest_time", "text"};
}

std::vector<std::string> MentionRow(const store::EventMention& m) {
  return {std::to_string(m.event_id),
          m.article,
          m.field,
          std::to_string(m.sentence),
          std::to_string(m.span_start),
          std::to_string(m.span_end),
          m.source.text,
          m.target.text,
          m.trigger,
          Num(m.confidence),
          m.date.Value(),
          std::string(graph::DateBasisName(m.date.basis)),
          m.article_source,
          IsoTimestamp(m.ingest_time),
          m.text};
}

graph::Event EventOfMention(const ExportEvent& e, const store::EventMention& m) {
  graph::Event ev;
  ev.provenance = {m.article, m.field, m.sentence, m.span_start, m.span_end, m.text};
  const graph::Actor* src = m.swapped ? e.target : e.source;
  const graph::Actor* tgt = m.swapped ? e.source : e.target;
  if (src) ev.source.actor = *src;
  if (tgt) ev.target.actor = *tgt;
  ev.source.mention = m.source;
  ev.target.mention = m.target;
  ev.action = {e.record->code, m.trigger};
  ev.date = m.date;
  ev.negated = e.record->negated;
  ev.symmetric = e.record->symmetric;
  ev.confidence = m.confidence;
  return ev;
}

}  // namespace dipgraph::cli
