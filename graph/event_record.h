// EventRecord is a canonical (merged) event of the temporal graph: every
// extracted Event with the same source actor, target actor, CAMEO code,
// negation and date (at its granularity) is one EventRecord, which counts
// its supporting mentions, articles and news sources and remembers when the
// store first and last learned of it (GDELT's model). The store persists
// them; TemporalGraph and the queries consume them.
//
// Thread-safety: plain value type.

#ifndef DIPGRAPH_GRAPH_EVENT_RECORD_H_
#define DIPGRAPH_GRAPH_EVENT_RECORD_H_

#include <cstdint>
#include <string>

#include "graph/event_date.h"

namespace dipgraph::graph {

struct EventRecord {
  uint64_t id = 0;          // store-assigned, stable for the record's life
  std::string source;       // Actor::id
  std::string target;       // Actor::id
  std::string code;         // CAMEO code
  EventDate date;           // the event's own date (known or not)
  bool negated = false;
  bool symmetric = false;
  uint32_t mentions = 0;    // supporting sentences
  uint32_t articles = 0;    // distinct supporting articles
  uint32_t sources = 0;     // distinct news sources (Article::source)
  int64_t first_seen = 0;   // ingest time, seconds since the Unix epoch
  int64_t last_seen = 0;
  double confidence = 0.0;  // max over mentions

  friend bool operator==(const EventRecord&, const EventRecord&) = default;
};

}  // namespace dipgraph::graph

#endif  // DIPGRAPH_GRAPH_EVENT_RECORD_H_
