// Tokenizer splits one sentence of English or German news into Tokens with
// byte offsets and folded norms (see extract/text_fold.h).
//
// Token rules:
// - Words: letters and digits. Internal apostrophes stay ("O'Brien"), but a
//   possessive "'s" (or "’s", or a bare "'" after s) is its own token
//   ("Russia's" -> "Russia" "'s").
// - Hyphenated compounds stay ONE token whose norm keeps the hyphen
//   ("US-Außenminister" -> norm "us-aussenminister", "21-Jähriger"). Their
//   parts are exposed by CompoundParts(); Token::hyphenated marks them.
//   A trailing hyphen of a suspended compound ("Menschenrechtsverpflichtungen
//   und -zusagen") is not part of either word.
// - Abbreviations keep their period: initials and dotted acronyms ("W.",
//   "U.S.", "z.B.", "H.W."), and known short forms ("Mr.", "Dr.", "Gen.",
//   "Jan.", "bzw.", "Nr.", "St.", "ca."). IsAbbreviation() names them for the
//   sentence splitter.
// - Numbers: digits with internal "." "," ":" ("1.000", "3.5", "10:30").
//   An ordinal period ("21. April") is a separate punctuation token.
// - Everything else is one punctuation token per code point.
//
// Thread-safety: all functions are thread-safe.

#ifndef DIPGRAPH_EXTRACT_TOKENIZER_H_
#define DIPGRAPH_EXTRACT_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/sentence.h"

namespace dipgraph::extract {

// Tokenizes `text`; offsets are relative to text.
std::vector<Token> Tokenize(std::string_view text);

// One hyphen-separated part of a compound token.
struct TokenPart {
  uint32_t start = 0;  // byte offsets into the same text as the token
  uint32_t end = 0;
  std::string norm;    // folded
};

// The hyphen-separated parts of `token` ("US-Außenminister" -> "us",
// "aussenminister"); a token without a hyphen yields itself as one part.
// `text` is the text the token's offsets refer to.
std::vector<TokenPart> CompoundParts(std::string_view text, const Token& token);

// True for folded short forms that are written with a final period and do
// not end a sentence by themselves ("mr", "dr", "gen", "bzw", "jan").
bool IsAbbreviation(std::string_view folded_word);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_TOKENIZER_H_
