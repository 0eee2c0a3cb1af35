// EventDate is when an event happened, with honest precision: a day, a
// month or a year, or unknown; and where that knowledge came from (an
// expression in the text, the article's publication date, or nothing).
// SCHEMA.md §2 `date`: {"value", "granularity", "basis", "expr"}.
//
// Thread-safety: plain value type.

#ifndef DIPGRAPH_GRAPH_EVENT_DATE_H_
#define DIPGRAPH_GRAPH_EVENT_DATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/civil_date.h"

namespace dipgraph::graph {

enum class Granularity { kDay, kMonth, kYear };
enum class DateBasis { kText, kPublished, kUnknown };

std::string_view GranularityName(Granularity g);  // "day", "month", "year"
std::string_view DateBasisName(DateBasis b);      // "text", "published", "unknown"
std::optional<Granularity> ParseGranularity(std::string_view name);
std::optional<DateBasis> ParseDateBasis(std::string_view name);

struct EventDate {
  bool known = false;  // false: value is null
  int year = 0;
  int month = 0;  // 1..12 when granularity is day or month, else 0
  int day = 0;    // 1..31 when granularity is day, else 0
  Granularity granularity = Granularity::kDay;
  DateBasis basis = DateBasis::kUnknown;
  std::string expr;  // the text expression it was resolved from, may be empty

  static EventDate Unknown() { return EventDate{}; }
  static EventDate Day(const base::CivilDay& d, DateBasis basis,
                       std::string expr = {});
  static EventDate Month(int year, int month, DateBasis basis,
                         std::string expr = {});
  static EventDate Year(int year, DateBasis basis, std::string expr = {});

  // Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY" (granularity follows the
  // form). Returns nullopt if malformed or not a real calendar date.
  static std::optional<EventDate> ParseValue(std::string_view value,
                                             DateBasis basis);

  // "2024-04-28", "2023-09", "2024"; empty when unknown.
  std::string Value() const;

  // First and last calendar day covered (inclusive), as days since
  // 1970-01-01. REQUIRES: known.
  int64_t FirstDay() const;
  int64_t LastDay() const;

  friend bool operator==(const EventDate&, const EventDate&) = default;
};

}  // namespace dipgraph::graph

#endif  // DIPGRAPH_GRAPH_EVENT_DATE_H_
