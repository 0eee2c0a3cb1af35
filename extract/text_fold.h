// Case and accent folding for matching names in English and German text,
// plus the small UTF-8 helpers the text front end shares. Folding maps a
// string to lower case, removes accents (é -> e), folds umlauts to their base
// letters (ä -> a, ö -> o, ü -> u) and expands ß to "ss", so that
// "Außenminister", "Aussenminister" and "AUSSENMINISTER" all fold to
// "aussenminister", and "Alijew"/"Alíjew" compare equal. Typographic
// apostrophes fold to "'" and dashes to "-".
//
// ASCII input takes a fast path; other code points below U+0250 use a table
// computed once from ICU, the rest go through ICU directly.
//
// Thread-safety: all functions are thread-safe.

#ifndef DIPGRAPH_EXTRACT_TEXT_FOLD_H_
#define DIPGRAPH_EXTRACT_TEXT_FOLD_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dipgraph::extract {

// Decodes the code point starting at text[*pos] and advances *pos past it.
// Invalid or truncated sequences yield U+FFFD and advance by one byte.
// REQUIRES: *pos < text.size().
char32_t DecodeUtf8(std::string_view text, size_t* pos);

// Appends the UTF-8 encoding of `c` to *out.
void AppendUtf8(char32_t c, std::string* out);

// Character classes (Unicode-aware; ASCII fast path).
bool IsLetter(char32_t c);
bool IsDigit(char32_t c);
bool IsUpper(char32_t c);
bool IsLower(char32_t c);
bool IsSpace(char32_t c);  // includes no-break and other Unicode spaces
bool IsDash(char32_t c);   // - – — ‐ ‑ ‒ −

// Appends the folded form of `text` to *out.
void AppendFolded(std::string_view text, std::string* out);

// Returns the folded form of `text`.
std::string Fold(std::string_view text);

// True if the first code point of `text` is an upper-case letter.
bool StartsUpper(std::string_view text);

// True if `text` has at least two letters and none of them is lower case
// ("NATO", "U.S.", "UN").
bool IsAllCaps(std::string_view text);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_TEXT_FOLD_H_
