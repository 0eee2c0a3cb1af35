// The column values that several export formats share: an event's date
// split into start/end days, CAMEO fields, ISO timestamps, and the SCHEMA
// §2 event a stored mention stands for. Formats differ only in headers,
// quoting and file layout.
//
// Thread-safety: pure functions.

#ifndef DIPGRAPH_CLI_EXPORT_ROWS_H_
#define DIPGRAPH_CLI_EXPORT_ROWS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "cli/export_sink.h"
#include "graph/event.h"

namespace dipgraph::cli {

// "2024-04-28T10:00:00Z".
std::string IsoTimestamp(int64_t seconds);

// First and last day an event date covers ("" for unknown dates).
std::string DateStart(const graph::EventDate& date);
std::string DateEnd(const graph::EventDate& date);

// "true"/"false" (pandas reads both as bool).
inline std::string Bool(bool b) { return b ? "true" : "false"; }

// A float in the shortest round-trip form, always with a decimal point or
// exponent ("1.0", "-9.5", "1e+20").
std::string Num(double value);

// Header and values of the actors table (csv).
std::vector<std::string> ActorColumns();
std::vector<std::string> ActorRow(const graph::Actor& actor);

// Header and values of the canonical events table (csv).
std::vector<std::string> EventColumns();
std::vector<std::string> EventRow(const ExportEvent& event);

// Header and values of the mentions table (csv).
std::vector<std::string> MentionColumns();
std::vector<std::string> MentionRow(const store::EventMention& mention);

// The SCHEMA §2 event that `mention` of `event` was extracted as (actors
// put back in the order the sentence had them).
graph::Event EventOfMention(const ExportEvent& event, const store::EventMention& mention);

}  // namespace dipgraph::cli

#endif  // DIPGRAPH_CLI_EXPORT_ROWS_H_
