#include "extract/temporal_tagger.h"

#include <optional>
#include <string>
#include <utility>

#include "extract/temporal_lexicon.h"
#include "extract/temporal_resolver.h"
#include "extract/temporal_scanner.h"

namespace dipgraph::extract {

namespace {

// A matched expression: tokens [first, last) and what they mean.
struct Match {
  size_t first = 0;
  size_t last = 0;
  TimeSpec spec;
  bool unknown_marker = false;
};

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (w == s) return true;
  }
  return false;
}

// One pass over one sentence. Heads (a month name, a number, a weekday, a
// unit word, ...) start a match; each matcher looks left for modifiers
// ("last", "im vergangenen") and right for completions ("21, 2024").
// Tokens before `floor_` belong to an earlier match and are not reused.
class Tagger {
 public:
  Tagger(std::string_view text, Lang lang) : st_(Scan(text)), lang_(lang) {
    info_.resize(st_.tokens.size());
    for (size_t i = 0; i < st_.tokens.size(); ++i) {
      if (st_.tokens[i].kind == TimeTokenKind::kWord) {
        info_[i] = LookupTimeWord(st_.Lower(i), lang_);
      }
    }
  }

  const ScannedText& scanned() const { return st_; }

  std::vector<Match> Run() {
    std::vector<Match> out;
    const size_t n = st_.tokens.size();
    for (size_t i = 0; i < n;) {
      std::optional<Match> m = TryAt(i);
      if (!m) {
        ++i;
        continue;
      }
      if (!m->unknown_marker) m->first = ExtendBack(m->first);
      // English possessives: "last week's", "Thursday's".
      if (lang_ == Lang::kEn && !m->unknown_marker && m->last < n &&
          Apostrophe(m->last) && st_.Adjacent(m->last - 1) &&
          st_.Adjacent(m->last) && Lower(m->last + 1) == "s") {
        m->last += 2;
      }
      out.push_back(*m);
      floor_ = m->last;
      i = m->last;
    }
    return out;
  }

 private:
  size_t size() const { return st_.tokens.size(); }
  // True when token j exists and is not part of an earlier match.
  bool Avail(size_t j) const { return j >= floor_ && j < size(); }
  TimeWord Kind(size_t j) const {
    return j < size() ? info_[j].kind : TimeWord::kNone;
  }
  std::string_view Lower(size_t j) const {
    return j < size() ? st_.Lower(j) : std::string_view();
  }
  bool IsWord(size_t j) const {
    return j < size() && st_.tokens[j].kind == TimeTokenKind::kWord;
  }
  bool IsNumber(size_t j) const {
    return j < size() && st_.tokens[j].kind == TimeTokenKind::kNumber;
  }
  size_t Digits(size_t j) const {
    return st_.tokens[j].end - st_.tokens[j].start;
  }
  int Value(size_t j) const { return st_.tokens[j].value; }
  bool Punct(size_t j, char c) const { return st_.IsPunct(j, c); }
  bool Apostrophe(size_t j) const {
    if (Punct(j, '\'')) return true;
    return j < size() && st_.tokens[j].kind == TimeTokenKind::kPunct &&
           (Lower(j) == "\xE2\x80\x99" || Lower(j) == "\xE2\x80\x98");
  }
  // Clause boundary for the tense test: , ; : ( ) and dashes/quotes.
  bool Boundary(size_t j) const {
    if (st_.tokens[j].kind != TimeTokenKind::kPunct) return false;
    if (Apostrophe(j)) return false;
    const std::string_view t = Lower(j);
    if (t.size() > 1) return true;
    return In(t, {",", ";", ":", "(", ")", "\"", "!", "?"});
  }

  // A number usable as a day of the month: 1-2 digits, 1..31.
  bool IsDay(size_t j) const {
    return IsNumber(j) && Digits(j) <= 2 && Value(j) >= 1 && Value(j) <= 31;
  }
  // A four-digit year between 1800 and 2199 not followed by ",000" etc.
  bool IsYear(size_t j) const {
    if (!IsNumber(j) || Digits(j) != 4) return false;
    if (Value(j) < 1800 || Value(j) > 2199) return false;
    if (st_.Adjacent(j) &&
        (Punct(j + 1, ',') || Punct(j + 1, '.') || Punct(j + 1, '/')) &&
        st_.Adjacent(j + 1) && IsNumber(j + 2)) {
      return false;
    }
    return true;
  }
  bool OrdinalSuffix(size_t j) const {
    return lang_ == Lang::kEn && IsWord(j) &&
           In(Lower(j), {"st", "nd", "rd", "th"});
  }

  // English past tense ("met", "visited") not part of a passive ("will be
  // held", "will be visited"): ends a future clause when scanning left.
  bool PastVerb(size_t j) const {
    const std::string_view w = Lower(j);
    const bool past = (w.size() > 4 && w.substr(w.size() - 2) == "ed" &&
                       w != "scheduled" && w != "expected" && w != "planned") ||
                      In(w, {"met", "spoke", "held", "took", "went", "gave",
                             "made", "came", "began", "saw", "won", "lost",
                             "left", "sent", "fought", "struck", "hit"});
    if (!past) return false;
    return !(j > 0 && In(Lower(j - 1), {"be", "been", "being", "is", "are",
                                        "was", "were", "get", "gets"}));
  }

  std::optional<Match> TryAt(size_t i);
  std::optional<Match> AtMonth(size_t i);
  std::optional<Match> AtNumber(size_t i);
  std::optional<Match> AtWeekday(size_t i, int weekday);
  std::optional<Match> AtUnit(size_t i);
  std::optional<Match> AtRelDay(size_t i);
  std::optional<Match> AtDayPart(size_t i);
  std::optional<Match> AtUnknown(size_t i);
  std::optional<Match> AtHoliday(size_t i);
  std::optional<Match> AtSeason(size_t i);
  std::optional<Match> DateAt(size_t k);
  size_t ExtendBack(size_t first) const;
  bool FutureCue(size_t first, size_t last) const;
  TimeDirection BareDirection(size_t first, size_t last) const {
    return FutureCue(first, last) ? TimeDirection::kFirstOnOrAfter
                                  : TimeDirection::kLatestOnOrBefore;
  }

  ScannedText st_;
  Lang lang_;
  std::vector<TimeWordInfo> info_;
  size_t floor_ = 0;
};

std::optional<Match> Tagger::TryAt(size_t i) {
  if (IsNumber(i)) return AtNumber(i);
  if (!IsWord(i)) return std::nullopt;
  // Compounds: "Sonntag-Ausgabe", "Vorjahres-Dritte", "Monday-Friday".
  if (st_.Adjacent(i) && Punct(i + 1, '-') && st_.Adjacent(i + 1) &&
      IsWord(i + 2)) {
    return std::nullopt;
  }
  switch (info_[i].kind) {
    case TimeWord::kMonth:
      return AtMonth(i);
    case TimeWord::kWeekday:
      return AtWeekday(i, info_[i].value);
    case TimeWord::kUnit:
      return AtUnit(i);
    case TimeWord::kRelDay:
      return AtRelDay(i);
    case TimeWord::kDayPart:
      return AtDayPart(i);
    default:
      break;
  }
  const std::string_view w = Lower(i);
  if (std::optional<Match> h = AtHoliday(i)) return h;
  if (std::optional<Match> h = AtSeason(i)) return h;
  if (lang_ == Lang::kDe) {
    if (st_.tokens[i].capitalized && w.size() >= 8) {
      const int wd = GermanWeekdayCompound(w);
      if (wd >= 0) return AtWeekday(i, wd);
    }
    if (w == "vorjahr" || w == "vorjahres") {
      Match m{i, i + 1, {}, false};
      m.spec.kind = TimeSpecKind::kRelativeYear;
      m.spec.offset = -1;
      return m;
    }
    if (In(w, {"wann", "termin", "datum", "zeitpunkt"})) return AtUnknown(i);
  } else if (In(w, {"when", "date"})) {
    return AtUnknown(i);
  }
  return std::nullopt;
}

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

// "Sunday", "on Sunday", "last Sunday", "next Tuesday", "Sunday night",
// "Thursday's", "am Sonntagabend", "kommenden Dienstag", "Monday, March 23".
std::optional<Match> Tagger::AtWeekday(size_t i, int weekday) {
  if (!st_.tokens[i].capitalized) return std::nullopt;
  if (lang_ == Lang::kEn) {
    if (i > 0 &&
        In(Lower(i - 1), {"good", "black", "super", "ash", "holy", "bloody",
                          "easter", "palm", "cyber", "maundy", "shrove"})) {
      return std::nullopt;
    }
    if (In(Lower(i + 1), {"times", "telegraph", "express", "mirror", "herald",
                          "post", "mail", "observer", "tribune"})) {
      return std::nullopt;
    }
  }
  // "ein sonniger Samstag", "jeden Sonntag", "every Monday": no one day.
  for (size_t back = 1; back <= 2 && back <= i; ++back) {
    if (In(Lower(i - back),
           {"ein", "einen", "einem", "einer", "eines", "jeden", "jedem",
            "jeder", "jedes", "kein", "every", "each", "a"})) {
      return std::nullopt;
    }
  }
  size_t last = i + 1;
  if (Kind(last) == TimeWord::kDayPart) ++last;  // "Sunday night"

  if (lang_ == Lang::kEn && Apostrophe(last) && st_.Adjacent(last - 1) &&
      Lower(last + 1) == "s") {
    last += 2;
  }
  // An explicit date after the weekday decides: "Monday, March 23".
  {
    size_t k = last;
    if (Punct(k, ',')) ++k;
    if (Kind(k) == TimeWord::kArticle) ++k;
    const size_t saved_floor = floor_;
    floor_ = k;
    std::optional<Match> d = DateAt(k);
    floor_ = saved_floor;
    if (d) {
      d->first = i;
      return d;
    }
  }
  Match m{i, last, {}, false};
  m.spec.kind = TimeSpecKind::kWeekday;
  m.spec.weekday = weekday;
  const size_t p = i - 1;
  if (i > 0 && Avail(p) && Kind(p) == TimeWord::kPast) {
    m.first = p;
    m.spec.direction = TimeDirection::kStrictlyBefore;
  } else if (i > 0 && Avail(p) && Kind(p) == TimeWord::kNext) {
    m.first = p;
    m.spec.direction = TimeDirection::kStrictlyAfter;
  } else {
    if (i > 0 && Avail(p) && Kind(p) == TimeWord::kThis) m.first = p;
    m.spec.direction = BareDirection(m.first, m.last);
  }
  return m;
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

// Unit words: "last week", "this year", "im vergangenen Jahr", "Ende
// letzten Jahres", "Anfang des Monats", "two days ago", "vor drei Wochen",
// "at the weekend", "am Wochenende".
std::optional<Match> Tagger::AtUnit(size_t i) {
  const TimeWordInfo u = info_[i];
  // "N units ago".
  if (lang_ == Lang::kEn && Kind(i + 1) == TimeWord::kAgo && i > 0 &&
      Avail(i - 1) && u.value != kUnitWeekend) {
    const size_t p = i - 1;
    int n = 0;
    if (Kind(p) == TimeWord::kNumber) n = info_[p].value;
    if (IsNumber(p) && Digits(p) <= 3) n = Value(p);
    if (n > 0) {
      Match m{p, i + 2, {}, false};
      switch (u.value) {
        case kUnitDay:
          m.spec.kind = TimeSpecKind::kDaysAgo;
          m.spec.offset = n;
          break;
        case kUnitWeek:
          m.spec.kind = TimeSpecKind::kWeeksAgo;
          m.spec.offset = n;
          break;
        case kUnitMonth:
          m.spec.kind = TimeSpecKind::kRelativeMonth;
          m.spec.offset = -n;
          break;
        default:
          m.spec.kind = TimeSpecKind::kRelativeYear;
          m.spec.offset = -n;
          break;
      }
      return m;
    }
  }
  // "vor N Units" with optional hedges ("vor mehr als einem Jahr").
  if (lang_ == Lang::kDe && i > 1 && Avail(i - 1) && u.value != kUnitWeekend) {
    const size_t p = i - 1;
    int n = 0;
    if (Kind(p) == TimeWord::kNumber) n = info_[p].value;
    if (IsNumber(p) && Digits(p) <= 3) n = Value(p);
    size_t v = p - 1;
    for (int hedges = 0;
         hedges < 2 && v > 0 && Avail(v) &&
         In(Lower(v), {"mehr", "als", "über", "knapp", "fast", "rund", "etwa",
                       "gut", "genau", "gerade", "nur", "exakt"});
         ++hedges) {
      --v;
    }
    if (n > 0 && Avail(v) && Lower(v) == "vor" && (u.plural || n == 1)) {
      Match m{v, i + 1, {}, false};
      switch (u.value) {
        case kUnitDay:
          m.spec.kind = TimeSpecKind::kDaysAgo;
          m.spec.offset = n;
          break;
        case kUnitWeek:
          m.spec.kind = TimeSpecKind::kWeeksAgo;
          m.spec.offset = n;
          break;
        case kUnitMonth:
          m.spec.kind = TimeSpecKind::kRelativeMonth;
          m.spec.offset = -n;
          break;
        default:
          m.spec.kind = TimeSpecKind::kRelativeYear;
          m.spec.offset = -n;
          break;
      }
      return m;
    }
  }
  if (u.plural || i == 0 || !Avail(i - 1)) return std::nullopt;
  const size_t p = i - 1;
  Match m{p, i + 1, {}, false};
  int offset = 0;
  TimeDirection dir = TimeDirection::kLatestOnOrBefore;
  const TimeWord k = Kind(p);
  if (k == TimeWord::kPast) {
    // "the last year" is a duration, not last year.
    if (lang_ == Lang::kEn && p > 0 && Lower(p - 1) == "the") {
      return std::nullopt;
    }
    offset = -1;
    dir = TimeDirection::kStrictlyBefore;
  } else if (k == TimeWord::kNext) {
    if (lang_ == Lang::kEn && p > 0 && Lower(p - 1) == "the") {
      return std::nullopt;
    }
    offset = 1;
    dir = TimeDirection::kStrictlyAfter;
  } else if (k == TimeWord::kThis ||
             // "Anfang des Monats", "the end of the year", "at the weekend".
             (k == TimeWord::kArticle && p > 0 && Avail(p - 1) &&
              (Kind(p - 1) == TimeWord::kPartOf ||
               (Lower(p - 1) == "of" && p > 1 &&
                Kind(p - 2) == TimeWord::kPartOf) ||
               (u.value == kUnitWeekend && Kind(p - 1) == TimeWord::kPrep))) ||
             // "am Wochenende", "übers Wochenende".
             (u.value == kUnitWeekend && k == TimeWord::kPrep)) {
    dir = BareDirection(p, i + 1);
  } else {
    return std::nullopt;
  }
  switch (u.value) {
    case kUnitWeek:
      m.spec.kind = TimeSpecKind::kRelativeWeek;
      break;
    case kUnitMonth:
      m.spec.kind = TimeSpecKind::kRelativeMonth;
      break;
    case kUnitYear:
      m.spec.kind = TimeSpecKind::kRelativeYear;
      break;
    case kUnitWeekend:
      m.spec.kind = TimeSpecKind::kWeekend;
      break;
    default:
      return std::nullopt;  // "this day", "letzten Tag"
  }
  m.spec.offset = offset;
  m.spec.direction = dir;
  // "this year's", "der Woche" need nothing more; a year number after
  // "im Jahr" is left to AtNumber.
  if (u.value == kUnitYear && IsYear(i + 1)) return std::nullopt;
  return m;
}

// "yesterday", "today", "gestern Abend", "vorgestern", "morgen früh".
std::optional<Match> Tagger::AtRelDay(size_t i) {
  const std::string_view w = Lower(i);
  if (lang_ == Lang::kDe && w == "morgen") {
    // "Morgen" is the morning; lower-case "morgen" is tomorrow.
    if (st_.tokens[i].capitalized) return std::nullopt;
    if (i > 0 && In(Lower(i - 1), {"am", "jeden", "den", "dem", "diesen",
                                   "eines", "guten", "einen", "von", "als"})) {
      // "am Morgen"; "das Publikum von morgen", "heute als morgen": figures.
      return std::nullopt;
    }
  }
  if (lang_ == Lang::kDe && w == "heute" && i > 0 && IsWord(i + 1) &&
      !st_.tokens[i + 1].capitalized &&
      In(Lower(i - 1), {"der", "die", "das", "den", "dem", "des", "seiner",
                        "seine", "seinen", "seinem", "ihre", "ihrer", "ihren",
                        "ihrem", "eine", "einer", "einem", "einen"})) {
    return std::nullopt;  // "seiner heute achtjährigen Tochter": nowadays
  }
  Match m{i, i + 1, {}, false};
  m.spec.kind = TimeSpecKind::kRelativeDay;
  m.spec.offset = info_[i].value;
  if (Kind(i + 1) == TimeWord::kDayPart ||
      (lang_ == Lang::kDe && Lower(i + 1) == "morgen" && w != "morgen")) {
    ++m.last;
  }
  return m;
}

// "last night", "this morning", "vergangene Nacht".
std::optional<Match> Tagger::AtDayPart(size_t i) {
  if (i == 0 || !Avail(i - 1)) return std::nullopt;
  Match m{i - 1, i + 1, {}, false};
  m.spec.kind = TimeSpecKind::kRelativeDay;
  if (Kind(i - 1) == TimeWord::kPast) {
    m.spec.offset = -1;
  } else if (Kind(i - 1) == TimeWord::kThis) {
    m.spec.offset = 0;
  } else {
    return std::nullopt;
  }
  return m;
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

// "did not say when", "it is unclear when", "gab nicht an, wann", "ließ
// offen, wann", "nannte keinen Termin", "gave no date".
std::optional<Match> Tagger::AtUnknown(size_t i) {
  const std::string_view w = Lower(i);
  auto find_negation = [&](size_t from, int window) -> std::optional<size_t> {
    size_t j = from;
    for (int steps = 0; steps < window && j > 0 && Avail(j - 1); ++steps) {
      --j;
      const std::string_view t = Lower(j);
      if (lang_ == Lang::kEn
              ? In(t, {"not", "never", "no", "didn", "wouldn", "couldn", "won",
                       "doesn", "don", "wasn", "isn", "declined", "refused"})
              : In(t, {"nicht", "kein", "keine", "keinen", "keinerlei"})) {
        return j;
      }
      if (j < size() && st_.tokens[j].kind == TimeTokenKind::kPunct &&
          !Apostrophe(j) && !Punct(j, ',')) {
        break;
      }
    }
    return std::nullopt;
  };
  if (w == "termin" || w == "datum" || w == "zeitpunkt" || w == "date") {
    if (i == 0 || !Avail(i - 1)) return std::nullopt;
    const std::string_view p = Lower(i - 1);
    if (In(p, {"keinen", "kein", "keine", "no"})) {
      return Match{i - 1, i + 1, {}, true};
    }
    if (lang_ == Lang::kEn && (p == "a" || p == "any") && i > 1 &&
        In(Lower(i - 2), {"give", "set", "provide", "specify", "offer"})) {
      if (auto neg = find_negation(i - 2, 3)) {
        return Match{*neg, i + 1, {}, true};
      }
    }
    return std::nullopt;
  }
  // "when" / "wann": find the verb or adjective before it.
  size_t v = i;
  while (v > 0 && Avail(v - 1) &&
         (Punct(v - 1, ',') ||
          In(Lower(v - 1), {"exactly", "precisely", "genau"}))) {
    --v;
  }
  if (v == 0 || !Avail(v - 1)) return std::nullopt;
  --v;
  const std::string_view verb = Lower(v);
  if (lang_ == Lang::kEn) {
    if (In(verb, {"unclear", "unknown", "uncertain"})) {
      return Match{v, i + 1, {}, true};
    }
    if (!In(verb,
            {"say",       "said",      "specify",   "specified", "disclose",
             "disclosed", "reveal",    "revealed",  "indicate",  "indicated",
             "clear",     "known",     "confirm",   "confirmed", "state",
             "stated",    "mention",   "mentioned", "know",      "elaborate",
             "announce",  "announced", "give",      "given"})) {
      return std::nullopt;
    }
  } else {
    if (In(verb, {"offen", "unklar", "unbekannt", "ungewiss", "ungeklärt"})) {
      return Match{v, i + 1, {}, true};
    }
    if (!In(verb, {"an", "mit", "sagen", "sagte", "sagten", "mitteilen",
                   "angeben", "nennen", "nannte", "preis", "bekannt", "klar",
                   "bekanntgeben", "gesagt", "mitgeteilt", "angegeben"})) {
      return std::nullopt;
    }
  }
  if (auto neg = find_negation(v, 5)) return Match{*neg, i + 1, {}, true};
  return std::nullopt;
}

// Extends a match leftwards over prepositions, part-of words and articles
// between them: "im" + "vergangenen September", "at the end of" + "March".
size_t Tagger::ExtendBack(size_t first) const {
  for (int steps = 0; steps < 4 && first > floor_; ++steps) {
    const size_t p = first - 1;
    const TimeWord k = Kind(p);
    if (k == TimeWord::kPrep || k == TimeWord::kPartOf) {
      first = p;
      continue;
    }
    if (k == TimeWord::kArticle && p > floor_ &&
        (Kind(p - 1) == TimeWord::kPrep || Kind(p - 1) == TimeWord::kPartOf)) {
      first = p;
      continue;
    }
    break;
  }
  return first;
}

// Whether the clause around tokens [first, last) speaks of the future:
// English looks left for "will", "is to", "due", "scheduled"; German
// looks both ways for "will", "wird", "soll", "plant" (the finite or
// clause-final verb).
bool Tagger::FutureCue(size_t first, size_t last) const {
  if (lang_ == Lang::kEn) {
    size_t j = first;
    for (int steps = 0; steps < 12 && j > 0; ++steps) {
      --j;
      if (Boundary(j)) break;
      const std::string_view w = Lower(j);
      if (In(w, {"will", "shall", "ll", "due", "scheduled", "expected", "plans",
                 "plan", "intends", "going", "tomorrow", "sometime"})) {
        return true;
      }
      // "agreed to meet ... in April": an intent verb before an infinitive.
      if (w == "to" && j > 0 &&
          In(Lower(j - 1),
             {"agreed",  "agree",    "agrees",  "promised", "pledged", "vowed",
              "hopes",   "hope",     "hoped",   "wants",    "want",    "wanted",
              "intend",  "intended", "decided", "planned",  "expects", "seeks",
              "offered", "invited",  "is",      "are",      "set"})) {
        return true;
      }
      if (In(w, {"said", "says", "told", "added", "announced", "reported",
                 "after", "when", "since"}) ||
          PastVerb(j)) {
        break;
      }
    }
    return false;
  }
  auto cue = [&](size_t j) {
    return In(Lower(j), {"will", "wollen", "wolle", "wird", "werden", "werde",
                         "soll", "sollen", "solle", "plant", "planen",
                         "geplant", "beabsichtigt", "voraussichtlich"});
  };
  // "soll am Montag getötet haben", "will ihn gesehen haben": a modal with
  // a perfect infinitive reports a claim about the past.
  auto perfect = [&](size_t j) {
    return In(Lower(j), {"haben", "sein", "worden"});
  };
  bool future = false;
  size_t j = first;
  for (int steps = 0; steps < 15 && j > 0; ++steps) {
    --j;
    if (Boundary(j)) break;
    if (perfect(j)) return false;
    future = future || cue(j);
  }
  for (size_t k = last, steps = 0; k < size() && steps < 20; ++k, ++steps) {
    if (Boundary(k)) break;
    if (perfect(k)) return false;
    future = future || cue(k);
  }
  return future;
}

}  // namespace

std::vector<TimeExpression> TagTimes(std::string_view sentence_text, Lang lang,
                                     std::optional<base::CivilDay> published) {
  Tagger tagger(sentence_text, lang);
  std::vector<Match> matches = tagger.Run();
  const ScannedText& st = tagger.scanned();
  std::vector<TimeExpression> out;
  out.reserve(matches.size());
  for (const Match& m : matches) {
    TimeExpression t;
    t.start = st.tokens[m.first].start;
    t.end = st.tokens[m.last - 1].end;
    t.unknown_marker = m.unknown_marker;
    if (!m.unknown_marker) {
      t.date = Resolve(m.spec, published);
      // Not a real date ("31. Februar", "29 February 2023"): drop it. A
      // relative expression without an anchor stays, unresolved.
      const bool absolute = m.spec.kind == TimeSpecKind::kAbsoluteDay ||
                            m.spec.kind == TimeSpecKind::kAbsoluteMonth ||
                            m.spec.kind == TimeSpecKind::kAbsoluteYear;
      if (!t.date.known && (absolute || published.has_value())) continue;
    }
    t.date.expr = std::string(sentence_text.substr(t.start, t.end - t.start));
    out.push_back(std::move(t));
  }
  return out;
}

void TagSentenceTimes(Sentence* sentence, Lang lang,
                      std::optional<base::CivilDay> published) {
  sentence->times = TagTimes(sentence->text, lang, published);
}

}  // namespace dipgraph::extract
