// `dipgraph neighbors A`: the actors A had events with (its ego network),
// within --hops, with the strength of each tie: events by quad class,
// mean Goldstein, mentions, first and last date.

#include <fmt/core.h>

#include <memory>
#include <string>

#include "cli/actor_resolver.h"
#include "cli/command.h"
#include "cli/event_source.h"
#include "cli/query_options.h"
#include "cli/query_output.h"
#include "extract/event_json.h"
#include "graph/ego_network.h"
#include "graph/tie.h"

namespace dipgraph::cli {

namespace {

struct NeighborsOptions {
  std::string actor;
  QueryFlags flags;
  int hops = 1;
  size_t limit = 0;
  bool directed = false;
};

std::string DateRange(const graph::Tie& t) {
  if (t.dated_events == 0) return "?";
  return DayText(t.first_day) + ".." + DayText(t.last_day);
}

int RunNeighbors(const CommandContext& ctx, const NeighborsOptions& opt) {
  if (opt.hops < 1) return Fail("neighbors",
      base::Status::InvalidArgument("--hops must be at least 1"));
  auto q = MakeFilter(opt.flags);
  if (!q.ok()) return Fail("neighbors", q.status());
  auto store = OpenForQuery(ctx);
  if (!store.ok()) return Fail("neighbors", store.status());
  ActorResolver resolver(**store);
  auto a = resolver.Resolve(opt.actor, opt.flags.exact);
  if (!a.ok()) return Fail("neighbors", a.status());
  EventSource source(**store, resolver);
  graph::BuildOptions build = KeyViewFor({&*a}, opt.flags.exact);
  build.filter = q->filter;
  // One hop needs A's own events only: read them through the actor index.
  auto g = opt.hops == 1 ? source.BuildGraphOf(*q, *a, std::move(build))
                         : source.BuildGraph(*q, std::move(build));
  if (!g.ok()) return Fail("neighbors", g.status());
  const auto center = VertexOf(*g, *a);
  if (!center) {
    if (!opt.flags.json) fmt::print("{} has no events in the selection\n", a->actor.id);
    return kExitOk;
  }
  const graph::TieView ties(*g, opt.directed);
  graph::EgoOptions eo;
  eo.hops = opt.hops;
  eo.max_members = opt.limit;
  const graph::EgoNetwork ego = graph::MakeEgoNetwork(ties, *center, eo);

  if (!opt.flags.json) {
    fmt::print("{:>4} {:>3} {} {} {:>6} {:>5} {:>5} {:>6} {:>6}  {}\n", "#", "hop",
               Pad("neighbor", 28), Pad("via", 20), "events", "coop", "confl", "gold", "ment",
               "dates");
  }
  size_t rank = 0;
  for (const graph::EgoMember& m : ego.members) {
    const graph::Tie& t = ties.tie(m.via_tie);
    ++rank;
    if (opt.flags.json) {
      fmt::print(R"({{"rank":{},"actor":{},"distance":{},"via":{},"tie":{}}})" "\n", rank,
                 extract::ActorToJson(g->actor(m.vertex)), m.distance,
                 JsonString(g->actor(m.via).id), TieJson(t));
      continue;
    }
    fmt::print("{:>4} {:>3} {} {} {:>6} {:>5} {:>5} {:>6.1f} {:>6}  {}\n", rank, m.distance,
               Pad(Clip(ActorName(g->actor(m.vertex)), 28), 28),
               Pad(Clip(m.distance == 1 ? "" : ActorName(g->actor(m.via)), 20), 20), t.events,
               t.cooperation(), t.conflict(), t.goldstein_mean(), t.mentions, DateRange(t));
  }
  if (!opt.flags.json) {
    fmt::print("{} neighbor{} of {} within {} hop{}\n", ego.members.size(),
               ego.members.size() == 1 ? "" : "s", ActorName(a->actor), opt.hops,
               opt.hops == 1 ? "" : "s");
  }
  return kExitOk;
}

}  // namespace

void RegisterNeighbors(CLI::App& app, CommandContext& ctx) {
  auto opt = std::make_shared<NeighborsOptions>();
  CLI::App* sub = app.add_subcommand(
      "neighbors", "Actors connected to an actor within N hops, with tie strengths");
  sub->add_option("actor", opt->actor, "The actor (id or name)")->required();
  AddQueryFlags(sub, opt->flags, /*negation_default=*/false);
  sub->add_option("--hops", opt->hops, "How far to walk (default 1)");
  sub->add_option("--limit", opt->limit, "Show at most this many neighbors (0: all)");
  sub->add_flag("--directed", opt->directed, "Only actors the actor acted on (source->target)");
  AddDbOption(sub, ctx);
  sub->callback([&ctx, opt] { ctx.run = [&ctx, opt] { return RunNeighbors(ctx, *opt); }; });
}

}  // namespace dipgraph::cli
