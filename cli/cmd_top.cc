// `dipgraph top`: the pairs of actors (or the actors) with the most events
// or mentions per month or year: "which pairs of states cooperated most
// last year?" is `dipgraph top --cooperation --from 2025 --to 2025`.
// Actors are merged into states (their actor key) unless --exact.

#include <fmt/core.h>

#include <memory>
#include <string>

#include "cli/actor_resolver.h"
#include "cli/command.h"
#include "cli/event_source.h"
#include "cli/query_options.h"
#include "cli/query_output.h"
#include "extract/event_json.h"
#include "graph/ranking.h"

namespace dipgraph::cli {

namespace {

struct TopOptions {
  QueryFlags flags;
  std::string by = "pairs";
  std::string period = "year";
  std::string rank_by = "events";
  size_t limit = 10;
  bool directed = false;
};

double Mean(double sum, uint64_t n) { return n ? sum / static_cast<double>(n) : 0.0; }

int RunTop(const CommandContext& ctx, const TopOptions& opt) {
  if (opt.by != "pairs" && opt.by != "actors") {
    return Fail("top", base::Status::InvalidArgument("--by " + opt.by + ": pairs or actors"));
  }
  const auto period = graph::ParsePeriod(opt.period);
  if (!period) {
    return Fail("top",
        base::Status::InvalidArgument("--period " + opt.period + ": month, year or all"));
  }
  const auto rank_by = graph::ParseRankBy(opt.rank_by);
  if (!rank_by) {
    return Fail("top",
        base::Status::InvalidArgument("--rank-by " + opt.rank_by + ": events or mentions"));
  }
  auto q = MakeFilter(opt.flags);
  if (!q.ok()) return Fail("top", q.status());
  auto store = OpenForQuery(ctx);
  if (!store.ok()) return Fail("top", store.status());
  ActorResolver resolver(**store);
  EventSource source(**store, resolver);
  graph::BuildOptions build = KeyViewFor({}, opt.flags.exact);
  build.filter = q->filter;
  auto g = source.BuildGraph(*q, std::move(build));
  if (!g.ok()) return Fail("top", g.status());
  graph::RankingOptions ro;
  ro.period = *period;
  ro.by = *rank_by;
  ro.limit = opt.limit;
  ro.directed = opt.directed;

  std::string last_period;
  size_t rank = 0;
  auto heading = [&](const std::string& p) {
    if (p == last_period) return;
    if (!opt.flags.json) {
      fmt::print("{}{}\n", last_period.empty() ? "" : "\n", p);
      if (opt.by == "pairs") {
        fmt::print("{:>4}  {}    {} {:>6} {:>6} {:>5} {:>5} {:>6}\n", "#", Pad("actor", 24),
                   Pad("actor", 24), "events", "ment", "coop", "confl", "gold");
      } else {
        fmt::print("{:>4}  {} {:>6} {:>6} {:>5} {:>5} {:>6}\n", "#", Pad("actor", 28), "events",
                   "ment", "coop", "confl", "gold");
      }
    }
    last_period = p;
    rank = 0;
  };
  if (opt.by == "pairs") {
    for (const graph::PairScore& s : graph::TopPairs(*g, ro)) {
      heading(s.period);
      ++rank;
      if (opt.flags.json) {
        fmt::print(
            R"({{"period":"{}","rank":{},"source":{},"target":{},"directed":{},"events":{},)"
            R"("mentions":{},"cooperation":{},"conflict":{},"goldstein_mean":{:.2f}}})" "\n",
            s.period, rank, extract::ActorToJson(g->actor(s.a)),
            extract::ActorToJson(g->actor(s.b)), opt.directed, s.events, s.mentions,
            s.cooperation, s.conflict, Mean(s.goldstein_sum, s.events));
        continue;
      }
      fmt::print("{:>4}  {} {} {} {:>6} {:>6} {:>5} {:>5} {:>6.1f}\n", rank,
                 Pad(Clip(ActorName(g->actor(s.a)), 24), 24), opt.directed ? "->" : "- ",
                 Pad(Clip(ActorName(g->actor(s.b)), 24), 24), s.events, s.mentions,
                 s.cooperation, s.conflict, Mean(s.goldstein_sum, s.events));
    }
  } else {
    for (const graph::ActorScore& s : graph::TopActors(*g, ro)) {
      heading(s.period);
      ++rank;
      if (opt.flags.json) {
        fmt::print(
            R"({{"period":"{}","rank":{},"actor":{},"events":{},"mentions":{},)"
            R"("cooperation":{},"conflict":{},"goldstein_mean":{:.2f}}})" "\n",
            s.period, rank, extract::ActorToJson(g->actor(s.actor)), s.events, s.mentions,
            s.cooperation, s.conflict, Mean(s.goldstein_sum, s.events));
        continue;
      }
      fmt::print("{:>4}  {} {:>6} {:>6} {:>5} {:>5} {:>6.1f}\n", rank,
                 Pad(Clip(ActorName(g->actor(s.actor)), 28), 28), s.events, s.mentions,
                 s.cooperation, s.conflict, Mean(s.goldstein_sum, s.events));
    }
  }
  if (!opt.flags.json && last_period.empty()) fmt::print("no events in the selection\n");
  return kExitOk;
}

}  // namespace

void RegisterTop(CLI::App& app, CommandContext& ctx) {
  auto opt = std::make_shared<TopOptions>();
  CLI::App* sub = app.add_subcommand(
      "top", "Pairs of actors (or actors) with the most events per month or year");
  AddQueryFlags(sub, opt->flags, /*negation_default=*/false);
  sub->add_option("--by", opt->by, "pairs (default) or actors");
  sub->add_option("--period", opt->period, "month, year (default) or all");
  sub->add_option("--rank-by", opt->rank_by, "events (default) or mentions");
  sub->add_option("--limit", opt->limit, "Entries per period (default 10; 0: all)");
  sub->add_flag("--directed", opt->directed, "Rank source->target pairs apart from the reverse");
  AddDbOption(sub, ctx);
  sub->callback([&ctx, opt] { ctx.run = [&ctx, opt] { return RunTop(ctx, *opt); }; });
}

}  // namespace dipgraph::cli
