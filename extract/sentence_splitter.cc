#include "extract/sentence_splitter.h"

#include <array>
#include <string>

#include "extract/text_fold.h"
#include "extract/tokenizer.h"

namespace dipgraph::extract {

namespace {

// Folded words that typically open a sentence; after a dotted acronym
// ("U.S.") only these make the period a sentence end.
constexpr std::array<std::string_view, 40> kSentenceOpeners = {
    "the",  "a",     "an",    "he",   "she",   "it",    "they",  "we",
    "i",    "in",    "but",   "this", "that",  "there", "on",    "at",
    "for",  "after", "its",   "his",  "their", "if",    "when",  "while",
    "der",  "die",   "das",   "er",   "sie",   "es",    "ein",   "eine",
    "im",   "am",    "auch",  "doch", "aber",  "nach",  "dies",  "wir"};

constexpr std::array<std::string_view, 30> kMonths = {
    "january", "february", "march",  "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december",
    "januar",  "februar",  "marz",   "mai",     "juni",     "juli",
    "oktober", "dezember", "jan",    "feb",     "mar",      "apr",
    "jun",     "jul",      "aug",    "sep",     "okt",      "nov"};

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

template <size_t N>
bool Contains(const std::array<std::string_view, N>& set, std::string_view w) {
  for (std::string_view s : set) {
    if (s == w) return true;
  }
  return false;
}

bool IsClosing(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2019 ||
         c == 0xBB || c == 0xAB || c == ')' || c == ']' || c == 0x2039 || c == 0x203A;
}

bool IsOpening(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201E || c == 0x201C || c == 0x2018 ||
         c == 0xAB || c == 0xBB || c == '(' || c == '[' || c == 0x201A;
}

// The folded word starting at `pos` (letters only), e.g. the next sentence's
// first word.
std::string WordAt(std::string_view text, size_t pos, size_t end) {
  size_t i = pos;
  while (i < end) {
    size_t p = i;
    char32_t c = DecodeUtf8(text, &p);
    if (!IsLetter(c)) break;
    i = p;
  }
  return Fold(text.substr(pos, i - pos));
}

// Decides whether the period at `dot` (followed by white space and the
// capitalised word at `next`) ends a sentence.
bool PeriodEnds(std::string_view text, size_t range_start, size_t dot, size_t next,
                size_t range_end) {
  // The word before the period, including internal periods ("U.S", "z.B").
  size_t ws = dot;
  while (ws > range_start) {
    unsigned char b = static_cast<unsigned char>(text[ws - 1]);
    if (b == ' ' || b == '\t' || b == '\n' || b == '(' || b == '"') break;
    --ws;
  }
  std::string_view word = text.substr(ws, dot - ws);
  if (word.empty()) return true;
  std::string folded = Fold(word);
  std::string next_word = WordAt(text, next, range_end);
  bool digits = !folded.empty();
  int letters = 0;
  for (char ch : folded) {
    if (ch < '0' || ch > '9') digits = false;
    if ((ch >= 'a' && ch <= 'z') || static_cast<unsigned char>(ch) >= 0x80) ++letters;
  }
  if (digits) {
    if (Contains(kMonths, next_word)) return false;
    return folded.size() > 2 || Contains(kSentenceOpeners, next_word);
  }
  if (folded.find('.') != std::string::npos) {  // dotted acronym
    return Contains(kSentenceOpeners, next_word);
  }
  if (letters == 1 && folded.size() <= 2) return false;  // an initial
  if (IsAbbreviation(folded)) return false;
  // "No. 5", "Nr. 5", "Art. 5": a number after the period continues.
  if (next_word.empty() && (folded == "no" || folded == "nr" || folded == "art")) return false;
  return true;
}

}  // namespace

uint32_t DatelineLength(std::string_view s) {
  constexpr size_t kMaxDateline = 80;
  size_t i = 0;
  int words = 0;
  bool in_paren = false;
  while (i < s.size() && i < kMaxDateline) {
    size_t p = i;
    char32_t c = DecodeUtf8(s, &p);
    if (c == ' ' || c == 0xA0) {
      i = p;
      continue;
    }
    if (IsDash(c) && c != 0x2010 && c != 0x2011) {
      // The dash must stand between spaces after at least one place word.
      if (words == 0 || in_paren || i == 0 || s[i - 1] != ' ') return 0;
      size_t q = p;
      size_t before = q;
      while (q < s.size()) {
        size_t r = q;
        char32_t d = DecodeUtf8(s, &r);
        if (!IsSpace(d)) break;
        q = r;
      }
      return q > before ? static_cast<uint32_t>(q) : 0;
    }
    if (c == '(') {
      in_paren = true;
      i = p;
      continue;
    }
    if (c == ')') {
      in_paren = false;
      ++words;
      i = p;
      continue;
    }
    if (c == '/' || c == ',' || c == '.') {
      i = p;
      continue;
    }
    if (IsLetter(c) || IsDigit(c)) {
      size_t w = i;
      while (w < s.size()) {
        size_t q = w;
        char32_t d = DecodeUtf8(s, &q);
        if (!(IsLetter(d) || IsDigit(d) || d == '-' || d == '.')) break;
        w = q;
      }
      if (!in_paren && IsLetter(c) && !IsUpper(c)) return 0;  // lower-case word
      if (!in_paren && ++words > 5) return 0;
      i = w;
      continue;
    }
    return 0;
  }
  return 0;
}

std::vector<SentenceSpan> SplitSentences(std::string_view text,
                                         const std::vector<TextRange>& ranges) {
  std::vector<SentenceSpan> out;
  auto emit = [&](size_t start, size_t end) {
    while (start < end && IsSpaceByte(text[start])) ++start;
    while (end > start && IsSpaceByte(text[end - 1])) --end;
    if (start >= end) return;
    SentenceSpan span;
    span.start = static_cast<uint32_t>(start);
    span.end = static_cast<uint32_t>(end);
    span.dateline_end = DatelineLength(text.substr(start, end - start));
    if (span.dateline_end >= end - start) span.dateline_end = 0;
    out.push_back(span);
  };
  for (const TextRange& r : ranges) {
    size_t sentence_start = r.start;
    size_t i = r.start;
    while (i < r.end) {
      size_t p = i;
      char32_t c = DecodeUtf8(text, &p);
      if (c != '.' && c != '!' && c != '?') {
        i = p;
        continue;
      }
      size_t dot = i;
      size_t j = p;
      // Further terminators and closing quotes belong to this sentence.
      while (j < r.end) {
        size_t q = j;
        char32_t d = DecodeUtf8(text, &q);
        if (d == '.' || d == '!' || d == '?' || IsClosing(d)) {
          j = q;
        } else {
          break;
        }
      }
      i = j;
      if (j >= r.end) break;
      size_t k = j;
      bool space = false;
      while (k < r.end) {
        size_t q = k;
        char32_t d = DecodeUtf8(text, &q);
        if (!IsSpace(d)) break;
        space = true;
        k = q;
      }
      if (!space || k >= r.end) continue;
      size_t q = k;
      char32_t n = DecodeUtf8(text, &q);
      bool ends = false;
      if (IsUpper(n) || IsOpening(n) || IsDash(n)) {
        ends = c != '.' || PeriodEnds(text, sentence_start, dot, IsUpper(n) ? k : q, r.end);
      } else if (IsDigit(n)) {
        ends = c != '.' || PeriodEnds(text, sentence_start, dot, k, r.end);
      }
      if (ends) {
        emit(sentence_start, j);
        sentence_start = k;
      }
    }
    emit(sentence_start, r.end);
  }
  return out;
}

}  // namespace dipgraph::extract
