// Test helpers for the temporal-graph tests: a small actor table with a
// lookup, EventRecord construction from short strings, and seeded random
// event sets for the property tests.

#ifndef DIPGRAPH_TESTS_GRAPH_TEMPORAL_FIXTURES_H_
#define DIPGRAPH_TESTS_GRAPH_TEMPORAL_FIXTURES_H_

#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_date.h"
#include "graph/actor.h"
#include "graph/event_date.h"
#include "graph/event_record.h"
#include "graph/temporal_graph.h"

namespace dipgraph::testing {

// Actors by id; Lookup() hands out pointers into the map.
class ActorTable {
 public:
  ActorTable() = default;
  // A few real-looking actors: states, persons of them, an IGO.
  static ActorTable Diplomatic() {
    using graph::ActorKind;
    ActorTable t;
    t.Add({"USA", ActorKind::kState, "USA", "GOV", "United States", ""});
    t.Add({"P:antony-blinken", ActorKind::kPerson, "USA", "GOV", "Antony Blinken", "foreign minister"});
    t.Add({"USA-STATEDEPT", ActorKind::kInstitution, "USA", "GOV", "State Department", ""});
    t.Add({"AZE", ActorKind::kState, "AZE", "GOV", "Azerbaijan", ""});
    t.Add({"P:ilham-aliyev", ActorKind::kPerson, "AZE", "GOV", "Ilham Aliyev", "head of state"});
    t.Add({"ARM", ActorKind::kState, "ARM", "GOV", "Armenia", ""});
    t.Add({"P:nikol-pashinyan", ActorKind::kPerson, "ARM", "GOV", "Nikol Pashinyan", "head of government"});
    t.Add({"KAZ", ActorKind::kState, "KAZ", "GOV", "Kazakhstan", ""});
    t.Add({"RUS", ActorKind::kState, "RUS", "GOV", "Russia", ""});
    t.Add({"NATO", ActorKind::kIgo, "", "IGO", "NATO", ""});
    return t;
  }
  // `n` anonymous states "S0".."S<n-1>".
  static ActorTable States(int n) {
    ActorTable t;
    for (int i = 0; i < n; ++i) {
      const std::string id = "S" + std::to_string(i);
      t.Add({id, graph::ActorKind::kState, id, "GOV", id, ""});
    }
    return t;
  }
  void Add(graph::Actor a) { actors_[a.id] = std::move(a); }
  graph::ActorLookup Lookup() const {
    return [this](std::string_view id) -> const graph::Actor* {
      auto it = actors_.find(std::string(id));
      return it == actors_.end() ? nullptr : &it->second;
    };
  }

 private:
  std::map<std::string, graph::Actor> actors_;
};

// Days since 1970-01-01 of a civil date, for expected values.
inline int64_t Day(int y, int m, int d) { return base::DaysFromCivil({y, m, d}); }

// A record; `date` is "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" (unknown).
inline graph::EventRecord Rec(uint64_t id, std::string source, std::string target,
                              std::string code, std::string_view date,
                              uint32_t mentions = 1) {
  graph::EventRecord r;
  r.id = id;
  r.source = std::move(source);
  r.target = std::move(target);
  r.code = std::move(code);
  if (!date.empty()) {
    auto d = graph::EventDate::ParseValue(date, graph::DateBasis::kText);
    if (d) r.date = *d;
  }
  r.mentions = mentions;
  r.articles = mentions;
  return r;
}

// `events` random records among states S0..S<n-1> within 60 days of
// 2024-01-01 (some undated, some month-granular), codes of every quad.
inline std::vector<graph::EventRecord> RandomRecords(std::mt19937& rng, int n,
                                                     int events) {
  static const char* kCodes[] = {"010", "042", "036", "057", "061", "073",
                                 "112", "130", "173", "190"};
  std::uniform_int_distribution<int> actor(0, n - 1);
  std::uniform_int_distribution<int> code(0, 9);
  std::uniform_int_distribution<int> day(0, 59);
  std::uniform_int_distribution<int> kind(0, 19);
  std::uniform_int_distribution<uint32_t> mentions(1, 5);
  std::vector<graph::EventRecord> out;
  for (int i = 0; i < events; ++i) {
    const int a = actor(rng);
    int b = actor(rng);
    if (b == a) b = (a + 1) % n;
    const int k = kind(rng);
    std::string date;
    if (k == 0) {
      date = "";  // unknown
    } else if (k == 1) {
      date = day(rng) < 30 ? "2024-01" : "2024-02";
    } else {
      date = base::FormatIsoDay(base::AddDays(base::CivilDay{2024, 1, 1}, day(rng)));
    }
    auto r = Rec(static_cast<uint64_t>(i + 1), "S" + std::to_string(a), "S" + std::to_string(b),
                 kCodes[code(rng)], date, mentions(rng));
    r.symmetric = kind(rng) == 0;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace dipgraph::testing

#endif  // DIPGRAPH_TESTS_GRAPH_TEMPORAL_FIXTURES_H_
