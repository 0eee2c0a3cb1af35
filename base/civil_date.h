// Proleptic Gregorian calendar arithmetic on plain (year, month, day)
// triples: conversion to and from a day number, weekdays, month lengths and
// ISO "YYYY-MM-DD" parsing. Used to resolve relative dates ("last Sunday")
// and to build sortable keys. No time zones: a date is a calendar day.
//
// Thread-safety: pure functions.

#ifndef DIPGRAPH_BASE_CIVIL_DATE_H_
#define DIPGRAPH_BASE_CIVIL_DATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dipgraph::base {

struct CivilDay {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..DaysInMonth(year, month)

  friend bool operator==(const CivilDay&, const CivilDay&) = default;
  friend auto operator<=>(const CivilDay&, const CivilDay&) = default;
};

bool IsLeapYear(int year);

// Returns 28..31. REQUIRES: 1 <= month <= 12.
int DaysInMonth(int year, int month);

// Days since 1970-01-01 (negative before). Valid for any year in int range
// that fits; REQUIRES: a valid day.
int64_t DaysFromCivil(const CivilDay& day);
CivilDay CivilFromDays(int64_t days);

// 0 = Monday ... 6 = Sunday (ISO order).
int Weekday(const CivilDay& day);

// Adds `n` days (may be negative).
CivilDay AddDays(const CivilDay& day, int64_t n);

// Adds `n` months, clamping the day to the target month's length.
CivilDay AddMonths(const CivilDay& day, int n);

bool IsValidCivilDay(int year, int month, int day);

// Parses "YYYY-MM-DD", or the date part of an ISO 8601 date-time
// ("2024-04-28T10:00:00Z"). Returns nullopt if malformed or not a real day.
std::optional<CivilDay> ParseIsoDay(std::string_view text);

// "YYYY-MM-DD" (years outside 0..9999 are printed with a sign).
std::string FormatIsoDay(const CivilDay& day);

}  // namespace dipgraph::base

#endif  // DIPGRAPH_BASE_CIVIL_DATE_H_
