// `dipgraph export`: writes the database (or the part the query filters
// select) as tables for notebooks and other systems: jsonl, csv, graphml,
// neo4j (neo4j-admin import CSVs) or gdelt (GDELT 2.0 event layout). See
// doc/export.md for every file and column.

#include <fmt/core.h>

#include <filesystem>
#include <map>
#include <set>

#include "cli/actor_resolver.h"
#include "cli/command.h"
#include "cli/event_source.h"
#include "cli/export_sink.h"
#include "cli/query_options.h"

namespace dipgraph::cli {

namespace {

struct ExportOptions {
  std::string format;
  std::string out;
  std::vector<std::string> actors;
  QueryFlags flags;
};

bool Unfiltered(const graph::EventFilter& f) {
  return !f.has_window() && f.codes.empty() && f.roots.empty() && f.quads.empty() &&
         f.min_mentions == 0 && f.actors.empty() && f.include_negated;
}

int RunExport(const CommandContext& ctx, const ExportOptions& opt) {
  auto sink = MakeExportSink(opt.format);
  if (!sink.ok()) return Fail("export", sink.status());
  auto q = MakeFilter(opt.flags);
  if (!q.ok()) return Fail("export", q.status());
  auto store = OpenForQuery(ctx);
  if (!store.ok()) return Fail("export", store.status());
  ActorResolver resolver(**store);
  if (auto s = resolver.LoadAll(); !s.ok()) return Fail("export", s);
  for (const auto& name : opt.actors) {
    auto r = resolver.Resolve(name, opt.flags.exact);
    if (!r.ok()) return Fail("export", r.status());
    q->filter.actors.push_back(r->selector);
  }
  const bool everything = Unfiltered(q->filter);

  std::error_code ec;
  std::filesystem::create_directories(opt.out, ec);
  if (ec || !std::filesystem::is_directory(opt.out)) {
    return Fail("export", base::Status::IOError(opt.out + ": cannot create directory"));
  }
  if (auto s = (*sink)->Begin(opt.out); !s.ok()) return Fail("export", s);

  std::map<std::string, store::ArticleInfo> articles;
  std::set<std::string> actor_ids;
  std::map<std::string, graph::Actor> placeholders;  // actors missing from the store
  base::Status error;
  auto actor = [&](const std::string& id) -> const graph::Actor* {
    if (const graph::Actor* a = resolver.Find(id)) return a;
    auto [it, inserted] = placeholders.try_emplace(id);
    if (inserted) it->second = graph::Actor{id, graph::ActorKind::kGroup, "", "", id, ""};
    return &it->second;
  };
  auto status = (*store)->ForEachEvent(q->window, [&](const graph::EventRecord& rec) {
    const graph::Actor* src = actor(rec.source);
    const graph::Actor* tgt = actor(rec.target);
    if (!q->filter.Matches(rec, src, tgt)) return true;
    auto mentions = (*store)->GetMentions(rec.id);
    if (!mentions.ok()) {
      error = mentions.status();
      return false;
    }
    for (const auto& m : *mentions) {
      if (articles.count(m.article)) continue;
      auto info = (*store)->GetArticle(m.article);
      if (!info.ok()) {
        error = info.status();
        return false;
      }
      if (info->has_value()) articles.emplace(m.article, **info);
    }
    actor_ids.insert(rec.source);
    actor_ids.insert(rec.target);
    (*sink)->AddEvent({&rec, src, tgt, &*mentions, &articles});
    return true;
  });
  if (!status.ok()) return Fail("export", status);
  if (!error.ok()) return Fail("export", error);

  std::vector<const graph::Actor*> actors;
  if (everything) {
    // An unfiltered export holds every stored actor and article, so its
    // row counts equal `dipgraph stats`.
    status = (*store)->ForEachActor([&](const graph::Actor& a) {
      actor_ids.insert(a.id);
      return true;
    });
    if (!status.ok()) return Fail("export", status);
    status = (*store)->ForEachArticle([&](const store::ArticleInfo& a) {
      articles.emplace(a.id, a);
      return true;
    });
    if (!status.ok()) return Fail("export", status);
  }
  for (const auto& id : actor_ids) actors.push_back(actor(id));
  if (auto s = (*sink)->Finish(actors, articles); !s.ok()) return Fail("export", s);
  const ExportCounts& c = (*sink)->counts();
  fmt::print(stderr, "dipgraph export: {} actors, {} events, {} mentions, {} articles -> {} ({})",
             c.actors, c.events, c.mentions, c.articles, opt.out, opt.format);
  if (c.skipped > 0) fmt::print(stderr, "; {} events without a date skipped", c.skipped);
  fmt::print(stderr, "\n");
  return kExitOk;
}

}  // namespace

void RegisterExport(CLI::App& app, CommandContext& ctx) {
  auto opt = std::make_shared<ExportOptions>();
  CLI::App* sub = app.add_subcommand(
      "export",
      "Export actors, events (canonical, with counts) and mentions (provenance) as jsonl, csv, "
      "graphml, neo4j or gdelt tables");
  AddDbOption(sub, ctx);
  sub->add_option("--format", opt->format, "jsonl, csv, graphml, neo4j or gdelt")
      ->required()
      ->check(CLI::IsMember({"jsonl", "csv", "graphml", "neo4j", "gdelt"}));
  sub->add_option("--out", opt->out, "Output directory (created if missing)")->required();
  sub->add_option("--actor", opt->actors,
                  "Only events involving this actor (id or alias; repeatable)");
  AddQueryFlags(sub, opt->flags, /*negation_default=*/true);
  sub->callback([&ctx, opt] { ctx.run = [&ctx, opt] { return RunExport(ctx, *opt); }; });
}

}  // namespace dipgraph::cli
