#include "extract/temporal_matcher.h"

namespace dipgraph::extract::temporal {

// "April 21, 2024", "21 April 2024", "21. April", "April 2024", "in April",
// "im vergangenen September", "mid-March", "Sept. 11".
std::optional<Match> Tagger::AtMonth(size_t i) {
  if (!st_.tokens[i].capitalized) return std::nullopt;
  const TimeWordInfo mi = info_[i];
  size_t last = i + 1;
  bool dot = false;
  if (mi.abbrev && st_.Adjacent(i) && Punct(i + 1, '.')) {
    last = i + 2;
    dot = true;
  }
  int day = 0;
  int year = 0;
  size_t first = i;
  // A day before the month: "21 April", "21. April", "21st (of) April".
  if (i > 0) {
    size_t k = i - 1;
    if (lang_ == Lang::kEn && Lower(k) == "of" && k > 0) --k;
    size_t d = size();
    if (Avail(k) && (Punct(k, '.') || OrdinalSuffix(k)) && k > 0 &&
        st_.Adjacent(k - 1)) {
      d = k - 1;
    } else if (Avail(k) && IsNumber(k) && k + 1 == i) {
      d = k;
    }
    const bool inside_number = d > 1 && d < size() && st_.Adjacent(d - 1) &&
                               (Punct(d - 1, '.') || Punct(d - 1, ',') ||
                                Punct(d - 1, '/') || Punct(d - 1, ':')) &&
                               IsNumber(d - 2);
    if (Avail(d) && IsDay(d) && !inside_number) {
      day = Value(d);
      first = d;
    }
  }
  // A day after it: "April 21", "April 21st".
  if (day == 0 && IsDay(last) &&
      !(st_.Adjacent(last) &&
        (Punct(last + 1, '.') || Punct(last + 1, ':') ||
         Punct(last + 1, ',')) &&
        IsNumber(last + 2) && st_.Adjacent(last + 1))) {
    day = Value(last);
    ++last;
    if (st_.Adjacent(last - 1) && OrdinalSuffix(last)) ++last;
  }
  // A year: "April 2024", "April 21, 2024".
  {
    size_t k = last;
    if (day > 0 && Punct(k, ',')) ++k;
    if (IsYear(k)) {
      year = Value(k);
      last = k + 1;
    }
  }
  // A relative year after it: "May last year", "Mai des Vorjahres", "im
  // März dieses Jahres", "in March of next year".
  int year_offset = 0;
  bool relative_year = false;
  if (year == 0) {
    size_t k = last;
    if (Lower(k) == "des" || Lower(k) == "of") ++k;
    if (In(Lower(k), {"vorjahres", "vorjahrs"})) {
      relative_year = true;
      year_offset = -1;
      last = k + 1;
    } else if (Kind(k + 1) == TimeWord::kUnit &&
               info_[k + 1].value == kUnitYear && !info_[k + 1].plural) {
      const TimeWord mod = Kind(k);
      if (mod == TimeWord::kPast || mod == TimeWord::kThis ||
          mod == TimeWord::kNext) {
        relative_year = true;
        year_offset = mod == TimeWord::kPast   ? -1
                      : mod == TimeWord::kNext ? 1
                                               : 0;
        last = k + 2;
      }
    }
  }
  Match m{first, last, {}, false};
  if (relative_year) {
    // "21. Mai des Vorjahres" keeps its day; "Mai des Vorjahres" a month.
    m.spec = {TimeSpecKind::kMonthOfYear, 0, mi.value, day};
    m.spec.offset = year_offset;
    return m;
  }
  if (day > 0 && year > 0) {
    m.spec = {TimeSpecKind::kAbsoluteDay, year, mi.value, day};
    return m;
  }
  if (day > 0) {
    m.spec = {TimeSpecKind::kDayOfMonth, 0, mi.value, day};
    return m;
  }
  if (year > 0) {
    m.spec = {TimeSpecKind::kAbsoluteMonth, year, mi.value};
    return m;
  }
  // The month alone needs a cue before it; abbreviations also need a dot.
  if (mi.abbrev && !dot) return std::nullopt;
  if (i == 0) return std::nullopt;
  size_t p = i - 1;
  if (Punct(p, '-') && st_.Adjacent(p) && p > 0 && st_.Adjacent(p - 1) &&
      Lower(p - 1) == "mid") {
    --p;
  }
  if (!Avail(p)) return std::nullopt;
  const TimeWord cue = Kind(p);
  // "von August Bebel", "with June Carter": a given name, not a month.
  if (IsWord(i + 1) && st_.tokens[i + 1].capitalized &&
      Kind(i + 1) == TimeWord::kNone &&
      In(Lower(p), {"von", "vom", "an", "mit", "für", "by", "with", "for", "of",
                    "from"})) {
    return std::nullopt;
  }
  m.spec = {TimeSpecKind::kMonth, 0, mi.value};
  if (cue == TimeWord::kPast) {
    m.spec.direction = TimeDirection::kStrictlyBefore;
    m.first = p;
  } else if (cue == TimeWord::kNext) {
    m.spec.direction = TimeDirection::kStrictlyAfter;
    m.first = p;
  } else if (cue == TimeWord::kThis || cue == TimeWord::kPartOf ||
             (cue == TimeWord::kPrep &&
              !In(Lower(p), {"on", "at", "over", "an", "über"}))) {
    m.first = p;
    m.spec.direction = BareDirection(m.first, m.last);
  } else {
    return std::nullopt;
  }
  return m;
}

// "2024-04-21", "21.4.2024", "21.04.24", "21.4.", "4/21/2024", and a year
// after a cue: "in 2015", "seit 1991", "im Jahr 1987", "Ende 2013".
std::optional<Match> Tagger::AtNumber(size_t i) {
  const size_t digits = Digits(i);
  const bool chain1 = st_.Adjacent(i) && st_.Adjacent(i + 1);
  const bool chain3 = chain1 && st_.Adjacent(i + 2) && st_.Adjacent(i + 3);
  if (i > 0 && st_.Adjacent(i - 1) && !IsWord(i - 1) &&
      (Punct(i - 1, '.') || Punct(i - 1, ',') || Punct(i - 1, '/') ||
       Punct(i - 1, ':'))) {
    return std::nullopt;  // the middle of some other number
  }
  // ISO 8601.
  if (digits == 4 && chain3 && Punct(i + 1, '-') && IsNumber(i + 2) &&
      Digits(i + 2) <= 2 && Punct(i + 3, '-') && IsNumber(i + 4) &&
      Digits(i + 4) <= 2) {
    Match m{i,
            i + 5,
            {TimeSpecKind::kAbsoluteDay, Value(i), Value(i + 2), Value(i + 4)},
            false};
    if (base::IsValidCivilDay(Value(i), Value(i + 2), Value(i + 4))) return m;
    return std::nullopt;
  }
  // Day.month.year or day.month. (German order, also in English text).
  if (digits <= 2 && chain1 && Punct(i + 1, '.') && IsNumber(i + 2) &&
      Digits(i + 2) <= 2 && st_.Adjacent(i + 2) && Punct(i + 3, '.')) {
    const int d = Value(i);
    const int mo = Value(i + 2);
    if (d < 1 || d > 31 || mo < 1 || mo > 12) return std::nullopt;
    if (st_.Adjacent(i + 3) && IsNumber(i + 4)) {
      const size_t yd = Digits(i + 4);
      if (yd != 2 && yd != 4) return std::nullopt;
      int y = Value(i + 4);
      if (yd == 2) y += y < 70 ? 2000 : 1900;
      if (y < 1800 || y > 2199) return std::nullopt;  // "30.9.3015": a typo
      if (st_.Adjacent(i + 4) && (Punct(i + 5, '.') || Punct(i + 5, ',')) &&
          st_.Adjacent(i + 5) && IsNumber(i + 6)) {
        return std::nullopt;
      }
      if (!base::IsValidCivilDay(y, mo, d)) return std::nullopt;
      return Match{i, i + 5, {TimeSpecKind::kAbsoluteDay, y, mo, d}, false};
    }
    return Match{i, i + 4, {TimeSpecKind::kDayOfMonth, 0, mo, d}, false};
  }
  // Month/day/year (English only, four-digit year).
  if (lang_ == Lang::kEn && digits <= 2 && chain3 && Punct(i + 1, '/') &&
      IsNumber(i + 2) && Digits(i + 2) <= 2 && Punct(i + 3, '/') &&
      IsNumber(i + 4) && Digits(i + 4) == 4) {
    const int y = Value(i + 4);
    if (!base::IsValidCivilDay(y, Value(i), Value(i + 2))) return std::nullopt;
    return Match{i,
                 i + 5,
                 {TimeSpecKind::kAbsoluteDay, y, Value(i), Value(i + 2)},
                 false};
  }
  // A year after a cue word.
  if (digits != 4 || Value(i) < 1900 || Value(i) > 2099 || !IsYear(i)) {
    return std::nullopt;
  }
  if (st_.Adjacent(i) && (Punct(i + 1, '-') || Punct(i + 1, '/')) &&
      IsNumber(i + 2)) {
    return std::nullopt;  // "1987/88", "2009-2013"
  }
  if (IsWord(i + 1) &&
      In(Lower(i + 1),
         {"tonnes",     "tons",       "tonnen", "mln",        "million",
          "millionen",  "billion",    "bln",    "milliarden", "dlrs",
          "dollars",    "dollar",     "euro",   "km",         "kilometer",
          "kilometres", "kilometers", "miles",  "meilen",     "barrels",
          "bags",       "shares",     "pct",    "percent",    "prozent",
          "people",     "menschen",   "troops", "soldaten",   "soldiers",
          "yen",        "marks",      "francs", "points",     "punkte",
          "stimmen",    "votes"})) {
    return std::nullopt;
  }
  if (i == 0) return std::nullopt;
  size_t p = i - 1;
  if (!Avail(p)) return std::nullopt;
  Match m{i, i + 1, {TimeSpecKind::kAbsoluteYear, Value(i)}, false};
  const std::string_view w = Lower(p);
  if (Punct(p, '-') && st_.Adjacent(p) && p > 0 && Avail(p - 1) &&
      Lower(p - 1) == "mid" && st_.Adjacent(p - 1)) {
    m.first = p - 1;
    return m;
  }
  if (!IsWord(p)) return std::nullopt;
  const TimeWord k = Kind(p);
  if (k == TimeWord::kPrep || k == TimeWord::kPartOf) {
    if (lang_ == Lang::kDe && In(w, {"nach", "über", "übers"})) {
      return std::nullopt;
    }
    if (lang_ == Lang::kEn && In(w, {"over", "at", "on"})) return std::nullopt;
    m.first = p;
    return m;
  }
  if (In(w, {"year", "jahr", "jahre", "jahres", "spring", "summer", "autumn",
             "fall", "winter", "frühjahr", "frühling", "sommer", "herbst",
             "jahresende", "jahresbeginn", "jahresanfang", "jahresmitte"})) {
    m.first = p;
    return m;
  }
  return std::nullopt;
}

// A full day date starting at token k: "March 23[, 1987]", "23 March",
// "23. März", "23.3.1987". Used after a weekday.
std::optional<Match> Tagger::DateAt(size_t k) {
  std::optional<Match> m;
  if (Kind(k) == TimeWord::kMonth) {
    m = AtMonth(k);
  } else if (IsDay(k)) {
    size_t mon = k + 1;
    if (Punct(mon, '.') || OrdinalSuffix(mon)) ++mon;
    if (Kind(mon) == TimeWord::kMonth) {
      m = AtMonth(mon);
    } else {
      m = AtNumber(k);
    }
  }
  if (m && (m->spec.kind == TimeSpecKind::kAbsoluteDay ||
            m->spec.kind == TimeSpecKind::kDayOfMonth)) {
    return m;
  }
  return std::nullopt;
}

// Fixed-date holidays: "Silvester", "am Silvesterwochenende", "Neujahr",
// "Heiligabend", "New Year's Eve", "Christmas Day"; "Weihnachten" and
// "Christmas" alone span several days and give the month.
std::optional<Match> Tagger::AtHoliday(size_t i) {
  if (!st_.tokens[i].capitalized) return std::nullopt;
  const std::string_view w = Lower(i);
  Match m{i, i + 1, {TimeSpecKind::kDayOfMonth, 0, 12, 31}, false};
  if (lang_ == Lang::kDe) {
    auto compound = [&](std::string_view stem) {
      if (w.substr(0, stem.size()) != stem) return false;
      return In(w.substr(stem.size()),
                {"", "s", "wochenende", "nacht", "abend", "tag", "stag"});
    };
    const bool cue =
        i > 0 && Avail(i - 1) &&
        (Kind(i - 1) == TimeWord::kPrep || Kind(i - 1) == TimeWord::kArticle ||
         In(Lower(i - 1), {"zu", "vor", "zwischen"}));
    if (!cue) return std::nullopt;
    if (compound("silvester")) return m;
    if (compound("neujahr")) {
      m.spec.month = 1;
      m.spec.day = 1;
      return m;
    }
    if (w == "heiligabend") {
      m.spec.day = 24;
      return m;
    }
    if (w == "weihnachten") {
      m.spec = {TimeSpecKind::kMonth, 0, 12};
      m.spec.direction = BareDirection(i, i + 1);
      return m;
    }
    return std::nullopt;
  }
  if (w == "new" && Lower(i + 1) == "year" && Apostrophe(i + 2) &&
      Lower(i + 3) == "s" && In(Lower(i + 4), {"eve", "day"})) {
    m.last = i + 5;
    if (Lower(i + 4) == "day") {
      m.spec.month = 1;
      m.spec.day = 1;
    }
    return m;
  }
  if (w == "christmas") {
    if (In(Lower(i + 1), {"eve", "day"})) {
      m.last = i + 2;
      m.spec.day = Lower(i + 1) == "eve" ? 24 : 25;
      return m;
    }
    if (i > 0 && Avail(i - 1) && Kind(i - 1) == TimeWord::kPrep) {
      m.spec = {TimeSpecKind::kMonth, 0, 12};
      m.spec.direction = BareDirection(i, i + 1);
      return m;
    }
  }
  return std::nullopt;
}

// Seasons with a cue: "last summer", "im Herbst", "diesen Sommer", "in the
// spring". Winter straddles two years and is left out; "fall" needs
// last/this/next. A year after the season ("Sommer 2015") is AtNumber's.
std::optional<Match> Tagger::AtSeason(size_t i) {
  const std::string_view w = Lower(i);
  int month = 0;
  if (lang_ == Lang::kEn) {
    if (w == "spring") month = 4;
    if (w == "summer") month = 7;
    if (w == "autumn" || w == "fall") month = 10;
  } else {
    if (w == "frühjahr" || w == "frühling") month = 4;
    if (w == "sommer") month = 7;
    if (w == "herbst") month = 10;
  }
  if (month == 0 || i == 0 || !Avail(i - 1) || IsYear(i + 1)) {
    return std::nullopt;
  }
  size_t p = i - 1;
  if (Kind(p) == TimeWord::kArticle && p > 0 && Avail(p - 1) &&
      Kind(p - 1) == TimeWord::kPrep) {
    --p;  // "in the spring"
  }
  const TimeWord cue = Kind(p);
  Match m{p, i + 1, {TimeSpecKind::kSeason, 0, month}, false};
  if (cue == TimeWord::kPast) {
    m.spec.direction = TimeDirection::kStrictlyBefore;
  } else if (cue == TimeWord::kNext) {
    m.spec.direction = TimeDirection::kStrictlyAfter;
  } else if (cue == TimeWord::kThis) {
    m.spec = {TimeSpecKind::kRelativeYear};  // "this fall": this year's
  } else if ((w != "fall" && cue == TimeWord::kPrep &&
              In(Lower(p), {"in", "im", "during", "seit", "since", "bis",
                            "until", "over", "über"}))) {
    m.spec.direction = BareDirection(p, i + 1);
  } else {
    return std::nullopt;
  }
  return m;
}

}  // namespace dipgraph::extract::temporal
