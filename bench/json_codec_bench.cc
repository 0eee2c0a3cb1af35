// Measures the article JSON reader and the event JSON writer: the codec
// every extract/ingest run passes through. Prints JSON lines.

#include <cstdio>

#include "bench/bench_util.h"
#include "extract/article_json.h"
#include "extract/event_json.h"

using namespace dipgraph;

int main(int argc, char** argv) {
  const std::string shared = bench::SharedDir(argc, argv);
  for (const char* corpus : {"reuters21578.jsonl", "10kgnad_test.jsonl"}) {
    const auto lines = bench::ReadLines(shared + "/corpus/" + corpus);
    if (lines.empty()) continue;
    size_t bytes = 0, ok = 0;
    bench::Stopwatch watch;
    for (const auto& line : lines) {
      bytes += line.size();
      auto a = extract::ParseArticleJson(line);
      ok += a.ok();
    }
    const double s = watch.Seconds();
    std::printf(
        "{\"bench\":\"article_json_parse\",\"corpus\":\"%s\",\"articles\":%zu,\"bytes\":%zu,"
        "\"seconds\":%.4f,\"mb_per_s\":%.1f}\n",
        corpus, ok, bytes, s, static_cast<double>(bytes) / 1e6 / s);
  }
  graph::Event e;
  e.provenance = {"bench-article", "text", 3, 100, 220, "Blinken sprach am Sonntag mit Präsident Alijew."};
  e.source.actor = {"P:antony-blinken", graph::ActorKind::kPerson, "USA", "GOV", "Antony Blinken", "foreign minister"};
  e.target.actor = {"P:ilham-aliyev", graph::ActorKind::kPerson, "AZE", "GOV", "Ilham Aliyev", "head of state"};
  e.action = {"041", "sprach ... mit"};
  e.date = graph::EventDate::Day({2024, 4, 28}, graph::DateBasis::kText, "am Sonntag");
  const int n = 200000;
  size_t bytes = 0;
  bench::Stopwatch watch;
  for (int i = 0; i < n; ++i) bytes += extract::EventToJson(e).size();
  const double s = watch.Seconds();
  std::printf("{\"bench\":\"event_json_write\",\"events\":%d,\"seconds\":%.4f,\"events_per_s\":%.0f,\"mb_per_s\":%.1f}\n",
              n, s, n / s, static_cast<double>(bytes) / 1e6 / s);
  return 0;
}
