// End-to-end tests of `dipgraph render` on a database built from a fixed
// set of pre-extracted events (ingest --events), so they do not depend on
// extraction quality.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "extract/event_json.h"
#include "tests/cli/run_helper.h"

using dipgraph::testing::ReadAll;
using dipgraph::testing::RunDipgraph;
namespace fs = std::filesystem;
using namespace dipgraph;

namespace {

graph::Actor State(const char* id, const char* name) {
  return graph::Actor{id, graph::ActorKind::kState, id, "GOV", name, ""};
}

graph::Event Ev(const std::string& article, const graph::Actor& s, const graph::Actor& t,
                const char* code, const char* date, bool symmetric = false) {
  graph::Event e;
  e.provenance = {article, "text", 0, 0, 20, "A sentence of the article."};
  e.source.actor = s;
  e.source.mention = {s.name, 0, static_cast<uint32_t>(s.name.size())};
  e.target.actor = t;
  e.target.mention = {t.name, 0, static_cast<uint32_t>(t.name.size())};
  e.action = {code, "test"};
  e.date = *graph::EventDate::ParseValue(date, graph::DateBasis::kText);
  e.symmetric = symmetric;
  e.confidence = 0.9;
  return e;
}

// A small database: ARM-AZE talks and fighting, USA calling both, KAZ
// hosting, RUS praising KAZ. Returns its directory.
fs::path MakeDb() {
  static int n = 0;
  const fs::path dir = fs::temp_directory_path() / ("dipgraph_render_test_" + std::to_string(::getpid()) +
                                                     "_" + std::to_string(n++));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto arm = State("ARM", "Armenia"), aze = State("AZE", "Azerbaijan"), usa = State("USA", "United States"),
             kaz = State("KAZ", "Kazakhstan"), rus = State("RUS", "Russia");
  const graph::Actor blinken{"P:antony-blinken", graph::ActorKind::kPerson, "USA", "GOV", "Antony Blinken",
                             "foreign minister"};
  std::ofstream f(dir / "events.jsonl");
  for (const auto& e : {Ev("a1", blinken, aze, "041", "2024-04-28"), Ev("a1", blinken, arm, "041", "2024-04-28"),
                        Ev("a1", blinken, aze, "020", "2024-04-28"), Ev("a2", aze, arm, "190", "2023-09"),
                        Ev("a3", arm, aze, "043", "2024-05-10", true), Ev("a3", kaz, arm, "042", "2024-05-10"),
                        Ev("a3", kaz, aze, "042", "2024-05-11"), Ev("a4", rus, kaz, "051", "2024-05-12")}) {
    f << extract::EventToJson(e) << "\n";
  }
  f.close();
  auto r = RunDipgraph("ingest --db '" + (dir / "db").string() + "' --events '" + (dir / "events.jsonl").string() + "'");
  REQUIRE(r.exit_code == 0);
  return dir;
}

// Graphviz escapes '-' and '>' in SVG attributes.
std::string Svg(const fs::path& p) {
  std::string s = ReadAll(p);
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"&#45;", "-"}, {"&gt;", ">"}}) {
    for (size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size()) s.replace(pos, from.size(), to);
  }
  return s;
}

}  // namespace

TEST_CASE("render draws an ego network with kind shapes and quad colours", "[cli][render]") {
  const fs::path dir = MakeDb();
  const std::string db = " --db '" + (dir / "db").string() + "'";
  auto r = RunDipgraph("render" + db + " --center AZE -o '" + (dir / "ego.svg").string() + "'");
  REQUIRE(r.exit_code == 0);
  const std::string svg = Svg(dir / "ego.svg");
  CHECK(svg.find("id=\"node:AZE\"") != std::string::npos);
  CHECK(svg.find("id=\"node:ARM\"") != std::string::npos);
  CHECK(svg.find("id=\"node:KAZ\"") != std::string::npos);
  CHECK(svg.find("id=\"edge:AZE->ARM\"") != std::string::npos);
  CHECK(svg.find("#cc0000") != std::string::npos);  // material conflict (190)
  CHECK(svg.find("#6aa84f") != std::string::npos);  // verbal cooperation
  CHECK(svg.find("Ego network of") != std::string::npos);
  CHECK(svg.find("190 Use conventional military force") != std::string::npos);  // tooltip
  // RUS is two hops away: only in a 2-hop ego network.
  CHECK(svg.find("node:RUS") == std::string::npos);
  REQUIRE(RunDipgraph("render" + db + " --center AZE --hops 2 -o '" + (dir / "ego2.svg").string() + "'").exit_code == 0);
  CHECK(Svg(dir / "ego2.svg").find("id=\"node:RUS\"") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("render draws paths, time-respecting paths, actor sets and timelines", "[cli][render]") {
  const fs::path dir = MakeDb();
  const std::string db = " --db '" + (dir / "db").string() + "'";
  REQUIRE(RunDipgraph("render" + db + " --path USA RUS -o '" + (dir / "p.svg").string() + "'").exit_code == 0);
  std::string p = Svg(dir / "p.svg");
  CHECK(p.find("id=\"node:USA\"") != std::string::npos);
  CHECK(p.find("id=\"node:KAZ\"") != std::string::npos);
  CHECK(p.find("id=\"node:RUS\"") != std::string::npos);
  CHECK(p.find("Shortest path") != std::string::npos);

  REQUIRE(RunDipgraph("render" + db + " --path USA RUS --time-respecting -o '" + (dir / "t.svg").string() + "'")
              .exit_code == 0);
  std::string t = Svg(dir / "t.svg");
  CHECK(t.find("Time-respecting path") != std::string::npos);
  CHECK(t.find("2024-05-12") != std::string::npos);  // the last hop's date label

  REQUIRE(RunDipgraph("render" + db + " --actors ARM,AZE -o '" + (dir / "s.svg").string() + "'").exit_code == 0);
  std::string s = Svg(dir / "s.svg");
  CHECK(s.find("id=\"node:ARM\"") != std::string::npos);
  CHECK(s.find("id=\"node:KAZ\"") == std::string::npos);

  REQUIRE(RunDipgraph("render" + db + " --timeline ARM -o '" + (dir / "tl.svg").string() + "'").exit_code == 0);
  std::string tl = Svg(dir / "tl.svg");
  const size_t sep = tl.find(">2023-09<"), may = tl.find(">2024-05-10<");
  CHECK(sep != std::string::npos);
  CHECK(may != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("render writes PNG, PDF and DOT by extension or --format", "[cli][render]") {
  const fs::path dir = MakeDb();
  const std::string db = " --db '" + (dir / "db").string() + "'";
  REQUIRE(RunDipgraph("render" + db + " -o '" + (dir / "all.png").string() + "'").exit_code == 0);
  const std::string png = ReadAll(dir / "all.png");
  REQUIRE(png.size() > 5000);
  CHECK(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  REQUIRE(RunDipgraph("render" + db + " --format pdf -o '" + (dir / "all.out").string() + "'").exit_code == 0);
  CHECK(ReadAll(dir / "all.out").compare(0, 5, "%PDF-") == 0);
  REQUIRE(RunDipgraph("render" + db + " --layout neato -o '" + (dir / "all.dot").string() + "'").exit_code == 0);
  CHECK(ReadAll(dir / "all.dot").find("digraph") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("render prunes a whole window to --max-nodes by activity", "[cli][render]") {
  const fs::path dir = MakeDb();
  const std::string db = " --db '" + (dir / "db").string() + "'";
  REQUIRE(RunDipgraph("render" + db + " --max-nodes 3 -o '" + (dir / "top.svg").string() + "'").exit_code == 0);
  const std::string svg = Svg(dir / "top.svg");
  // Events per actor (by state key): AZE 5, ARM 4, USA 3, KAZ 3, RUS 1.
  CHECK(svg.find("id=\"node:AZE\"") != std::string::npos);
  CHECK(svg.find("id=\"node:ARM\"") != std::string::npos);
  CHECK(svg.find("node:RUS") == std::string::npos);
  CHECK(svg.find("The 3 most active actors") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("render errors are clear, exit 1 and leave no file", "[cli][render]") {
  const fs::path dir = MakeDb();
  const std::string db = " --db '" + (dir / "db").string() + "'";
  auto unknown = RunDipgraph("render" + db + " --center Atlantis -o '" + (dir / "x.svg").string() + "'");
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("Atlantis") != std::string::npos);
  auto empty = RunDipgraph("render" + db + " --from 1990 --to 1991 -o '" + (dir / "x.svg").string() + "'");
  CHECK(empty.exit_code == 1);
  CHECK(empty.err.find("nothing to draw") != std::string::npos);
  auto unwritable = RunDipgraph("render" + db + " -o '" + (dir / "no/such/dir/x.svg").string() + "'");
  CHECK(unwritable.exit_code == 1);
  CHECK(unwritable.err.find("no/such/dir") != std::string::npos);
  auto badext = RunDipgraph("render" + db + " -o '" + (dir / "x.bmp").string() + "'");
  CHECK(badext.exit_code == 2);
  CHECK_FALSE(fs::exists(dir / "x.svg"));
  CHECK_FALSE(fs::exists(dir / "x.bmp"));
  fs::remove_all(dir);
}
