// TimeScanner splits one sentence into the small tokens the temporal tagger
// matches on: runs of letters, runs of digits and single punctuation marks,
// each with its byte range and a lower-cased view. It is deliberately
// simpler than the pipeline's tokenizer: "21.4.2024" becomes five tokens
// whose adjacency (no space between them) the date patterns test, and
// "Monday's" becomes "Monday", "'", "s".
//
// Lower-casing folds ASCII and the German capitals Ä, Ö, Ü (same byte
// length in UTF-8), so every token's lower-cased view has the same byte
// offsets as the original text. No allocation per token.
//
// Thread-safety: ScannedText is a plain value; Scan() is a pure function.

#ifndef DIPGRAPH_EXTRACT_TEMPORAL_SCANNER_H_
#define DIPGRAPH_EXTRACT_TEMPORAL_SCANNER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dipgraph::extract {

enum class TimeTokenKind { kWord, kNumber, kPunct };

struct TimeToken {
  uint32_t start = 0;  // byte range in the sentence, [start, end)
  uint32_t end = 0;
  TimeTokenKind kind = TimeTokenKind::kWord;
  bool capitalized =
      false;       // first byte is an upper-case letter (ASCII or Ä/Ö/Ü)
  int value = -1;  // numeric value for kNumber (capped), else -1
};

struct ScannedText {
  std::string_view text;  // the sentence; not owned
  std::string lower;      // lower-cased copy, byte-aligned with `text`
  std::vector<TimeToken> tokens;

  // Lower-cased text of token `i`. REQUIRES: i < tokens.size().
  std::string_view Lower(size_t i) const {
    return std::string_view(lower).substr(tokens[i].start,
                                          tokens[i].end - tokens[i].start);
  }
  // True when tokens i and i+1 touch (no byte between them).
  bool Adjacent(size_t i) const {
    return i + 1 < tokens.size() && tokens[i].end == tokens[i + 1].start;
  }
  bool IsPunct(size_t i, char c) const {
    return i < tokens.size() && tokens[i].kind == TimeTokenKind::kPunct &&
           tokens[i].end - tokens[i].start == 1 && text[tokens[i].start] == c;
  }
};

// Scans `text`. Dashes, quotes and other marks of the Unicode General
// Punctuation block (U+2000..U+206F) and « » are single punctuation tokens;
// no-break spaces are spaces; other non-ASCII characters are letters.
ScannedText Scan(std::string_view text);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_TEMPORAL_SCANNER_H_
