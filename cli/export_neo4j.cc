// The neo4j export: CSV files with typed headers for `neo4j-admin database
// import full`, and import.sh with that command. The graph is reified so
// evidence can hang off events: (:Actor)-[:SOURCE_OF]->(:Event)-[:TARGETS]->
// (:Actor), (:Event)-[:REPORTED_IN {sentence...}]->(:Article); for quick
// traversals every event is also a direct (:Actor)-[:INTERACTED]->(:Actor)
// relationship carrying the event's code and date.

#include <string>

#include "cli/export_rows.h"
#include "cli/export_sink.h"
#include "cli/table_file.h"
#include "graph/cameo.h"

namespace dipgraph::cli {

namespace {

std::string Capitalised(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

class Neo4jSink : public ExportSink {
 public:
  base::Status Begin(const std::string& dir) override {
    dir_ = dir;
    DIPGRAPH_RETURN_IF_ERROR(actors_.Open(dir + "/actors.csv"));
    DIPGRAPH_RETURN_IF_ERROR(events_.Open(dir + "/events.csv"));
    DIPGRAPH_RETURN_IF_ERROR(articles_.Open(dir + "/articles.csv"));
    DIPGRAPH_RETURN_IF_ERROR(source_of_.Open(dir + "/source_of.csv"));
    DIPGRAPH_RETURN_IF_ERROR(targets_.Open(dir + "/targets.csv"));
    DIPGRAPH_RETURN_IF_ERROR(reported_in_.Open(dir + "/reported_in.csv"));
    DIPGRAPH_RETURN_IF_ERROR(interacted_.Open(dir + "/interacted.csv"));
    DIPGRAPH_RETURN_IF_ERROR(script_.Open(dir + "/import.sh"));
    actors_.WriteCsvRow({"actorId:ID(Actor)", "name", "kind", "country", "sector", "role", "key", ":LABEL"});
    events_.WriteCsvRow({"eventId:ID(Event)", "code", "root", "label", "quad:int", "goldstein:double",
                         "date", "granularity", "dateStart:date", "dateEnd:date", "negated:boolean",
                         "symmetric:boolean", "mentions:int", "articles:int", "sources:int",
                         "firstSeen:datetime", "lastSeen:datetime", "confidence:double", ":LABEL"});
    articles_.WriteCsvRow({"articleId:ID(Article)", "source", "url", "title", "lang", "published",
                           "ingestTime:datetime", ":LABEL"});
    source_of_.WriteCsvRow({":START_ID(Actor)", ":END_ID(Event)", ":TYPE"});
    targets_.WriteCsvRow({":START_ID(Event)", ":END_ID(Actor)", ":TYPE"});
    reported_in_.WriteCsvRow({":START_ID(Event)", ":END_ID(Article)", "field", "sentence:int",
                              "spanStart:int", "spanEnd:int", "sourceText", "targetText", "trigger",
                              "confidence:double", "text", ":TYPE"});
    interacted_.WriteCsvRow({":START_ID(Actor)", ":END_ID(Actor)", "eventId:long", "code", "root",
                             "quad:int", "goldstein:double", "date", "dateStart:date",
                             "negated:boolean", "symmetric:boolean", "mentions:int", ":TYPE"});
    return base::Status::OK();
  }

  void AddEvent(const ExportEvent& e) override {
    const graph::EventRecord& r = *e.record;
    const graph::CameoCode* cameo = graph::FindCameoCode(r.code);
    const std::string id = std::to_string(r.id);
    const std::string gold = Num(cameo ? cameo->goldstein : 0.0);
    const std::string quad = std::to_string(graph::QuadOfCode(r.code));
    events_.WriteCsvRow({id, r.code, r.code.substr(0, 2), cameo ? std::string(cameo->label) : "", quad,
                         gold, r.date.Value(),
                         r.date.known ? std::string(graph::GranularityName(r.date.granularity)) : "",
                         DateStart(r.date), DateEnd(r.date), Bool(r.negated), Bool(r.symmetric),
                         std::to_string(r.mentions), std::to_string(r.articles),
                         std::to_string(r.sources), IsoTimestamp(r.first_seen),
                         IsoTimestamp(r.last_seen), Num(r.confidence), "Event"});
    source_of_.WriteCsvRow({r.source, id, "SOURCE_OF"});
    targets_.WriteCsvRow({id, r.target, "TARGETS"});
    interacted_.WriteCsvRow({r.source, r.target, id, r.code, r.code.substr(0, 2), quad, gold,
                             r.date.Value(), DateStart(r.date), Bool(r.negated), Bool(r.symmetric),
                             std::to_string(r.mentions), "INTERACTED"});
    ++counts_.events;
    for (const auto& m : *e.mentions) {
      reported_in_.WriteCsvRow({id, m.article, m.field, std::to_string(m.sentence),
                                std::to_string(m.span_start), std::to_string(m.span_end),
                                m.source.text, m.target.text, m.trigger, Num(m.confidence), m.text,
                                "REPORTED_IN"});
      ++counts_.mentions;
    }
  }

  base::Status Finish(const std::vector<const graph::Actor*>& actors,
                      const std::map<std::string, store::ArticleInfo>& articles) override {
    for (const graph::Actor* a : actors) {
      actors_.WriteCsvRow({a->id, a->name, std::string(graph::ActorKindName(a->kind)), a->country,
                           a->sector, a->role, a->Key(),
                           "Actor;" + Capitalised(graph::ActorKindName(a->kind))});
      ++counts_.actors;
    }
    for (const auto& [id, a] : articles) {
      articles_.WriteCsvRow({a.id, a.source, a.url, a.title, a.lang, a.published,
                             IsoTimestamp(a.ingest_time), "Article"});
      ++counts_.articles;
    }
    script_.Write(
        "#!/bin/sh\n"
        "# Loads this export into a new Neo4j 5 database named \"dipgraph\"\n"
        "# (stop Neo4j first; run from this directory). Neo4j 4.x: use\n"
        "# `neo4j-admin import --database=dipgraph` with the same arguments.\n"
        "set -e\n"
        "neo4j-admin database import full dipgraph --overwrite-destination \\\n"
        "  --multiline-fields=true \\\n"
        "  --nodes=actors.csv --nodes=events.csv --nodes=articles.csv \\\n"
        "  --relationships=source_of.csv --relationships=targets.csv \\\n"
        "  --relationships=reported_in.csv --relationships=interacted.csv\n");
    for (TableFile* f : {&actors_, &events_, &articles_, &source_of_, &targets_, &reported_in_,
                         &interacted_, &script_}) {
      DIPGRAPH_RETURN_IF_ERROR(f->Commit());
    }
    return base::Status::OK();
  }

  const ExportCounts& counts() const override { return counts_; }

 private:
  std::string dir_;
  TableFile actors_, events_, articles_, source_of_, targets_, reported_in_, interacted_, script_;
  ExportCounts counts_;
};

}  // namespace

std::unique_ptr<ExportSink> MakeNeo4jSink() { return std::make_unique<Neo4jSink>(); }

}  // namespace dipgraph::cli
