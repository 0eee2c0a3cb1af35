// Throughput of the text front end plus actor tagging: reads an articles
// JSONL file, builds each Document (cleaning, sentence splitting,
// tokenizing) and runs the ActorTagger over it, timing only those two steps
// (JSON parsing and lexicon loading are excluded). Prints one JSON line:
//   {"bench":"actor_tagging","lang":"en","bytes":18000000,"seconds":1.2,
//    "mb_per_s":15.0,"articles":21578,"mentions":123456}
// "lang" is the language of the first article (or "mixed"). Single thread:
// the figure is MB/s per core. "seconds" is the CPU time of the process
// (std::clock), so a busy shared machine does not distort it; "wall_seconds"
// is the elapsed time.
//
// Usage: actor_tagging_bench FILE.jsonl [--limit N]

#include <chrono>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/line_reader.h"
#include "extract/actor_tagger.h"
#include "extract/article_json.h"
#include "extract/document.h"
#include "extract/language_detect.h"

using namespace dipgraph;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE.jsonl [--limit N]\n", argv[0]);
    return 2;
  }
  size_t limit = 0;
  for (int i = 2; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--limit") limit = std::strtoull(argv[i + 1], nullptr, 10);
  }
  auto tagger = extract::ActorTagger::Create({});
  if (!tagger.ok()) {
    std::fprintf(stderr, "%s\n", tagger.status().ToString().c_str());
    return 1;
  }
  auto reader = base::LineReader::Open(argv[1]);
  if (!reader.ok()) {
    std::fprintf(stderr, "%s\n", reader.status().ToString().c_str());
    return 1;
  }
  std::vector<graph::Article> articles;
  std::string line;
  while (reader->Next(&line) && (limit == 0 || articles.size() < limit)) {
    auto a = extract::ParseArticleJson(line);
    if (a.ok()) articles.push_back(std::move(*a));
  }
  size_t bytes = 0;
  size_t mentions = 0;
  std::string lang;
  auto t0 = std::chrono::steady_clock::now();
  std::clock_t c0 = std::clock();
  for (const graph::Article& a : articles) {
    extract::Document doc = extract::Document::FromArticle(a);
    (*tagger)->TagDocument(doc, a);
    bytes += a.title.size() + a.text.size();
    for (const auto& s : doc.sentences) mentions += s.mentions.size();
    std::string code(extract::LangCode(doc.lang));
    if (lang.empty()) {
      lang = code;
    } else if (lang != code) {
      lang = "mixed";
    }
  }
  double seconds = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf(
      "{\"bench\":\"actor_tagging\",\"lang\":\"%s\",\"bytes\":%zu,\"seconds\":%.3f,"
      "\"mb_per_s\":%.2f,\"wall_seconds\":%.3f,\"articles\":%zu,\"mentions\":%zu}\n",
      lang.c_str(), bytes, seconds, seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0,
      wall, articles.size(), mentions);
  return 0;
}
