#include "graph/actor.h"

namespace dipgraph::graph {

std::string_view ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kState: return "state";
    case ActorKind::kIgo: return "igo";
    case ActorKind::kPerson: return "person";
    case ActorKind::kInstitution: return "institution";
    case ActorKind::kGroup: return "group";
    case ActorKind::kPeople: return "people";
  }
  return "state";
}

std::optional<ActorKind> ParseActorKind(std::string_view name) {
  if (name == "state") return ActorKind::kState;
  if (name == "igo") return ActorKind::kIgo;
  if (name == "person") return ActorKind::kPerson;
  if (name == "institution") return ActorKind::kInstitution;
  if (name == "group") return ActorKind::kGroup;
  if (name == "people") return ActorKind::kPeople;
  return std::nullopt;
}

std::string Actor::Key() const {
  if (kind == ActorKind::kIgo || country.empty()) return id;
  return country;
}

}  // namespace dipgraph::graph
