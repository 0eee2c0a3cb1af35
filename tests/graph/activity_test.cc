#include <catch2/catch.hpp>

#include <map>

#include "graph/activity.h"

using namespace dipgraph::graph;

namespace {

EventRecord ActivityRec(uint64_t id, const char* s, const char* t, uint32_t mentions) {
  EventRecord r;
  r.id = id;
  r.source = s;
  r.target = t;
  r.code = "042";
  r.mentions = mentions;
  r.date = *EventDate::ParseValue("2024-04-0" + std::to_string(1 + id % 9), DateBasis::kText);
  return r;
}

}  // namespace

TEST_CASE("MostActiveVertices keeps the actors with most events, then mentions, then by id",
          "[graph][activity]") {
  std::map<std::string, Actor> actors;
  for (const char* id : {"ARM", "AZE", "USA", "RUS", "KAZ"}) actors[id] = Actor{id, ActorKind::kState, id, "", id, ""};
  std::vector<EventRecord> recs = {
      ActivityRec(1, "USA", "ARM", 1), ActivityRec(2, "USA", "AZE", 1), ActivityRec(3, "USA", "RUS", 1),  // USA: 3 events
      ActivityRec(4, "AZE", "ARM", 5),                                                     // ARM, AZE: 2 events
      ActivityRec(5, "KAZ", "RUS", 1)};                                                    // RUS: 2, KAZ: 1
  auto lookup = [&](std::string_view id) -> const Actor* {
    auto it = actors.find(std::string(id));
    return it == actors.end() ? nullptr : &it->second;
  };
  TemporalGraph g = TemporalGraph::Build(recs, BuildOptions{}, lookup);
  auto top = MostActiveVertices(g, 3);
  REQUIRE(top.size() == 3);
  CHECK(g.actor(top[0]).id == "USA");
  // ARM and AZE have 2 events and 6 mentions each; RUS has 2 events, 2 mentions.
  CHECK(g.actor(top[1]).id == "ARM");
  CHECK(g.actor(top[2]).id == "AZE");
  CHECK(MostActiveVertices(g, 0).size() == 5);
  CHECK(g.actor(MostActiveVertices(g, 0).back()).id == "KAZ");
}
