#include "extract/temporal_matcher.h"

namespace dipgraph::extract::temporal {

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
// English looks left for "will", "is to", "due", "scheduled" or a verb of
// a timetable in the present ("leaves on Saturday"); German
// looks both ways for "will", "wird", "soll", "plant" (the finite or
// clause-final verb).
bool Tagger::FutureCue(size_t first, size_t last) const {
  if (lang_ == Lang::kEn) {
    size_t j = first;
    for (int steps = 0; steps < 12 && j > 0; ++steps) {
      --j;
      if (Boundary(j)) break;
      const std::string_view w = Lower(j);
      if (IsFutureCueWord(w, lang_)) return true;
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
  auto cue = [&](size_t j) { return IsFutureCueWord(Lower(j), lang_); };
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

}  // namespace dipgraph::extract::temporal
