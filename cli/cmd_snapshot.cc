// `dipgraph snapshot --out DIR`: writes a consistent point-in-time copy of
// the database (a RocksDB checkpoint: hard links to the immutable table
// files plus copies of the rest) that opens as a database on its own.

#include <cstdio>
#include <memory>
#include <string>

#include "cli/command.h"
#include "store/event_store.h"

namespace dipgraph::cli {

namespace {

int RunSnapshot(const CommandContext& ctx, const std::string& out) {
  // Prefer the writer's handle (it pauses file deletions during the copy).
  // While an ingest holds the write lock, checkpoint a read-only view
  // instead: it copies the log up to the last whole batch, so the copy
  // still holds whole articles only.
  store::StoreOptions options;
  options.create_if_missing = false;
  auto db = store::EventStore::Open(options, DbPath(ctx));
  if (!db.ok() && db.status().code() == base::StatusCode::kIOError &&
      db.status().message().find("lock") != std::string::npos) {
    options.mode = store::OpenMode::kReadOnly;
    db = store::EventStore::Open(options, DbPath(ctx));
  }
  if (!db.ok()) {
    std::fprintf(stderr, "dipgraph snapshot: %s\n", db.status().ToString().c_str());
    return kExitFailure;
  }
  if (auto s = (*db)->Snapshot(out); !s.ok()) {
    std::fprintf(stderr, "dipgraph snapshot: %s\n", s.ToString().c_str());
    return kExitFailure;
  }
  std::printf("snapshot written to %s\n", out.c_str());
  return kExitOk;
}

}  // namespace

void RegisterSnapshot(CLI::App& app, CommandContext& ctx) {
  auto out = std::make_shared<std::string>();
  CLI::App* sub = app.add_subcommand(
      "snapshot", "Write a consistent point-in-time copy of the database");
  AddDbOption(sub, ctx);
  sub->add_option("--out", *out, "Directory to create (must not exist)")->required();
  sub->callback([&ctx, out] { ctx.run = [&ctx, out] { return RunSnapshot(ctx, *out); }; });
}

}  // namespace dipgraph::cli
