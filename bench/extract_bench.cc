// Measures the whole extraction pipeline (extract/extractor.h: document,
// actor tagging, time tagging, event coding, date attachment) over the
// shared corpora, single-threaded and with two threads, and the event coder
// alone on pre-tagged sentences. Articles are parsed first (not timed).
// Prints one JSON line per measurement:
//   {"bench":"extract","corpus":..,"threads":..,"bytes":..,"seconds":..,
//    "mb_per_s":..,"articles":..,"events":..}

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

#include "bench/bench_util.h"
#include "extract/article_json.h"
#include "extract/event_coder.h"
#include "extract/extractor.h"
#include "extract/trigger_lexicon.h"

using namespace dipgraph;

namespace {

size_t RunThreads(const extract::Extractor& x, const std::vector<graph::Article>& articles, int threads) {
  std::atomic<size_t> next{0};
  std::atomic<size_t> events{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      size_t local = 0;
      for (size_t i = next++; i < articles.size(); i = next++) local += x.Extract(articles[i]).size();
      events += local;
    });
  }
  for (std::thread& t : pool) t.join();
  return events;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string shared = bench::SharedDir(argc, argv);
  auto x = extract::Extractor::Create({});
  if (!x.ok()) {
    std::fprintf(stderr, "bench: %s\n", x.status().ToString().c_str());
    return 1;
  }
  for (const char* corpus : {"reuters21578.jsonl", "10kgnad_test.jsonl"}) {
    const auto lines = bench::ReadLines(shared + "/corpus/" + corpus);
    if (lines.empty()) continue;
    std::vector<graph::Article> articles;
    size_t bytes = 0;
    for (const auto& line : lines) {
      auto a = extract::ParseArticleJson(line);
      if (!a.ok()) continue;
      bytes += line.size() + 1;
      articles.push_back(std::move(*a));
    }
    for (int threads : {1, 2}) {
      bench::Stopwatch watch;
      const size_t events = RunThreads(**x, articles, threads);
      const double s = watch.Seconds();
      std::printf(
          "{\"bench\":\"extract\",\"corpus\":\"%s\",\"threads\":%d,\"bytes\":%zu,\"seconds\":%.3f,"
          "\"mb_per_s\":%.2f,\"articles\":%zu,\"events\":%zu,\"peak_rss_mib\":%.1f}\n",
          corpus, threads, bytes, s, static_cast<double>(bytes) / 1e6 / s, articles.size(), events,
          bench::PeakRssMiB());
      std::fflush(stdout);
    }
    // The event coder alone, on sentences already tagged (not timed).
    std::vector<extract::Document> docs;
    for (size_t i = 0; i < articles.size() && i < 2000; ++i) docs.push_back((*x)->Tag(articles[i]));
    auto lexicon = extract::TriggerLexicon::Load();
    if (!lexicon.ok()) return 1;
    extract::EventCoder coder(**lexicon);
    size_t sentences = 0;
    size_t coded = 0;
    bench::Stopwatch watch;
    for (const extract::Document& d : docs) {
      for (const extract::Sentence& s : d.sentences) {
        ++sentences;
        coded += coder.CodeSentence(s, d.lang).size();
      }
    }
    const double s = watch.Seconds();
    std::printf(
        "{\"bench\":\"event_coder\",\"corpus\":\"%s\",\"sentences\":%zu,\"seconds\":%.4f,"
        "\"sentences_per_s\":%.0f,\"events\":%zu}\n",
        corpus, sentences, s, static_cast<double>(sentences) / s, coded);
  }
  return 0;
}
