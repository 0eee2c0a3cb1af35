#include "extract/state_antecedents.h"

#include <algorithm>

namespace dipgraph::extract {

namespace {

// How many sentences back an antecedent may lie.
constexpr uint32_t kWindow = 2;

}  // namespace

void StateAntecedents::Note(const graph::Actor& state, uint32_t sentence) {
  const std::string key = state.Key();
  std::erase_if(recent_, [&](const Named& n) { return n.state.Key() == key; });
  recent_.push_back({state, sentence});
  if (recent_.size() > 3) recent_.erase(recent_.begin());
}

std::optional<std::pair<graph::Actor, graph::Actor>> StateAntecedents::Pair(uint32_t sentence) const {
  auto near = [&](const Named& n) { return n.sentence + kWindow >= sentence; };
  const size_t n = recent_.size();
  if (n < 2 || !near(recent_[n - 2])) return std::nullopt;
  if (n == 3 && near(recent_[0])) return std::nullopt;
  return std::make_pair(recent_[n - 2].state, recent_[n - 1].state);
}

}  // namespace dipgraph::extract
