// `dipgraph stats`: counts of actors, events, mentions and articles, the
// date range and the size on disk. Opens the database read-only, so it
// runs while an ingest is writing.

#include <cstdio>
#include <memory>
#include <string>

#include "base/civil_date.h"
#include "cli/command.h"
#include "cli/query_output.h"
#include "store/event_store.h"

namespace dipgraph::cli {

namespace {

std::string DayOrNull(const std::optional<base::CivilDay>& d, bool json) {
  if (!d) return json ? "null" : "-";
  return json ? "\"" + base::FormatIsoDay(*d) + "\"" : base::FormatIsoDay(*d);
}

std::string HumanSize(uint64_t bytes) {
  char buf[32];
  const double b = static_cast<double>(bytes);
  if (bytes >= (1ull << 30)) {
    std::snprintf(buf, sizeof buf, "%.1f GiB", b / (1ull << 30));
  } else if (bytes >= (1ull << 20)) {
    std::snprintf(buf, sizeof buf, "%.1f MiB", b / (1ull << 20));
  } else {
    std::snprintf(buf, sizeof buf, "%.1f KiB", b / 1024.0);
  }
  return buf;
}

int RunStats(const CommandContext& ctx, bool json) {
  store::StoreOptions options;
  options.mode = store::OpenMode::kReadOnly;
  const std::string path = DbPath(ctx);
  auto db = store::EventStore::Open(options, path);
  if (!db.ok()) {
    std::fprintf(stderr, "dipgraph stats: %s\n", db.status().ToString().c_str());
    return kExitFailure;
  }
  auto stats = (*db)->Stats();
  if (!stats.ok()) {
    std::fprintf(stderr, "dipgraph stats: %s\n", stats.status().ToString().c_str());
    return kExitFailure;
  }
  const store::StoreStats& s = *stats;
  auto u = [](uint64_t v) { return static_cast<unsigned long long>(v); };
  if (json) {
    std::printf(
        "{\"db\": %s, \"format_version\": %d, \"actors\": %llu, \"events\": %llu, "
        "\"unknown_date_events\": %llu, \"mentions\": %llu, \"articles\": %llu, "
        "\"first_date\": %s, \"last_date\": %s, \"size_bytes\": %llu}\n",
        JsonString(path).c_str(), s.format_version, u(s.actors), u(s.events),
        u(s.unknown_date_events), u(s.mentions), u(s.articles),
        DayOrNull(s.first_day, true).c_str(), DayOrNull(s.last_day, true).c_str(),
        u(s.size_bytes));
  } else {
    std::printf("database  %s (format %d)\n", path.c_str(), s.format_version);
    std::printf("actors    %llu\n", u(s.actors));
    std::printf("events    %llu (%llu of unknown date)\n", u(s.events),
                u(s.unknown_date_events));
    std::printf("mentions  %llu\n", u(s.mentions));
    std::printf("articles  %llu\n", u(s.articles));
    std::printf("dates     %s .. %s\n", DayOrNull(s.first_day, false).c_str(),
                DayOrNull(s.last_day, false).c_str());
    std::printf("size      %s (%llu bytes)\n", HumanSize(s.size_bytes).c_str(),
                u(s.size_bytes));
  }
  return kExitOk;
}

}  // namespace

void RegisterStats(CLI::App& app, CommandContext& ctx) {
  auto json = std::make_shared<bool>(false);
  CLI::App* sub = app.add_subcommand(
      "stats", "Counts of actors, events, mentions, articles; date range; size on disk");
  AddDbOption(sub, ctx);
  sub->add_flag("--json", *json, "Print one JSON object");
  sub->callback([&ctx, json] { ctx.run = [&ctx, json] { return RunStats(ctx, *json); }; });
}

}  // namespace dipgraph::cli
