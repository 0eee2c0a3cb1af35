#include "graph/event_date.h"

#include <cassert>
#include <cstdio>

namespace dipgraph::graph {

std::string_view GranularityName(Granularity g) {
  switch (g) {
    case Granularity::kDay: return "day";
    case Granularity::kMonth: return "month";
    case Granularity::kYear: return "year";
  }
  return "day";
}

std::string_view DateBasisName(DateBasis b) {
  switch (b) {
    case DateBasis::kText: return "text";
    case DateBasis::kPublished: return "published";
    case DateBasis::kUnknown: return "unknown";
  }
  return "unknown";
}

std::optional<Granularity> ParseGranularity(std::string_view name) {
  if (name == "day") return Granularity::kDay;
  if (name == "month") return Granularity::kMonth;
  if (name == "year") return Granularity::kYear;
  return std::nullopt;
}

std::optional<DateBasis> ParseDateBasis(std::string_view name) {
  if (name == "text") return DateBasis::kText;
  if (name == "published") return DateBasis::kPublished;
  if (name == "unknown") return DateBasis::kUnknown;
  return std::nullopt;
}

EventDate EventDate::Day(const base::CivilDay& d, DateBasis basis,
                         std::string expr) {
  EventDate e;
  e.known = true;
  e.year = d.year;
  e.month = d.month;
  e.day = d.day;
  e.granularity = Granularity::kDay;
  e.basis = basis;
  e.expr = std::move(expr);
  return e;
}

EventDate EventDate::Month(int year, int month, DateBasis basis,
                           std::string expr) {
  EventDate e;
  e.known = true;
  e.year = year;
  e.month = month;
  e.granularity = Granularity::kMonth;
  e.basis = basis;
  e.expr = std::move(expr);
  return e;
}

EventDate EventDate::Year(int year, DateBasis basis, std::string expr) {
  EventDate e;
  e.known = true;
  e.year = year;
  e.granularity = Granularity::kYear;
  e.basis = basis;
  e.expr = std::move(expr);
  return e;
}

namespace {

bool Digits(std::string_view s, int* out) {
  if (s.empty() || s.size() > 9) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

}  // namespace

std::optional<EventDate> EventDate::ParseValue(std::string_view value,
                                               DateBasis basis) {
  int y = 0, m = 0, d = 0;
  if (value.size() == 4) {
    if (!Digits(value, &y)) return std::nullopt;
    return Year(y, basis);
  }
  if (value.size() == 7 && value[4] == '-') {
    if (!Digits(value.substr(0, 4), &y) || !Digits(value.substr(5, 2), &m) ||
        m < 1 || m > 12) {
      return std::nullopt;
    }
    return Month(y, m, basis);
  }
  if (value.size() == 10 && value[4] == '-' && value[7] == '-') {
    if (!Digits(value.substr(0, 4), &y) || !Digits(value.substr(5, 2), &m) ||
        !Digits(value.substr(8, 2), &d) || !base::IsValidCivilDay(y, m, d)) {
      return std::nullopt;
    }
    return Day(base::CivilDay{y, m, d}, basis);
  }
  return std::nullopt;
}

std::string EventDate::Value() const {
  if (!known) return {};
  char buf[32];
  switch (granularity) {
    case Granularity::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      break;
    case Granularity::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      break;
    case Granularity::kYear:
      std::snprintf(buf, sizeof buf, "%04d", year);
      break;
  }
  return buf;
}

int64_t EventDate::FirstDay() const {
  assert(known);
  switch (granularity) {
    case Granularity::kDay:
      return base::DaysFromCivil({year, month, day});
    case Granularity::kMonth:
      return base::DaysFromCivil({year, month, 1});
    case Granularity::kYear:
      return base::DaysFromCivil({year, 1, 1});
  }
  return 0;
}

int64_t EventDate::LastDay() const {
  assert(known);
  switch (granularity) {
    case Granularity::kDay:
      return base::DaysFromCivil({year, month, day});
    case Granularity::kMonth:
      return base::DaysFromCivil({year, month, base::DaysInMonth(year, month)});
    case Granularity::kYear:
      return base::DaysFromCivil({year, 12, 31});
  }
  return 0;
}

}  // namespace dipgraph::graph
