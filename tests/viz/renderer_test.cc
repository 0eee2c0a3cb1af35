#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "viz/renderer.h"
#include "viz/style.h"

using namespace dipgraph;
using viz::Diagram;

namespace {

Diagram SampleNetwork() {
  Diagram d;
  d.title = "Ego network of USA";
  d.subtitle = "2024-04-01 .. 2024-04-30";
  d.nodes = {
      {"USA", "United States", graph::ActorKind::kState, "", false, 0, true},
      {"AZE", "Azerbaijan", graph::ActorKind::kState, "", false, 0, false},
      {"NATO", "NATO", graph::ActorKind::kIgo, "", false, 0, false},
      {"P:antony-blinken", "Antony Blinken\n(USA)", graph::ActorKind::kPerson, "", false, 0, false},
  };
  d.edges = {
      {"P:antony-blinken", "AZE", 1, 3, true, "041 ×3", "2024-04-28 Discuss by telephone", false},
      {"USA", "NATO", 2, 1, false, "", "2024-04-02 Cooperate", false},
      {"AZE", "USA", 4, 12, true, "", "2023-09 Fight", false},
  };
  return d;
}

// Graphviz writes '-' as &#45; and '>' as &gt; inside SVG attributes and
// text; undo that so the checks read naturally.
std::string Unescape(std::string s) {
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"&#45;", "-"}, {"&gt;", ">"},
                                 {"&lt;", "<"}, {"&amp;", "&"}}) {
    for (size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size()) {
      s.replace(pos, from.size(), to);
    }
  }
  return s;
}

}  // namespace

TEST_CASE("Formats and layouts parse by name and by file extension", "[viz][render]") {
  CHECK(*viz::ParseOutputFormat("png") == viz::OutputFormat::kPng);
  CHECK(*viz::OutputFormatForPath("out/net.svg") == viz::OutputFormat::kSvg);
  CHECK(*viz::OutputFormatForPath("a.gv") == viz::OutputFormat::kDot);
  auto none = viz::OutputFormatForPath("diagram");
  REQUIRE_FALSE(none.ok());
  CHECK(none.status().message().find("diagram") != std::string::npos);
  CHECK_FALSE(viz::OutputFormatForPath("x.jpeg").ok());
  CHECK(*viz::ParseLayoutEngine("sfdp") == viz::LayoutEngine::kSfdp);
  CHECK_FALSE(viz::ParseLayoutEngine("spring").ok());
}

TEST_CASE("SVG output carries node ids, labels, kind shapes, quad colours and tooltips", "[viz][render]") {
  auto svg = viz::Render(SampleNetwork(), {viz::OutputFormat::kSvg, viz::LayoutEngine::kDot});
  REQUIRE(svg.ok());
  const std::string s = Unescape(*svg);
  CHECK(s.find("<svg") != std::string::npos);
  CHECK(s.find("id=\"node:USA\"") != std::string::npos);
  CHECK(s.find("id=\"node:P:antony-blinken\"") != std::string::npos);
  CHECK(s.find(">Antony Blinken</text>") != std::string::npos);
  CHECK(s.find("id=\"edge:P:antony-blinken->AZE\"") != std::string::npos);
  CHECK(s.find(std::string("stroke=\"") + std::string(viz::ColorForQuad(1)) + "\"") != std::string::npos);
  CHECK(s.find(std::string("stroke=\"") + std::string(viz::ColorForQuad(4)) + "\"") != std::string::npos);
  CHECK(s.find("2024-04-28 Discuss by telephone") != std::string::npos);  // tooltip
  CHECK(s.find("Ego network of USA") != std::string::npos);               // title
  CHECK(s.find("Legend") != std::string::npos);
  // The IGO is a hexagon: a polygon with six points (seven with the closing one).
  CHECK(s.find("class=\"node kind-igo\"") != std::string::npos);
}

TEST_CASE("Every layout engine renders the sample network", "[viz][render]") {
  for (auto engine : {viz::LayoutEngine::kDot, viz::LayoutEngine::kNeato, viz::LayoutEngine::kFdp,
                      viz::LayoutEngine::kSfdp, viz::LayoutEngine::kCirco}) {
    auto out = viz::Render(SampleNetwork(), {viz::OutputFormat::kSvg, engine});
    REQUIRE(out.ok());
    CHECK(out->find("node:AZE") != std::string::npos);
  }
}

TEST_CASE("PNG and PDF outputs have valid headers and real content", "[viz][render]") {
  auto png = viz::Render(SampleNetwork(), {viz::OutputFormat::kPng, viz::LayoutEngine::kDot});
  REQUIRE(png.ok());
  REQUIRE(png->size() > 2000);
  CHECK(png->compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  auto pdf = viz::Render(SampleNetwork(), {viz::OutputFormat::kPdf, viz::LayoutEngine::kDot});
  REQUIRE(pdf.ok());
  CHECK(pdf->compare(0, 5, "%PDF-") == 0);
  auto dot = viz::Render(SampleNetwork(), {viz::OutputFormat::kDot, viz::LayoutEngine::kDot});
  REQUIRE(dot.ok());
  CHECK(dot->find("digraph") != std::string::npos);
}

TEST_CASE("A timeline puts date columns left to right", "[viz][render][timeline]") {
  Diagram d;
  d.title = "Timeline USA - AZE";
  d.nodes = {{"ev1", "USA → AZE\n041 Discuss by telephone", graph::ActorKind::kState, "", true, 1, false},
             {"ev2", "USA → AZE\n020 Appeal", graph::ActorKind::kState, "", true, 1, false},
             {"ev3", "AZE → ARM\n190 Fight", graph::ActorKind::kState, "", true, 4, false}};
  d.ranks = {{"2023-09", {"ev3"}}, {"2024-04-28", {"ev1", "ev2"}}};
  auto svg = viz::Render(d, {viz::OutputFormat::kSvg, viz::LayoutEngine::kNeato});  // forced to dot
  REQUIRE(svg.ok());
  // Column headers appear with their x positions increasing in date order.
  std::regex header_x("id=\"header:(\\d)\"[^>]*>\\s*<title>[^<]*</title>\\s*<text[^>]*x=\"([-0-9.]+)\"");
  std::vector<double> xs;
  for (std::sregex_iterator it(svg->begin(), svg->end(), header_x), end; it != end; ++it) {
    xs.push_back(std::stod((*it)[2]));
  }
  REQUIRE(xs.size() == 2);
  CHECK(xs[0] < xs[1]);
  CHECK(svg->find(std::string("stroke=\"") + std::string(viz::ColorForQuad(4)) + "\"") != std::string::npos);
}

TEST_CASE("Bad diagrams and unwritable paths fail cleanly without a partial file", "[viz][render]") {
  Diagram empty;
  auto r = viz::Render(empty, {});
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("empty") != std::string::npos);
  Diagram dangling = SampleNetwork();
  dangling.edges.push_back({"USA", "XXX", 1, 1, true, "", "", false});
  CHECK_FALSE(viz::Render(dangling, {}).ok());

  const auto dir = std::filesystem::temp_directory_path() / "dipgraph_viz_test";
  std::filesystem::create_directories(dir);
  const auto bad = (dir / "no-such-dir" / "x.svg").string();
  auto s = viz::RenderToFile(SampleNetwork(), {}, bad);
  CHECK(s.code() == base::StatusCode::kIOError);
  CHECK(s.message().find("no-such-dir") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(bad));
  const auto good = (dir / "x.svg").string();
  REQUIRE(viz::RenderToFile(SampleNetwork(), {}, good).ok());
  CHECK(std::filesystem::file_size(good) > 1000);
  // A failing render leaves an existing file untouched.
  CHECK_FALSE(viz::RenderToFile(empty, {}, good).ok());
  CHECK(std::filesystem::file_size(good) > 1000);
  std::filesystem::remove_all(dir);
}

TEST_CASE("Edge width grows with mentions on a log scale and is capped", "[viz][style]") {
  CHECK(viz::PenWidthForMentions(1) == Approx(1.0));
  CHECK(viz::PenWidthForMentions(8) == Approx(4.0));
  CHECK(viz::PenWidthForMentions(1 << 20) == Approx(8.0));
  CHECK(viz::PenWidthForMentions(0) == Approx(1.0));
  CHECK(viz::ColorForQuad(1) != viz::ColorForQuad(3));
}
