// TextCleaner finds the parts of an article field that are news text, leaving
// out site boilerplate: advertising blocks ("Anzeige eines Drittanbieters",
// "Kein Angebot oder Empfehlung von Investing.com", "Anzeigen entfernen",
// "Advertisement"), scraper markers ("source site-20"), share/follow/link
// lines, bare URLs, and the trailing "Reuter"/"REUTER" wire signature.
//
// It does not rewrite the text: it returns the kept byte ranges of the
// ORIGINAL field, so later offsets stay offsets into that field. Each kept
// range is a paragraph (or the part of one before an inline ad marker); a
// range boundary always ends a sentence.
//
// Thread-safety: thread-safe (pure function).

#ifndef DIPGRAPH_EXTRACT_TEXT_CLEANER_H_
#define DIPGRAPH_EXTRACT_TEXT_CLEANER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace dipgraph::extract {

struct TextRange {
  uint32_t start = 0;  // [start, end) bytes
  uint32_t end = 0;
};

// Returns the kept paragraphs of `text` in order, each trimmed of surrounding
// white space; boilerplate paragraphs and empty or punctuation-only ones are
// left out.
std::vector<TextRange> CleanText(std::string_view text);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_TEXT_CLEANER_H_
