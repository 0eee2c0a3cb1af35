// Helpers shared by the store tests: a temporary directory removed at scope
// exit, and builders for articles and events with just the fields a test
// cares about.

#ifndef DIPGRAPH_TESTS_STORE_STORE_TEST_UTIL_H_
#define DIPGRAPH_TESTS_STORE_STORE_TEST_UTIL_H_

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

#include "graph/article.h"
#include "graph/event.h"
#include "store/event_store.h"

namespace dipgraph::store::testing {

class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("dipgraph_store_test_" + std::to_string(::getpid()) + "_" +
             std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

inline graph::Actor MakeActor(const std::string& id) {
  graph::Actor a;
  a.id = id;
  a.kind = id.rfind("P:", 0) == 0 ? graph::ActorKind::kPerson : graph::ActorKind::kState;
  a.country = id.rfind("P:", 0) == 0 ? "" : id;
  a.name = id;
  return a;
}

// An event `source` -[code]-> `target` on `date` ("YYYY[-MM[-DD]]" or ""
// for unknown) read in sentence `sentence` of `article`.
inline graph::Event MakeEvent(const std::string& article, const std::string& source,
                              const std::string& target, const std::string& code,
                              const std::string& date, uint32_t sentence = 0) {
  graph::Event e;
  e.provenance.article = article;
  e.provenance.field = "text";
  e.provenance.sentence = sentence;
  e.provenance.span_start = sentence * 100;
  e.provenance.span_end = sentence * 100 + 50;
  e.provenance.text = source + " did " + code + " to " + target + " #" + std::to_string(sentence);
  e.source.actor = MakeActor(source);
  e.source.mention = {source, 0, static_cast<uint32_t>(source.size())};
  e.target.actor = MakeActor(target);
  e.target.mention = {target, 10, static_cast<uint32_t>(10 + target.size())};
  e.action.code = code;
  e.action.trigger = "did";
  if (!date.empty()) {
    e.date = *graph::EventDate::ParseValue(date, graph::DateBasis::kText);
  }
  e.confidence = 0.7;
  return e;
}

inline graph::Article MakeArticle(const std::string& id, const std::string& text,
                                  const std::string& source = "Reuters") {
  graph::Article a;
  a.id = id;
  a.text = text;
  a.title = "Title of " + id;
  a.source = source;
  a.date_text = "2024-04-28";
  a.date = base::CivilDay{2024, 4, 28};
  return a;
}

inline StoreOptions TestOptions(int64_t* clock) {
  StoreOptions o;
  o.clock = [clock] { return *clock; };
  return o;
}

// Every event in time order, as comparable text (ids and counts included).
inline std::vector<std::string> ListEvents(const EventStore& store,
                                           bool with_times = true) {
  std::vector<std::string> out;
  auto s = store.ForEachEvent(TimeWindow::All(), [&](const graph::EventRecord& r) {
    std::string line = std::to_string(r.id) + " " + r.source + " " + r.code + " " +
                       r.target + " " + r.date.Value() + (r.negated ? " neg" : "") +
                       (r.symmetric ? " sym" : "") + " m=" + std::to_string(r.mentions) +
                       " a=" + std::to_string(r.articles) + " s=" + std::to_string(r.sources);
    if (with_times) {
      line += " t=" + std::to_string(r.first_seen) + ".." + std::to_string(r.last_seen);
    }
    out.push_back(line);
    return true;
  });
  if (!s.ok()) out.push_back("error: " + s.ToString());
  return out;
}

}  // namespace dipgraph::store::testing

#endif  // DIPGRAPH_TESTS_STORE_STORE_TEST_UTIL_H_
