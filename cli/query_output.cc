#include "cli/query_output.h"

#include <fmt/core.h>

#include "base/civil_date.h"
#include "extract/event_json.h"
#include "graph/cameo.h"

namespace dipgraph::cli {

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

std::string DateJson(const graph::EventDate& date) {
  if (!date.known) return R"({"value":null,"granularity":null})";
  return fmt::format(R"({{"value":"{}","granularity":"{}"}})", date.Value(),
                     graph::GranularityName(date.granularity));
}

std::string DateText(const graph::EventDate& date) {
  return date.known ? date.Value() : "?";
}

std::string DayText(int64_t day) { return base::FormatIsoDay(base::CivilFromDays(day)); }

std::string_view CodeLabel(std::string_view code) {
  const graph::CameoCode* c = graph::FindCameoCode(code);
  return c ? c->label : std::string_view();
}

std::string ActionJson(std::string_view code) {
  const graph::CameoCode* c = graph::FindCameoCode(code);
  return fmt::format(R"({{"code":{},"root":{},"label":{},"goldstein":{},"quad":{}}})",
                     JsonString(code), JsonString(code.substr(0, 2)),
                     c ? JsonString(c->label) : "null",
                     c ? fmt::format("{}", c->goldstein) : "null", graph::QuadOfCode(code));
}

std::string EvidenceJson(const std::vector<store::EventMention>& mentions) {
  std::string out = "[";
  for (size_t i = 0; i < mentions.size(); ++i) {
    const store::EventMention& m = mentions[i];
    out += fmt::format(R"({}{{"article":{},"field":{},"sentence":{},"span":[{},{}],"text":{}}})",
                       i ? "," : "", JsonString(m.article), JsonString(m.field), m.sentence,
                       m.span_start, m.span_end, JsonString(m.text));
  }
  return out + "]";
}

std::string RecordJson(const graph::EventRecord& r, const graph::Actor& source,
                       const graph::Actor& target,
                       const std::vector<store::EventMention>& evidence) {
  return fmt::format(
      R"({{"id":{},"date":{},"source":{},"target":{},"action":{},"negated":{},)"
      R"("symmetric":{},"mentions":{},"articles":{},"sources":{},"confidence":{},"evidence":{}}})",
      r.id, DateJson(r.date), extract::ActorToJson(source), extract::ActorToJson(target),
      ActionJson(r.code), r.negated, r.symmetric, r.mentions, r.articles, r.sources,
      r.confidence, EvidenceJson(evidence));
}

std::string TieJson(const graph::Tie& t) {
  const std::string first = t.dated_events ? JsonString(DayText(t.first_day)) : "null";
  const std::string last = t.dated_events ? JsonString(DayText(t.last_day)) : "null";
  return fmt::format(
      R"({{"events":{},"by_quad":{{"1":{},"2":{},"3":{},"4":{}}},"cooperation":{},)"
      R"("conflict":{},"negated":{},"mentions":{},"goldstein_sum":{:.2f},)"
      R"("goldstein_mean":{:.2f},"first":{},"last":{}}})",
      t.events, t.by_quad[1], t.by_quad[2], t.by_quad[3], t.by_quad[4], t.cooperation(),
      t.conflict(), t.negated, t.mentions, t.goldstein_sum, t.goldstein_mean(), first, last);
}

std::string ActorName(const graph::Actor& actor) {
  return actor.name.empty() ? actor.id : actor.name;
}

namespace {

// Byte length of the first `n` code points of `s` (or all of it).
size_t PrefixBytes(std::string_view s, size_t n, size_t* points) {
  size_t i = 0, count = 0;
  while (i < s.size() && count < n) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    ++count;
  }
  *points = count;
  return i;
}

}  // namespace

std::string Clip(std::string_view s, size_t width) {
  size_t points = 0;
  const size_t bytes = PrefixBytes(s, width, &points);
  if (bytes >= s.size()) return std::string(s);
  size_t unused = 0;
  return std::string(s.substr(0, PrefixBytes(s, width > 0 ? width - 1 : 0, &unused))) + "…";
}

std::string Pad(std::string_view s, size_t width) {
  size_t points = 0;
  PrefixBytes(s, std::string_view::npos, &points);
  std::string out(s);
  if (points < width) out.append(width - points, ' ');
  return out;
}

}  // namespace dipgraph::cli
