#include <catch2/catch.hpp>

#include "tests/cli/run_helper.h"

using dipgraph::testing::CountLines;
using dipgraph::testing::RunDipgraph;

TEST_CASE("dipgraph --help lists every command", "[cli]") {
  auto r = RunDipgraph("--help");
  CHECK(r.exit_code == 0);
  for (const char* cmd : {"extract", "ingest", "stats", "timeline", "path", "neighbors", "actors",
                          "render", "export", "forget", "snapshot", "codes", "top"}) {
    INFO(cmd);
    CHECK(r.out.find(cmd) != std::string::npos);
  }
}

TEST_CASE("dipgraph --version prints the version", "[cli]") {
  auto r = RunDipgraph("--version");
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("dipgraph ", 0) == 0);
}

TEST_CASE("Every command answers --help with exit 0", "[cli]") {
  for (const char* cmd : {"extract", "ingest", "stats", "timeline", "path", "neighbors", "actors",
                          "render", "export", "forget", "snapshot", "codes", "top"}) {
    INFO(cmd);
    auto r = RunDipgraph(std::string(cmd) + " --help");
    CHECK(r.exit_code == 0);
    CHECK(r.out.find(cmd) != std::string::npos);
  }
}

TEST_CASE("Usage errors exit 2 with a message", "[cli]") {
  auto none = RunDipgraph("");
  CHECK(none.exit_code == 2);
  auto unknown = RunDipgraph("frobnicate");
  CHECK(unknown.exit_code == 2);
  auto bad_root = RunDipgraph("codes --root 77");
  CHECK(bad_root.exit_code == 2);
  CHECK(bad_root.err.find("77") != std::string::npos);
}

TEST_CASE("dipgraph codes --json lists the whole CAMEO table", "[cli][codes]") {
  auto r = RunDipgraph("codes --json");
  REQUIRE(r.exit_code == 0);
  CHECK(CountLines(r.out) >= 250);
  CHECK(r.out.find("{\"code\":\"041\",\"root\":\"04\",\"label\":\"Discuss by telephone\",\"goldstein\":1,\"quad\":1") !=
        std::string::npos);
  auto roots = RunDipgraph("codes --root 19");
  REQUIRE(roots.exit_code == 0);
  CHECK(roots.out.find("190") != std::string::npos);
  CHECK(roots.out.find("041") == std::string::npos);
}
