#include "graph/event_filter.h"

#include <algorithm>
#include <cassert>

#include "graph/cameo.h"

namespace dipgraph::graph {

ActorSelector ActorSelector::For(const Actor& actor, bool exact) {
  const bool whole_key =
      !exact && (actor.kind == ActorKind::kState || actor.kind == ActorKind::kIgo);
  if (whole_key) return ActorSelector{actor.Key(), true};
  return ActorSelector{actor.id, false};
}

bool EventFilter::MatchesDate(const EventDate& date) const {
  if (!has_window()) return true;
  if (!date.known) return false;
  const int64_t first = date.FirstDay();
  const int64_t last = date.LastDay();
  if (date_rule == DateRule::kWithin) {
    if (from_day && first < *from_day) return false;
    if (to_day && last > *to_day) return false;
  } else {
    if (from_day && last < *from_day) return false;
    if (to_day && first > *to_day) return false;
  }
  return true;
}

bool EventFilter::MatchesCode(std::string_view code) const {
  if (!codes.empty() &&
      std::none_of(codes.begin(), codes.end(), [&](const std::string& c) {
        return code.substr(0, c.size()) == c;
      })) {
    return false;
  }
  if (!roots.empty() &&
      std::find(roots.begin(), roots.end(), code.substr(0, 2)) == roots.end()) {
    return false;
  }
  if (!quads.empty() &&
      std::find(quads.begin(), quads.end(), QuadOfCode(code)) == quads.end()) {
    return false;
  }
  return true;
}

bool EventFilter::MatchesRecord(const EventRecord& record) const {
  if (record.mentions < min_mentions) return false;
  if (record.negated && !include_negated) return false;
  return MatchesDate(record.date) && MatchesCode(record.code);
}

namespace {

bool AnyMatches(const std::vector<ActorSelector>& selectors, const Actor* actor) {
  if (actor == nullptr) return false;
  return std::any_of(selectors.begin(), selectors.end(),
                     [&](const ActorSelector& s) { return s.Matches(*actor); });
}

}  // namespace

bool EventFilter::MatchesActors(const Actor* source, const Actor* target) const {
  if (actors.empty()) return true;
  assert(!actors.empty() || counterparts.empty());
  const bool src_in = AnyMatches(actors, source);
  const bool tgt_in = AnyMatches(actors, target);
  if (counterparts.empty()) return src_in || tgt_in;
  if (src_in && AnyMatches(counterparts, target)) return true;
  if (directed_pair) return false;
  return tgt_in && AnyMatches(counterparts, source);
}

}  // namespace dipgraph::graph
