// Event is one actor-action-actor record extracted from one sentence of one
// article (SCHEMA.md §2): who (source) did what (a CAMEO code) to whom
// (target), when, whether negated, how sure the extractor is, and exactly
// where in the article it was read (provenance with byte offsets).
//
// The code's label, root, Goldstein value and quad class are not stored
// here: they are looked up in the CAMEO table (graph/cameo.h) on output.
//
// Thread-safety: plain value type.

#ifndef DIPGRAPH_GRAPH_EVENT_H_
#define DIPGRAPH_GRAPH_EVENT_H_

#include <cstdint>
#include <string>

#include "graph/actor.h"
#include "graph/event_date.h"

namespace dipgraph::graph {

// A stretch of the sentence text naming an actor; byte offsets into the
// sentence, [start, end).
struct Mention {
  std::string text;
  uint32_t start = 0;
  uint32_t end = 0;

  friend bool operator==(const Mention&, const Mention&) = default;
};

struct EventActor {
  Actor actor;
  Mention mention;

  friend bool operator==(const EventActor&, const EventActor&) = default;
};

struct Action {
  std::string code;     // CAMEO code, 2-4 digits ("041")
  std::string trigger;  // the words that signalled it ("sprach ... mit")

  friend bool operator==(const Action&, const Action&) = default;
};

// Where the event was read.
struct Provenance {
  std::string article;    // article id
  std::string field;      // "title" or "text"
  uint32_t sentence = 0;  // 0-based sentence index within the field
  uint32_t span_start = 0;  // byte offsets of the sentence in the field
  uint32_t span_end = 0;
  std::string text;       // the sentence

  friend bool operator==(const Provenance&, const Provenance&) = default;
};

struct Event {
  Provenance provenance;
  EventActor source;
  EventActor target;
  Action action;
  EventDate date;
  bool negated = false;
  bool symmetric = false;  // a joint action (met, signed): direction is moot
  double confidence = 0.5;

  friend bool operator==(const Event&, const Event&) = default;
};

}  // namespace dipgraph::graph

#endif  // DIPGRAPH_GRAPH_EVENT_H_
