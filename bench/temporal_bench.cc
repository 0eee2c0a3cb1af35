// Measures the temporal tagger (extract/temporal_tagger.h) over the texts
// of the shared corpora: articles are read and cut into rough sentences
// first (not timed), then every sentence is tagged and resolved against
// the article's date. Prints one JSON line per corpus:
//   {"bench":"temporal_tagging","corpus":..,"bytes":..,"seconds":..,
//    "mb_per_s":..,"cpu_seconds":..,"cpu_mb_per_s":..,"sentences":..,
//    "expressions":..,"resolved":..}

#include <cstdio>
#include <ctime>
#include <optional>
#include <string_view>
#include <vector>

#include "bench/bench_util.h"
#include "extract/article_json.h"
#include "extract/temporal_tagger.h"

using namespace dipgraph;

namespace {

struct Item {
  std::string_view sentence;
  std::optional<base::CivilDay> published;
  extract::Lang lang;
};

// Cuts `text` after ". ", "! ", "? " and at line breaks: close enough to
// real sentences for a throughput figure.
void Split(std::string_view text, std::optional<base::CivilDay> published,
           extract::Lang lang, std::vector<Item>* out) {
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool end = c == '\n' || ((c == '.' || c == '!' || c == '?') &&
                                   i + 1 < text.size() && text[i + 1] == ' ');
    if (!end) continue;
    if (i + 1 > start) {
      out->push_back({text.substr(start, i + 1 - start), published, lang});
    }
    start = i + 1;
  }
  if (start < text.size()) {
    out->push_back({text.substr(start), published, lang});
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::string shared = bench::SharedDir(argc, argv);
  for (const char* corpus : {"reuters21578.jsonl", "10kgnad_test.jsonl"}) {
    const auto lines = bench::ReadLines(shared + "/corpus/" + corpus);
    if (lines.empty()) continue;
    std::vector<graph::Article> articles;
    articles.reserve(lines.size());
    for (const auto& line : lines) {
      auto a = extract::ParseArticleJson(line);
      if (a.ok()) articles.push_back(std::move(*a));
    }
    std::vector<Item> items;
    size_t bytes = 0;
    for (const graph::Article& a : articles) {
      const extract::Lang lang =
          a.lang == "de" ? extract::Lang::kDe : extract::Lang::kEn;
      Split(a.text, a.date, lang, &items);
      bytes += a.text.size();
    }
    size_t expressions = 0;
    size_t resolved = 0;
    bench::Stopwatch watch;
    const std::clock_t cpu_start = std::clock();
    for (const Item& item : items) {
      for (const extract::TimeExpression& t :
           extract::TagTimes(item.sentence, item.lang, item.published)) {
        ++expressions;
        resolved += t.date.known ? 1 : 0;
      }
    }
    const double s = watch.Seconds();
    // CPU time too: on a shared machine wall time measures the neighbours.
    const double cpu =
        static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    std::printf(
        "{\"bench\":\"temporal_tagging\",\"corpus\":\"%s\",\"bytes\":%zu,"
        "\"seconds\":%.4f,\"mb_per_s\":%.1f,\"cpu_seconds\":%.4f,"
        "\"cpu_mb_per_s\":%.1f,\"sentences\":%zu,\"expressions\":%zu,"
        "\"resolved\":%zu}\n",
        corpus, bytes, s, static_cast<double>(bytes) / 1e6 / s, cpu,
        static_cast<double>(bytes) / 1e6 / cpu, items.size(), expressions,
        resolved);
  }
  return 0;
}
