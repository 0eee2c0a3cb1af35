// Database safety under a hostile environment: a directory that holds
// another program's RocksDB database, a disk that fills up in the middle of
// an ingest, and a directory the process may not write. Each must end with
// a clear error and keep every article that was committed before.
//
// Killed processes and format versions are covered elsewhere (reused, not
// repeated): tests/cli/crash_test.cc (SIGKILL at random moments, reopen,
// rerun) and tests/store/event_store_test.cc ("Opening what is not a
// current dipgraph database fails with the path": other files, a newer
// format version). doc/reliability.md maps each promise to its test.

#include <catch2/catch.hpp>

#include <rocksdb/db.h>
#include <rocksdb/options.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "extract/event_json.h"
#include "tests/hostile/child_process.h"
#include "tests/hostile/store_view.h"
#include "tests/store/synthetic_events.h"

namespace dipgraph::hostile {
namespace {

// Every file of `dir` with its size and modification time.
std::map<std::string, std::string> DirState(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    std::error_code ec;
    const auto size = e.is_regular_file() ? e.file_size(ec) : 0;
    const auto mtime = fs::last_write_time(e.path(), ec).time_since_epoch().count();
    out[fs::relative(e.path(), dir).string()] = std::to_string(size) + "@" + std::to_string(mtime);
  }
  return out;
}

TEST_CASE("Ingest refuses another program's RocksDB database and leaves it untouched",
          "[hostile][db]") {
  ScratchDir dir;
  const std::string foreign = dir / "foreign";
  {
    rocksdb::Options o;
    o.create_if_missing = true;
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(o, foreign, &raw).ok());
    REQUIRE(raw->Put(rocksdb::WriteOptions(), "user:1", "alice").ok());
    delete raw;
  }
  const auto state = DirState(foreign);
  WriteFile(dir.path() / "ev.jsonl",
            store::testing::ToJsonl(store::testing::SyntheticEvents(3, 2, 7)));
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"ingest", "-q", "--db", foreign, "--events", "ev.jsonl"},
        std::vector<std::string>{"stats", "--db", foreign},
        std::vector<std::string>{"forget", "--db", foreign, "art-0"}}) {
    auto r = RunDipgraph(args, dir.path());
    INFO(args[0] << ": " << r.Describe());
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(foreign) != std::string::npos);
    CHECK(r.err.find("not a dipgraph database") != std::string::npos);
  }
  CHECK(DirState(foreign) == state);
  rocksdb::DB* raw = nullptr;
  REQUIRE(rocksdb::DB::OpenForReadOnly(rocksdb::Options(), foreign, &raw).ok());
  std::string value;
  CHECK(raw->Get(rocksdb::ReadOptions(), "user:1", &value).ok());
  CHECK(value == "alice");
  delete raw;
}

TEST_CASE("A disk that fills up during an ingest gives a clear error and keeps committed articles",
          "[hostile][db][disk]") {
  // A file size limit (RLIMIT_FSIZE) in the child stands in for a full
  // disk: writes past it fail with EFBIG, as they would with ENOSPC, and it
  // binds root too. (A small tmpfs would need mount rights CI may lack.)
  ScratchDir dir;
  const std::string db = dir / "db";
  WriteFile(dir.path() / "first.jsonl",
            store::testing::ToJsonl(store::testing::SyntheticEvents(20, 3, 11)));
  auto first = RunDipgraph({"ingest", "-q", "--db", db, "--events", "first.jsonl"}, dir.path());
  INFO(first.Describe());
  REQUIRE(first.exited(0));
  const StoreView committed = ViewStore(db);
  REQUIRE(committed.articles == 20);

  // Enough articles that the log outgrows the limit part-way.
  std::string more;
  for (const auto& e : store::testing::SyntheticEvents(1200, 4, 12)) {
    auto copy = e;
    copy.provenance.article = "more-" + copy.provenance.article;
    more += extract::EventToJson(copy) + "\n";
  }
  WriteFile(dir.path() / "more.jsonl", more);
  const auto full = RunDipgraph({"ingest", "-q", "--db", db, "--events", "more.jsonl"},
                                dir.path(), {.timeout_seconds = 300, .file_size_limit = 512u << 10});
  INFO("full disk: " << full.Describe());
  CHECK(full.signal == 0);
  CHECK_FALSE(full.timed_out);
  CHECK(full.exit_code == 1);
  // The message names the database and the system's reason.
  CHECK(full.err.find(db) != std::string::npos);
  CHECK(full.err.find("too large") != std::string::npos);

  // The database reopens with every article committed before, whole.
  const StoreView after = ViewStore(db);
  INFO(after.error);
  REQUIRE(after.opened);
  CHECK(after.error.empty());
  CHECK(after.articles >= committed.articles);
  CHECK(after.articles < committed.articles + 1200);
  for (const auto& line : committed.lines) {
    if (line.rfind("article ", 0) == 0) {
      CHECK(std::find(after.lines.begin(), after.lines.end(), line) != after.lines.end());
    }
  }

  // With space again, a rerun completes and equals a clean ingest.
  auto rerun = RunDipgraph({"ingest", "-q", "--db", db, "--events", "more.jsonl"}, dir.path());
  INFO("rerun: " << rerun.Describe());
  CHECK(rerun.exited(0));
  const std::string clean = dir / "clean";
  REQUIRE(RunDipgraph({"ingest", "-q", "--db", clean, "--events", "first.jsonl"}, dir.path())
              .exited(0));
  REQUIRE(RunDipgraph({"ingest", "-q", "--db", clean, "--events", "more.jsonl"}, dir.path())
              .exited(0));
  CHECK(ViewStore(db).lines == ViewStore(clean).lines);
}

TEST_CASE("A database directory without write permission gives a clear error",
          "[hostile][db][readonly]") {
  if (::geteuid() == 0) {
    // Root ignores file permissions, so the case cannot be staged; the
    // full-disk case above covers failing writes for root.
    WARN("skipped: running as root, chmod does not stop root from writing");
    return;
  }
  ScratchDir dir;
  const std::string db = dir / "db";
  WriteFile(dir.path() / "a.jsonl",
            store::testing::ToJsonl(store::testing::SyntheticEvents(5, 2, 3)));
  REQUIRE(RunDipgraph({"ingest", "-q", "--db", db, "--events", "a.jsonl"}, dir.path()).exited(0));
  const StoreView before = ViewStore(db);
  WriteFile(dir.path() / "b.jsonl",
            store::testing::ToJsonl(store::testing::SyntheticEvents(5, 2, 4)));
  fs::permissions(db, fs::perms::owner_read | fs::perms::owner_exec);
  auto r = RunDipgraph({"ingest", "-q", "--db", db, "--events", "b.jsonl"}, dir.path());
  fs::permissions(db, fs::perms::owner_all);
  INFO(r.Describe());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find(db) != std::string::npos);
  CHECK(ViewStore(db) == before);
}

}  // namespace
}  // namespace dipgraph::hostile
