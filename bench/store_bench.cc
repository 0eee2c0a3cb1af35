// store_bench: measures the event store and prints one JSON object per
// measurement on standard output.
//
//   store_bench [--db DIR] [--events N] [--per-article K] [--actors A]
//               [--corpus FILE.jsonl ...] [--threads T] [--group G] [--no-reads]
//
// 1. "synthetic_ingest": N synthetic pre-extracted events in articles of K
//    events (IngestEvents, the `ingest --events` path) on one thread; the
//    clock runs only around the store calls. Also the database size per
//    event, and read rates (full time scan, per-actor scans, mentions).
//    Articles are written in groups of G (StoreOptions::group_articles;
//    default 64, as `dipgraph ingest` does; --group 1 = one write each).
//    events_per_cpu_s counts the ingesting thread's CPU time;
//    events_per_process_cpu_s also RocksDB's flushes and compactions, but
//    also the making of the events and not the close; store_cpu_seconds
//    (events_per_store_cpu_s) is everything the process spent storing,
//    the final flush on close included and the making of the events not:
//    the rate one core would sustain. flush_cpu_seconds and
//    compaction_cpu_seconds split out RocksDB's background threads (until
//    the close), close_cpu_seconds the close. peak_rss_mb is the process's
//    peak.
// 2. "corpus_ingest" (with --corpus): articles JSONL end to end: parse,
//    extract (T threads), store.

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "base/line_reader.h"
#include "extract/article_json.h"
#include "extract/extractor.h"
#include "store/event_store.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using dipgraph::graph::Event;

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

// CPU seconds used so far by the calling thread (or the whole process):
// on a shared machine the wall clock mostly measures the other tenants.
double CpuSeconds(clockid_t which) {
  timespec ts{};
  clock_gettime(which, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Peak resident set size of the process so far, in MB.
double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// CPU seconds of the process's threads whose name starts with `prefix`
// (RocksDB names its flush threads "rocksdb:high", compaction "rocksdb:low"),
// read from /proc; 0 where that is unavailable.
double ThreadsCpuSeconds(const std::string& prefix) {
  double ticks = 0;
  std::error_code ec;
  for (auto it = fs::directory_iterator("/proc/self/task", ec);
       !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::FILE* f = std::fopen((it->path() / "stat").c_str(), "r");
    if (f == nullptr) continue;
    char buf[1024];
    const size_t n = std::fread(buf, 1, sizeof(buf) - 1, f);
    std::fclose(f);
    buf[n] = '\0';
    const std::string stat(buf);
    const size_t open = stat.find('(');
    const size_t close = stat.rfind(')');
    if (open == std::string::npos || close == std::string::npos) continue;
    if (stat.compare(open + 1, prefix.size(), prefix) != 0) continue;
    // After ") ": state, then fields 4.. ; utime and stime are fields 14, 15.
    unsigned long long utime = 0;
    unsigned long long stime = 0;
    if (std::sscanf(stat.c_str() + close + 2,
                    "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &utime,
                    &stime) == 2) {
      ticks += static_cast<double>(utime + stime);
    }
  }
  return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

uint64_t DirBytes(const fs::path& dir) {
  uint64_t n = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec)) n += it->file_size(ec);
  }
  return n;
}

// Events of one synthetic article: realistic field sizes (a 150-byte
// sentence, names, mentions), Zipf-like actor popularity so that frequent
// pairs merge across articles.
std::vector<Event> MakeArticle(std::mt19937_64& rng, int article, int k, int actors) {
  static const char* const kCodes[] = {"010", "012", "013", "020", "030", "036", "040",
                                       "041", "042", "043", "046", "051", "057", "061",
                                       "071", "111", "112", "120", "130", "138", "163",
                                       "172", "173", "180", "190", "193"};
  auto actor = [&] {
    // Square of a uniform draw: low ids are much more frequent.
    const double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return static_cast<int>(u * u * actors);
  };
  std::vector<Event> out(static_cast<size_t>(k));
  const std::string id = "bench-" + std::to_string(article);
  for (int i = 0; i < k; ++i) {
    Event& e = out[static_cast<size_t>(i)];
    e.provenance.article = id;
    e.provenance.field = "text";
    e.provenance.sentence = static_cast<uint32_t>(i);
    const int s = actor();
    int t = actor();
    if (t == s) t = (s + 1) % actors;
    for (auto [ea, n] : {std::pair{&e.source, s}, std::pair{&e.target, t}}) {
      ea->actor.id = n < 200 ? "S" + std::to_string(n) : "P:person-" + std::to_string(n);
      ea->actor.kind = n < 200 ? dipgraph::graph::ActorKind::kState
                               : dipgraph::graph::ActorKind::kPerson;
      ea->actor.country = "S" + std::to_string(n % 200);
      ea->actor.name = "Actor number " + std::to_string(n);
      ea->mention = {ea->actor.name, 0, static_cast<uint32_t>(ea->actor.name.size())};
    }
    e.provenance.text = e.source.actor.name + " met " + e.target.actor.name +
                        " on Tuesday to discuss the situation in the region, the ministry "
                        "said in a statement issued after the talks in the capital.";
    e.provenance.span_start = static_cast<uint32_t>(i * 160);
    e.provenance.span_end = e.provenance.span_start +
                            static_cast<uint32_t>(e.provenance.text.size());
    e.action.code = kCodes[rng() % 26];
    e.action.trigger = "met";
    e.symmetric = e.action.code == "043";
    const int day = static_cast<int>(rng() % 3650);
    e.date = dipgraph::graph::EventDate::Day(
        dipgraph::base::AddDays({2015, 1, 1}, day), dipgraph::graph::DateBasis::kText,
        "on Tuesday");
    e.confidence = 0.5 + static_cast<double>(rng() % 50) / 100.0;
  }
  return out;
}

int Synthetic(const fs::path& db, long events, int per_article, int actors, int group,
              bool reads) {
  dipgraph::store::StoreOptions options;
  options.group_articles = group;
  auto store = dipgraph::store::EventStore::Open(options, db);
  if (!store.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", store.status().ToString().c_str());
    return 1;
  }
  std::mt19937_64 rng(42);
  Clock::duration in_store{};
  double cpu_in_store = 0;
  const double process_cpu0 = CpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
  const double main_cpu0 = CpuSeconds(CLOCK_THREAD_CPUTIME_ID);
  long stored = 0;
  uint64_t created = 0;
  const auto wall0 = Clock::now();
  // Articles are made in chunks and each chunk is timed as a whole: reading
  // the thread's CPU clock is a system call, too costly to make per article.
  constexpr int kChunk = 64;
  std::vector<std::vector<Event>> chunk;
  for (int a = 0; stored < events;) {
    chunk.clear();
    for (; static_cast<int>(chunk.size()) < kChunk && stored < events; ++a) {
      chunk.push_back(MakeArticle(rng, a, per_article, actors));
      stored += per_article;
    }
    const auto t0 = Clock::now();
    const double c0 = CpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    for (const auto& batch : chunk) {
      auto r = (*store)->IngestEvents(batch.front().provenance.article, batch);
      if (!r.ok()) {
        std::fprintf(stderr, "store_bench: %s\n", r.status().ToString().c_str());
        return 1;
      }
      created += r->events_new;
    }
    if (stored >= events) {
      auto flushed = (*store)->Flush();  // the last group is part of the work
      if (!flushed.ok()) {
        std::fprintf(stderr, "store_bench: %s\n", flushed.ToString().c_str());
        return 1;
      }
    }
    cpu_in_store += CpuSeconds(CLOCK_THREAD_CPUTIME_ID) - c0;
    in_store += Clock::now() - t0;
  }
  const double wall = Seconds(Clock::now() - wall0);
  const double secs = Seconds(in_store);
  const double process_cpu = CpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - process_cpu0;
  const double flush_cpu = ThreadsCpuSeconds("rocksdb:high");
  const double compaction_cpu = ThreadsCpuSeconds("rocksdb:low");
  // The main thread's time outside the store calls made the events.
  const double generate_cpu = CpuSeconds(CLOCK_THREAD_CPUTIME_ID) - main_cpu0 - cpu_in_store;
  const double close_cpu0 = CpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
  store->reset();  // close: flush the memtables' WAL, settle the files
  const double close_cpu = CpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - close_cpu0;
  // Everything the process spent storing, the final flush on close
  // included, without making the synthetic events.
  const double store_cpu =
      CpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - process_cpu0 - generate_cpu;
  const uint64_t bytes = DirBytes(db);
  std::printf(
      "{\"bench\": \"synthetic_ingest\", \"events\": %ld, \"per_article\": %d, "
      "\"group_articles\": %d, "
      "\"canonical_events\": %llu, \"store_seconds\": %.3f, \"wall_seconds\": %.3f, "
      "\"events_per_s\": %.0f, \"store_thread_cpu_seconds\": %.3f, "
      "\"events_per_cpu_s\": %.0f, \"process_cpu_seconds\": %.3f, "
      "\"events_per_process_cpu_s\": %.0f, \"flush_cpu_seconds\": %.3f, "
      "\"compaction_cpu_seconds\": %.3f, \"generate_cpu_seconds\": %.3f, \"close_cpu_seconds\": %.3f, "
      "\"store_cpu_seconds\": %.3f, \"events_per_store_cpu_s\": %.0f, "
      "\"db_bytes\": %llu, \"bytes_per_event\": %.1f, \"peak_rss_mb\": %.1f}\n",
      stored, per_article, group, static_cast<unsigned long long>(created), secs, wall,
      static_cast<double>(stored) / secs, cpu_in_store,
      static_cast<double>(stored) / cpu_in_store, process_cpu,
      static_cast<double>(stored) / process_cpu, flush_cpu, compaction_cpu, generate_cpu, close_cpu,
      store_cpu, static_cast<double>(stored) / store_cpu, static_cast<unsigned long long>(bytes),
      static_cast<double>(bytes) / static_cast<double>(stored), PeakRssMb());

  if (!reads) return 0;
  // Reads, on a reopened read-only store.
  dipgraph::store::StoreOptions ro;
  ro.mode = dipgraph::store::OpenMode::kReadOnly;
  auto reader = dipgraph::store::EventStore::Open(ro, db);
  if (!reader.ok()) return 1;
  auto t0 = Clock::now();
  long scanned = 0;
  (void)(*reader)->ForEachEvent(dipgraph::store::TimeWindow::All(),
                                [&](const dipgraph::graph::EventRecord&) {
                                  ++scanned;
                                  return true;
                                });
  const double scan = Seconds(Clock::now() - t0);
  t0 = Clock::now();
  long by_actor = 0;
  for (int i = 0; i < 100; ++i) {
    const std::string id = i < 200 ? "S" + std::to_string(i) : "";
    (void)(*reader)->ForEachEventOfActor(
        id, dipgraph::store::TimeWindow::Days({2018, 1, 1}, {2018, 12, 31}),
        [&](const dipgraph::graph::EventRecord&) {
          ++by_actor;
          return true;
        });
  }
  const double actor_secs = Seconds(Clock::now() - t0);
  t0 = Clock::now();
  long mentions = 0;
  for (uint64_t id = 1; id <= 10000; ++id) {
    auto m = (*reader)->GetMentions(id);
    if (m.ok()) mentions += static_cast<long>(m->size());
  }
  const double mention_secs = Seconds(Clock::now() - t0);
  std::printf(
      "{\"bench\": \"reads\", \"time_scan_events\": %ld, \"time_scan_events_per_s\": %.0f, "
      "\"actor_year_queries\": 100, \"actor_year_events\": %ld, \"actor_query_ms\": %.2f, "
      "\"mention_lookups\": 10000, \"mentions\": %ld, \"mention_lookup_us\": %.1f}\n",
      scanned, static_cast<double>(scanned) / scan, by_actor, actor_secs * 1000 / 100,
      mentions, mention_secs * 1e6 / 10000);
  return 0;
}

int Corpus(const fs::path& db, const std::vector<std::string>& files, int threads) {
  auto x = dipgraph::extract::Extractor::Create(dipgraph::extract::ExtractorOptions());
  if (!x.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", x.status().ToString().c_str());
    return 1;
  }
  auto store = dipgraph::store::EventStore::Open(dipgraph::store::StoreOptions(), db);
  if (!store.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", store.status().ToString().c_str());
    return 1;
  }
  for (const auto& file : files) {
    auto reader = dipgraph::base::LineReader::Open(file);
    if (!reader.ok()) {
      std::fprintf(stderr, "store_bench: %s\n", reader.status().ToString().c_str());
      return 1;
    }
    std::vector<dipgraph::graph::Article> articles;
    std::string line;
    while (reader->Next(&line)) {
      auto a = dipgraph::extract::ParseArticleJson(line);
      if (a.ok()) articles.push_back(std::move(a).value());
    }
    const auto t0 = Clock::now();
    std::vector<std::vector<Event>> events(articles.size());
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i = next++; i < articles.size(); i = next++) events[i] = (*x)->Extract(articles[i]);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    const double extract_secs = Seconds(Clock::now() - t0);
    const auto t1 = Clock::now();
    long mentions = 0;
    for (size_t i = 0; i < articles.size(); ++i) {
      auto r = (*store)->IngestArticle(articles[i], events[i]);
      if (r.ok()) mentions += r->mentions;
    }
    const double store_secs = Seconds(Clock::now() - t1);
    std::printf(
        "{\"bench\": \"corpus_ingest\", \"file\": \"%s\", \"articles\": %zu, "
        "\"events\": %ld, \"extract_seconds\": %.3f, \"threads\": %d, "
        "\"store_seconds\": %.3f, \"articles_per_s\": %.0f, \"db_bytes\": %llu}\n",
        fs::path(file).filename().c_str(), articles.size(), mentions, extract_secs, threads,
        store_secs, static_cast<double>(articles.size()) / (extract_secs + store_secs),
        static_cast<unsigned long long>(DirBytes(db)));
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path db;
  long events = 500000;
  int per_article = 8;
  int actors = 400;
  int threads = 1;
  int group = 64;  // as `dipgraph ingest` writes
  bool reads = true;
  std::vector<std::string> corpus;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "store_bench: %s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--db") db = next();
    else if (arg == "--events") events = std::stol(next());
    else if (arg == "--per-article") per_article = std::max(1, std::stoi(next()));
    else if (arg == "--actors") actors = std::max(2, std::stoi(next()));
    else if (arg == "--threads") threads = std::max(1, std::stoi(next()));
    else if (arg == "--corpus") corpus.push_back(next());
    else if (arg == "--no-reads") reads = false;
    else if (arg == "--group") group = std::max(1, std::stoi(next()));
    else {
      std::fprintf(stderr, "usage: store_bench [--db DIR] [--events N] [--per-article K] "
                           "[--actors A] [--corpus FILE ...] [--threads T] [--group G] [--no-reads]\n");
      return 2;
    }
  }
  const bool temp = db.empty();
  if (temp) db = fs::temp_directory_path() / ("store_bench_" + std::to_string(::getpid()));
  fs::remove_all(db);
  int rc = Synthetic(db / "synthetic", events, per_article, actors, group, reads);
  if (rc == 0 && !corpus.empty()) rc = Corpus(db / "corpus", corpus, threads);
  if (temp) fs::remove_all(db);
  return rc;
}
