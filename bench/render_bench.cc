// Measures rendering of a 60-node, 500-edge network diagram (the size the
// render command prunes to by default) to SVG and PNG with each layout
// engine, through the in-process Graphviz adapter. Prints JSON lines.

#include <cstdio>
#include <random>
#include <string>

#include "bench/bench_util.h"
#include "viz/renderer.h"

using namespace dipgraph;

int main() {
  viz::Diagram d;
  d.title = "60 actors, 500 ties";
  std::mt19937 rng(7);
  const graph::ActorKind kinds[] = {graph::ActorKind::kState, graph::ActorKind::kIgo,
                                    graph::ActorKind::kPerson, graph::ActorKind::kInstitution};
  for (int i = 0; i < 60; ++i) {
    d.nodes.push_back({"A" + std::to_string(i), "Actor " + std::to_string(i), kinds[i % 4], "", false, 0, false});
  }
  std::uniform_int_distribution<int> node(0, 59), quad(1, 4), mentions(1, 40);
  for (int i = 0; i < 500; ++i) {
    int a = node(rng), b = node(rng);
    if (a == b) b = (b + 1) % 60;
    d.edges.push_back({"A" + std::to_string(a), "A" + std::to_string(b), quad(rng), mentions(rng), i % 3 != 0,
                       "", "2024-04-28 Discuss by telephone", false});
  }
  for (auto [engine, ename] : {std::pair{viz::LayoutEngine::kDot, "dot"}, {viz::LayoutEngine::kSfdp, "sfdp"},
                               {viz::LayoutEngine::kNeato, "neato"}}) {
    for (auto [format, fname] : {std::pair{viz::OutputFormat::kSvg, "svg"}, {viz::OutputFormat::kPng, "png"}}) {
      bench::Stopwatch watch;
      auto out = viz::Render(d, {format, engine});
      const double s = watch.Seconds();
      std::printf("{\"bench\":\"render_60x500\",\"layout\":\"%s\",\"format\":\"%s\",\"ok\":%s,\"bytes\":%zu,"
                  "\"seconds\":%.3f}\n",
                  ename, fname, out.ok() ? "true" : "false", out.ok() ? out->size() : 0, s);
    }
  }
  return 0;
}
