// `dipgraph timeline A [B]`: the events of an actor, or between two actors,
// in date order, with the sentences that attest them. A state covers its
// officials and institutions unless --exact. Reads through the store's
// actor and pair indexes.

#include <fmt/core.h>

#include <memory>
#include <string>
#include <vector>

#include "cli/actor_resolver.h"
#include "cli/command.h"
#include "cli/event_source.h"
#include "cli/query_options.h"
#include "cli/query_output.h"

namespace dipgraph::cli {

namespace {

struct TimelineOptions {
  std::vector<std::string> actors;  // 1 or 2
  QueryFlags flags;
  size_t limit = 0;
  size_t evidence = 1;
};

int RunTimeline(const CommandContext& ctx, const TimelineOptions& opt) {
  auto q = MakeFilter(opt.flags);
  if (!q.ok()) return Fail("timeline", q.status());
  auto store = OpenForQuery(ctx);
  if (!store.ok()) return Fail("timeline", store.status());
  ActorResolver resolver(**store);
  std::vector<ResolvedActor> parties;
  for (const std::string& name : opt.actors) {
    auto r = resolver.Resolve(name, opt.flags.exact);
    if (!r.ok()) return Fail("timeline", r.status());
    parties.push_back(std::move(*r));
  }
  EventSource source(**store, resolver);
  auto records = source.EventsOf(*q, parties[0], parties.size() > 1 ? &parties[1] : nullptr);
  if (!records.ok()) return Fail("timeline", records.status());
  if (opt.limit > 0 && records->size() > opt.limit) records->resize(opt.limit);

  if (!opt.flags.json) {
    fmt::print("{} {} {} {} {:>4}\n", Pad("date", 10), Pad("source", 24), Pad("action", 40),
               Pad("target", 24), "ment");
  }
  for (const graph::EventRecord& r : *records) {
    auto mentions = (*store)->GetMentions(r.id);
    if (!mentions.ok()) return Fail("timeline", mentions.status());
    if (opt.evidence > 0 && mentions->size() > opt.evidence) mentions->resize(opt.evidence);
    if (opt.evidence == 0) mentions->clear();
    const graph::Actor* src = resolver.Find(r.source);
    const graph::Actor* tgt = resolver.Find(r.target);
    const graph::Actor bare_src{r.source, graph::ActorKind::kState, "", "", r.source, ""};
    const graph::Actor bare_tgt{r.target, graph::ActorKind::kState, "", "", r.target, ""};
    const graph::Actor& s = src ? *src : bare_src;
    const graph::Actor& t = tgt ? *tgt : bare_tgt;
    if (opt.flags.json) {
      fmt::print("{}\n", RecordJson(r, s, t, *mentions));
      continue;
    }
    const std::string action =
        fmt::format("{}{} {}", r.negated ? "NOT " : "", r.code, CodeLabel(r.code));
    fmt::print("{} {} {} {} {:>4}\n", Pad(DateText(r.date), 10), Pad(Clip(ActorName(s), 24), 24),
               Pad(Clip(action, 40), 40), Pad(Clip(ActorName(t), 24), 24), r.mentions);
    for (const store::EventMention& m : *mentions) {
      fmt::print("{:>11}{}: {}\n", "", m.article, Clip(m.text, 110));
    }
  }
  if (!opt.flags.json) {
    fmt::print("{} event{}\n", records->size(), records->size() == 1 ? "" : "s");
  }
  return kExitOk;
}

}  // namespace

void RegisterTimeline(CLI::App& app, CommandContext& ctx) {
  auto opt = std::make_shared<TimelineOptions>();
  CLI::App* sub = app.add_subcommand(
      "timeline", "Events of an actor, or between two actors, in date order");
  sub->add_option("actors", opt->actors,
                  "One or two actors: an id (P:antony-blinken, ARM) or a name in English or "
                  "German (Blinken, Armenien)")
      ->required()
      ->expected(1, 2);
  AddQueryFlags(sub, opt->flags, /*negation_default=*/true);
  sub->add_option("--limit", opt->limit, "Show at most this many events (0: all)");
  sub->add_option("--evidence", opt->evidence,
                  "Sentences shown per event (default 1; 0: none)");
  AddDbOption(sub, ctx);
  sub->callback([&ctx, opt] { ctx.run = [&ctx, opt] { return RunTimeline(ctx, *opt); }; });
}

}  // namespace dipgraph::cli
