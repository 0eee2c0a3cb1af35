#include "extract/text_cleaner.h"

#include <array>
#include <string>

#include "extract/text_fold.h"

namespace dipgraph::extract {

namespace {

// Folded markers that make the rest of their paragraph boilerplate.
constexpr std::array<std::string_view, 14> kAdMarkers = {
    "anzeige eines drittanbieters",
    "kein angebot oder empfehlung von",
    "siehe offenlegung hier",
    "anzeigen entfernen",
    "source site-",
    "werbung entfernen",
    "click here to",
    "klicken sie hier",
    "share this article",
    "diesen artikel teilen",
    "follow us on",
    "folgen sie uns",
    "read more:",
    "lesen sie auch:",
};

// Folded paragraphs that are boilerplate when they are the whole paragraph.
constexpr std::array<std::string_view, 12> kWholeLines = {
    "advertisement", "anzeige", "werbung", "share", "teilen", "tweet",
    "reuter",        "reuters", "von reuters", "(reuters)", "email", "e-mail"};

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// True if the paragraph holds no letter or digit.
bool HasContent(std::string_view p) {
  size_t i = 0;
  while (i < p.size()) {
    char32_t c = DecodeUtf8(p, &i);
    if (IsLetter(c) || IsDigit(c)) return true;
  }
  return false;
}

bool IsUrlOnly(std::string_view p) {
  if (p.find(' ') != std::string_view::npos) return false;
  return p.rfind("http://", 0) == 0 || p.rfind("https://", 0) == 0 ||
         p.rfind("www.", 0) == 0;
}

// Trims blanks from both ends of [start, end).
TextRange Trim(std::string_view text, size_t start, size_t end) {
  while (start < end && IsBlank(text[start])) ++start;
  while (end > start && IsBlank(text[end - 1])) --end;
  return {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
}

// Drops a trailing wire signature ("... results. REUTER") from a paragraph.
TextRange StripSignature(std::string_view text, TextRange r) {
  std::string_view p = text.substr(r.start, r.end - r.start);
  for (std::string_view sig : {"REUTERS", "REUTER", "Reuter"}) {
    if (p.size() > sig.size() && p.substr(p.size() - sig.size()) == sig &&
        IsBlank(p[p.size() - sig.size() - 1])) {
      return Trim(text, r.start, r.end - sig.size());
    }
  }
  return r;
}

}  // namespace

std::vector<TextRange> CleanText(std::string_view text) {
  std::vector<TextRange> kept;
  size_t pos = 0;
  bool in_ad_block = false;
  while (pos < text.size()) {
    // A paragraph is one line; blank lines separate ad blocks from text.
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    TextRange r = Trim(text, pos, end);
    pos = end + 1;
    if (r.start == r.end) {
      in_ad_block = false;  // a blank line ends an ad block
      continue;
    }
    std::string_view para = text.substr(r.start, r.end - r.start);
    std::string folded = Fold(para);
    // Ad blocks are short lines; a long line is text again.
    if (in_ad_block && para.size() < 160) continue;
    in_ad_block = false;
    size_t cut = std::string::npos;
    for (std::string_view m : kAdMarkers) {
      size_t at = folded.find(m);
      if (at != std::string::npos && at < cut) cut = at;
    }
    if (cut != std::string::npos) {
      in_ad_block = true;
      // Folding can change lengths; find the cut in the original by
      // re-folding prefixes (ads are rare, so this is cheap overall).
      size_t orig = 0;
      while (orig < para.size() && Fold(para.substr(0, orig)).size() < cut) {
        size_t p = orig;
        DecodeUtf8(para, &p);
        orig = p;
      }
      r = Trim(text, r.start, r.start + orig);
      if (r.start == r.end) continue;
      para = text.substr(r.start, r.end - r.start);
      folded = Fold(para);
    }
    bool whole = false;
    for (std::string_view w : kWholeLines) whole = whole || folded == w;
    if (whole || IsUrlOnly(para) || !HasContent(para)) continue;
    r = StripSignature(text, r);
    if (r.start < r.end) kept.push_back(r);
  }
  return kept;
}

}  // namespace dipgraph::extract
