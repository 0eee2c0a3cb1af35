#include "extract/temporal_resolver.h"

#include <catch2/catch.hpp>

using dipgraph::base::CivilDay;
using dipgraph::extract::Resolve;
using dipgraph::extract::TimeDirection;
using dipgraph::extract::TimeSpec;
using dipgraph::extract::TimeSpecKind;
using dipgraph::graph::Granularity;

namespace {

TimeSpec Weekday(int wd, TimeDirection dir) {
  TimeSpec s;
  s.kind = TimeSpecKind::kWeekday;
  s.weekday = wd;
  s.direction = dir;
  return s;
}

TimeSpec Month(int month, TimeDirection dir) {
  TimeSpec s;
  s.kind = TimeSpecKind::kMonth;
  s.month = month;
  s.direction = dir;
  return s;
}

}  // namespace

TEST_CASE("Weekday arithmetic counts from the anchor's own weekday",
          "[extract][dates]") {
  const CivilDay sun{2024, 4, 28};
  const CivilDay mon{2024, 4, 29};
  CHECK(Resolve(Weekday(6, TimeDirection::kLatestOnOrBefore), sun).Value() ==
        "2024-04-28");
  CHECK(Resolve(Weekday(6, TimeDirection::kLatestOnOrBefore), mon).Value() ==
        "2024-04-28");
  CHECK(Resolve(Weekday(0, TimeDirection::kLatestOnOrBefore), sun).Value() ==
        "2024-04-22");
  CHECK(Resolve(Weekday(6, TimeDirection::kStrictlyBefore), sun).Value() ==
        "2024-04-21");
  CHECK(Resolve(Weekday(0, TimeDirection::kFirstOnOrAfter), mon).Value() ==
        "2024-04-29");
  CHECK(Resolve(Weekday(0, TimeDirection::kStrictlyAfter), mon).Value() ==
        "2024-05-06");
  // Across a month and a year end.
  CHECK(Resolve(Weekday(4, TimeDirection::kLatestOnOrBefore),
                CivilDay{2024, 1, 1})
            .Value() == "2023-12-29");
  CHECK(
      Resolve(Weekday(2, TimeDirection::kStrictlyAfter), CivilDay{2024, 2, 28})
          .Value() == "2024-03-06");
}

TEST_CASE("Month names resolve by direction around the anchor's month",
          "[extract][dates]") {
  const CivilDay jan{2024, 1, 10};
  auto value = [&](int m, TimeDirection d) {
    return Resolve(Month(m, d), jan).Value();
  };
  CHECK(value(12, TimeDirection::kLatestOnOrBefore) == "2023-12");
  CHECK(value(1, TimeDirection::kLatestOnOrBefore) == "2024-01");
  CHECK(value(1, TimeDirection::kStrictlyBefore) == "2023-01");
  CHECK(value(1, TimeDirection::kFirstOnOrAfter) == "2024-01");
  CHECK(value(1, TimeDirection::kStrictlyAfter) == "2025-01");
  CHECK(Resolve(Month(12, TimeDirection::kLatestOnOrBefore), jan).granularity ==
        Granularity::kMonth);
}

TEST_CASE("Relative weeks take the month of the week's Thursday",
          "[extract][dates]") {
  TimeSpec s;
  s.kind = TimeSpecKind::kRelativeWeek;
  s.offset = -1;
  // Sunday 1 March 1987: the previous ISO week is 16-22 February.
  CHECK(Resolve(s, CivilDay{1987, 3, 1}).Value() == "1987-02");
  // Wednesday 3 April 2024: last week is 25-31 March, Thursday 28 March.
  CHECK(Resolve(s, CivilDay{2024, 4, 3}).Value() == "2024-03");
  s.offset = 0;
  // Monday 29 April 2024: this week's Thursday is 2 May.
  CHECK(Resolve(s, CivilDay{2024, 4, 29}).Value() == "2024-05");
}

TEST_CASE("Relative specs without an anchor are unknown", "[extract][dates]") {
  CHECK_FALSE(
      Resolve(Weekday(6, TimeDirection::kLatestOnOrBefore), std::nullopt)
          .known);
  TimeSpec abs;
  abs.kind = TimeSpecKind::kAbsoluteDay;
  abs.year = 2024;
  abs.month = 2;
  abs.day = 29;
  CHECK(Resolve(abs, std::nullopt).Value() == "2024-02-29");
  abs.year = 2023;
  CHECK_FALSE(Resolve(abs, std::nullopt).known);
}

TEST_CASE("A day of month without a year picks the closest year",
          "[extract][dates]") {
  TimeSpec s;
  s.kind = TimeSpecKind::kDayOfMonth;
  s.month = 2;
  s.day = 29;
  // Only 2024 of 2022..2024 has a 29 February.
  CHECK(Resolve(s, CivilDay{2023, 6, 1}).Value() == "2024-02-29");
  s.month = 12;
  s.day = 31;
  CHECK(Resolve(s, CivilDay{2024, 1, 3}).Value() == "2023-12-31");
}
