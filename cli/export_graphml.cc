// The graphml export: one directed multigraph, actors as nodes and
// canonical events as edges, with typed attributes (GraphML <key>
// declarations) so networkx.read_graphml and Gephi load them as numbers,
// booleans and strings.

#include <string>

#include "cli/export_rows.h"
#include "cli/export_sink.h"
#include "cli/table_file.h"
#include "graph/cameo.h"

namespace dipgraph::cli {

namespace {

struct KeyDef {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* type;    // GraphML attr.type
};

constexpr KeyDef kKeys[] = {
    {"name", "node", "string"},        {"kind", "node", "string"},
    {"country", "node", "string"},     {"sector", "node", "string"},
    {"role", "node", "string"},        {"key", "node", "string"},
    {"event_id", "edge", "long"},      {"code", "edge", "string"},
    {"root", "edge", "string"},        {"label", "edge", "string"},
    {"quad", "edge", "int"},           {"goldstein", "edge", "double"},
    {"date", "edge", "string"},        {"granularity", "edge", "string"},
    {"date_start", "edge", "string"},  {"negated", "edge", "boolean"},
    {"symmetric", "edge", "boolean"},  {"mentions", "edge", "int"},
    {"articles", "edge", "int"},       {"sources", "edge", "int"},
    {"first_seen", "edge", "string"},  {"last_seen", "edge", "string"},
    {"confidence", "edge", "double"},
};

std::string Data(const char* key, const std::string& value) {
  return std::string("      <data key=\"") + key + "\">" + XmlEscape(value) + "</data>\n";
}

class GraphmlSink : public ExportSink {
 public:
  base::Status Begin(const std::string& dir) override {
    DIPGRAPH_RETURN_IF_ERROR(file_.Open(dir + "/graph.graphml"));
    file_.Write(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (const KeyDef& k : kKeys) {
      file_.Write(std::string("  <key id=\"") + k.id + "\" for=\"" + k.domain + "\" attr.name=\"" +
                  k.id + "\" attr.type=\"" + k.type + "\"/>\n");
    }
    file_.Write("  <graph id=\"dipgraph\" edgedefault=\"directed\">\n");
    return base::Status::OK();
  }

  void AddEvent(const ExportEvent& e) override {
    const graph::EventRecord& r = *e.record;
    const graph::CameoCode* cameo = graph::FindCameoCode(r.code);
    std::string s = "    <edge id=\"e" + std::to_string(r.id) + "\" source=\"" + XmlEscape(r.source) +
                    "\" target=\"" + XmlEscape(r.target) + "\">\n";
    s += Data("event_id", std::to_string(r.id));
    s += Data("code", r.code);
    s += Data("root", r.code.substr(0, 2));
    s += Data("label", cameo ? std::string(cameo->label) : "");
    s += Data("quad", std::to_string(graph::QuadOfCode(r.code)));
    s += Data("goldstein", Num(cameo ? cameo->goldstein : 0.0));
    s += Data("date", r.date.Value());
    s += Data("granularity", r.date.known ? std::string(graph::GranularityName(r.date.granularity)) : "");
    s += Data("date_start", DateStart(r.date));
    s += Data("negated", Bool(r.negated));
    s += Data("symmetric", Bool(r.symmetric));
    s += Data("mentions", std::to_string(r.mentions));
    s += Data("articles", std::to_string(r.articles));
    s += Data("sources", std::to_string(r.sources));
    s += Data("first_seen", IsoTimestamp(r.first_seen));
    s += Data("last_seen", IsoTimestamp(r.last_seen));
    s += Data("confidence", Num(r.confidence));
    s += "    </edge>\n";
    file_.Write(s);
    ++counts_.events;
    counts_.mentions += e.mentions->size();
  }

  base::Status Finish(const std::vector<const graph::Actor*>& actors,
                      const std::map<std::string, store::ArticleInfo>& articles) override {
    for (const graph::Actor* a : actors) {
      std::string s = "    <node id=\"" + XmlEscape(a->id) + "\">\n";
      s += Data("name", a->name);
      s += Data("kind", std::string(graph::ActorKindName(a->kind)));
      s += Data("country", a->country);
      s += Data("sector", a->sector);
      s += Data("role", a->role);
      s += Data("key", a->Key());
      s += "    </node>\n";
      file_.Write(s);
      ++counts_.actors;
    }
    counts_.articles = articles.size();
    file_.Write("  </graph>\n</graphml>\n");
    return file_.Commit();
  }

  const ExportCounts& counts() const override { return counts_; }

 private:
  TableFile file_;
  ExportCounts counts_;
};

}  // namespace

std::unique_ptr<ExportSink> MakeGraphmlSink() { return std::make_unique<GraphmlSink>(); }

}  // namespace dipgraph::cli
