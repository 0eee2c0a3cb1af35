#include "extract/temporal_resolver.h"

#include <cstdlib>

namespace dipgraph::extract {

namespace {

using base::CivilDay;
using graph::DateBasis;
using graph::EventDate;

EventDate DayOf(const CivilDay& d) {
  return EventDate::Day(d, DateBasis::kText);
}
EventDate MonthOf(const CivilDay& d) {
  return EventDate::Month(d.year, d.month, DateBasis::kText);
}

// The Thursday of the ISO week (Monday..Sunday) that holds `d`.
CivilDay ThursdayOfWeek(const CivilDay& d) {
  return base::AddDays(d, 3 - base::Weekday(d));
}

CivilDay ResolveWeekday(int weekday, TimeDirection dir, const CivilDay& a) {
  const int today = base::Weekday(a);
  int back = (today - weekday + 7) % 7;  // 0..6 days back to that weekday
  int fwd = (weekday - today + 7) % 7;   // 0..6 days forward
  switch (dir) {
    case TimeDirection::kLatestOnOrBefore:
      return base::AddDays(a, -back);
    case TimeDirection::kStrictlyBefore:
      return base::AddDays(a, -(back == 0 ? 7 : back));
    case TimeDirection::kFirstOnOrAfter:
      return base::AddDays(a, fwd);
    case TimeDirection::kStrictlyAfter:
      return base::AddDays(a, fwd == 0 ? 7 : fwd);
  }
  return a;
}

int ResolveMonthYear(int month, TimeDirection dir, const CivilDay& a) {
  switch (dir) {
    case TimeDirection::kLatestOnOrBefore:
      return month <= a.month ? a.year : a.year - 1;
    case TimeDirection::kStrictlyBefore:
      return month < a.month ? a.year : a.year - 1;
    case TimeDirection::kFirstOnOrAfter:
      return month >= a.month ? a.year : a.year + 1;
    case TimeDirection::kStrictlyAfter:
      return month > a.month ? a.year : a.year + 1;
  }
  return a.year;
}

// The year (anchor's, or one either side) that puts month/day closest to
// the anchor. Feb 29 only exists in leap years, so invalid candidates drop.
std::optional<CivilDay> ClosestDayOfMonth(int month, int day,
                                          const CivilDay& a) {
  std::optional<CivilDay> best;
  int64_t best_dist = 0;
  const int64_t anchor_days = base::DaysFromCivil(a);
  for (int y : {a.year, a.year - 1, a.year + 1}) {
    if (!base::IsValidCivilDay(y, month, day)) continue;
    const CivilDay c{y, month, day};
    const int64_t dist = std::llabs(base::DaysFromCivil(c) - anchor_days);
    if (!best || dist < best_dist) {
      best = c;
      best_dist = dist;
    }
  }
  return best;
}

}  // namespace

EventDate Resolve(const TimeSpec& s, const std::optional<CivilDay>& anchor) {
  switch (s.kind) {
    case TimeSpecKind::kAbsoluteDay:
      if (!base::IsValidCivilDay(s.year, s.month, s.day)) return {};
      return DayOf(CivilDay{s.year, s.month, s.day});
    case TimeSpecKind::kAbsoluteMonth:
      if (s.month < 1 || s.month > 12) return {};
      return EventDate::Month(s.year, s.month, DateBasis::kText);
    case TimeSpecKind::kAbsoluteYear:
      return EventDate::Year(s.year, DateBasis::kText);
    default:
      break;
  }
  if (!anchor) return {};
  const CivilDay& a = *anchor;
  switch (s.kind) {
    case TimeSpecKind::kDayOfMonth: {
      auto d = ClosestDayOfMonth(s.month, s.day, a);
      return d ? DayOf(*d) : EventDate{};
    }
    case TimeSpecKind::kMonth:
      if (s.month < 1 || s.month > 12) return {};
      return EventDate::Month(ResolveMonthYear(s.month, s.direction, a),
                              s.month, DateBasis::kText);
    case TimeSpecKind::kWeekday:
      return DayOf(ResolveWeekday(s.weekday, s.direction, a));
    case TimeSpecKind::kRelativeDay:
      return DayOf(base::AddDays(a, s.offset));
    case TimeSpecKind::kRelativeWeek:
      return MonthOf(ThursdayOfWeek(base::AddDays(a, 7 * int64_t{s.offset})));
    case TimeSpecKind::kRelativeMonth:
      return MonthOf(base::AddMonths(CivilDay{a.year, a.month, 1}, s.offset));
    case TimeSpecKind::kRelativeYear:
      return EventDate::Year(a.year + s.offset, DateBasis::kText);
    case TimeSpecKind::kWeekend: {
      // A weekend is named by its Saturday. Read on a Saturday or Sunday,
      // "at the weekend" is the current one in either tense.
      const int wd = base::Weekday(a);
      const CivilDay latest =
          ResolveWeekday(5, TimeDirection::kLatestOnOrBefore, a);
      CivilDay sat = latest;
      switch (s.direction) {
        case TimeDirection::kLatestOnOrBefore:
          break;
        case TimeDirection::kStrictlyBefore:
          if (wd >= 5) sat = base::AddDays(latest, -7);
          break;
        case TimeDirection::kFirstOnOrAfter:
          if (wd < 5) sat = base::AddDays(latest, 7);
          break;
        case TimeDirection::kStrictlyAfter:
          sat = base::AddDays(latest, 7);
          break;
      }
      return MonthOf(sat);
    }
    case TimeSpecKind::kDaysAgo:
      return DayOf(base::AddDays(a, -int64_t{s.offset}));
    case TimeSpecKind::kSeason:
      // A season is named by its middle month; only its year is honest.
      return EventDate::Year(ResolveMonthYear(s.month, s.direction, a),
                             DateBasis::kText);
    case TimeSpecKind::kMonthOfYear:
      if (s.day > 0) {
        if (!base::IsValidCivilDay(a.year + s.offset, s.month, s.day))
          return {};
        return DayOf(CivilDay{a.year + s.offset, s.month, s.day});
      }
      if (s.month < 1 || s.month > 12) return {};
      return EventDate::Month(a.year + s.offset, s.month, DateBasis::kText);
    case TimeSpecKind::kWeeksAgo:
      return MonthOf(base::AddDays(a, -7 * int64_t{s.offset}));
    default:
      return {};
  }
}

}  // namespace dipgraph::extract
