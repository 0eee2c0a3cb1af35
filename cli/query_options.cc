#include "cli/query_options.h"

#include "graph/cameo.h"
#include "graph/event_date.h"

namespace dipgraph::cli {

void AddQueryFlags(CLI::App* sub, QueryFlags& flags, bool negation_default) {
  flags.negation_default = negation_default;
  sub->add_option("--from", flags.from, "Only events on or after this date (YYYY[-MM[-DD]])");
  sub->add_option("--to", flags.to, "Only events on or before this date (YYYY[-MM[-DD]])");
  sub->add_option("--codes", flags.codes, "Only these CAMEO codes and their sub-codes (041,057)")
      ->delimiter(',');
  sub->add_option("--roots", flags.roots, "Only these CAMEO roots (04,19)")->delimiter(',');
  sub->add_option("--quad", flags.quads, "Only these quad classes (1-4)")->delimiter(',');
  sub->add_flag("--cooperation", flags.cooperation, "Only cooperation (quads 1-2)");
  sub->add_flag("--conflict", flags.conflict, "Only conflict (quads 3-4)");
  sub->add_option("--min-mentions", flags.min_mentions,
                  "Only events supported by at least this many sentences");
  if (negation_default) {
    sub->add_flag("--no-negated", flags.no_negated,
                  "Leave out negated events (\"did not meet\")");
  } else {
    sub->add_flag("--include-negated", flags.include_negated,
                  "Count negated events (\"did not meet\") too");
  }
  sub->add_flag("--overlap", flags.overlap,
                "A month- or year-dated event need only overlap --from/--to "
                "(default: it must lie within)");
  sub->add_flag("--exact", flags.exact,
                "A state means that actor only, not its officials and institutions");
  sub->add_flag("--json", flags.json, "One JSON object per line (JSONL)");
}

namespace {

// The first day of --from's period and the last day of --to's.
base::Status ParseBound(const std::string& flag, const std::string& text, bool last,
                        std::optional<int64_t>* out) {
  if (text.empty()) return base::Status::OK();
  auto date = graph::EventDate::ParseValue(text, graph::DateBasis::kText);
  if (!date) {
    return base::Status::InvalidArgument(flag + " " + text +
                                         ": not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  *out = last ? date->LastDay() : date->FirstDay();
  return base::Status::OK();
}

}  // namespace

base::Result<QueryFilter> MakeFilter(const QueryFlags& flags) {
  QueryFilter q;
  graph::EventFilter& f = q.filter;
  DIPGRAPH_RETURN_IF_ERROR(ParseBound("--from", flags.from, false, &f.from_day));
  DIPGRAPH_RETURN_IF_ERROR(ParseBound("--to", flags.to, true, &f.to_day));
  if (f.from_day && f.to_day && *f.from_day > *f.to_day) {
    return base::Status::InvalidArgument("--from " + flags.from + " is after --to " + flags.to);
  }
  for (const std::string& c : flags.codes) {
    if (graph::FindCameoCode(c) == nullptr) {
      return base::Status::InvalidArgument("--codes " + c + ": not a CAMEO code");
    }
  }
  f.codes = flags.codes;
  for (const std::string& r : flags.roots) {
    if (r.size() != 2 || graph::QuadOfCode(r) == 0) {
      return base::Status::InvalidArgument("--roots " + r + ": not a CAMEO root (01-20)");
    }
  }
  f.roots = flags.roots;
  for (int quad : flags.quads) {
    if (quad < 1 || quad > 4) {
      return base::Status::InvalidArgument("--quad " + std::to_string(quad) +
                                           ": not a quad class (1-4)");
    }
  }
  if (flags.cooperation && flags.conflict) {
    return base::Status::InvalidArgument("--cooperation and --conflict exclude each other");
  }
  if ((flags.cooperation || flags.conflict) && !flags.quads.empty()) {
    return base::Status::InvalidArgument("--quad and --cooperation/--conflict exclude each other");
  }
  f.quads = flags.quads;
  if (flags.cooperation) f.SetCooperation();
  if (flags.conflict) f.SetConflict();
  f.min_mentions = flags.min_mentions;
  f.include_negated = flags.negation_default ? !flags.no_negated : flags.include_negated;
  f.date_rule = flags.overlap ? graph::DateRule::kOverlaps : graph::DateRule::kWithin;

  // The store's window is an overlap test, a superset of both rules.
  if (f.from_day) q.window.from = *f.from_day;
  if (f.to_day) q.window.to = *f.to_day;
  q.window.include_unknown = !f.has_window();
  return q;
}

}  // namespace dipgraph::cli
