// Integration tests of the store commands: ingest (bad lines, --strict,
// idempotence), stats, forget, snapshot, and readers beside a writer.

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "run_helper.h"
#include "store/event_store.h"
#include "tests/store/synthetic_events.h"

namespace dipgraph::testing {
namespace {

namespace fs = std::filesystem;

class ScratchDir {
 public:
  ScratchDir() {
    static int n = 0;
    path_ = fs::temp_directory_path() /
            ("dipgraph_store_cli_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// The stats JSON without the size (which compaction may change).
std::string StatsWithoutSize(const std::string& db) {
  auto r = RunDipgraph("stats --json --db '" + db + "'");
  REQUIRE(r.exit_code == 0);
  const auto cut = r.out.find(", \"size_bytes\"");
  REQUIRE(cut != std::string::npos);
  const auto db_end = r.out.find(", \"format_version\"");
  return r.out.substr(db_end, cut - db_end);
}

TEST_CASE("ingest --events keeps good lines and names the file and line of bad ones",
          "[store][cli]") {
  ScratchDir dir;
  auto events = store::testing::SyntheticEvents(3, 2, 7);
  events[2].date = graph::EventDate::Day({1987, 4, 3}, graph::DateBasis::kText);
  std::string text = extract::EventToJson(events[0]) + "\n";
  text += "{\"article\": \"x\", \"field\": \"text\"\n";                   // line 2: broken
  text += extract::EventToJson(events[1]) + "\n";
  text += "{\"article\": \"y\"}\n";                                        // line 4: no source
  std::string bad_date = extract::EventToJson(events[2]);
  const auto at = bad_date.find("\"1987-");
  REQUIRE(at != std::string::npos);
  bad_date.replace(at, 11, "\"1987-13-45");
  text += bad_date + "\n";                                                 // line 5: bad date
  text += "\"caf\xc3\" \n";                                                // line 6: bad UTF-8
  for (size_t i = 3; i < events.size(); ++i) text += extract::EventToJson(events[i]) + "\n";
  WriteFile(dir / "ev.jsonl", text);

  auto r = RunDipgraph("ingest -q --db '" + dir / "db" + "' --events '" + dir / "ev.jsonl" + "'");
  CHECK(r.exit_code == 1);
  for (const char* line : {":2: ", ":4: ", ":5: ", ":6: "}) {
    CHECK(r.err.find(dir / "ev.jsonl" + line) != std::string::npos);
  }
  CHECK(r.err.find("4 skipped") != std::string::npos);
  auto stats = RunDipgraph("stats --json --db '" + dir / "db" + "'");
  REQUIRE(stats.exit_code == 0);
  CHECK(stats.out.find("\"mentions\": 5") != std::string::npos);

  SECTION("--strict stops at the first bad line") {
    auto s = RunDipgraph("ingest -q --strict --db '" + dir / "strict" + "' --events '" +
                         dir / "ev.jsonl" + "'");
    CHECK(s.exit_code == 1);
    CHECK(s.err.find(":2: ") != std::string::npos);
    CHECK(s.err.find(":4: ") == std::string::npos);
    auto st = RunDipgraph("stats --json --db '" + dir / "strict" + "'");
    CHECK(st.out.find("\"mentions\": 0") != std::string::npos);
  }
}

TEST_CASE("ingest of article JSONL stores good articles and reports bad lines",
          "[store][cli]") {
  ScratchDir dir;
  std::string text;
  text += "{\"id\": \"a1\", \"date\": \"2024-04-28\", \"lang\": \"en\", \"text\": "
          "\"Blinken met Aliyev in Baku on Sunday.\"}\n";
  text += "{\"id\": \"a2\", \"text\": \n";                               // line 2: broken
  text += "{\"id\": \"a3\"}\n";                                             // line 3: no text
  text += "{\"id\": \"a4\", \"date\": \"2024-13-45\", \"text\": \"x\"}\n";  // line 4: date
  text += "{\"id\": \"a5\", \"lang\": \"de\", \"text\": \"Scholz traf Macron.\"}\n";
  WriteFile(dir / "articles.jsonl", text);
  const std::string ingest = "ingest -q --db '" + dir / "db" + "' '" + dir / "articles.jsonl" + "'";
  auto r = RunDipgraph(ingest);
  CHECK(r.exit_code == 1);
  for (const char* line : {":2: ", ":3: ", ":4: "}) {
    CHECK(r.err.find(dir / "articles.jsonl" + line) != std::string::npos);
  }
  CHECK(StatsWithoutSize(dir / "db").find("\"articles\": 2") != std::string::npos);
  const std::string first = StatsWithoutSize(dir / "db");
  auto again = RunDipgraph(ingest);
  CHECK(again.err.find("2 unchanged") != std::string::npos);
  CHECK(StatsWithoutSize(dir / "db") == first);
}

TEST_CASE("ingesting the same events twice leaves identical stats", "[store][cli]") {
  ScratchDir dir;
  WriteFile(dir / "ev.jsonl", store::testing::ToJsonl(store::testing::SyntheticEvents(40, 3, 11)));
  const std::string ingest = "ingest -q --db '" + dir / "db" + "' --events '" + dir / "ev.jsonl" + "'";
  REQUIRE(RunDipgraph(ingest).exit_code == 0);
  const std::string first = StatsWithoutSize(dir / "db");
  auto again = RunDipgraph(ingest);
  CHECK(again.exit_code == 0);
  CHECK(again.err.find("40 unchanged") != std::string::npos);
  CHECK(StatsWithoutSize(dir / "db") == first);
  CHECK(first.find("\"articles\": 40") != std::string::npos);
  CHECK(first.find("\"mentions\": 120") != std::string::npos);
}

TEST_CASE("ingest --create-format 2 makes a database whose pair timelines match format 3",
          "[store][cli][format]") {
  ScratchDir dir;
  WriteFile(dir / "ev.jsonl", store::testing::ToJsonl(store::testing::SyntheticEvents(60, 4, 5)));
  const std::string events = " --events '" + dir / "ev.jsonl" + "'";
  REQUIRE(RunDipgraph("ingest -q --create-format 2 --db '" + dir / "v2" + "'" + events)
              .exit_code == 0);
  REQUIRE(RunDipgraph("ingest -q --db '" + dir / "v3" + "'" + events).exit_code == 0);
  CHECK(RunDipgraph("stats --json --db '" + dir / "v2" + "'").out.find("\"format_version\": 2") !=
        std::string::npos);
  CHECK(RunDipgraph("stats --json --db '" + dir / "v3" + "'").out.find("\"format_version\": 3") !=
        std::string::npos);
  // The same events between two actors; on one day format 2 lists them by
  // event id and format 3 by code, hence the sorted comparison.
  auto lines = [&](const std::string& db) {
    auto r = RunDipgraph("timeline --exact --json --db '" + db + "' USA RUS");
    REQUIRE(r.exit_code == 0);
    std::vector<std::string> v;
    for (size_t at = 0, nl; (nl = r.out.find('\n', at)) != std::string::npos; at = nl + 1) {
      v.push_back(r.out.substr(at, nl - at));
    }
    std::sort(v.begin(), v.end());
    return v;
  };
  const auto v3 = lines(dir / "v3");
  CHECK(v3.size() >= 2);
  CHECK(lines(dir / "v2") == v3);
  // An existing database keeps its format; a format this build cannot make
  // is a usage error.
  REQUIRE(RunDipgraph("ingest -q --create-format 3 --db '" + dir / "v2" + "'" + events)
              .exit_code == 0);
  CHECK(RunDipgraph("stats --json --db '" + dir / "v2" + "'").out.find("\"format_version\": 2") !=
        std::string::npos);
  CHECK(RunDipgraph("ingest -q --create-format 4 --db '" + dir / "v4" + "'" + events).exit_code == 2);
}

TEST_CASE("forget and snapshot work from the command line", "[store][cli]") {
  ScratchDir dir;
  WriteFile(dir / "ev.jsonl", store::testing::ToJsonl(store::testing::SyntheticEvents(10, 2, 3)));
  REQUIRE(RunDipgraph("ingest -q --db '" + dir / "db" + "' --events '" + dir / "ev.jsonl" + "'")
              .exit_code == 0);
  auto snap = RunDipgraph("snapshot --db '" + dir / "db" + "' --out '" + dir / "snap" + "'");
  REQUIRE(snap.exit_code == 0);
  auto forget = RunDipgraph("forget --db '" + dir / "db" + "' art-0 art-1 no-such-article");
  CHECK(forget.exit_code == 1);
  CHECK(forget.err.find("no-such-article") != std::string::npos);
  CHECK(StatsWithoutSize(dir / "db").find("\"articles\": 8") != std::string::npos);
  CHECK(StatsWithoutSize(dir / "db").find("\"mentions\": 16") != std::string::npos);
  CHECK(StatsWithoutSize(dir / "snap").find("\"articles\": 10") != std::string::npos);
}

TEST_CASE("stats reports a missing database or one of another program by path",
          "[store][cli]") {
  ScratchDir dir;
  auto missing = RunDipgraph("stats --db '" + dir / "none" + "'");
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("NotFound") != std::string::npos);
  CHECK(missing.err.find(dir / "none") != std::string::npos);
  fs::create_directories(dir / "other");
  WriteFile(dir / "other/x.txt", "x");
  auto other = RunDipgraph("stats --db '" + dir / "other" + "'");
  CHECK(other.exit_code == 1);
  CHECK(other.err.find("not a dipgraph database") != std::string::npos);
}

TEST_CASE("stats runs while an ingest is writing", "[store][cli][readers]") {
  ScratchDir dir;
  WriteFile(dir / "ev.jsonl", store::testing::ToJsonl(store::testing::SyntheticEvents(1500, 3, 5)));
  REQUIRE(RunDipgraph("ingest -q --db '" + dir / "db" + "' --events '" + dir / "ev.jsonl" + "'")
              .exit_code == 0);
  // Change every article so the second ingest rewrites them all.
  WriteFile(dir / "ev2.jsonl", store::testing::ToJsonl(store::testing::SyntheticEvents(1500, 3, 6)));
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    const int null = ::open("/dev/null", O_WRONLY);
    if (null >= 0) ::dup2(null, 2);
    const std::string db = dir / "db";
    const std::string ev = dir / "ev2.jsonl";
    ::execl(DIPGRAPH_BIN, "dipgraph", "ingest", "-q", "--db", db.c_str(), "--events",
            ev.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int readers_ok = 0;
  for (int i = 0; i < 3; ++i) {
    auto r = RunDipgraph("stats --json --db '" + dir / "db" + "'");
    INFO(r.err);
    CHECK(r.exit_code == 0);
    readers_ok += r.exit_code == 0 ? 1 : 0;
  }
  // A snapshot taken meanwhile holds whole articles: every version of every
  // article has 3 mentions.
  auto snap = RunDipgraph("snapshot --db '" + dir / "db" + "' --out '" + dir / "snap" + "'");
  INFO(snap.err);
  CHECK(snap.exit_code == 0);
  int status = 0;
  ::waitpid(child, &status, 0);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(readers_ok == 3);
  const std::string snap_stats = StatsWithoutSize(dir / "snap");
  CHECK(snap_stats.find("\"articles\": 1500") != std::string::npos);
  CHECK(snap_stats.find("\"mentions\": 4500") != std::string::npos);
  CHECK(StatsWithoutSize(dir / "db").find("\"articles\": 1500") != std::string::npos);
}

}  // namespace
}  // namespace dipgraph::testing
