// The temporal tagger finds time expressions in one English or German
// sentence and resolves each to a calendar date of honest granularity
// (day, month or year), anchored on the article's publication date.
//
// It covers absolute dates ("April 21, 2024", "21. April 2024",
// "21.4.2024", "2024-04-21", "April 2024", "in 2015", "im Jahr 1987"),
// month names with a cue ("in April", "Mitte Mai", "im vergangenen
// September"), weekdays ("on Sunday", "am Sonntagabend", "next Tuesday",
// "Thursday's meeting"), relative days, weeks, months and years ("gestern",
// "last week", "Ende letzten Jahres", "vor zwei Tagen", "two days ago"),
// weekends, and the explicit "unknown time" markers ("did not say when",
// "gab nicht an, wann", "nannte keinen Termin"), which come back with
// unknown_marker set and an unknown date. How relative expressions are
// anchored is documented in extract/temporal_resolver.h.
//
// A bare four-digit number is a year only between 1900 and 2099 and after
// a cue word (in, since, until, im, seit, bis, Ende, Jahr, ...) or a month
// name; "1.000 Kilometer", "1987/88" and "$2024 million" are not years.
//
// The scan is hand-written over small tokens (no regular expressions) so
// it can run over every sentence of a large corpus.
//
// Thread-safety: TagTimes() is a pure function, safe to call concurrently.

#ifndef DIPGRAPH_EXTRACT_TEMPORAL_TAGGER_H_
#define DIPGRAPH_EXTRACT_TEMPORAL_TAGGER_H_

#include <optional>
#include <string_view>
#include <vector>

#include "base/civil_date.h"
#include "extract/sentence.h"

namespace dipgraph::extract {

// Returns the time expressions of `sentence_text`, sorted by start and not
// overlapping, with byte offsets into `sentence_text`. Each date has basis
// kText and expr set to the expression's text; relative expressions give
// known == false when `published` is nullopt.
std::vector<TimeExpression> TagTimes(std::string_view sentence_text, Lang lang,
                                     std::optional<base::CivilDay> published);

// Fills `sentence->times` from `sentence->text`.
// REQUIRES: sentence != nullptr.
void TagSentenceTimes(Sentence* sentence, Lang lang,
                      std::optional<base::CivilDay> published);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_TEMPORAL_TAGGER_H_
