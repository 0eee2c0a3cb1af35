// TimeSpec is what the temporal tagger understood an expression to mean,
// before it is anchored: "the Sunday on or before the anchor", "the
// September before the anchor's month", "21 April 2024". Resolve() anchors
// it on the article's publication date and returns an EventDate of honest
// granularity.
//
// Conventions (documented here because they are choices, not facts):
//  - A bare weekday ("on Sunday", "am Sonntag") is the latest such day on
//    or before the anchor; read on a Sunday, "Sunday" is that day. With a
//    future cue in its clause ("will meet on Monday") it is the first such
//    day on or after the anchor. "last Sunday" is strictly before, "next
//    Sunday" strictly after.
//  - A month without a year ("in September") is the latest such month on
//    or before the anchor's month; "last September" / "im vergangenen
//    September" the latest strictly before; "next September" strictly
//    after. Month granularity.
//  - A day and month without a year ("April 28", "21. August") takes the
//    year that puts it closest to the anchor.
//  - Weeks have no granularity of their own: "last week", "this week",
//    "vor einer Woche" resolve to the month of the Thursday of that ISO
//    week (the ISO rule that a week belongs where its Thursday is); "N
//    weeks ago" to the month of the day N*7 days back. The weekend to the
//    month of its Saturday.
//  - "N days ago" and "yesterday" are days; "N months ago" a month; "N
//    years ago" a year. "early/mid/late" and "Anfang/Mitte/Ende" do not
//    change the value at these granularities.
//  - Anything relative needs an anchor: without one it resolves to
//    known == false. Absolute dates ("21 April 2024", "in 2015") need none.
//
// Thread-safety: plain value type and a pure function.

#ifndef DIPGRAPH_EXTRACT_TEMPORAL_RESOLVER_H_
#define DIPGRAPH_EXTRACT_TEMPORAL_RESOLVER_H_

#include <optional>

#include "base/civil_date.h"
#include "graph/event_date.h"

namespace dipgraph::extract {

enum class TimeSpecKind {
  kAbsoluteDay,    // year, month, day
  kAbsoluteMonth,  // year, month
  kAbsoluteYear,   // year
  kDayOfMonth,     // month, day; year from the anchor
  kMonth,          // month; year from the anchor and `direction`
  kWeekday,        // weekday 0..6 and `direction`
  kRelativeDay,    // offset days from the anchor
  kRelativeWeek,   // offset weeks (ISO weeks) from the anchor's week
  kRelativeMonth,  // offset calendar months
  kRelativeYear,   // offset calendar years
  kWeekend,        // the weekend in `direction`, named by its Saturday
  kDaysAgo,        // `offset` days back (negative: forward)
  kWeeksAgo,       // `offset` weeks back, month granularity
  kSeason,         // the year of the season whose middle month is `month`,
                   // in `direction` ("last summer", "im Herbst")
  kMonthOfYear,    // month (and day, if > 0) of the anchor's year + offset
                   // ("May last year", "21. Mai des Vorjahres")
};

// Direction of a name-anchored expression relative to the anchor.
enum class TimeDirection {
  kLatestOnOrBefore,  // bare "Sunday", "in September"
  kStrictlyBefore,    // "last Sunday", "vergangenen September"
  kFirstOnOrAfter,    // bare weekday with a future cue
  kStrictlyAfter,     // "next Tuesday", "kommenden Dienstag"
};

struct TimeSpec {
  TimeSpecKind kind = TimeSpecKind::kAbsoluteDay;
  int year = 0;
  int month = 0;
  int day = 0;
  int weekday = 0;
  int offset = 0;
  TimeDirection direction = TimeDirection::kLatestOnOrBefore;
};

// Returns the date `spec` denotes, anchored at `anchor` when it is
// relative, with basis kText and an empty expr. Returns an unknown date
// when `spec` is relative and `anchor` is nullopt, or when the values do
// not form a real date (31 February).
graph::EventDate Resolve(const TimeSpec& spec,
                         const std::optional<base::CivilDay>& anchor);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_TEMPORAL_RESOLVER_H_
