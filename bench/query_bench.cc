// Measures the query layer on a synthetic graph of a million events: graph
// build time and memory per event, k-shortest relationship paths, time-
// respecting earliest-arrival paths over one-year windows, and pair
// timelines read through the event store's pair index.
//
// The events are "real-looking": the gold events of shared/eval/dev (who
// did what to whom, when) replicated with dates shifted by whole weeks and
// actors remapped onto a pool of 250 synthetic states with 8 officials
// each, so the code mix and the pairing structure stay those of real news.
//
//   query_bench [SHARED_DIR] [--events N] [--store-events N] [--queries N]
//
// Prints one JSON object per measurement (latencies in milliseconds).

#include <malloc.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/civil_date.h"
#include "bench/bench_util.h"
#include "graph/actor.h"
#include "graph/event.h"
#include "graph/event_record.h"
#include "graph/paths.h"
#include "graph/temporal_graph.h"
#include "graph/temporal_paths.h"
#include "graph/tie.h"
#include "store/event_store.h"

using namespace dipgraph;

namespace {

constexpr int kStates = 250;
constexpr int kOfficials = 8;

struct Seed {
  std::string source, target, code;
  int64_t day;
  bool symmetric;
};

// The value of "key": "..." after `from` in `line`, or "".
std::string Field(std::string_view line, std::string_view key, size_t from, size_t to) {
  // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on
  // "literal" + std::string here.
  std::string pattern = "\"";
  pattern.append(key);
  pattern.append("\": ");
  size_t p = line.find(pattern, from);
  if (p == std::string_view::npos || p >= to) return {};
  p += pattern.size();
  if (line.substr(p, 4) == "true") return "true";
  if (line.substr(p, 5) == "false") return "false";
  if (line[p] != '"') return {};
  const size_t end = line.find('"', p + 1);
  return std::string(line.substr(p + 1, end - p - 1));
}

// The gold events of the dev set: a small hand-made JSON scan, enough for
// the fixed layout of those files.
std::vector<Seed> ReadSeeds(const std::string& shared) {
  std::vector<Seed> seeds;
  for (const char* name : {"en.jsonl", "de.jsonl", "seed.jsonl"}) {
    for (const std::string& line : bench::ReadLines(shared + "/eval/dev/" + name)) {
      size_t at = line.find("\"events\": [");
      while (at != std::string::npos) {
        const size_t obj = line.find("{\"source\"", at);
        if (obj == std::string::npos) break;
        const size_t end = line.find('}', obj);
        Seed s;
        s.source = Field(line, "source", obj, end);
        s.target = Field(line, "target", obj, end);
        s.code = Field(line, "code", obj, end);
        s.symmetric = Field(line, "symmetric", obj, end) == "true";
        auto date = graph::EventDate::ParseValue(Field(line, "date", obj, end),
                                                 graph::DateBasis::kText);
        if (!s.source.empty() && !s.target.empty() && !s.code.empty() && date) {
          s.day = date->FirstDay();
          seeds.push_back(s);
        }
        at = end;
      }
    }
  }
  return seeds;
}

std::vector<graph::Actor> MakeActors() {
  std::vector<graph::Actor> actors;
  for (int s = 0; s < kStates; ++s) {
    char id[16];
    std::snprintf(id, sizeof id, "S%03d", s);
    actors.push_back({id, graph::ActorKind::kState, id, "GOV", std::string("State ") + id, ""});
    for (int o = 0; o < kOfficials; ++o) {
      const std::string pid = "P:" + std::string(id) + "-official-" + std::to_string(o);
      actors.push_back({pid, graph::ActorKind::kPerson, id, "GOV", pid, "minister"});
    }
  }
  return actors;
}

// Copy `copy` of `seeds`: actors remapped, dates shifted by whole weeks
// within 2015..2024, so copies spread over ten years.
void Replicate(const std::vector<Seed>& seeds, const std::vector<graph::Actor>& actors, int copy,
               std::vector<graph::EventRecord>* out) {
  std::hash<std::string> hash;
  const int64_t base = base::DaysFromCivil({2015, 1, 1});
  const int64_t span = base::DaysFromCivil({2024, 12, 31}) - base;
  for (size_t i = 0; i < seeds.size(); ++i) {
    const Seed& s = seeds[i];
    auto pick = [&](const std::string& key, size_t salt) {
      const size_t state = (hash(key) + static_cast<size_t>(copy) * 7919u) % kStates;
      const size_t member = (salt + static_cast<size_t>(copy)) % (kOfficials + 2);
      // Half the time the state itself, else one of its officials.
      const size_t offset = member < 2 ? 0 : member - 1;
      return actors[state * (kOfficials + 1) + std::min<size_t>(offset, kOfficials)].id;
    };
    graph::EventRecord r;
    r.id = out->size() + 1;
    r.source = pick(s.source, i);
    r.target = pick(s.target, i * 3 + 1);
    if (r.source == r.target) continue;
    r.code = s.code;
    const int64_t day = base + ((s.day - base) % span + span + 7 * copy) % span;
    r.date = graph::EventDate::Day(base::CivilFromDays(day), graph::DateBasis::kText);
    r.symmetric = s.symmetric;
    r.mentions = 1 + static_cast<uint32_t>((i + static_cast<size_t>(copy)) % 4);
    r.articles = r.mentions;
    out->push_back(std::move(r));
  }
}

// Bytes the allocator has handed out and not had back (live heap).
double HeapInUseBytes() {
  const struct mallinfo2 m = mallinfo2();
  return static_cast<double>(m.uordblks + m.hblkhd);  // + mmapped blocks
}

// Current resident set size in bytes.
double RssBytes() {
  std::ifstream f("/proc/self/statm");
  long pages = 0, resident = 0;
  f >> pages >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE));
}

// CPU time of this thread in seconds: on a shared machine wall-clock
// latencies include waiting for a core, so both are reported.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Times one query: wall clock and thread CPU.
class QueryTimer {
 public:
  QueryTimer() : cpu_start_(ThreadCpuSeconds()) {}
  double WallMs() const { return wall_.Seconds() * 1000; }
  double CpuMs() const { return (ThreadCpuSeconds() - cpu_start_) * 1000; }

 private:
  bench::Stopwatch wall_;
  double cpu_start_;
};

double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  if (v.empty()) return 0;
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

struct Latency {
  std::vector<double> ms;      // wall clock
  std::vector<double> cpu_ms;  // thread CPU
  void Add(const QueryTimer& t) {
    cpu_ms.push_back(t.CpuMs());
    ms.push_back(t.WallMs());
  }
};

void Report(const char* name, Latency& l, const std::string& extra) {
  std::printf("{\"bench\":\"query\",\"case\":\"%s\",\"queries\":%zu,\"p50_ms\":%.3f,"
              "\"p99_ms\":%.3f,\"cpu_p50_ms\":%.3f,\"cpu_p99_ms\":%.3f%s}\n",
              name, l.ms.size(), Percentile(l.ms, 0.5), Percentile(l.ms, 0.99),
              Percentile(l.cpu_ms, 0.5), Percentile(l.cpu_ms, 0.99), extra.c_str());
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  std::string shared = DIPGRAPH_SHARED_DIR;
  size_t events = 1000000, store_events = 1000000, queries = 200;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--events" && i + 1 < argc) {
      events = std::stoul(argv[++i]);
    } else if (a == "--store-events" && i + 1 < argc) {
      store_events = std::stoul(argv[++i]);
    } else if (a == "--queries" && i + 1 < argc) {
      queries = std::stoul(argv[++i]);
    } else {
      shared = a;
    }
  }
  const std::vector<Seed> seeds = ReadSeeds(shared);
  if (seeds.empty()) {
    std::fprintf(stderr, "query_bench: no seed events under %s/eval/dev\n", shared.c_str());
    return 1;
  }
  const std::vector<graph::Actor> actors = MakeActors();
  std::unordered_map<std::string, const graph::Actor*> by_id;
  for (const auto& a : actors) by_id[a.id] = &a;
  graph::ActorLookup lookup = [&](std::string_view id) -> const graph::Actor* {
    auto it = by_id.find(std::string(id));
    return it == by_id.end() ? nullptr : it->second;
  };

  std::vector<graph::EventRecord> records;
  records.reserve(events + seeds.size());
  for (int copy = 0; records.size() < events; ++copy) Replicate(seeds, actors, copy, &records);
  records.resize(events);
  std::fprintf(stderr, "query_bench: %zu seed events, %zu records\n", seeds.size(), records.size());

  // --- graph build and memory ---------------------------------------------
  const double rss_before = RssBytes();
  const double heap_before = HeapInUseBytes();
  bench::Stopwatch build_watch;
  const double build_cpu_start = ThreadCpuSeconds();
  graph::TemporalGraph g = graph::TemporalGraph::Build(records, graph::BuildOptions{}, lookup);
  const double build_s = build_watch.Seconds();
  const double build_cpu_s = ThreadCpuSeconds() - build_cpu_start;
  const double rss_after = RssBytes();
  const double heap_after = HeapInUseBytes();
  std::printf("{\"bench\":\"query\",\"case\":\"graph_build\",\"events\":%zu,\"vertices\":%zu,"
              "\"seconds\":%.3f,\"cpu_seconds\":%.3f,\"events_per_s\":%.0f,"
              "\"rss_bytes_per_event\":%.1f,\"heap_bytes_per_event\":%.1f}\n",
              g.edge_count(), g.vertex_count(), build_s, build_cpu_s,
              static_cast<double>(g.edge_count()) / build_s,
              (rss_after - rss_before) / static_cast<double>(g.edge_count()),
              (heap_after - heap_before) / static_cast<double>(g.edge_count()));
  {
    graph::BuildOptions keyed;
    keyed.by_key = true;
    bench::Stopwatch w;
    graph::TemporalGraph k = graph::TemporalGraph::Build(records, keyed, lookup);
    std::printf("{\"bench\":\"query\",\"case\":\"graph_build_key_view\",\"events\":%zu,"
                "\"vertices\":%zu,\"seconds\":%.3f}\n",
                k.edge_count(), k.vertex_count(), w.Seconds());
  }
  bench::Stopwatch tie_watch;
  const graph::TieView ties(g, false);
  std::printf("{\"bench\":\"query\",\"case\":\"tie_view_build\",\"ties\":%zu,\"seconds\":%.3f}\n",
              ties.ties().size(), tie_watch.Seconds());
  std::fflush(stdout);

  // --- shortest paths ------------------------------------------------------
  std::mt19937 rng(42);
  std::uniform_int_distribution<size_t> any_vertex(0, g.vertex_count() - 1);
  for (size_t k : {size_t{1}, size_t{3}}) {
    Latency l;
    size_t found = 0, hops = 0;
    for (size_t q = 0; q < queries; ++q) {
      const graph::Vertex a = any_vertex(rng), b = any_vertex(rng);
      graph::PathOptions po;
      po.k = k;
      QueryTimer w;
      const auto paths = graph::KShortestPaths(ties, a, b, po);
      l.Add(w);
      if (!paths.empty()) {
        ++found;
        hops += paths[0].hops();
      }
    }
    char extra[96];
    std::snprintf(extra, sizeof extra, ",\"k\":%zu,\"found\":%zu,\"mean_hops\":%.2f", k, found,
                  found ? static_cast<double>(hops) / static_cast<double>(found) : 0.0);
    Report(k == 1 ? "shortest_path" : "k_shortest_paths", l, extra);
  }

  // --- time-respecting paths over one-year windows --------------------------
  {
    Latency l;
    size_t found = 0;
    std::uniform_int_distribution<int> year(2015, 2024);
    for (size_t q = 0; q < queries; ++q) {
      const int y = year(rng);
      graph::TemporalPathOptions o;
      o.from_day = base::DaysFromCivil({y, 1, 1});
      o.to_day = base::DaysFromCivil({y, 12, 31});
      const graph::Vertex a = any_vertex(rng), b = any_vertex(rng);
      QueryTimer w;
      const auto path = graph::EarliestArrivalPath(g, a, b, o);
      l.Add(w);
      if (path) ++found;
    }
    char extra[64];
    std::snprintf(extra, sizeof extra, ",\"window_days\":365,\"found\":%zu", found);
    Report("time_respecting_path", l, extra);

    // The worst case: earliest arrival at every vertex, a full scan of the
    // year's events (what an unreachable target costs).
    Latency all;
    for (size_t q = 0; q < std::min<size_t>(queries, 50); ++q) {
      const int y = year(rng);
      graph::TemporalPathOptions o;
      o.from_day = base::DaysFromCivil({y, 1, 1});
      o.to_day = base::DaysFromCivil({y, 12, 31});
      QueryTimer w;
      const auto days = graph::EarliestArrivalDays(g, any_vertex(rng), o);
      all.Add(w);
    }
    std::snprintf(extra, sizeof extra, ",\"window_days\":365,\"window_events\":%zu",
                  g.EdgesByTime(base::DaysFromCivil({2020, 1, 1}),
                                base::DaysFromCivil({2020, 12, 31})).size());
    Report("time_respecting_all_arrivals", all, extra);
  }

  // --- pair timelines through the store's pair index ------------------------
  if (store_events == 0) return 0;
  const auto dir = std::filesystem::temp_directory_path() /
                   ("dipgraph_query_bench_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  auto opened = store::EventStore::Open(store::StoreOptions{}, dir);
  if (!opened.ok()) {
    std::fprintf(stderr, "query_bench: %s\n", opened.status().ToString().c_str());
    return 1;
  }
  store::EventStore& db = **opened;
  bench::Stopwatch ingest_watch;
  const size_t n = std::min(store_events, records.size());
  constexpr size_t kPerArticle = 20;
  for (size_t i = 0; i < n; i += kPerArticle) {
    std::vector<graph::Event> batch;
    const std::string article = "bench-" + std::to_string(i / kPerArticle);
    for (size_t j = i; j < std::min(n, i + kPerArticle); ++j) {
      const graph::EventRecord& r = records[j];
      graph::Event e;
      e.provenance.article = article;
      e.provenance.field = "text";
      e.provenance.sentence = static_cast<uint32_t>(j - i);
      e.provenance.text = r.source + " and " + r.target + " (" + r.code + ")";
      e.provenance.span_end = static_cast<uint32_t>(e.provenance.text.size());
      e.source.actor = *lookup(r.source);
      e.target.actor = *lookup(r.target);
      e.action.code = r.code;
      e.date = r.date;
      e.symmetric = r.symmetric;
      e.confidence = 0.8;
      batch.push_back(std::move(e));
    }
    auto outcome = db.IngestEvents(article, batch);
    if (!outcome.ok()) {
      std::fprintf(stderr, "query_bench: %s\n", outcome.status().ToString().c_str());
      return 1;
    }
  }
  const double ingest_s = ingest_watch.Seconds();
  std::printf("{\"bench\":\"query\",\"case\":\"store_ingest\",\"events\":%zu,\"seconds\":%.1f}\n",
              n, ingest_s);
  std::fflush(stdout);
  {
    Latency l;
    size_t returned = 0;
    std::uniform_int_distribution<size_t> any_record(0, n - 1);
    for (size_t q = 0; q < std::max<size_t>(queries, 1000); ++q) {
      const graph::EventRecord& r = records[any_record(rng)];
      size_t count = 0;
      QueryTimer w;
      auto s = db.ForEachEventOfPair(r.source, r.target, store::TimeWindow::All(),
                                     [&](const graph::EventRecord&) {
                                       ++count;
                                       return true;
                                     });
      l.Add(w);
      if (!s.ok()) {
        std::fprintf(stderr, "query_bench: %s\n", s.ToString().c_str());
        return 1;
      }
      returned += count;
    }
    char extra[96];
    std::snprintf(extra, sizeof extra, ",\"store_events\":%zu,\"mean_events\":%.1f", n,
                  static_cast<double>(returned) / static_cast<double>(l.ms.size()));
    Report("pair_timeline_store", l, extra);
  }
  {
    // The graph build a CLI path query pays: every event of a year from
    // the store into a TemporalGraph.
    bench::Stopwatch w;
    graph::TemporalGraphBuilder builder(graph::BuildOptions{}, lookup);
    store::TimeWindow year = store::TimeWindow::Days({2020, 1, 1}, {2020, 12, 31});
    auto s = db.ForEachEvent(year, [&](const graph::EventRecord& r) {
      builder.Add(r);
      return true;
    });
    const graph::TemporalGraph from_store = builder.Finish();
    std::printf("{\"bench\":\"query\",\"case\":\"graph_build_from_store_one_year\","
                "\"events\":%zu,\"seconds\":%.3f,\"ok\":%s}\n",
                from_store.edge_count(), w.Seconds(), s.ok() ? "true" : "false");
  }
  opened->reset();
  std::filesystem::remove_all(dir);
  std::fprintf(stderr, "query_bench: peak RSS %.0f MiB\n", bench::PeakRssMiB());
  return 0;
}
