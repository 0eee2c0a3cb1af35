// Date attachment decides which of a sentence's time expressions (filled
// by TagTimes(), see extract/temporal_tagger.h) dates one event, given the
// byte range of the event's trigger, and falls back to the publication date
// when none does.
//
// Rules, in order:
//  1. Planned events (CAMEO root 03) carry the date of the announcement:
//     the nearest expression, not later than publication, of the
//     trigger's clause or of a clause with a verb of saying ("teilte am
//     Sonntag mit, dass sie sich nächste Woche treffen" -> Sunday), else
//     the publication date.
//  2. An explicit "unknown time" marker in the sentence ("gab nicht an,
//     wann das Telefonat stattfand") makes the date unknown, unless the
//     trigger's own clause holds an expression.
//  3. The nearest expression in the trigger's clause governs it. Clauses
//     end at , ; : ( ) dashes and quotes; in English also before "that",
//     "if", "when", "because", "although", "whether", "unless", "while"
//     and before "and"/"but" + a past-tense verb. A possessive expression
//     ("Monday's attack") dates only the noun right after it; in German an
//     expression more than six words after the trigger is taken to
//     modify a noun and is skipped.
//  4. Otherwise the nearest expression of another clause, preferring
//     main clauses to subordinate ones (those opened by a subordinator or
//     relative pronoun), skipping expressions that only bound a period
//     ("since 1991", "seit letztem Juli", "bis 2023"), those later than
//     the publication date, and those of a later "and + past verb"
//     clause.
//  5. Otherwise the article's news day when the caller passes one (basis
//     kText), else the publication date (basis kPublished, day
//     granularity), or unknown without one.
// The date's granularity is the expression's: a month stays a month.
//
// Thread-safety: pure functions.

#ifndef DIPGRAPH_EXTRACT_DATE_ATTACHMENT_H_
#define DIPGRAPH_EXTRACT_DATE_ATTACHMENT_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "base/civil_date.h"
#include "extract/sentence.h"
#include "graph/event_date.h"

namespace dipgraph::extract {

// Returns the date of the event whose trigger spans bytes
// [trigger_start, trigger_end) of `s.text`. `s.times` must already be
// filled (TagSentenceTimes). `planned` is true for announced or intended
// actions (root 03).
// REQUIRES: trigger_start <= trigger_end <= s.text.size().
graph::EventDate AttachDate(const Sentence& s, Lang lang,
                            uint32_t trigger_start, uint32_t trigger_end,
                            std::optional<base::CivilDay> published,
                            bool planned);

// As above, but an event that rule 5 would date by publication takes
// `news_day` instead when it is known (see NewsDay()).
graph::EventDate AttachDate(const Sentence& s, Lang lang,
                            uint32_t trigger_start, uint32_t trigger_end,
                            std::optional<base::CivilDay> published,
                            bool planned, const graph::EventDate& news_day);

// The day an article's news happened, when its lead says so: the first
// day-granular expression among the first `lead_sentences` sentences of
// the text field that is not after publication and at most a week before
// it ("Jerusalem – Am Montag griff ein Angreifer ... an", published on
// Tuesday). Agencies' follow-up sentences without a date of their own
// ("Der Angreifer wurde angeschossen") usually report the same day.
// Returns an unknown date when the lead names no such day. `sentences`
// must be tagged (TagSentenceTimes).
graph::EventDate NewsDay(const std::vector<Sentence>& sentences,
                         std::optional<base::CivilDay> published,
                         int lead_sentences = 3);

// True if the time expression `expr` (as written) points ahead of the
// publication date even when its resolved value, at a coarser
// granularity, contains that date: "next week" resolves to the current
// month. The extractor recodes such actions as announced intents (03).
// The words are the temporal lexicon's (extract/temporal_lexicon.h) for
// `lang`: a "next" word, a day word ahead ("tomorrow", "übermorgen"; not
// "am Morgen", the morning) or "later this".
bool PointsAhead(std::string_view expr, Lang lang);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_DATE_ATTACHMENT_H_
