// The scale-out recipe of doc/scale-out.md, tested on one machine:
// `dipgraph extract` is a pure filter (articles in, events out), so the
// corpus can be split into shards that separate processes extract at the
// same time (here two, started by `xargs -P 2` as the recipe does); the
// shard outputs are then stored with `dipgraph ingest --events`. The
// resulting database must equal the one a single process builds, compared
// through `dipgraph stats --json` and `dipgraph export --format jsonl`
// (ingest timestamps aside), and `dipgraph ingest` of the articles
// themselves must store the same events.

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "run_helper.h"

namespace dipgraph::testing {
namespace {

namespace fs = std::filesystem;

// The first 800 Reuters articles: some 60 events across both shards, and
// each extraction stays within seconds under AddressSanitizer too.
constexpr int kArticles = 800;

class ShardDir {
 public:
  ShardDir() {
    path_ = fs::temp_directory_path() / ("dipgraph_scale_out_" + std::to_string(::getpid()));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ShardDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  ShardDir(const ShardDir&) = delete;
  ShardDir& operator=(const ShardDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Runs `script` with sh in `dir`, with $DG the dipgraph binary; returns
// its exit code.
int Sh(const fs::path& dir, const std::string& script) {
  const std::string cmd = "cd '" + dir.string() + "' && DG='" + DIPGRAPH_BIN + "' sh -c '" +
                          script + "'";
  const int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

// `stats --json` without the fields that name or measure the directory.
std::string Stats(const fs::path& dir, const std::string& db) {
  REQUIRE(Sh(dir, "\"$DG\" stats --json --db " + db + " > " + db + ".stats") == 0);
  std::string s = ReadAll(dir / (db + ".stats"));
  s = std::regex_replace(s, std::regex(R"("db": "[^"]*", )"), "");
  s = std::regex_replace(s, std::regex(R"(, "size_bytes": \d+)"), "");
  return s;
}

// One table of `export --format jsonl`, with ingest times blanked.
std::string Table(const fs::path& dir, const std::string& db, const std::string& table) {
  const std::string out = db + ".export";
  if (!fs::exists(dir / out)) {
    REQUIRE(Sh(dir, "\"$DG\" export --format jsonl --db " + db + " --out " + out +
                        " 2> /dev/null") == 0);
  }
  const std::string text = ReadAll(dir / out / table);
  return std::regex_replace(text, std::regex(R"re("(first_seen|last_seen|ingest_time)":"[^"]*")re"),
                            "\"$1\":\"\"");
}

TEST_CASE("scale-out: two extract processes at once store what one process stores",
          "[cli][scale]") {
  const fs::path corpus = fs::path(DIPGRAPH_SHARED_DIR) / "corpus" / "reuters21578.jsonl";
  if (!fs::exists(corpus)) {
    WARN("no corpus at " << corpus.string() << ": scale-out test not run");
    return;
  }
  ShardDir dir;
  const fs::path& d = dir.path();
  {
    std::ifstream in(corpus, std::ios::binary);
    std::ofstream out(d / "slice.jsonl", std::ios::binary);
    std::string line;
    for (int i = 0; i < kArticles && std::getline(in, line); ++i) out << line << '\n';
  }

  // One process: extract everything, store the events.
  REQUIRE(Sh(d, "\"$DG\" extract --threads 1 slice.jsonl > all.events") == 0);
  REQUIRE(Sh(d, "\"$DG\" ingest -q --db single.db --events all.events") == 0);

  // The recipe: split at line boundaries, extract the shards in parallel,
  // store the shard outputs in shard order.
  REQUIRE(Sh(d, "split -n l/2 -d slice.jsonl shard-") == 0);
  REQUIRE(fs::exists(d / "shard-00"));
  REQUIRE(fs::exists(d / "shard-01"));
  REQUIRE(Sh(d, "ls shard-?? | xargs -P 2 -I{} sh -c \"\\\"\\$DG\\\" extract --threads 1 {} > "
                "{}.events\"") == 0);
  REQUIRE(Sh(d, "\"$DG\" ingest -q --db sharded.db --events shard-00.events shard-01.events") ==
          0);

  // The shards hold every event line once, in the same order.
  CHECK(ReadAll(d / "shard-00.events") + ReadAll(d / "shard-01.events") ==
        ReadAll(d / "all.events"));
  const std::string single = Stats(d, "single.db");
  CHECK(single.find("\"events\": 0,") == std::string::npos);
  CHECK(Stats(d, "sharded.db") == single);
  for (const char* table : {"events.jsonl", "mentions.jsonl", "actors.jsonl"}) {
    INFO(table);
    const std::string expected = Table(d, "single.db", table);
    CHECK(CountLines(expected) > 0);
    CHECK(Table(d, "sharded.db", table) == expected);
  }

  // `ingest ARTICLES` extracts on the way and stores the same events; it
  // also records the articles without events, and their news sources.
  REQUIRE(Sh(d, "\"$DG\" ingest -q --threads 2 --db direct.db slice.jsonl") == 0);
  const std::regex counts(R"("actors": \d+, "events": \d+, "unknown_date_events": \d+, )"
                          R"("mentions": \d+)");
  std::smatch a, b;
  const std::string direct = Stats(d, "direct.db");
  REQUIRE(std::regex_search(single, a, counts));
  REQUIRE(std::regex_search(direct, b, counts));
  CHECK(a.str() == b.str());
  CHECK(Table(d, "direct.db", "mentions.jsonl") == Table(d, "single.db", "mentions.jsonl"));
}

}  // namespace
}  // namespace dipgraph::testing
