// Deterministic synthetic events for store and CLI tests: `articles`
// articles of `per_article` events each over a small actor and code
// vocabulary, so that some events merge across articles. Independent of the
// extractor, so tests of storage do not depend on extraction quality.

#ifndef DIPGRAPH_TESTS_STORE_SYNTHETIC_EVENTS_H_
#define DIPGRAPH_TESTS_STORE_SYNTHETIC_EVENTS_H_

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "base/civil_date.h"
#include "extract/event_json.h"
#include "graph/event.h"

namespace dipgraph::store::testing {

inline std::vector<graph::Event> SyntheticEvents(int articles, int per_article,
                                                 uint32_t seed) {
  static const char* const kActors[] = {"USA", "RUS", "CHN", "DEU", "FRA", "GBR", "UKR",
                                        "AZE", "ARM", "TUR", "IRN", "ISR", "NATO", "EU",
                                        "P:antony-blinken", "P:ilham-aliyev"};
  static const char* const kCodes[] = {"010", "036", "040", "041", "042", "043",
                                       "057", "111", "130", "173", "190"};
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<uint32_t>(n)); };
  std::vector<graph::Event> out;
  for (int a = 0; a < articles; ++a) {
    for (int k = 0; k < per_article; ++k) {
      graph::Event e;
      e.provenance.article = "art-" + std::to_string(a);
      e.provenance.field = k == 0 ? "title" : "text";
      e.provenance.sentence = static_cast<uint32_t>(k);
      const int s = pick(16);
      const int t = (s + 1 + pick(15)) % 16;
      for (auto [ea, id] : {std::pair{&e.source, kActors[s]}, std::pair{&e.target, kActors[t]}}) {
        const std::string sid = id;
        ea->actor.id = sid;
        ea->actor.name = sid;
        const bool person = sid.rfind("P:", 0) == 0;
        const bool igo = sid == "NATO" || sid == "EU";
        ea->actor.kind = person ? graph::ActorKind::kPerson
                         : igo  ? graph::ActorKind::kIgo
                                : graph::ActorKind::kState;
        if (!person && !igo) ea->actor.country = sid;
        ea->mention = {sid, 0, static_cast<uint32_t>(sid.size())};
      }
      e.provenance.text = e.source.actor.id + " spoke with " + e.target.actor.id + " (" +
                          e.provenance.article + "/" + std::to_string(k) + ")";
      e.provenance.span_start = static_cast<uint32_t>(k * 120);
      e.provenance.span_end = e.provenance.span_start +
                              static_cast<uint32_t>(e.provenance.text.size());
      e.action.code = kCodes[pick(11)];
      e.action.trigger = "spoke with";
      e.symmetric = e.action.code == "043";
      if (pick(10) != 0) {
        e.date = graph::EventDate::Day({1987, 1 + pick(12), 1 + pick(28)},
                                       graph::DateBasis::kText);
      }
      e.confidence = 0.5 + 0.05 * pick(10);
      out.push_back(std::move(e));
    }
  }
  return out;
}

inline std::string ToJsonl(const std::vector<graph::Event>& events) {
  std::string out;
  for (const auto& e : events) out += extract::EventToJson(e) + "\n";
  return out;
}

}  // namespace dipgraph::store::testing

#endif  // DIPGRAPH_TESTS_STORE_SYNTHETIC_EVENTS_H_
