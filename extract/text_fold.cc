#include "extract/text_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>

namespace dipgraph::extract {

namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr char32_t kTableSize = 0x250;  // Latin-1 and Latin Extended-A/B

// Folds one non-ASCII code point through ICU: lower case, then the first
// code point of its canonical decomposition (which drops combining accents).
void FoldSlow(char32_t c, std::string* out) {
  switch (c) {  // letters without a decomposition, and punctuation variants
    case 0xDF: case 0x1E9E: out->append("ss"); return;          // ß ẞ
    case 0xE6: case 0xC6: out->append("ae"); return;            // æ
    case 0x153: case 0x152: out->append("oe"); return;          // œ
    case 0xF8: case 0xD8: out->push_back('o'); return;          // ø
    case 0x142: case 0x141: out->push_back('l'); return;        // ł
    case 0x111: case 0x110: out->push_back('d'); return;        // đ
    case 0x131: out->push_back('i'); return;                    // dotless i
    case 0xFE: case 0xDE: out->append("th"); return;            // þ
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x2BC:
      out->push_back('\''); return;
    default: break;
  }
  if (IsDash(c)) {
    out->push_back('-');
    return;
  }
  UChar32 lower = u_tolower(static_cast<UChar32>(c));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_SUCCESS(status) && nfd != nullptr) {
    icu::UnicodeString decomposition;
    if (nfd->getDecomposition(lower, decomposition) && decomposition.length() > 0) {
      lower = decomposition.char32At(0);
    }
  }
  AppendUtf8(static_cast<char32_t>(lower), out);
}

// Folded forms of U+0080..U+024F, computed once.
const std::array<std::string, kTableSize>& FoldTable() {
  static const std::array<std::string, kTableSize> table = [] {
    std::array<std::string, kTableSize> t;
    for (char32_t c = 0x80; c < kTableSize; ++c) FoldSlow(c, &t[c]);
    return t;
  }();
  return table;
}

}  // namespace

char32_t DecodeUtf8(std::string_view text, size_t* pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = *pos;
  const size_t n = text.size();
  unsigned char b = s[i];
  if (b < 0x80) {
    *pos = i + 1;
    return b;
  }
  int len = 0;
  char32_t c = 0;
  if ((b & 0xE0) == 0xC0) {
    len = 2;
    c = b & 0x1F;
  } else if ((b & 0xF0) == 0xE0) {
    len = 3;
    c = b & 0x0F;
  } else if ((b & 0xF8) == 0xF0) {
    len = 4;
    c = b & 0x07;
  } else {
    *pos = i + 1;
    return kReplacement;
  }
  if (i + static_cast<size_t>(len) > n) {
    *pos = i + 1;
    return kReplacement;
  }
  for (int k = 1; k < len; ++k) {
    unsigned char cb = s[i + static_cast<size_t>(k)];
    if ((cb & 0xC0) != 0x80) {
      *pos = i + 1;
      return kReplacement;
    }
    c = (c << 6) | (cb & 0x3F);
  }
  *pos = i + static_cast<size_t>(len);
  return c;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c)) != 0;
}

bool IsDigit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(static_cast<UChar32>(c)) != 0;
}

bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) != 0;
}

bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(static_cast<UChar32>(c)) != 0;
}

bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return c == 0xA0 || c == 0x202F || u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
}

bool IsDash(char32_t c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

void AppendFolded(std::string_view text, std::string* out) {
  size_t i = 0;
  while (i < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      out->push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    char32_t c = DecodeUtf8(text, &i);
    if (c < kTableSize) {
      out->append(FoldTable()[c]);
    } else {
      FoldSlow(c, out);
    }
  }
}

std::string Fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendFolded(text, &out);
  return out;
}

bool StartsUpper(std::string_view text) {
  if (text.empty()) return false;
  size_t i = 0;
  return IsUpper(DecodeUtf8(text, &i));
}

bool IsAllCaps(std::string_view text) {
  int letters = 0;
  size_t i = 0;
  while (i < text.size()) {
    char32_t c = DecodeUtf8(text, &i);
    if (!IsLetter(c)) continue;
    if (IsLower(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

}  // namespace dipgraph::extract
