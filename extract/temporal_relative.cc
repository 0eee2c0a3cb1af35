#include "extract/temporal_matcher.h"

namespace dipgraph::extract::temporal {

namespace {

// The spec of a count of units back from the anchor: "two days ago",
// "vor drei Wochen".
TimeSpec UnitsAgo(int unit, int n) {
  TimeSpec spec;
  switch (unit) {
    case kUnitDay:
      spec.kind = TimeSpecKind::kDaysAgo;
      spec.offset = n;
      break;
    case kUnitWeek:
      spec.kind = TimeSpecKind::kWeeksAgo;
      spec.offset = n;
      break;
    case kUnitMonth:
      spec.kind = TimeSpecKind::kRelativeMonth;
      spec.offset = -n;
      break;
    default:
      spec.kind = TimeSpecKind::kRelativeYear;
      spec.offset = -n;
      break;
  }
  return spec;
}

}  // namespace

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

// Unit words: "last week", "this year", "im vergangenen Jahr", "Ende
// letzten Jahres", "Anfang des Monats", "two days ago", "vor drei Wochen",
// "at the weekend", "am Wochenende".
std::optional<Match> Tagger::AtUnit(size_t i) {
  const TimeWordInfo u = info_[i];
  // "N units ago".
  if (lang_ == Lang::kEn && Kind(i + 1) == TimeWord::kAgo && i > 0 &&
      Avail(i - 1) && u.value != kUnitWeekend) {
    const size_t p = i - 1;
    const int n = Count(p);
    if (n > 0) {
      Match m{p, i + 2, {}, false};
      m.spec = UnitsAgo(u.value, n);
      return m;
    }
  }
  // "vor N Units" with optional hedges ("vor mehr als einem Jahr").
  if (lang_ == Lang::kDe && i > 1 && Avail(i - 1) && u.value != kUnitWeekend) {
    const size_t p = i - 1;
    const int n = Count(p);
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
      m.spec = UnitsAgo(u.value, n);
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

}  // namespace dipgraph::extract::temporal
