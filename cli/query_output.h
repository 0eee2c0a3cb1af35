// Output helpers of the query commands: JSON fragments with SCHEMA.md field
// names (actors, dates, actions, evidence, whole canonical events) and
// small text helpers for the human-readable tables.
//
// Thread-safety: pure functions.

#ifndef DIPGRAPH_CLI_QUERY_OUTPUT_H_
#define DIPGRAPH_CLI_QUERY_OUTPUT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor.h"
#include "graph/event_date.h"
#include "graph/event_record.h"
#include "graph/tie.h"
#include "store/store_types.h"

namespace dipgraph::cli {

// A JSON string literal, quotes included.
std::string JsonString(std::string_view s);

// {"value": "2024-04" | null, "granularity": "month"}
std::string DateJson(const graph::EventDate& date);

// A date for tables: the value, or "?" when unknown.
std::string DateText(const graph::EventDate& date);
std::string DayText(int64_t day);  // "2024-04-28"

// {"code","root","label","goldstein","quad"} from the CAMEO table.
std::string ActionJson(std::string_view code);

// The CAMEO label of `code`, or "" for unknown codes.
std::string_view CodeLabel(std::string_view code);

// [{"article","field","sentence","span","text"}, ...]
std::string EvidenceJson(const std::vector<store::EventMention>& mentions);

// A canonical event with its actors and evidence, SCHEMA §2 names where
// they exist: id, date, source, target, action, negated, symmetric,
// mentions, articles, sources, confidence, evidence.
std::string RecordJson(const graph::EventRecord& record, const graph::Actor& source,
                       const graph::Actor& target,
                       const std::vector<store::EventMention>& evidence);

// A tie's aggregate: events, by_quad, cooperation, conflict, negated,
// mentions, goldstein_sum, goldstein_mean, first, last.
std::string TieJson(const graph::Tie& tie);

// The actor's name, or its id if it has none.
std::string ActorName(const graph::Actor& actor);

// `s` cut to at most `width` code points, with "…" when cut.
std::string Clip(std::string_view s, size_t width);

// `s` padded with spaces to `width` code points (UTF-8 aware).
std::string Pad(std::string_view s, size_t width);

}  // namespace dipgraph::cli

#endif  // DIPGRAPH_CLI_QUERY_OUTPUT_H_
