// Actor is one participant of an event: a state, an international
// organisation, a person, an institution of a state, a non-state group, or a
// class of people (SCHEMA.md §2 "Actors"). Actors are plain values; their
// identity is `id`, and evaluation and state-level queries group them by
// Key() (the country for anything that belongs to one state).
//
// Thread-safety: plain value type.

#ifndef DIPGRAPH_GRAPH_ACTOR_H_
#define DIPGRAPH_GRAPH_ACTOR_H_

#include <optional>
#include <string>
#include <string_view>

namespace dipgraph::graph {

enum class ActorKind { kState, kIgo, kPerson, kInstitution, kGroup, kPeople };

// "state", "igo", "person", "institution", "group", "people".
std::string_view ActorKindName(ActorKind kind);

// Parses the names above; nullopt for anything else.
std::optional<ActorKind> ParseActorKind(std::string_view name);

struct Actor {
  std::string id;       // "ARM", "NATO", "P:nikol-pashinyan", "USA-STATEDEPT"
  ActorKind kind = ActorKind::kState;
  std::string country;  // ISO 3166-1 alpha-3, empty = null (IGOs, ISIS)
  std::string sector;   // "GOV", "MIL", ... empty = null
  std::string name;     // display name
  std::string role;     // "foreign minister", empty = null

  // The evaluation/query key: `id` for IGOs and actors without a country,
  // `country` otherwise (SCHEMA.md "The actor key").
  std::string Key() const;

  friend bool operator==(const Actor&, const Actor&) = default;
};

}  // namespace dipgraph::graph

#endif  // DIPGRAPH_GRAPH_ACTOR_H_
