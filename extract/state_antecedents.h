// StateAntecedents remembers the states an article named last, so that a
// phrase for two states ("the two countries", "both nations", "beide
// Länder") can stand for them: "Thailand and Malaysia signed an accord.
// The two countries also agreed to hold talks" -> THA, MYS.
//
// Thread-safety: none; one instance belongs to one article's run.

#ifndef DIPGRAPH_EXTRACT_STATE_ANTECEDENTS_H_
#define DIPGRAPH_EXTRACT_STATE_ANTECEDENTS_H_

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "graph/actor.h"

namespace dipgraph::extract {

class StateAntecedents {
 public:
  // Records that `state` (an actor of kind state) was named in sentence
  // number `sentence`; a later mention of the same state replaces the
  // earlier one.
  void Note(const graph::Actor& state, uint32_t sentence);

  // The two states a pair phrase in sentence `sentence` refers to, older
  // first: the last two distinct states, both named in this sentence or
  // the two before it. nullopt when there are fewer, or when a third state
  // named in that window makes the reference ambiguous.
  std::optional<std::pair<graph::Actor, graph::Actor>> Pair(uint32_t sentence) const;

 private:
  struct Named {
    graph::Actor state;
    uint32_t sentence = 0;
  };
  std::vector<Named> recent_;  // distinct keys, most recent last; at most 3
};

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_STATE_ANTECEDENTS_H_
