#include "base/civil_date.h"

#include <cstdio>

namespace dipgraph::base {

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30,
                                    31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

bool IsValidCivilDay(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

// Howard Hinnant's days_from_civil algorithm (public domain description):
// shift the year to start in March so the leap day is last.
int64_t DaysFromCivil(const CivilDay& d) {
  const int64_t y = static_cast<int64_t>(d.year) - (d.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (d.month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDay CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return CivilDay{static_cast<int>(y), static_cast<int>(m),
                  static_cast<int>(d)};
}

int Weekday(const CivilDay& day) {
  // 1970-01-01 was a Thursday (ISO index 3).
  const int64_t days = DaysFromCivil(day);
  int64_t w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w);
}

CivilDay AddDays(const CivilDay& day, int64_t n) {
  return CivilFromDays(DaysFromCivil(day) + n);
}

CivilDay AddMonths(const CivilDay& day, int n) {
  int64_t months = static_cast<int64_t>(day.year) * 12 + (day.month - 1) + n;
  int64_t year = months >= 0 ? months / 12 : -((-months + 11) / 12);
  int month = static_cast<int>(months - year * 12) + 1;
  CivilDay out{static_cast<int>(year), month, day.day};
  const int last = DaysInMonth(out.year, out.month);
  if (out.day > last) out.day = last;
  return out;
}

namespace {

bool ParseDigits(std::string_view s, int* out) {
  if (s.empty()) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

}  // namespace

std::optional<CivilDay> ParseIsoDay(std::string_view text) {
  if (text.size() < 10) return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') {
    return std::nullopt;
  }
  if (text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (!ParseDigits(text.substr(0, 4), &y) ||
      !ParseDigits(text.substr(5, 2), &m) ||
      !ParseDigits(text.substr(8, 2), &d)) {
    return std::nullopt;
  }
  if (!IsValidCivilDay(y, m, d)) return std::nullopt;
  return CivilDay{y, m, d};
}

std::string FormatIsoDay(const CivilDay& day) {
  char buf[32];
  if (day.year >= 0 && day.year <= 9999) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", day.year, day.month,
                  day.day);
  } else {
    std::snprintf(buf, sizeof buf, "%+d-%02d-%02d", day.year, day.month,
                  day.day);
  }
  return buf;
}

}  // namespace dipgraph::base
