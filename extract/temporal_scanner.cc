#include "extract/temporal_scanner.h"

namespace dipgraph::extract {

namespace {

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

// Length of a UTF-8 sequence from its lead byte (1 for stray bytes).
size_t SeqLength(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

enum class CharClass { kSpace, kLetter, kDigit, kPunct };

// Classifies the character at `i` and stores its byte length in `*len`.
CharClass Classify(std::string_view s, size_t i, size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    if (IsSpace(c)) return CharClass::kSpace;
    if (IsDigit(c)) return CharClass::kDigit;
    if (IsAsciiLetter(c)) return CharClass::kLetter;
    return CharClass::kPunct;
  }
  size_t n = SeqLength(c);
  if (i + n > s.size()) n = s.size() - i;
  *len = n;
  const auto c1 = n > 1 ? static_cast<unsigned char>(s[i + 1]) : 0;
  if (c == 0xC2) {
    if (c1 == 0xA0) return CharClass::kSpace;  // no-break space
    return CharClass::kPunct;  // U+0080..U+00BF: « » § ° etc.
  }
  if (c == 0xC3 && (c1 == 0x97 || c1 == 0xB7)) return CharClass::kPunct;  // × ÷
  if (c == 0xE2 && (c1 == 0x80 || c1 == 0x81)) {
    // U+2000..U+207F: spaces, dashes, quotes, bullets.
    const auto c2 = n > 2 ? static_cast<unsigned char>(s[i + 2]) : 0;
    if (c1 == 0x80 && (c2 <= 0x8A || c2 == 0xAF)) return CharClass::kSpace;
    return CharClass::kPunct;
  }
  return CharClass::kLetter;
}

}  // namespace

ScannedText Scan(std::string_view text) {
  ScannedText out;
  out.text = text;
  out.lower.assign(text.data(), text.size());
  // Lower-case in place; Ä Ö Ü are C3 84/96/9C, their small forms C3 A4/B6/BC.
  for (size_t i = 0; i < out.lower.size(); ++i) {
    auto c = static_cast<unsigned char>(out.lower[i]);
    if (c >= 'A' && c <= 'Z') {
      out.lower[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.lower.size()) {
      auto c1 = static_cast<unsigned char>(out.lower[i + 1]);
      if (c1 >= 0x80 && c1 <= 0x9E && c1 != 0x97) {
        out.lower[i + 1] = static_cast<char>(c1 + 0x20);
      }
      ++i;
    }
  }
  out.tokens.reserve(text.size() / 4 + 4);
  size_t i = 0;
  while (i < text.size()) {
    size_t len = 1;
    const CharClass cls = Classify(text, i, &len);
    if (cls == CharClass::kSpace) {
      i += len;
      continue;
    }
    TimeToken tok;
    tok.start = static_cast<uint32_t>(i);
    if (cls == CharClass::kPunct) {
      tok.kind = TimeTokenKind::kPunct;
      i += len;
    } else if (cls == CharClass::kDigit) {
      tok.kind = TimeTokenKind::kNumber;
      int v = 0;
      while (i < text.size() && IsDigit(static_cast<unsigned char>(text[i]))) {
        if (v < 100000000) v = v * 10 + (text[i] - '0');
        ++i;
      }
      tok.value = v;
    } else {
      tok.kind = TimeTokenKind::kWord;
      const auto c = static_cast<unsigned char>(text[i]);
      tok.capitalized = (c >= 'A' && c <= 'Z') ||
                        (c == 0xC3 && i + 1 < text.size() &&
                         static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                         static_cast<unsigned char>(text[i + 1]) <= 0x9E);
      i += len;
      while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (IsAsciiLetter(b)) {  // fast path for the common case
          ++i;
          continue;
        }
        if (b < 0x80) break;
        size_t l = 1;
        if (Classify(text, i, &l) != CharClass::kLetter) break;
        i += l;
      }
    }
    tok.end = static_cast<uint32_t>(i);
    out.tokens.push_back(tok);
  }
  return out;
}

}  // namespace dipgraph::extract
