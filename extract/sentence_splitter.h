// SentenceSplitter cuts the kept ranges of an article field (see
// extract/text_cleaner.h) into sentences, for English and German news.
//
// A sentence ends at "." "!" "?" (with any closing quotes or brackets that
// follow, which belong to it: „…“, "…", «…», »…«) when white space and a
// capitalised word, digit or opening quote follow, and always at the end of
// a range (a paragraph break). A period does not end a sentence after
// initials ("George W. Bush"), known abbreviations ("Mr.", "Dr.", "Gen.",
// "Nr.", "z.B.", "bzw.", "ca.", "St.", "Jan."), a dotted acronym unless a
// typical sentence opener follows ("the U.S. The ..." splits, "U.S. officials"
// does not), or a one- or two-digit ordinal ("21. April", "am 2. Mai").
// Numbers with internal periods ("1.000", "3.5") never split.
//
// Each sentence also gets its dateline prefix measured ("WASHINGTON
// (Reuters) -", "Sanaa –", "Gaza/Jerusalem –", "(Reuters) –"): see
// Sentence::dateline_end.
//
// Thread-safety: thread-safe (pure functions).

#ifndef DIPGRAPH_EXTRACT_SENTENCE_SPLITTER_H_
#define DIPGRAPH_EXTRACT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/text_cleaner.h"

namespace dipgraph::extract {

struct SentenceSpan {
  uint32_t start = 0;         // byte offsets into the field text
  uint32_t end = 0;
  uint32_t dateline_end = 0;  // relative to start; 0 = no dateline
};

// Splits each of `ranges` (byte ranges of `text`) into sentences.
std::vector<SentenceSpan> SplitSentences(std::string_view text,
                                         const std::vector<TextRange>& ranges);

// Returns the length in bytes of a dateline prefix of `sentence` (including
// the dash and the space after it), or 0 if it has none.
uint32_t DatelineLength(std::string_view sentence);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_SENTENCE_SPLITTER_H_
