#include "extract/tokenizer.h"

#include <array>
#include <string_view>

#include "extract/text_fold.h"

namespace dipgraph::extract {

namespace {

// Short forms that never end a sentence by themselves (titles, months,
// German abbreviations). Folded, without the period.
constexpr std::array<std::string_view, 44> kTitleAbbreviations = {
    "mr",   "mrs",  "ms",   "dr",   "prof", "gen",  "col",  "lt",  "sgt",
    "capt", "maj",  "adm",  "gov",  "sen",  "rep",  "st",   "mt",  "ft",
    "jan",  "feb",  "apr",  "jun",  "jul",  "aug",  "sep",  "sept", "oct",
    "nov",  "dec",  "bzw",  "ca",   "vgl",  "evtl", "ggf",  "inkl", "mio",
    "mrd",  "tsd",  "dt",   "abs",  "str",  "vs",   "hl",   "sog"};

// Short forms written with a period that may also end a sentence.
constexpr std::array<std::string_view, 9> kOtherAbbreviations = {
    "inc", "corp", "ltd", "co", "jr", "sr", "bros", "etc", "usw"};

// Abbreviations whose period belongs to them only before a number ("No. 2").
constexpr std::array<std::string_view, 2> kNumberAbbreviations = {"no", "nr"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& set, std::string_view w) {
  for (std::string_view s : set) {
    if (s == w) return true;
  }
  return false;
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// Hyphens that may join the parts of a compound (not en/em dashes).
bool IsJoiningHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

bool IsWordChar(char32_t c) { return IsLetter(c) || IsDigit(c); }

// The code point at `pos` (0 at the end) and the position after it.
char32_t PeekAt(std::string_view text, size_t pos, size_t* next) {
  if (pos >= text.size()) {
    *next = pos;
    return 0;
  }
  size_t p = pos;
  char32_t c = DecodeUtf8(text, &p);
  *next = p;
  return c;
}

class TokenizerImpl {
 public:
  explicit TokenizerImpl(std::string_view text) : text_(text) {}

  std::vector<Token> Run() {
    std::vector<Token> tokens;
    tokens.reserve(text_.size() / 5 + 1);
    size_t i = 0;
    while (i < text_.size()) {
      size_t next = 0;
      char32_t c = PeekAt(text_, i, &next);
      if (IsSpace(c)) {
        i = next;
        continue;
      }
      size_t start = i;
      TokenKind kind = TokenKind::kPunct;
      bool hyphenated = false;
      if (IsApostrophe(c) && IsPossessiveAt(i) && !tokens.empty() &&
          tokens.back().end == i) {
        size_t after_s = 0;
        PeekAt(text_, next, &after_s);
        i = after_s;
        kind = TokenKind::kWord;
      } else if (IsWordChar(c)) {
        kind = IsDigit(c) ? TokenKind::kNumber : TokenKind::kWord;
        i = ScanWord(i, &kind, &hyphenated);
      } else {
        i = next;
      }
      Token t;
      t.start = static_cast<uint32_t>(start);
      t.end = static_cast<uint32_t>(i);
      t.kind = kind;
      t.hyphenated = hyphenated;
      std::string_view surface = text_.substr(start, i - start);
      t.capitalized = kind == TokenKind::kWord && StartsUpper(surface);
      AppendFolded(surface, &t.norm);
      tokens.push_back(std::move(t));
    }
    return tokens;
  }

 private:
  // True if an apostrophe at `pos` starts a possessive "'s" that ends there.
  bool IsPossessiveAt(size_t pos) const {
    size_t p1 = 0;
    PeekAt(text_, pos, &p1);
    size_t p2 = 0;
    char32_t s = PeekAt(text_, p1, &p2);
    if (s != 's' && s != 'S') return false;
    size_t p3 = 0;
    char32_t after = PeekAt(text_, p2, &p3);
    return !IsWordChar(after);
  }

  // Scans a word or number starting at `pos`; returns its end.
  size_t ScanWord(size_t pos, TokenKind* kind, bool* hyphenated) {
    size_t i = pos;
    bool numeric = *kind == TokenKind::kNumber;
    size_t letters = 0;
    while (i < text_.size()) {
      size_t next = 0;
      char32_t c = PeekAt(text_, i, &next);
      if (IsLetter(c)) {
        if (numeric) *kind = TokenKind::kWord;
        ++letters;
        i = next;
        continue;
      }
      if (IsDigit(c)) {
        i = next;
        continue;
      }
      size_t next2 = 0;
      char32_t c2 = PeekAt(text_, next, &next2);
      if (IsJoiningHyphen(c) && IsWordChar(c2)) {
        *hyphenated = true;
        *kind = TokenKind::kWord;
        numeric = false;
        i = next;
        continue;
      }
      if (IsApostrophe(c) && IsLetter(c2) && !IsPossessiveAt(i) && letters > 0) {
        i = next;
        continue;
      }
      if (*kind == TokenKind::kNumber && (c == '.' || c == ',' || c == ':') &&
          IsDigit(c2)) {
        i = next;
        continue;
      }
      break;
    }
    if (*kind != TokenKind::kWord || i >= text_.size() || text_[i] != '.') return i;
    // A period after a word: keep it for initials, dotted acronyms and
    // known abbreviations.
    std::string folded = Fold(text_.substr(pos, i - pos));
    if (letters == 1 && !*hyphenated) {
      size_t j = i + 1;
      // Dotted acronym chain: "U.S.", "z.B.", "H.W."
      while (j < text_.size()) {
        size_t n1 = 0;
        char32_t l = PeekAt(text_, j, &n1);
        if (!IsLetter(l) || n1 >= text_.size() || text_[n1] != '.') break;
        j = n1 + 1;
      }
      return j;
    }
    if (Contains(kTitleAbbreviations, folded) || Contains(kOtherAbbreviations, folded)) {
      return i + 1;
    }
    if (Contains(kNumberAbbreviations, folded)) {
      size_t j = i + 1;
      while (j < text_.size() && text_[j] == ' ') ++j;
      if (j < text_.size() && text_[j] >= '0' && text_[j] <= '9') return i + 1;
    }
    return i;
  }

  std::string_view text_;
};

}  // namespace

std::vector<Token> Tokenize(std::string_view text) { return TokenizerImpl(text).Run(); }

std::vector<TokenPart> CompoundParts(std::string_view text, const Token& token) {
  std::vector<TokenPart> parts;
  size_t part_start = token.start;
  size_t i = token.start;
  auto flush = [&](size_t end) {
    if (end > part_start) {
      TokenPart p;
      p.start = static_cast<uint32_t>(part_start);
      p.end = static_cast<uint32_t>(end);
      p.norm = Fold(text.substr(part_start, end - part_start));
      parts.push_back(std::move(p));
    }
  };
  while (i < token.end) {
    size_t next = 0;
    char32_t c = PeekAt(text, i, &next);
    if (IsJoiningHyphen(c)) {
      flush(i);
      part_start = next;
    }
    i = next;
  }
  flush(token.end);
  return parts;
}

bool IsAbbreviation(std::string_view folded_word) {
  return Contains(kTitleAbbreviations, folded_word);
}

}  // namespace dipgraph::extract
