#include "cli/python/py_database.h"

#include <fmt/core.h>

#include <algorithm>
#include <cstdint>
#include <unordered_set>
#include <utility>

#include "base/civil_date.h"
#include "cli/event_source.h"
#include "cli/query_output.h"
#include "extract/article_json.h"
#include "extract/event_json.h"
#include "extract/extractor.h"
#include "graph/paths.h"
#include "graph/ranking.h"
#include "graph/temporal_paths.h"
#include "graph/tie.h"

namespace dipgraph::python {

namespace {

// An actor the store does not know, shown by its id (as the CLI does).
graph::Actor Bare(const std::string& id) {
  return graph::Actor{id, graph::ActorKind::kState, "", "", id, ""};
}

// Date order of the query commands: known dates first, by first day, then
// by id.
bool DateOrder(const graph::EventRecord& x, const graph::EventRecord& y) {
  if (x.date.known != y.date.known) return x.date.known;
  if (x.date.known && x.date.FirstDay() != y.date.FirstDay()) {
    return x.date.FirstDay() < y.date.FirstDay();
  }
  return x.id < y.id;
}

// Appends `members` to a JSON object text (which ends in '}').
std::string WithMembers(std::string object, const std::string& members) {
  object.pop_back();
  return object + "," + members + "}";
}

std::string ActorText(const graph::Actor& actor) {
  return WithMembers(extract::ActorToJson(actor), "\"key\":" + cli::JsonString(actor.Key()));
}

std::string DayOrNull(const std::optional<base::CivilDay>& d) {
  return d ? cli::JsonString(base::FormatIsoDay(*d)) : "null";
}


}  // namespace

Database::Database(std::unique_ptr<store::EventStore> store, std::string path)
    : store_(std::move(store)), resolver_(*store_), path_(std::move(path)) {}

base::Result<std::unique_ptr<Database>> Database::Open(const std::string& path) {
  store::StoreOptions options;
  options.mode = store::OpenMode::kReadOnly;
  options.create_if_missing = false;
  DIPGRAPH_ASSIGN_OR_RETURN(auto store, store::EventStore::Open(options, path));
  return std::unique_ptr<Database>(new Database(std::move(store), path));
}

base::Result<std::string> Database::RecordText(const graph::EventRecord& r, size_t evidence) {
  std::vector<store::EventMention> mentions;
  if (evidence > 0) {
    DIPGRAPH_ASSIGN_OR_RETURN(mentions, store_->GetMentions(r.id));
    if (mentions.size() > evidence) mentions.resize(evidence);
  }
  const graph::Actor* src = resolver_.Find(r.source);
  const graph::Actor* tgt = resolver_.Find(r.target);
  return cli::RecordJson(r, src ? *src : Bare(r.source), tgt ? *tgt : Bare(r.target), mentions);
}

base::Result<std::vector<std::string>> Database::RecordsText(
    std::vector<graph::EventRecord> records, size_t limit, size_t evidence) {
  if (limit > 0 && records.size() > limit) records.resize(limit);
  std::vector<std::string> out;
  out.reserve(records.size());
  for (const graph::EventRecord& r : records) {
    DIPGRAPH_ASSIGN_OR_RETURN(std::string text, RecordText(r, evidence));
    out.push_back(std::move(text));
  }
  return out;
}

base::Result<std::vector<std::string>> Database::Timeline(const std::string& a,
                                                          const std::optional<std::string>& b,
                                                          const cli::QueryFlags& flags,
                                                          size_t limit, size_t evidence) {
  std::lock_guard<std::mutex> lock(mu_);
  DIPGRAPH_ASSIGN_OR_RETURN(cli::QueryFilter q, cli::MakeFilter(flags));
  DIPGRAPH_ASSIGN_OR_RETURN(cli::ResolvedActor ra, resolver_.Resolve(a, flags.exact));
  std::optional<cli::ResolvedActor> rb;
  if (b) {
    DIPGRAPH_ASSIGN_OR_RETURN(rb, resolver_.Resolve(*b, flags.exact));
  }
  cli::EventSource source(*store_, resolver_);
  DIPGRAPH_ASSIGN_OR_RETURN(auto records, source.EventsOf(q, ra, rb ? &*rb : nullptr));
  return RecordsText(std::move(records), limit, evidence);
}

base::Result<std::vector<std::string>> Database::Events(const std::vector<std::string>& actors,
                                                        const cli::QueryFlags& flags,
                                                        size_t limit, size_t evidence) {
  std::lock_guard<std::mutex> lock(mu_);
  DIPGRAPH_ASSIGN_OR_RETURN(cli::QueryFilter q, cli::MakeFilter(flags));
  std::vector<graph::EventRecord> records;
  if (actors.empty()) {
    // A whole-store scan: one read of all actors beats a Get per id.
    DIPGRAPH_RETURN_IF_ERROR(resolver_.LoadAll());
    DIPGRAPH_RETURN_IF_ERROR(store_->ForEachEvent(q.window, [&](const graph::EventRecord& r) {
      if (q.filter.Matches(r, resolver_.Find(r.source), resolver_.Find(r.target))) {
        records.push_back(r);
      }
      return true;
    }));
    DIPGRAPH_RETURN_IF_ERROR(resolver_.status());
  } else {
    // The union of each actor's events through the actor index.
    cli::EventSource source(*store_, resolver_);
    std::unordered_set<uint64_t> seen;
    for (const std::string& name : actors) {
      DIPGRAPH_ASSIGN_OR_RETURN(cli::ResolvedActor ra, resolver_.Resolve(name, flags.exact));
      DIPGRAPH_ASSIGN_OR_RETURN(auto mine, source.EventsOf(q, ra, nullptr));
      for (auto& r : mine) {
        if (seen.insert(r.id).second) records.push_back(std::move(r));
      }
    }
    std::sort(records.begin(), records.end(), DateOrder);
  }
  return RecordsText(std::move(records), limit, evidence);
}

base::Result<std::optional<std::string>> Database::Event(uint64_t id) {
  std::lock_guard<std::mutex> lock(mu_);
  DIPGRAPH_ASSIGN_OR_RETURN(auto record, store_->GetEvent(id));
  if (!record) return std::optional<std::string>();
  DIPGRAPH_ASSIGN_OR_RETURN(std::string text, RecordText(*record, SIZE_MAX));
  return std::optional<std::string>(std::move(text));
}

base::Result<std::vector<std::string>> Database::Path(const std::string& a, const std::string& b,
                                                      const cli::QueryFlags& flags,
                                                      const PathArgs& args) {
  std::lock_guard<std::mutex> lock(mu_);
  if (args.weight != "hops" && args.weight != "events") {
    return base::Status::InvalidArgument("weight " + args.weight + ": hops or events");
  }
  DIPGRAPH_ASSIGN_OR_RETURN(cli::QueryFilter q, cli::MakeFilter(flags));
  DIPGRAPH_ASSIGN_OR_RETURN(cli::ResolvedActor ra, resolver_.Resolve(a, flags.exact));
  DIPGRAPH_ASSIGN_OR_RETURN(cli::ResolvedActor rb, resolver_.Resolve(b, flags.exact));
  cli::EventSource source(*store_, resolver_);
  graph::BuildOptions build = cli::KeyViewFor({&ra, &rb}, flags.exact);
  build.filter = q.filter;
  DIPGRAPH_ASSIGN_OR_RETURN(graph::TemporalGraph g, source.BuildGraph(q, std::move(build)));
  for (const cli::ResolvedActor* r : {&ra, &rb}) {
    if (!cli::VertexOf(g, *r)) {
      return base::Status::NotFound(r->actor.id + " has no events in the selection");
    }
  }
  const graph::Vertex va = *cli::VertexOf(g, ra);
  const graph::Vertex vb = *cli::VertexOf(g, rb);

  // One event of a hop, with its strongest sentence.
  auto event_text = [&](uint64_t id) -> base::Result<std::string> {
    DIPGRAPH_ASSIGN_OR_RETURN(auto record, store_->GetEvent(id));
    if (!record) return base::Status::Corruption("event " + std::to_string(id) + " vanished");
    return RecordText(*record, 1);
  };

  std::vector<std::string> out;
  if (args.time_respecting) {
    graph::TemporalPathOptions o;
    o.directed = args.directed;
    o.from_day = q.filter.from_day;
    o.to_day = q.filter.to_day;
    auto path = graph::EarliestArrivalPath(g, va, vb, o);
    if (!path) return out;
    std::string steps;
    for (const graph::TimedHop& h : path->hops) {
      DIPGRAPH_ASSIGN_OR_RETURN(std::string ev, event_text(g.event(h.edge).record_id));
      steps += fmt::format(R"({}{{"from":{},"to":{},"day":"{}","event":{}}})",
                           steps.empty() ? "" : ",", cli::JsonString(g.actor(h.from).id),
                           cli::JsonString(g.actor(h.to).id), cli::DayText(h.day), ev);
    }
    out.push_back(fmt::format(
        R"({{"path":1,"time_respecting":true,"hops":{},"arrival":"{}","steps":[{}]}})",
        path->hops.size(), path->hops.empty() ? "" : cli::DayText(path->arrival_day), steps));
    return out;
  }

  const graph::TieView ties(g, args.directed);
  graph::PathOptions po;
  po.k = args.k;
  po.max_hops = args.max_hops;
  po.weight =
      args.weight == "events" ? graph::PathWeight::kInverseEvents : graph::PathWeight::kHops;
  const auto paths = graph::KShortestPaths(ties, va, vb, po);
  for (size_t i = 0; i < paths.size(); ++i) {
    const graph::TiePath& p = paths[i];
    std::string steps;
    for (size_t j = 0; j < p.ties.size(); ++j) {
      const graph::Vertex u = p.vertices[j];
      const graph::Vertex v = p.vertices[j + 1];
      auto edges = g.EdgesBetween(u, v, args.directed);
      if (args.directed) {
        // Symmetric events stored v->u also justify u->v.
        for (const graph::Edge& e : g.EdgesBetween(v, u, true)) {
          if (g.event(e).symmetric) edges.push_back(e);
        }
      }
      std::string events;
      for (const graph::Edge& e : graph::StrongestEdges(g, std::move(edges), args.events)) {
        DIPGRAPH_ASSIGN_OR_RETURN(std::string ev, event_text(g.event(e).record_id));
        events += (events.empty() ? "" : ",") + ev;
      }
      steps += fmt::format(R"({}{{"from":{},"to":{},"tie":{},"events":[{}]}})",
                           steps.empty() ? "" : ",", cli::JsonString(g.actor(u).id),
                           cli::JsonString(g.actor(v).id), cli::TieJson(ties.tie(p.ties[j])),
                           events);
    }
    std::string names;
    for (graph::Vertex v : p.vertices) {
      names += (names.empty() ? "" : ",") + cli::JsonString(g.actor(v).id);
    }
    out.push_back(fmt::format(R"({{"path":{},"hops":{},"cost":{},"actors":[{}],"steps":[{}]}})",
                              i + 1, p.hops(), p.cost, names, steps));
  }
  return out;
}

base::Result<std::vector<std::string>> Database::Actors(const std::optional<std::string>& search,
                                                        size_t limit) {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<std::string> out;
  if (search) {
    DIPGRAPH_ASSIGN_OR_RETURN(
        auto found, store_->FindActors(*search, store::AliasMatch::kSubstring,
                                       limit > 0 ? limit : SIZE_MAX));
    for (const graph::Actor& actor : found) out.push_back(ActorText(actor));
    return out;
  }
  DIPGRAPH_RETURN_IF_ERROR(store_->ForEachActor([&](const graph::Actor& actor) {
    out.push_back(ActorText(actor));
    return limit == 0 || out.size() < limit;
  }));
  return out;
}

base::Result<std::string> Database::Resolve(const std::string& name, bool exact) {
  std::lock_guard<std::mutex> lock(mu_);
  DIPGRAPH_ASSIGN_OR_RETURN(cli::ResolvedActor r, resolver_.Resolve(name, exact));
  std::string members;
  for (const std::string& id : r.members) {
    members += (members.empty() ? "" : ",") + cli::JsonString(id);
  }
  return WithMembers(ActorText(r.actor), "\"members\":[" + members + "]");
}

base::Result<std::string> Database::Stats() {
  std::lock_guard<std::mutex> lock(mu_);
  DIPGRAPH_ASSIGN_OR_RETURN(store::StoreStats s, store_->Stats());
  return fmt::format(
      R"({{"db":{},"format_version":{},"actors":{},"events":{},"unknown_date_events":{},)"
      R"("mentions":{},"articles":{},"first_date":{},"last_date":{},"size_bytes":{}}})",
      cli::JsonString(path_), s.format_version, s.actors, s.events, s.unknown_date_events,
      s.mentions, s.articles, DayOrNull(s.first_day), DayOrNull(s.last_day), s.size_bytes);
}

namespace {

// The extractor with the embedded lexicons, created on first use; its
// creation error, if any, is kept and returned on every call.
const base::Result<std::unique_ptr<extract::Extractor>>& SharedExtractor() {
  static const base::Result<std::unique_ptr<extract::Extractor>> extractor =
      extract::Extractor::Create(extract::ExtractorOptions{});
  return extractor;
}

}  // namespace

base::Result<std::vector<std::string>> ExtractText(const std::string& text,
                                                   const std::optional<std::string>& date,
                                                   const std::optional<std::string>& lang,
                                                   const std::optional<std::string>& title,
                                                   const std::string& id) {
  // Built as an article line so that dates and languages are checked
  // exactly as `dipgraph extract` checks its input.
  std::string line = "{\"id\":" + cli::JsonString(id) + ",\"text\":" + cli::JsonString(text);
  if (date) line += ",\"date\":" + cli::JsonString(*date);
  if (lang) line += ",\"lang\":" + cli::JsonString(*lang);
  if (title) line += ",\"title\":" + cli::JsonString(*title);
  line += "}";
  DIPGRAPH_ASSIGN_OR_RETURN(graph::Article article, extract::ParseArticleJson(line));
  const auto& extractor = SharedExtractor();
  if (!extractor.ok()) return extractor.status();
  std::vector<std::string> out;
  for (const graph::Event& e : (*extractor)->Extract(article)) {
    out.push_back(extract::EventToJson(e));
  }
  return out;
}

}  // namespace dipgraph::python
