// The flags every query command shares (`timeline`, `path`, `neighbors`,
// `top`): the date window (--from/--to), the action filter (--codes,
// --roots, --quad, --cooperation, --conflict, --min-mentions,
// --include-negated), --exact (a state means that one actor, not its
// officials) and --json. QueryFlags collects them from CLI11; MakeFilter()
// turns them into a graph::EventFilter and a store::TimeWindow.
//
// Thread-safety: plain values and pure functions.

#ifndef DIPGRAPH_CLI_QUERY_OPTIONS_H_
#define DIPGRAPH_CLI_QUERY_OPTIONS_H_

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "graph/event_filter.h"
#include "store/store_types.h"

namespace dipgraph::cli {

struct QueryFlags {
  std::string from;                // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty: open
  std::string to;                  // likewise; a coarse --to means its last day
  std::vector<std::string> codes;  // "041", "04" (selects sub-codes too)
  std::vector<std::string> roots;  // "04", "19"
  std::vector<int> quads;          // 1..4
  bool cooperation = false;        // quads 1 and 2
  bool conflict = false;           // quads 3 and 4
  uint32_t min_mentions = 0;
  bool negation_default = false;   // set by AddQueryFlags
  bool include_negated = false;    // --include-negated (graph queries)
  bool no_negated = false;         // --no-negated (timelines)
  bool overlap = false;            // coarse dates need only overlap the window
  bool exact = false;              // no key view: a state is that actor only
  bool json = false;               // JSONL output
};

// Adds the shared flags to `sub`. `negation_default` is what
// include_negated starts as (timelines show negated events; the graph
// queries do not, since "did not meet" is no tie).
void AddQueryFlags(CLI::App* sub, QueryFlags& flags, bool negation_default);

struct QueryFilter {
  graph::EventFilter filter;  // without actor terms: commands add those
  store::TimeWindow window;   // what to ask the store for (a superset)
};

// Checks and converts the flags. Returns InvalidArgument naming the flag:
// "--from 2024-13: not a date (YYYY, YYYY-MM or YYYY-MM-DD)", "--quad 5:
// not a quad class (1-4)", "--cooperation and --conflict exclude each
// other", "--codes 99x: not a CAMEO code", "--roots 21: not a CAMEO root".
base::Result<QueryFilter> MakeFilter(const QueryFlags& flags);

}  // namespace dipgraph::cli

#endif  // DIPGRAPH_CLI_QUERY_OPTIONS_H_
