#include <catch2/catch.hpp>

#include "base/civil_date.h"

using namespace dipgraph::base;

TEST_CASE("Civil dates round-trip through day numbers", "[base][date]") {
  CHECK(DaysFromCivil({1970, 1, 1}) == 0);
  CHECK(DaysFromCivil({2000, 3, 1}) == 11017);
  for (int64_t d = -800000; d <= 800000; d += 997) {
    CHECK(DaysFromCivil(CivilFromDays(d)) == d);
  }
  CHECK(CivilFromDays(-1) == CivilDay{1969, 12, 31});
}

TEST_CASE("Leap years, month lengths and weekdays follow the Gregorian rules", "[base][date]") {
  CHECK(IsLeapYear(2024));
  CHECK_FALSE(IsLeapYear(1900));
  CHECK(IsLeapYear(2000));
  CHECK(DaysInMonth(2024, 2) == 29);
  CHECK(DaysInMonth(2023, 2) == 28);
  CHECK(Weekday({2024, 4, 28}) == 6);  // a Sunday
  CHECK(Weekday({1970, 1, 1}) == 3);   // a Thursday
  CHECK(AddDays({2024, 2, 28}, 1) == CivilDay{2024, 2, 29});
  CHECK(AddDays({2024, 1, 1}, -1) == CivilDay{2023, 12, 31});
  CHECK(AddMonths({2024, 1, 31}, 1) == CivilDay{2024, 2, 29});
  CHECK(AddMonths({2024, 1, 15}, -1) == CivilDay{2023, 12, 15});
}

TEST_CASE("ParseIsoDay accepts dates and date-times and rejects impossible days", "[base][date]") {
  CHECK(ParseIsoDay("2024-04-28") == CivilDay{2024, 4, 28});
  CHECK(ParseIsoDay("2024-04-28T10:00:00Z") == CivilDay{2024, 4, 28});
  CHECK_FALSE(ParseIsoDay("2023-02-29").has_value());
  CHECK_FALSE(ParseIsoDay("2024-13-01").has_value());
  CHECK_FALSE(ParseIsoDay("28.04.2024").has_value());
  CHECK_FALSE(ParseIsoDay("2024-04-28junk").has_value());
  CHECK(FormatIsoDay({987, 6, 5}) == "0987-06-05");
}
