// `dipgraph actors`: looks actors up in the lexicon (--search TEXT), in any
// language, case- and accent-insensitive, and prints id, kind, country,
// sector, name, role, the matching aliases and, for persons, their offices.
// With --tag FILE it runs the text front end and the ActorTagger over an
// articles JSONL file and prints one JSON line per actor mention (the
// format of `dipgraph extract --actors`, extract/actor_mention_json.h).
// --db is accepted for the database counts a later issue adds.

#include <fmt/core.h>

#include <memory>
#include <string>
#include <vector>

#include "base/civil_date.h"
#include "base/line_reader.h"
#include "cli/command.h"
#include "cli/query_output.h"
#include "extract/actor_mention_json.h"
#include "extract/actor_tagger.h"
#include "extract/article_json.h"
#include "extract/document.h"
#include "extract/event_json.h"
#include "extract/lexicon.h"
#include "extract/text_fold.h"

namespace dipgraph::cli {

namespace {

struct ActorsOptions {
  std::string search;
  std::string tag_file;
  bool json = false;
  std::vector<std::string> lexicon_dirs;
  std::vector<std::string> actors_dicts;
};

std::string FormatDay(int64_t day, bool open) {
  if (open) return "";
  return base::FormatIsoDay(base::CivilFromDays(day));
}

std::string FormatRange(const extract::DayRange& r) {
  bool open_start = r.from == std::numeric_limits<int64_t>::min();
  return FormatDay(r.from, open_start) + ".." + FormatDay(r.to, r.open_end());
}


// The aliases of `e` that contain the folded query (all given ones if none).
std::vector<std::string> MatchingAliases(const extract::LexiconEntry& e,
                                         const std::string& folded_query) {
  std::vector<std::string> out;
  for (const extract::Alias& a : e.aliases) {
    if (a.generated) continue;
    if (extract::Fold(a.text).find(folded_query) == std::string::npos) continue;
    if (std::find(out.begin(), out.end(), a.text) == out.end()) out.push_back(a.text);
  }
  return out;
}

int RunSearch(const ActorsOptions& opt, const extract::Lexicon& lex) {
  std::string q = extract::Fold(opt.search);
  std::vector<const extract::LexiconEntry*> hits = lex.Search(opt.search);
  for (const extract::LexiconEntry* e : hits) {
    graph::Actor a = e->ToActor();
    std::vector<std::string> aliases = MatchingAliases(*e, q);
    if (opt.json) {
      std::string line = extract::ActorToJson(a);
      line.pop_back();  // reopen the object for the extensions
      line += ",\"entry\":" + JsonString(extract::EntryKindName(e->kind));
      line += ",\"aliases\":[";
      for (size_t i = 0; i < aliases.size(); ++i) line += (i ? "," : "") + JsonString(aliases[i]);
      line += "],\"offices\":[";
      for (size_t i = 0; i < e->offices.size(); ++i) {
        const extract::Office& o = e->offices[i];
        bool open_start = o.term.from == std::numeric_limits<int64_t>::min();
        line += fmt::format("{}{{\"role\":{},\"from\":{},\"to\":{}}}", i ? "," : "",
                            JsonString(o.role),
                            open_start ? "null" : JsonString(FormatDay(o.term.from, false)),
                            o.term.open_end() ? "null" : JsonString(FormatDay(o.term.to, false)));
      }
      line += "],\"origin\":" + JsonString(e->origin) + "}";
      fmt::print("{}\n", line);
      continue;
    }
    fmt::print("{:<24} {:<11} {:<4} {:<4} {}{}\n", e->id, extract::EntryKindName(e->kind),
               a.country.empty() ? (e->org.empty() ? "-" : e->org) : a.country,
               a.sector.empty() ? "-" : a.sector, a.name,
               a.role.empty() ? "" : " (" + a.role + ")");
    if (!aliases.empty()) {
      std::string joined;
      for (const auto& s : aliases) joined += (joined.empty() ? "" : " | ") + s;
      fmt::print("    aliases: {}\n", joined);
    }
    for (const extract::Office& o : e->offices) {
      fmt::print("    office: {} {}\n", o.role, FormatRange(o.term));
    }
  }
  if (hits.empty()) {
    fmt::print(stderr, "dipgraph actors: no actor matches \"{}\"\n", opt.search);
    return kExitFailure;
  }
  return kExitOk;
}

int RunTag(const ActorsOptions& opt, const extract::ActorTagger& tagger) {
  auto reader = base::LineReader::Open(opt.tag_file);
  if (!reader.ok()) {
    fmt::print(stderr, "dipgraph actors: {}\n", reader.status().message());
    return kExitFailure;
  }
  std::string line;
  while (reader->Next(&line)) {
    if (line.empty()) continue;
    auto article = extract::ParseArticleJson(line);
    if (!article.ok()) {
      fmt::print(stderr, "dipgraph actors: {}:{}: {}\n", opt.tag_file, reader->line_number(),
                 article.status().message());
      return kExitFailure;
    }
    extract::Document doc = extract::Document::FromArticle(*article);
    tagger.TagDocument(doc, *article);
    base::Status st = extract::WriteActorMentionsJsonl(stdout, article->id, doc.sentences);
    if (!st.ok()) {
      fmt::print(stderr, "dipgraph actors: {}\n", st.message());
      return kExitFailure;
    }
  }
  if (!reader->status().ok()) {
    fmt::print(stderr, "dipgraph actors: {}\n", reader->status().message());
    return kExitFailure;
  }
  return kExitOk;
}

int RunActors(const ActorsOptions& opt) {
  if (opt.search.empty() && opt.tag_file.empty()) {
    fmt::print(stderr, "dipgraph actors: give --search TEXT or --tag FILE\n");
    return kExitUsage;
  }
  extract::ActorTaggerOptions topt;
  topt.lexicon_dirs = opt.lexicon_dirs;
  topt.actors_dicts = opt.actors_dicts;
  auto tagger = extract::ActorTagger::Create(topt);
  if (!tagger.ok()) {
    fmt::print(stderr, "dipgraph actors: {}\n", tagger.status().message());
    return kExitFailure;
  }
  if (!opt.tag_file.empty()) return RunTag(opt, **tagger);
  return RunSearch(opt, (*tagger)->lexicon());
}

}  // namespace

void RegisterActors(CLI::App& app, CommandContext& ctx) {
  auto opt = std::make_shared<ActorsOptions>();
  CLI::App* sub = app.add_subcommand("actors", "Look up actors in the lexicon and the database");
  sub->add_option("--search", opt->search,
                  "Name, alias or id to look up (any language, case- and accent-insensitive)");
  sub->add_flag("--json", opt->json, "One JSON object per actor (JSONL)");
  sub->add_option("--lexicon", opt->lexicon_dirs, "Extra lexicon directory (all *.txt)");
  sub->add_option("--actors-dict", opt->actors_dicts,
                  "TABARI/PETRARCH .actors dictionary to import");
  sub->add_option("--tag", opt->tag_file,
                  "Tag the actors of an articles JSONL file ('-' = stdin); prints mentions JSONL");
  AddDbOption(sub, ctx);
  sub->callback([&ctx, opt] { ctx.run = [opt] { return RunActors(*opt); }; });
}

}  // namespace dipgraph::cli
