// `dipgraph render`: draws part of the temporal graph with Graphviz,
// in-process (viz/): an ego network (--center A [--hops N]), the paths
// between two actors (--path A B [--time-respecting]), the ties among a set
// (--actors A,B,C), a timeline (--timeline A [B]), or, with no selection,
// the whole window pruned to --max-nodes by activity. Query filters as for
// the other query commands. Output format from --format or the extension.

#include <fmt/core.h>

#include <set>

#include "cli/actor_resolver.h"
#include "cli/command.h"
#include "cli/event_source.h"
#include "cli/query_options.h"
#include "graph/activity.h"
#include "graph/ego_network.h"
#include "graph/paths.h"
#include "graph/temporal_paths.h"
#include "graph/tie.h"
#include "viz/graph_diagram.h"
#include "viz/renderer.h"

namespace dipgraph::cli {

namespace {

struct RenderFlags {
  std::string out;
  std::string format;
  std::string layout;  // empty: dot, or sfdp for dense selections
  std::string center;
  int hops = 1;
  std::vector<std::string> path;
  bool time_respecting = false;
  bool directed = false;
  size_t k = 1;
  std::vector<std::string> actors;
  std::vector<std::string> timeline;
  size_t max_nodes = 60;
  std::string title;
  QueryFlags query;
};

// "2024-01 .. 2024-06, roots 04,05, min mentions 2" for the subtitle.
std::string DescribeFilters(const QueryFlags& q) {
  std::string s = q.from.empty() && q.to.empty()
                      ? std::string("all dates")
                      : (q.from.empty() ? std::string("…") : q.from) + " .. " +
                            (q.to.empty() ? std::string("…") : q.to);
  auto join = [](const auto& v) {
    std::string out;
    for (const auto& x : v) out += (out.empty() ? "" : ",") + fmt::format("{}", x);
    return out;
  };
  if (!q.codes.empty()) s += ", codes " + join(q.codes);
  if (!q.roots.empty()) s += ", roots " + join(q.roots);
  if (!q.quads.empty()) s += ", quads " + join(q.quads);
  if (q.cooperation) s += ", cooperation only";
  if (q.conflict) s += ", conflict only";
  if (q.min_mentions > 0) s += fmt::format(", min mentions {}", q.min_mentions);
  return s;
}

base::Result<viz::Diagram> BuildDiagram(const store::EventStore& store, const RenderFlags& f,
                                        const QueryFilter& q) {
  ActorResolver resolver(store);
  EventSource source(store, resolver);
  const bool exact = f.query.exact;
  auto resolve_all = [&](const std::vector<std::string>& names)
      -> base::Result<std::vector<ResolvedActor>> {
    std::vector<ResolvedActor> out;
    for (const auto& n : names) {
      auto r = resolver.Resolve(n, exact);
      if (!r.ok()) return r.status();
      out.push_back(std::move(*r));
    }
    return out;
  };
  auto pointers = [](const std::vector<ResolvedActor>& v) {
    std::vector<const ResolvedActor*> p;
    for (const auto& r : v) p.push_back(&r);
    return p;
  };

  if (!f.timeline.empty()) {
    DIPGRAPH_ASSIGN_OR_RETURN(auto who, resolve_all(f.timeline));
    DIPGRAPH_ASSIGN_OR_RETURN(auto records,
                              source.EventsOf(q, who[0], who.size() > 1 ? &who[1] : nullptr));
    std::vector<viz::TimelineEvent> events;
    for (const auto& r : records) {
      const graph::Actor* s = resolver.Find(r.source);
      const graph::Actor* t = resolver.Find(r.target);
      auto bare = [](const std::string& id) {
        graph::Actor a;
        a.id = id;
        a.name = id;
        return a;
      };
      events.push_back({r, s ? *s : bare(r.source), t ? *t : bare(r.target)});
    }
    if (events.empty()) return base::Status::InvalidArgument("nothing to draw: no events match");
    viz::Diagram d = viz::TimelineDiagram(events);
    d.title = "Timeline of " + who[0].actor.name + (who.size() > 1 ? " and " + who[1].actor.name : "");
    return d;
  }

  if (!f.path.empty()) {
    DIPGRAPH_ASSIGN_OR_RETURN(auto ends, resolve_all(f.path));
    DIPGRAPH_ASSIGN_OR_RETURN(auto g, source.BuildGraph(q, KeyViewFor(pointers(ends), exact)));
    auto a = VertexOf(g, ends[0]);
    auto b = VertexOf(g, ends[1]);
    if (!a || !b) {
      return base::Status::NotFound("no events of " + (a ? ends[1] : ends[0]).actor.name +
                                    " in the selected window");
    }
    viz::Diagram d;
    if (f.time_respecting) {
      graph::TemporalPathOptions o;
      o.directed = f.directed;
      o.from_day = q.filter.from_day;
      o.to_day = q.filter.to_day;
      auto p = graph::EarliestArrivalPath(g, *a, *b, o);
      if (!p) return base::Status::NotFound("no time-respecting path from " + ends[0].actor.name +
                                            " to " + ends[1].actor.name);
      d = viz::TemporalPathDiagram(g, *p, *a, *b);
      d.title = "Time-respecting path " + ends[0].actor.name + " → " + ends[1].actor.name;
    } else {
      const graph::TieView ties(g, f.directed);
      graph::PathOptions o;
      o.k = f.k;
      auto paths = graph::KShortestPaths(ties, *a, *b, o);
      if (paths.empty()) return base::Status::NotFound("no path between " + ends[0].actor.name +
                                                       " and " + ends[1].actor.name);
      d = viz::PathDiagram(g, paths);
      d.title = (f.k > 1 ? fmt::format("{} shortest paths ", paths.size()) : std::string("Shortest path ")) +
                ends[0].actor.name + " – " + ends[1].actor.name;
    }
    return d;
  }

  std::vector<ResolvedActor> named;
  if (!f.center.empty()) {
    DIPGRAPH_ASSIGN_OR_RETURN(named, resolve_all({f.center}));
  } else if (!f.actors.empty()) {
    DIPGRAPH_ASSIGN_OR_RETURN(named, resolve_all(f.actors));
  }
  graph::BuildOptions options = named.empty() ? graph::BuildOptions{} : KeyViewFor(pointers(named), exact);
  if (named.empty()) options.by_key = !exact;  // a whole window reads best state by state
  base::Result<graph::TemporalGraph> built =
      (!f.center.empty() && f.hops <= 1) ? source.BuildGraphOf(q, named[0], options)
                                         : source.BuildGraph(q, options);
  if (!built.ok()) return built.status();
  const graph::TemporalGraph& g = *built;
  std::vector<graph::Vertex> vertices;
  std::set<graph::Vertex> highlight;
  std::string title;
  if (!f.center.empty()) {
    auto c = VertexOf(g, named[0]);
    if (!c) return base::Status::InvalidArgument("nothing to draw: no events of " + named[0].actor.name);
    const graph::TieView ties(g, /*directed=*/false);
    graph::EgoOptions o;
    o.hops = f.hops;
    o.max_members = f.max_nodes > 1 ? f.max_nodes - 1 : 1;
    const graph::EgoNetwork ego = graph::MakeEgoNetwork(ties, *c, o);
    vertices.push_back(*c);
    for (const auto& m : ego.members) vertices.push_back(m.vertex);
    highlight.insert(*c);
    title = "Ego network of " + named[0].actor.name + fmt::format(" ({} hop{})", f.hops, f.hops == 1 ? "" : "s");
  } else if (!named.empty()) {
    for (const auto& r : named) {
      if (auto v = VertexOf(g, r)) {
        vertices.push_back(*v);
        highlight.insert(*v);
      }
    }
    title = "Ties among " + std::to_string(named.size()) + " actors";
  } else {
    vertices = graph::MostActiveVertices(g, f.max_nodes);
    title = fmt::format("The {} most active actors", vertices.size());
  }
  if (vertices.empty()) return base::Status::InvalidArgument("nothing to draw: no events match");
  viz::Diagram d = viz::NetworkDiagram(g, vertices, highlight);
  d.title = title;
  return d;
}

int RunRender(const CommandContext& ctx, const RenderFlags& f) {
  int modes = !f.center.empty() + !f.path.empty() + !f.actors.empty() + !f.timeline.empty();
  if (modes > 1) {
    return Fail("render", base::Status::InvalidArgument(
        "choose one of --center, --path, --actors, --timeline (or none for the whole window)"));
  }
  if (!f.path.empty() && f.path.size() != 2) {
    return Fail("render", base::Status::InvalidArgument("--path takes two actors"));
  }
  if (f.timeline.size() > 2) return Fail("render",
      base::Status::InvalidArgument("--timeline takes one or two actors"));
  viz::RenderOptions options;
  auto format = f.format.empty() ? viz::OutputFormatForPath(f.out) : viz::ParseOutputFormat(f.format);
  if (!format.ok()) return Fail("render", format.status());
  options.format = *format;
  if (!f.layout.empty()) {
    auto layout = viz::ParseLayoutEngine(f.layout);
    if (!layout.ok()) return Fail("render", layout.status());
  }
  auto q = MakeFilter(f.query);
  if (!q.ok()) return Fail("render", q.status());
  auto store = OpenForQuery(ctx);
  if (!store.ok()) return Fail("render", store.status());
  auto diagram = BuildDiagram(**store, f, *q);
  if (!diagram.ok()) {
    // Selections that name unknown actors or match nothing are runtime
    // errors of this database, not usage errors.
    fmt::print(stderr, "dipgraph render: {}\n", diagram.status().message());
    return kExitFailure;
  }
  if (!f.title.empty()) diagram->title = f.title;
  // dot draws the clearest hierarchy but slows down steeply on dense
  // selections; sfdp lays out 500 ties in a fraction of a second.
  options.layout = f.layout.empty() ? (diagram->edges.size() > 150 ? viz::LayoutEngine::kSfdp
                                                                   : viz::LayoutEngine::kDot)
                                    : *viz::ParseLayoutEngine(f.layout);
  diagram->subtitle = DescribeFilters(f.query);
  if (auto s = viz::RenderToFile(*diagram, options, f.out); !s.ok()) {
    fmt::print(stderr, "dipgraph render: {}\n", s.message());
    return kExitFailure;
  }
  fmt::print(stderr, "dipgraph render: {} nodes, {} edges -> {}\n", diagram->nodes.size(),
             diagram->edges.size(), f.out);
  return kExitOk;
}

}  // namespace

void RegisterRender(CLI::App& app, CommandContext& ctx) {
  auto f = std::make_shared<RenderFlags>();
  CLI::App* sub = app.add_subcommand(
      "render", "Render a network diagram or timeline with Graphviz (svg, png, pdf, dot)");
  AddDbOption(sub, ctx);
  sub->add_option("-o,--out", f->out, "Output file")->required();
  sub->add_option("--format", f->format, "svg, png, pdf or dot (default: from the file extension)");
  sub->add_option("--layout", f->layout,
                  "dot, neato, fdp, sfdp or circo (default: dot; sfdp above 150 ties)");
  sub->add_option("--center", f->center, "Ego network of this actor");
  sub->add_option("--hops", f->hops, "Ego network radius (default: 1)")->check(CLI::Range(1, 6));
  sub->add_option("--path", f->path, "Paths between two actors: --path A B")->expected(2);
  sub->add_flag("--time-respecting", f->time_respecting, "With --path: earliest-arrival path in time order");
  sub->add_flag("--directed", f->directed, "With --path: follow source -> target only");
  sub->add_option("--k", f->k, "With --path: the k shortest paths (default: 1)")->check(CLI::Range(1, 20));
  sub->add_option("--actors", f->actors, "The ties among these actors (A,B,C)")->delimiter(',');
  sub->add_option("--timeline", f->timeline, "Events of A (or between A and B) left to right by date")
      ->expected(1, 2);
  sub->add_option("--max-nodes", f->max_nodes, "Keep at most this many actors, by activity (default: 60)")
      ->check(CLI::Range(2, 10000));
  sub->add_option("--title", f->title, "Diagram title (default: describes the selection)");
  AddQueryFlags(sub, f->query, /*negation_default=*/false);
  sub->callback([&ctx, f] { ctx.run = [&ctx, f] { return RunRender(ctx, *f); }; });
}

}  // namespace dipgraph::cli
