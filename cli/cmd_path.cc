// `dipgraph path A B`: how are two actors connected? The k shortest
// relationship paths over ties (each hop listed with the events that
// justify it), or with --time-respecting the earliest-arriving chain of
// events through which a message could have passed from A to B. Exits 1
// when there is no path.

#include <fmt/core.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "cli/actor_resolver.h"
#include "cli/command.h"
#include "cli/event_source.h"
#include "cli/query_options.h"
#include "cli/query_output.h"
#include "graph/paths.h"
#include "graph/ranking.h"
#include "graph/temporal_paths.h"
#include "graph/tie.h"

namespace dipgraph::cli {

namespace {

struct PathOptions {
  std::string from;
  std::string to;
  QueryFlags flags;
  size_t k = 1;
  bool directed = false;
  bool time_respecting = false;
  std::string weight = "hops";
  size_t max_hops = 0;
  size_t events = 3;  // events shown per hop
};

// Prints (or returns as JSON) one event of a hop, with its evidence.
class EventPrinter {
 public:
  EventPrinter(const store::EventStore& store, ActorResolver& resolver)
      : store_(store), resolver_(resolver) {}

  base::Result<std::string> Json(uint64_t id) {
    DIPGRAPH_ASSIGN_OR_RETURN(auto record, store_.GetEvent(id));
    if (!record) return base::Status::Corruption("event " + std::to_string(id) + " vanished");
    DIPGRAPH_ASSIGN_OR_RETURN(auto mentions, store_.GetMentions(id));
    if (mentions.size() > 1) mentions.resize(1);
    return RecordJson(*record, Actor(record->source), Actor(record->target), mentions);
  }

  base::Status Print(uint64_t id) {
    DIPGRAPH_ASSIGN_OR_RETURN(auto record, store_.GetEvent(id));
    if (!record) return base::Status::Corruption("event " + std::to_string(id) + " vanished");
    DIPGRAPH_ASSIGN_OR_RETURN(auto mentions, store_.GetMentions(id));
    fmt::print("      {} {} {}{} {} {} ({} mention{})\n", Pad(DateText(record->date), 10),
               ActorName(Actor(record->source)), record->negated ? "NOT " : "", record->code,
               CodeLabel(record->code), ActorName(Actor(record->target)), record->mentions,
               record->mentions == 1 ? "" : "s");
    if (!mentions.empty()) {
      fmt::print("        {}: {}\n", mentions[0].article, Clip(mentions[0].text, 100));
    }
    return base::Status::OK();
  }

 private:
  graph::Actor Actor(const std::string& id) {
    if (const graph::Actor* a = resolver_.Find(id)) return *a;
    return graph::Actor{id, graph::ActorKind::kState, "", "", id, ""};
  }

  const store::EventStore& store_;
  ActorResolver& resolver_;
};


int RunTimeRespecting(const graph::TemporalGraph& g, graph::Vertex a, graph::Vertex b,
                      const QueryFilter& q, const PathOptions& opt, EventPrinter& printer) {
  graph::TemporalPathOptions o;
  o.directed = opt.directed;
  o.from_day = q.filter.from_day;
  o.to_day = q.filter.to_day;
  auto path = graph::EarliestArrivalPath(g, a, b, o);
  if (!path) {
    if (!opt.flags.json) fmt::print("no time-respecting path\n");
    return kExitFailure;
  }
  if (opt.flags.json) {
    std::string steps;
    for (const graph::TimedHop& h : path->hops) {
      auto ev = printer.Json(g.event(h.edge).record_id);
      if (!ev.ok()) return Fail("path", ev.status());
      steps += fmt::format(R"({}{{"from":{},"to":{},"day":"{}","event":{}}})",
                           steps.empty() ? "" : ",", JsonString(g.actor(h.from).id),
                           JsonString(g.actor(h.to).id), DayText(h.day), *ev);
    }
    fmt::print(R"({{"path":1,"time_respecting":true,"hops":{},"arrival":"{}","steps":[{}]}})"
               "\n",
               path->hops.size(), path->hops.empty() ? "" : DayText(path->arrival_day), steps);
    return kExitOk;
  }
  fmt::print("time-respecting path, {} hop{}, arriving {}:\n", path->hops.size(),
             path->hops.size() == 1 ? "" : "s",
             path->hops.empty() ? "at once" : DayText(path->arrival_day));
  for (const graph::TimedHop& h : path->hops) {
    fmt::print("  {} {} -> {}\n", DayText(h.day), ActorName(g.actor(h.from)),
               ActorName(g.actor(h.to)));
    if (auto s = printer.Print(g.event(h.edge).record_id); !s.ok()) return Fail("path", s);
  }
  return kExitOk;
}

int RunTiePaths(const graph::TemporalGraph& g, graph::Vertex a, graph::Vertex b,
                const PathOptions& opt, EventPrinter& printer) {
  const graph::TieView ties(g, opt.directed);
  graph::PathOptions po;
  po.k = opt.k;
  po.max_hops = opt.max_hops;
  po.weight = opt.weight == "events" ? graph::PathWeight::kInverseEvents : graph::PathWeight::kHops;
  const auto paths = graph::KShortestPaths(ties, a, b, po);
  if (paths.empty()) {
    if (!opt.flags.json) fmt::print("no path\n");
    return kExitFailure;
  }
  for (size_t i = 0; i < paths.size(); ++i) {
    const graph::TiePath& p = paths[i];
    std::string names, steps;
    for (size_t j = 0; j < p.vertices.size(); ++j) {
      names += (j ? " - " : "") + ActorName(g.actor(p.vertices[j]));
    }
    if (!opt.flags.json) {
      fmt::print("path {}: {} hop{}, cost {:.3g}: {}\n", i + 1, p.hops(), p.hops() == 1 ? "" : "s",
                 p.cost, names);
    }
    for (size_t j = 0; j < p.ties.size(); ++j) {
      const graph::Vertex u = p.vertices[j];
      const graph::Vertex v = p.vertices[j + 1];
      const graph::Tie& tie = ties.tie(p.ties[j]);
      auto edges = g.EdgesBetween(u, v, opt.directed);
      if (opt.directed) {
        // Symmetric events stored v->u also justify u->v.
        for (const graph::Edge& e : g.EdgesBetween(v, u, true)) {
          if (g.event(e).symmetric) edges.push_back(e);
        }
      }
      edges = graph::StrongestEdges(g, std::move(edges), opt.events);
      if (opt.flags.json) {
        std::string events;
        for (const graph::Edge& e : edges) {
          auto ev = printer.Json(g.event(e).record_id);
          if (!ev.ok()) return Fail("path", ev.status());
          events += (events.empty() ? "" : ",") + *ev;
        }
        steps += fmt::format(R"({}{{"from":{},"to":{},"tie":{},"events":[{}]}})",
                             steps.empty() ? "" : ",", JsonString(g.actor(u).id),
                             JsonString(g.actor(v).id), TieJson(tie), events);
        continue;
      }
      fmt::print("  {} -> {}: {} event{} ({} cooperation, {} conflict), Goldstein mean {:.1f}\n",
                 ActorName(g.actor(u)), ActorName(g.actor(v)), tie.events,
                 tie.events == 1 ? "" : "s", tie.cooperation(), tie.conflict(),
                 tie.goldstein_mean());
      for (const graph::Edge& e : edges) {
        if (auto s = printer.Print(g.event(e).record_id); !s.ok()) return Fail("path", s);
      }
    }
    if (opt.flags.json) {
      std::string actors;
      for (graph::Vertex v : p.vertices) {
        actors += (actors.empty() ? "" : ",") + JsonString(g.actor(v).id);
      }
      fmt::print(R"({{"path":{},"hops":{},"cost":{},"actors":[{}],"steps":[{}]}})" "\n", i + 1,
                 p.hops(), p.cost, actors, steps);
    }
  }
  return kExitOk;
}

int RunPath(const CommandContext& ctx, const PathOptions& opt) {
  if (opt.weight != "hops" && opt.weight != "events") {
    return Fail("path",
        base::Status::InvalidArgument("--weight " + opt.weight + ": hops or events"));
  }
  auto q = MakeFilter(opt.flags);
  if (!q.ok()) return Fail("path", q.status());
  auto store = OpenForQuery(ctx);
  if (!store.ok()) return Fail("path", store.status());
  ActorResolver resolver(**store);
  auto a = resolver.Resolve(opt.from, opt.flags.exact);
  if (!a.ok()) return Fail("path", a.status());
  auto b = resolver.Resolve(opt.to, opt.flags.exact);
  if (!b.ok()) return Fail("path", b.status());
  EventSource source(**store, resolver);
  graph::BuildOptions build = KeyViewFor({&*a, &*b}, opt.flags.exact);
  build.filter = q->filter;
  auto g = source.BuildGraph(*q, std::move(build));
  if (!g.ok()) return Fail("path", g.status());
  const auto va = VertexOf(*g, *a);
  const auto vb = VertexOf(*g, *b);
  for (const auto* r : {&*a, &*b}) {
    if (!VertexOf(*g, *r)) {
      fmt::print(stderr, "dipgraph path: {} has no events in the selection\n", r->actor.id);
      return kExitFailure;
    }
  }
  EventPrinter printer(**store, resolver);
  if (opt.time_respecting) return RunTimeRespecting(*g, *va, *vb, *q, opt, printer);
  return RunTiePaths(*g, *va, *vb, opt, printer);
}

}  // namespace

void RegisterPath(CLI::App& app, CommandContext& ctx) {
  auto opt = std::make_shared<PathOptions>();
  CLI::App* sub = app.add_subcommand(
      "path", "Shortest (or time-respecting) relationship paths between two actors");
  sub->add_option("from", opt->from, "The first actor (id or name)")->required();
  sub->add_option("to", opt->to, "The second actor (id or name)")->required();
  AddQueryFlags(sub, opt->flags, /*negation_default=*/false);
  sub->add_option("--k", opt->k, "How many shortest paths (default 1)");
  sub->add_flag("--directed", opt->directed, "Follow events from source to target only");
  sub->add_flag("--time-respecting", opt->time_respecting,
                "The earliest-arriving chain of events in date order (each hop on or after "
                "the previous one; month/year dates count from their first day; undated "
                "events are left out)");
  sub->add_option("--weight", opt->weight,
                  "hops (default) or events: prefer ties with many events");
  sub->add_option("--max-hops", opt->max_hops, "Drop paths longer than this (0: no limit)");
  sub->add_option("--events", opt->events, "Events shown per hop (default 3)");
  AddDbOption(sub, ctx);
  sub->callback([&ctx, opt] { ctx.run = [&ctx, opt] { return RunPath(ctx, *opt); }; });
}

}  // namespace dipgraph::cli
