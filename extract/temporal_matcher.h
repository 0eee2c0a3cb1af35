// The matcher behind TagTimes() (extract/temporal_tagger.h): one pass over
// one scanned sentence that finds time expressions and says what they mean
// (a TimeSpec, still to be anchored). Internal to the temporal tagger; its
// matchers are split by kind over temporal_matcher.cc (driver, clause and
// tense tests), temporal_absolute.cc (dates, months, years, holidays,
// seasons) and temporal_relative.cc (weekdays, relative units, relative
// days, unknown-time markers).
//
// Thread-safety: a Tagger is used by one thread for one sentence.

#ifndef DIPGRAPH_EXTRACT_TEMPORAL_MATCHER_H_
#define DIPGRAPH_EXTRACT_TEMPORAL_MATCHER_H_

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/sentence.h"
#include "extract/temporal_lexicon.h"
#include "extract/temporal_resolver.h"
#include "extract/temporal_scanner.h"

namespace dipgraph::extract::temporal {

// A matched expression: tokens [first, last) and what they mean.
struct Match {
  size_t first = 0;
  size_t last = 0;
  TimeSpec spec;
  bool unknown_marker = false;
};

inline bool In(std::string_view w,
               std::initializer_list<std::string_view> set) {
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
  // The count a number word or a number of up to three digits gives
  // ("two", "zwei", "3"); 0 for anything else.
  int Count(size_t j) const {
    if (IsNumber(j) && Digits(j) <= 3) return Value(j);
    return Kind(j) == TimeWord::kNumber ? info_[j].value : 0;
  }
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

}  // namespace dipgraph::extract::temporal

#endif  // DIPGRAPH_EXTRACT_TEMPORAL_MATCHER_H_
