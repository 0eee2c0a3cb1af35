// The closed word classes the temporal tagger needs for English and German:
// month and weekday names (with abbreviations, Austrian "Jänner", German
// compounds such as "Sonntagabend"), number words, time units, the
// deictic modifiers "last/next/this" and "vergangen-/nächst-/dies-" in all
// their inflections, relative day words ("yesterday", "vorgestern"),
// prepositions that introduce a time adverbial, and part-of-period words
// ("early", "Mitte").
//
// Lookups take the lower-cased token text (see temporal_scanner.h).
//
// Thread-safety: the tables are built once on first use (function-local
// statics) and are read-only afterwards; all functions are safe to call
// concurrently.

#ifndef DIPGRAPH_EXTRACT_TEMPORAL_LEXICON_H_
#define DIPGRAPH_EXTRACT_TEMPORAL_LEXICON_H_

#include <string_view>

#include "extract/sentence.h"

namespace dipgraph::extract {

enum class TimeWord {
  kNone,
  kMonth,    // value 1..12; abbrev true for "Jan", "Sept", "Okt"
  kWeekday,  // value 0 = Monday .. 6 = Sunday
  kNumber,   // "two", "zwei", "einem": value
  kUnit,     // value: a TimeUnit
  kPast,     // "last", "vergangenen", "letzten", "vorigen"
  kNext,     // "next", "coming", "nächsten", "kommenden"
  kThis,     // "this", "diese", "diesem", "dieses", "laufenden"
  kRelDay,   // value: day offset; "today" 0, "gestern" -1, "tomorrow" 1
  kDayPart,  // "morning", "evening", "night", "abend", "nacht", "früh"
  kPartOf,   // "early", "mid", "late", "anfang", "mitte", "ende"; value:
             // the direction of "earlier" (-1) and "later" (1), else 0
  kPrep,     // "on", "in", "since", "am", "im", "seit", "bis"
  kAgo,      // "ago"
  kArticle,  // "the", "der", "des", "dem", "den"
};

enum TimeUnit { kUnitDay = 0, kUnitWeek, kUnitMonth, kUnitYear, kUnitWeekend };

struct TimeWordInfo {
  TimeWord kind = TimeWord::kNone;
  int value = 0;
  bool abbrev = false;  // months: an abbreviation ("Sept", "Okt")
  bool plural = false;  // units: "weeks", "Wochen", "Tagen"
};

// Classifies one lower-cased word of language `lang`.
TimeWordInfo LookupTimeWord(std::string_view lower, Lang lang);

// Words that make a time expression in their clause point ahead (English:
// to its left): "will", "due", "scheduled", "plans", present-tense verbs of
// a timetable ("Baldrige leaves on Saturday", "the conference opens on
// Monday"); German "wird", "soll", "plant", "voraussichtlich".
bool IsFutureCueWord(std::string_view lower, Lang lang);

// German weekday compounds: "sonntagabend", "montagmorgen", "dienstagfrüh",
// "freitagnachmittag" (and the plain name). Returns the weekday 0..6, or -1.
int GermanWeekdayCompound(std::string_view lower);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_TEMPORAL_LEXICON_H_
