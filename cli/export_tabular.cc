// The jsonl and csv export formats: three tables, actors, events
// (canonical, with counts) and mentions (provenance). The jsonl mentions
// table holds SCHEMA.md §2 event lines, exactly as `dipgraph extract`
// writes them, plus the canonical "event_id".

#include <string>

#include "cli/export_rows.h"
#include "cli/export_sink.h"
#include "cli/table_file.h"
#include "extract/event_json.h"

namespace dipgraph::cli {

namespace {

class JsonlSink : public ExportSink {
 public:
  base::Status Begin(const std::string& dir) override {
    DIPGRAPH_RETURN_IF_ERROR(events_.Open(dir + "/events.jsonl"));
    DIPGRAPH_RETURN_IF_ERROR(mentions_.Open(dir + "/mentions.jsonl"));
    return actors_.Open(dir + "/actors.jsonl");
  }

  void AddEvent(const ExportEvent& e) override {
    events_.Write(extract::CanonicalEventToJson(*e.record, *e.source, *e.target));
    events_.Write("\n");
    ++counts_.events;
    for (const auto& m : *e.mentions) {
      std::string line = extract::EventToJson(EventOfMention(e, m));
      // Append the canonical id as one more member of the object.
      line.pop_back();
      line += ",\"event_id\":" + std::to_string(e.record->id) + "}\n";
      mentions_.Write(line);
      ++counts_.mentions;
    }
  }

  base::Status Finish(const std::vector<const graph::Actor*>& actors,
                      const std::map<std::string, store::ArticleInfo>& articles) override {
    for (const graph::Actor* a : actors) {
      actors_.Write(extract::ActorToJson(*a));
      actors_.Write("\n");
      ++counts_.actors;
    }
    counts_.articles = articles.size();
    DIPGRAPH_RETURN_IF_ERROR(events_.Commit());
    DIPGRAPH_RETURN_IF_ERROR(mentions_.Commit());
    return actors_.Commit();
  }

  const ExportCounts& counts() const override { return counts_; }

 private:
  TableFile events_, mentions_, actors_;
  ExportCounts counts_;
};

class CsvSink : public ExportSink {
 public:
  base::Status Begin(const std::string& dir) override {
    DIPGRAPH_RETURN_IF_ERROR(events_.Open(dir + "/events.csv"));
    DIPGRAPH_RETURN_IF_ERROR(mentions_.Open(dir + "/mentions.csv"));
    DIPGRAPH_RETURN_IF_ERROR(actors_.Open(dir + "/actors.csv"));
    DIPGRAPH_RETURN_IF_ERROR(articles_.Open(dir + "/articles.csv"));
    events_.WriteCsvRow(EventColumns());
    mentions_.WriteCsvRow(MentionColumns());
    actors_.WriteCsvRow(ActorColumns());
    articles_.WriteCsvRow({"id", "source", "url", "title", "lang", "published", "ingest_time",
                           "mentions", "events"});
    return base::Status::OK();
  }

  void AddEvent(const ExportEvent& e) override {
    events_.WriteCsvRow(EventRow(e));
    ++counts_.events;
    for (const auto& m : *e.mentions) {
      mentions_.WriteCsvRow(MentionRow(m));
      ++counts_.mentions;
    }
  }

  base::Status Finish(const std::vector<const graph::Actor*>& actors,
                      const std::map<std::string, store::ArticleInfo>& articles) override {
    for (const graph::Actor* a : actors) {
      actors_.WriteCsvRow(ActorRow(*a));
      ++counts_.actors;
    }
    for (const auto& [id, a] : articles) {
      articles_.WriteCsvRow({a.id, a.source, a.url, a.title, a.lang, a.published,
                             IsoTimestamp(a.ingest_time), std::to_string(a.mentions),
                             std::to_string(a.events)});
      ++counts_.articles;
    }
    DIPGRAPH_RETURN_IF_ERROR(events_.Commit());
    DIPGRAPH_RETURN_IF_ERROR(mentions_.Commit());
    DIPGRAPH_RETURN_IF_ERROR(articles_.Commit());
    return actors_.Commit();
  }

  const ExportCounts& counts() const override { return counts_; }

 private:
  TableFile events_, mentions_, actors_, articles_;
  ExportCounts counts_;
};

}  // namespace

std::unique_ptr<ExportSink> MakeJsonlSink() { return std::make_unique<JsonlSink>(); }
std::unique_ptr<ExportSink> MakeCsvSink() { return std::make_unique<CsvSink>(); }

}  // namespace dipgraph::cli
