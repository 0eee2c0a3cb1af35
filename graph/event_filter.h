// EventFilter says which canonical events (graph::EventRecord) a query wants:
// a date window, CAMEO codes or roots, quad classes (cooperation/conflict),
// a minimum number of supporting mentions, negated or not, and the actors
// involved. TemporalGraphBuilder applies it before it materialises anything,
// so excluded events cost one check each and no memory.
//
// Actors are selected by ActorSelector: either one actor id exactly, or an
// actor key (SCHEMA.md "The actor key"), so that asking about a state covers
// its officials and institutions.
//
// Date rule: an event with an unknown date never matches a filter that has
// a window (from_day or to_day set); it matches one without. A month- or
// year-granular date covers [FirstDay, LastDay]; with DateRule::kWithin
// (the default) that whole range must lie inside the window, so "2024"
// does not count as "April 2024"; with kOverlaps any overlap suffices.
//
// Thread-safety: plain value type; the const member functions are pure.

#ifndef DIPGRAPH_GRAPH_EVENT_FILTER_H_
#define DIPGRAPH_GRAPH_EVENT_FILTER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor.h"
#include "graph/event_date.h"
#include "graph/event_record.h"

namespace dipgraph::graph {

// One actor (by_key false: Actor::id == value) or every actor sharing an
// actor key (by_key true: Actor::Key() == value).
struct ActorSelector {
  std::string value;
  bool by_key = false;

  bool Matches(const Actor& actor) const {
    return by_key ? actor.Key() == value : actor.id == value;
  }

  // The selector a query about `actor` means: a state or an IGO covers its
  // whole key unless `exact`; any other actor (a person, a ministry) covers
  // itself only.
  static ActorSelector For(const Actor& actor, bool exact);

  friend bool operator==(const ActorSelector&, const ActorSelector&) = default;
};

enum class DateRule { kWithin, kOverlaps };

struct EventFilter {
  // Inclusive window in days since 1970-01-01 (EventDate::FirstDay units).
  // Default: unbounded
  std::optional<int64_t> from_day;
  std::optional<int64_t> to_day;

  // How a month/year-granular date is tested against the window.
  // Default: kWithin
  DateRule date_rule = DateRule::kWithin;

  // CAMEO codes; a code selects itself and its sub-codes ("04" selects
  // "041" and "0411"). Empty: any code. Default: empty
  std::vector<std::string> codes;

  // Two-digit CAMEO roots ("04"). Empty: any root. Default: empty
  std::vector<std::string> roots;

  // Quad classes 1..4 (see graph/cameo.h). Empty: any. Default: empty
  std::vector<int> quads;

  // Events supported by fewer mentions are dropped. Default: 0
  uint32_t min_mentions = 0;

  // Keep negated events ("did not meet"). Default: true
  bool include_negated = true;

  // If non-empty, one end of the event must match one of these.
  // Default: empty
  std::vector<ActorSelector> actors;

  // If non-empty (REQUIRES: actors non-empty), the other end must match one
  // of these: the events between two parties. Default: empty
  std::vector<ActorSelector> counterparts;

  // With counterparts: true requires source in `actors` and target in
  // `counterparts`; false accepts either direction. Default: false
  bool directed_pair = false;

  // Sets quads to {1, 2} (cooperation) or {3, 4} (conflict).
  void SetCooperation() { quads = {1, 2}; }
  void SetConflict() { quads = {3, 4}; }

  bool has_window() const { return from_day.has_value() || to_day.has_value(); }
  bool has_actor_terms() const { return !actors.empty(); }

  // The date test alone.
  bool MatchesDate(const EventDate& date) const;

  // The code, root and quad tests alone.
  bool MatchesCode(std::string_view code) const;

  // Every test that needs only the record (date, code, mentions, negation),
  // none that needs the actors.
  bool MatchesRecord(const EventRecord& record) const;

  // The actor tests alone. A null actor (not found by the caller's lookup)
  // matches nothing but an empty term.
  bool MatchesActors(const Actor* source, const Actor* target) const;

  // All tests.
  bool Matches(const EventRecord& record, const Actor* source,
               const Actor* target) const {
    return MatchesRecord(record) && MatchesActors(source, target);
  }
};

}  // namespace dipgraph::graph

#endif  // DIPGRAPH_GRAPH_EVENT_FILTER_H_
