// The event JSON codec: graph::Event <-> one JSON line of SCHEMA.md §2.
// Writing fills the derived action fields (root, label, goldstein, quad)
// from the CAMEO table; reading accepts what `dipgraph extract` writes (and
// what other tools write in the same layout) for `dipgraph ingest --events`.
//
// Thread-safety: pure functions.

#ifndef DIPGRAPH_EXTRACT_EVENT_JSON_H_
#define DIPGRAPH_EXTRACT_EVENT_JSON_H_

#include <string>
#include <string_view>

#include "base/result.h"
#include "graph/actor.h"
#include "graph/event.h"
#include "graph/event_record.h"

namespace dipgraph::extract {

// One JSON object, no trailing newline. Field names exactly as SCHEMA.md §2;
// extensions: "symmetric" (bool) and action "plover".
std::string EventToJson(const graph::Event& event);

// An actor object as in SCHEMA.md §2 (without "mention"), for listings.
std::string ActorToJson(const graph::Actor& actor);

// A canonical (merged) event as one JSON object: "id", "source" and
// "target" actor objects, "action" (as in EventToJson), "date" (value,
// granularity), "negated", "symmetric", and the merge counts "mentions",
// "articles", "sources", "first_seen"/"last_seen" (ISO 8601 UTC) and
// "confidence". Used by `dipgraph export --format jsonl`.
std::string CanonicalEventToJson(const graph::EventRecord& record,
                                 const graph::Actor& source,
                                 const graph::Actor& target);

// Parses one event line. Returns InvalidArgument naming the problem
// ("missing field \"source\"", "action.code \"99x\" is not a CAMEO code",
// "date.value \"2024-13\" is not a date").
base::Result<graph::Event> ParseEventJson(std::string_view line);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_EVENT_JSON_H_
