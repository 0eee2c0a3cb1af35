// `dipgraph extract`: reads articles (JSONL, or .txt files whose whole
// content is the text) and prints the extracted events as JSONL (SCHEMA.md
// §2), one event a line, in input order; with --actors it prints the actor
// mentions instead. A bad input line is reported as "FILE:LINE: reason" on
// stderr and skipped (exit 1 at the end), or stops the run with --strict.
// --threads N processes batches of articles in parallel and still prints
// them in input order, so the output does not depend on N.

#include <fmt/core.h>
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "base/civil_date.h"
#include "cli/command.h"
#include "extract/actor_mention_json.h"
#include "extract/article_reader.h"
#include "extract/event_json.h"
#include "extract/extractor.h"

namespace dipgraph::cli {

namespace {

struct ExtractCliOptions {
  std::vector<std::string> files;
  int threads = 1;
  std::vector<std::string> lexicon_dirs;
  bool actors = false;
  std::string lang;
  std::string id;
  std::string date;
  bool strict = false;
};

constexpr size_t kBatchSize = 256;

// Output of one article, filled by a worker.
struct Slot {
  graph::Article article;
  std::string out;
};

class ExtractRun {
 public:
  ExtractRun(const ExtractCliOptions& opt, const extract::Extractor& x) : opt_(opt), x_(x) {
    progress_ = ::isatty(STDERR_FILENO) != 0;
  }

  // Returns the exit code.
  int Run() {
    std::vector<std::string> files = opt_.files;
    if (files.empty()) files.push_back("-");
    for (const std::string& f : files) {
      if (!RunFile(f)) break;
    }
    if (progress_) std::fputc('\n', stderr);
    if (failed_io_) return kExitFailure;
    return skipped_ > 0 ? kExitFailure : kExitOk;
  }

 private:
  bool RunFile(const std::string& path) {
    extract::ArticleReaderOptions ropts;
    ropts.lang = opt_.lang;
    ropts.txt_id = opt_.id;
    ropts.txt_date = opt_.date;
    auto reader = extract::ArticleReader::Open(path, ropts);
    if (!reader.ok()) {
      fmt::print(stderr, "dipgraph extract: {}\n", reader.status().message());
      ++skipped_;
      return !opt_.strict;
    }
    graph::Article article;
    extract::BadLine bad;
    for (;;) {
      const auto outcome = (*reader)->Next(&article, &bad);
      if (outcome == extract::ArticleReader::Outcome::kEnd) break;
      if (outcome == extract::ArticleReader::Outcome::kBadLine) {
        fmt::print(stderr, "{}\n", bad.ToString());
        ++skipped_;
        if (opt_.strict) {
          Flush((*reader)->bytes_read());  // the articles before the bad line still count
          return false;
        }
        continue;
      }
      batch_.push_back({std::move(article), {}});
      if (batch_.size() >= kBatchSize) Flush((*reader)->bytes_read());
    }
    Flush((*reader)->bytes_read());
    bytes_done_ += (*reader)->bytes_read();
    if (!(*reader)->status().ok()) {
      fmt::print(stderr, "dipgraph extract: {}\n", (*reader)->status().message());
      failed_io_ = true;
      return false;
    }
    return true;
  }

  void Process(Slot& slot) const {
    if (opt_.actors) {
      extract::Document doc = x_.Tag(slot.article);
      extract::AppendActorMentionsJsonl(slot.article.id, doc.sentences, &slot.out);
      return;
    }
    for (const graph::Event& e : x_.Extract(slot.article)) {
      slot.out += extract::EventToJson(e);
      slot.out += '\n';
    }
  }

  // Processes and prints the queued articles; `file_bytes` is how far the
  // current input has been read (for the progress line).
  void Flush(uint64_t file_bytes) {
    if (batch_.empty()) return;
    const size_t n = batch_.size();
    const int workers = std::max(1, std::min<int>(opt_.threads, static_cast<int>(n)));
    if (workers == 1) {
      for (Slot& s : batch_) Process(s);
    } else {
      std::vector<std::thread> pool;
      for (int w = 0; w < workers; ++w) {
        pool.emplace_back([this, w, workers, n] {
          for (size_t i = static_cast<size_t>(w); i < n; i += static_cast<size_t>(workers)) Process(batch_[i]);
        });
      }
      for (std::thread& t : pool) t.join();
    }
    for (const Slot& s : batch_) {
      if (!s.out.empty() && std::fwrite(s.out.data(), 1, s.out.size(), stdout) != s.out.size()) {
        failed_io_ = true;
      }
    }
    articles_ += n;
    batch_.clear();
    if (progress_) {
      fmt::print(stderr, "\r{} articles, {:.1f} MB", articles_,
                 static_cast<double>(bytes_done_ + file_bytes) / 1e6);
    }
  }

  const ExtractCliOptions& opt_;
  const extract::Extractor& x_;
  std::vector<Slot> batch_;
  size_t skipped_ = 0;
  size_t articles_ = 0;
  uint64_t bytes_done_ = 0;  // of the inputs already finished
  bool failed_io_ = false;
  bool progress_ = false;
};

int RunExtract(const ExtractCliOptions& opt) {
  if (!opt.lang.empty() && opt.lang != "en" && opt.lang != "de") {
    fmt::print(stderr, "dipgraph extract: --lang {}: must be en or de\n", opt.lang);
    return kExitUsage;
  }
  if (!opt.date.empty() && !base::ParseIsoDay(opt.date)) {
    fmt::print(stderr, "dipgraph extract: --date {}: not a YYYY-MM-DD date\n", opt.date);
    return kExitUsage;
  }
  if (opt.threads < 1) {
    fmt::print(stderr, "dipgraph extract: --threads must be at least 1\n");
    return kExitUsage;
  }
  extract::ExtractorOptions xopts;
  xopts.lexicon_dirs = opt.lexicon_dirs;
  xopts.force_lang = opt.lang;
  auto x = extract::Extractor::Create(xopts);
  if (!x.ok()) {
    fmt::print(stderr, "dipgraph extract: {}\n", x.status().message());
    return kExitFailure;
  }
  std::setvbuf(stdout, nullptr, _IOFBF, 1 << 16);
  ExtractRun run(opt, **x);
  int rc = run.Run();
  std::fflush(stdout);
  return rc;
}

}  // namespace

void RegisterExtract(CLI::App& app, CommandContext& ctx) {
  auto opt = std::make_shared<ExtractCliOptions>();
  CLI::App* sub = app.add_subcommand("extract", "Extract CAMEO-coded events from articles and print them as JSONL");
  sub->add_option("files", opt->files, "JSONL article files or .txt files; - or nothing reads standard input");
  sub->add_option("--threads", opt->threads, "worker threads (output order does not depend on it)");
  sub->add_option("--lexicon", opt->lexicon_dirs, "extra lexicon directory (actor *.txt, triggers_*.txt, *.verbs)");
  sub->add_flag("--actors", opt->actors, "print the actor mentions instead of events");
  sub->add_option("--lang", opt->lang, "en or de: override the articles' language");
  sub->add_option("--id", opt->id, "article id for .txt input (default: the file name)");
  sub->add_option("--date", opt->date, "publication date YYYY-MM-DD for .txt input");
  sub->add_flag("--strict", opt->strict, "stop at the first bad input line");
  AddDbOption(sub, ctx);
  sub->callback([opt, &ctx] { ctx.run = [opt] { return RunExtract(*opt); }; });
}

}  // namespace dipgraph::cli
