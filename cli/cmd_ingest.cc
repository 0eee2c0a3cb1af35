// `dipgraph ingest`: stores articles (JSONL or .txt, extracted on the way)
// or pre-extracted event JSONL (--events) in the database. Each article is
// one atomic write, so an interrupted ingest leaves whole articles only and
// a rerun continues where it stopped (unchanged articles are skipped).
//
// Bad input lines are reported as "FILE:LINE: reason" and skipped (or stop
// the run with --strict); the exit code is 1 when anything was skipped.

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <atomic>
#include <set>
#include <thread>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/line_reader.h"
#include "cli/command.h"
#include "extract/article_reader.h"
#include "extract/event_json.h"
#include "extract/extractor.h"
#include "store/event_store.h"

namespace dipgraph::cli {

namespace {

using Clock = std::chrono::steady_clock;

struct IngestFlags {
  std::vector<std::string> files;
  std::vector<std::string> event_files;
  bool strict = false;
  bool sync = false;
  bool quiet = false;
  std::string id;    // for a .txt file
  std::string date;  // for a .txt file
  std::string lang;  // overrides the articles' language
  std::vector<std::string> lexicon_dirs;
  int threads = 1;
  int create_format = 0;  // 0 = the current format
};

struct Totals {
  uint64_t articles = 0;
  uint64_t unchanged = 0;
  uint64_t replaced = 0;
  uint64_t sentences = 0;  // distinct sentences that yielded events
  uint64_t events_new = 0;
  uint64_t events_merged = 0;
  uint64_t skipped = 0;    // bad input lines
  uint64_t errors = 0;     // articles the store refused
};

std::string FormatDuration(double seconds) {
  const auto s = static_cast<long>(seconds + 0.5);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

// A one-line progress display on a terminal's stderr, redrawn at most five
// times a second; silent when stderr is not a terminal.
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled && ::isatty(2) == 1) {}

  // `done` of `total` units (bytes or articles; total 0 = unknown).
  void Update(uint64_t done, uint64_t total, const Totals& t, bool force = false) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    const uint64_t events = t.events_new + t.events_merged;
    const double rate = elapsed > 0 ? static_cast<double>(events) / elapsed : 0;
    char eta[48] = "";
    if (total > 0 && done > 0 && done <= total) {
      const double left = elapsed * static_cast<double>(total - done) / static_cast<double>(done);
      std::snprintf(eta, sizeof eta, "  %3.0f%%  ETA %s",
                    100.0 * static_cast<double>(done) / static_cast<double>(total),
                    FormatDuration(left).c_str());
    }
    std::fprintf(stderr, "\r\033[K%llu articles  %llu events  %.0f events/s%s",
                 static_cast<unsigned long long>(t.articles),
                 static_cast<unsigned long long>(events), rate, eta);
    drawn_ = true;
  }

  void Clear() {
    if (drawn_) std::fprintf(stderr, "\r\033[K");
    drawn_ = false;
  }

 private:
  bool enabled_;
  bool drawn_ = false;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_{};
};

class Ingester {
 public:
  Ingester(const IngestFlags& flags, store::EventStore* db)
      : flags_(flags), db_(db), progress_(!flags.quiet) {}


  // Each returns false when the run must stop (store failure, --strict).
  bool EventFile(const std::string& path);
  bool ArticleFile(const std::string& path);

  const Totals& totals() const { return totals_; }
  void Finish() { progress_.Clear(); }

 private:
  // Reports a bad input line; returns false if the run must stop.
  bool Skip(const std::string& where, uint64_t line, const std::string& reason) {
    progress_.Clear();
    std::fprintf(stderr, "%s:%llu: %s\n", where.c_str(),
                 static_cast<unsigned long long>(line), reason.c_str());
    ++totals_.skipped;
    return !flags_.strict;
  }
  bool Record(const std::string& article, const std::vector<graph::Event>& events,
              const base::Result<store::IngestOutcome>& r);
  // Queues an article; extraction runs for a batch at a time, on
  // flags_.threads threads, and the store writes the batch in input order.
  bool StoreArticle(graph::Article article);
  bool FlushArticles();

  const IngestFlags& flags_;
  store::EventStore* db_;
  // Created on first need: event files and unchanged articles need none,
  // and loading the lexicons takes a while.
  std::unique_ptr<extract::Extractor> extractor_;
  std::vector<graph::Article> pending_;
  Progress progress_;
  Totals totals_;
};

bool Ingester::Record(const std::string& article, const std::vector<graph::Event>& events,
                      const base::Result<store::IngestOutcome>& r) {
  if (!r.ok()) {
    progress_.Clear();
    std::fprintf(stderr, "dipgraph ingest: article \"%s\": %s\n", article.c_str(),
                 r.status().ToString().c_str());
    ++totals_.errors;
    // A refused article (bad ids) is skipped; a failing database stops.
    return r.status().code() == base::StatusCode::kInvalidArgument && !flags_.strict;
  }
  ++totals_.articles;
  if (r->unchanged) {
    ++totals_.unchanged;
    return true;
  }
  totals_.replaced += r->replaced ? 1 : 0;
  totals_.events_new += r->events_new;
  totals_.events_merged += r->events_merged;
  std::set<std::pair<std::string, uint32_t>> sentences;
  for (const auto& e : events) sentences.emplace(e.provenance.field, e.provenance.sentence);
  totals_.sentences += sentences.size();
  return true;
}

bool Ingester::EventFile(const std::string& path) {
  auto reader = base::LineReader::Open(path);
  if (!reader.ok()) {
    std::fprintf(stderr, "dipgraph ingest: %s\n", reader.status().message().c_str());
    ++totals_.errors;
    return !flags_.strict;
  }
  // Events of one article may be scattered over the file: group them all
  // first, because each article is stored (and hashed) as a whole.
  std::vector<std::pair<std::string, std::vector<graph::Event>>> groups;
  std::unordered_map<std::string, size_t> index;
  std::string line;
  while (reader->Next(&line)) {
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    auto event = extract::ParseEventJson(line);
    if (!event.ok()) {
      if (!Skip(reader->path(), reader->line_number(), event.status().message())) return false;
      continue;
    }
    const std::string& article = event->provenance.article;
    if (article.empty()) {
      if (!Skip(reader->path(), reader->line_number(), "missing field \"article\"")) return false;
      continue;
    }
    auto [it, added] = index.emplace(article, groups.size());
    if (added) groups.emplace_back(article, std::vector<graph::Event>());
    groups[it->second].second.push_back(std::move(event).value());
  }
  if (!reader->status().ok()) {
    std::fprintf(stderr, "dipgraph ingest: %s\n", reader->status().message().c_str());
    ++totals_.errors;
    return false;
  }
  for (size_t i = 0; i < groups.size(); ++i) {
    const auto& [article, events] = groups[i];
    if (!Record(article, events, db_->IngestEvents(article, events))) return false;
    progress_.Update(i + 1, groups.size(), totals_);
  }
  return true;
}

bool Ingester::StoreArticle(graph::Article article) {
  // An unchanged article needs no extraction: the store would skip it.
  auto unchanged = db_->IsUnchanged(article);
  if (unchanged.ok() && *unchanged) {
    ++totals_.articles;
    ++totals_.unchanged;
    return true;
  }
  pending_.push_back(std::move(article));
  if (pending_.size() < static_cast<size_t>(32 * flags_.threads)) return true;
  return FlushArticles();
}

bool Ingester::FlushArticles() {
  const size_t n = pending_.size();
  if (n == 0) return true;
  if (!extractor_) {
    extract::ExtractorOptions xopts;
    xopts.lexicon_dirs = flags_.lexicon_dirs;
    xopts.force_lang = flags_.lang;
    auto x = extract::Extractor::Create(xopts);
    if (!x.ok()) {
      progress_.Clear();
      std::fprintf(stderr, "dipgraph ingest: %s\n", x.status().ToString().c_str());
      ++totals_.errors;
      return false;
    }
    extractor_ = std::move(x).value();
  }
  std::vector<std::vector<graph::Event>> events(n);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) events[i] = extractor_->Extract(pending_[i]);
  };
  const int workers = std::max(1, std::min(flags_.threads, static_cast<int>(n)));
  std::vector<std::thread> pool;
  for (int w = 1; w < workers; ++w) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  bool go_on = true;
  for (size_t i = 0; i < n && go_on; ++i) {
    go_on = Record(pending_[i].id, events[i], db_->IngestArticle(pending_[i], events[i]));
  }
  pending_.clear();
  return go_on;
}

bool Ingester::ArticleFile(const std::string& path) {
  extract::ArticleReaderOptions ropts;
  ropts.lang = flags_.lang;
  ropts.txt_id = flags_.id;
  ropts.txt_date = flags_.date;
  auto reader = extract::ArticleReader::Open(path, ropts);
  if (!reader.ok()) {
    std::fprintf(stderr, "dipgraph ingest: %s\n", reader.status().message().c_str());
    ++totals_.errors;
    return !flags_.strict;
  }
  graph::Article article;
  extract::BadLine bad;
  for (;;) {
    const auto outcome = (*reader)->Next(&article, &bad);
    if (outcome == extract::ArticleReader::Outcome::kEnd) break;
    if (outcome == extract::ArticleReader::Outcome::kBadLine) {
      if (!Skip(bad.path, bad.line, bad.reason)) return false;
      continue;
    }
    if (!StoreArticle(std::move(article))) return false;
    progress_.Update((*reader)->bytes_read(), (*reader)->size(), totals_);
  }
  if (!FlushArticles()) return false;
  if (!(*reader)->status().ok()) {
    std::fprintf(stderr, "dipgraph ingest: %s\n", (*reader)->status().message().c_str());
    ++totals_.errors;
    return false;
  }
  return true;
}

int RunIngest(const CommandContext& ctx, const IngestFlags& flags) {
  if (flags.files.empty() && flags.event_files.empty()) {
    std::fprintf(stderr, "dipgraph ingest: give article files (or -) or --events FILE\n");
    return kExitUsage;
  }
  store::StoreOptions options;
  options.sync = flags.sync;
  // New articles go to the database 64 to a write (without --sync): a kill
  // loses at most that pending group, whole articles that a rerun stores.
  options.group_articles = 64;
  options.create_format = flags.create_format;
  auto db = store::EventStore::Open(options, DbPath(ctx));
  if (!db.ok()) {
    std::fprintf(stderr, "dipgraph ingest: %s\n", db.status().ToString().c_str());
    return kExitFailure;
  }
  if (flags.threads < 1) {
    std::fprintf(stderr, "dipgraph ingest: --threads must be at least 1\n");
    return kExitUsage;
  }
  const auto start = Clock::now();
  Ingester ingester(flags, db->get());

  bool go_on = true;
  for (const auto& f : flags.event_files) {
    if (go_on) go_on = ingester.EventFile(f);
  }
  for (const auto& f : flags.files) {
    if (go_on) go_on = ingester.ArticleFile(f);
  }
  ingester.Finish();
  uint64_t flush_errors = 0;
  if (auto flushed = (*db)->Flush(); !flushed.ok()) {
    std::fprintf(stderr, "dipgraph ingest: %s\n", flushed.ToString().c_str());
    flush_errors = 1;
  }
  const Totals& t = ingester.totals();
  const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  const uint64_t events = t.events_new + t.events_merged;
  std::fprintf(stderr,
               "ingest: %llu articles (%llu unchanged, %llu replaced), %llu sentences, "
               "events %llu new / %llu merged, %llu skipped, %llu errors, %.2f s, "
               "%.0f events/s\n",
               static_cast<unsigned long long>(t.articles),
               static_cast<unsigned long long>(t.unchanged),
               static_cast<unsigned long long>(t.replaced),
               static_cast<unsigned long long>(t.sentences),
               static_cast<unsigned long long>(t.events_new),
               static_cast<unsigned long long>(t.events_merged),
               static_cast<unsigned long long>(t.skipped),
               static_cast<unsigned long long>(t.errors + flush_errors), elapsed,
               elapsed > 0 ? static_cast<double>(events) / elapsed : 0.0);
  return (t.skipped > 0 || t.errors > 0 || flush_errors > 0 || !go_on) ? kExitFailure
                                                                        : kExitOk;
}

}  // namespace

void RegisterIngest(CLI::App& app, CommandContext& ctx) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* sub = app.add_subcommand(
      "ingest", "Store articles (JSONL/.txt) or pre-extracted events in the database");
  AddDbOption(sub, ctx);
  sub->add_option("files", flags->files,
                  "Article files: JSONL (one article a line), .txt (one article), - = stdin");
  sub->add_option("--events", flags->event_files,
                  "Pre-extracted event JSONL (as `dipgraph extract` writes); repeatable");
  sub->add_flag("--strict", flags->strict, "Stop at the first bad input line");
  sub->add_flag("--sync", flags->sync, "Fsync every article's write (slower, power-safe)");
  sub->add_flag("-q,--quiet", flags->quiet, "No progress display");
  sub->add_option("--id", flags->id, "Article id for a .txt file (default: file name)");
  sub->add_option("--date", flags->date, "Publication date YYYY-MM-DD for a .txt file");
  sub->add_option("--lang", flags->lang, "en or de: override the articles' language");
  sub->add_option("--lexicon", flags->lexicon_dirs,
                  "Extra lexicon directory (actor *.txt, triggers_*.txt, *.verbs)");
  sub->add_option("--threads", flags->threads,
                  "Extraction threads (storage order does not depend on it)");
  sub->add_option("--create-format", flags->create_format,
                  "Format of a new database: 3 (default) or 2, which older dipgraph builds "
                  "open (doc/store_format.md); an existing database keeps its own")
      ->check(CLI::Range(2, store::kFormatVersion));
  sub->callback([&ctx, flags] { ctx.run = [&ctx, flags] { return RunIngest(ctx, *flags); }; });
}

}  // namespace dipgraph::cli
