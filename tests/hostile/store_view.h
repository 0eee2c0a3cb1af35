// A read-only view of a dipgraph database for the hostile tests: a
// listing of everything a query could see (counts, every canonical event
// with its evidence, every article), so a test can assert that a rejected
// input changed nothing that was already stored. Ingest times are left
// out: they differ between runs by design.
//
// Thread-safety: plain functions; opens its own read-only store.

#ifndef DIPGRAPH_TESTS_HOSTILE_STORE_VIEW_H_
#define DIPGRAPH_TESTS_HOSTILE_STORE_VIEW_H_

#include <string>
#include <vector>

#include "store/event_store.h"

namespace dipgraph::hostile {

struct StoreView {
  bool opened = false;
  std::string error;            // why it did not open
  uint64_t articles = 0;
  uint64_t events = 0;
  std::vector<std::string> lines;

  friend bool operator==(const StoreView&, const StoreView&) = default;
};

inline StoreView ViewStore(const std::string& db) {
  StoreView v;
  store::StoreOptions o;
  o.mode = store::OpenMode::kReadOnly;
  auto s = store::EventStore::Open(o, db);
  if (!s.ok()) {
    v.error = s.status().ToString();
    return v;
  }
  v.opened = true;
  auto stats = (*s)->Stats();
  if (!stats.ok()) {
    v.error = stats.status().ToString();
    return v;
  }
  v.articles = stats->articles;
  v.events = stats->events;
  v.lines.push_back("stats " + std::to_string(stats->actors) + " " +
                    std::to_string(stats->events) + " " + std::to_string(stats->mentions) +
                    " " + std::to_string(stats->articles));
  auto st = (*s)->ForEachEvent(store::TimeWindow::All(), [&](const graph::EventRecord& r) {
    std::string line = "event " + std::to_string(r.id) + " " + r.source + " " + r.code + " " +
                       r.target + " " + r.date.Value() + " " + std::to_string(r.mentions);
    auto mentions = (*s)->GetMentions(r.id);
    if (mentions.ok()) {
      for (const auto& m : *mentions) {
        line += " " + m.article + "#" + std::to_string(m.ordinal) + ":" + m.text;
      }
    } else {
      line += " mentions: " + mentions.status().ToString();
    }
    v.lines.push_back(std::move(line));
    return true;
  });
  if (!st.ok()) v.error = st.ToString();
  st = (*s)->ForEachArticle([&](const store::ArticleInfo& a) {
    v.lines.push_back("article " + a.id + " " + a.title + " " + a.published + " " +
                      std::to_string(a.content_hash) + " " + std::to_string(a.mentions));
    return true;
  });
  if (!st.ok()) v.error = st.ToString();
  return v;
}

}  // namespace dipgraph::hostile

#endif  // DIPGRAPH_TESTS_HOSTILE_STORE_VIEW_H_
