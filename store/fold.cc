#include "store/fold.h"

#include <algorithm>

namespace dipgraph::store {

namespace {

// Base letters of U+00C0..U+00FF; '*' marks the two-letter cases and ' '
// the signs (multiplication, division) that fold like punctuation.
constexpr char kLatin1[] =
    "aaaaaa*ceeeeiiii"  // C0..CF (Æ is *)
    "dnooooo ouuuuyt*"  // D0..DF (× is ' ', ß is *)
    "aaaaaa*ceeeeiiii"  // E0..EF (æ is *)
    "dnooooo ouuuuyty";  // F0..FF (÷ is ' ')

// Base letters of U+0100..U+017F.
constexpr char kLatinExtA[] =
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "iiiijjkkklllllll"
    "lllnnnnnnnnnoooo"
    "oooorrrrrrssssss"
    "sstttttttuuuuuuu"
    "uuuuwwyyyzzzzzzs";

}  // namespace

std::string FoldAlias(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  auto emit = [&](std::string_view s) {
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.append(s);
  };
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        emit(std::string_view(&text[i], 1));
      } else if (c >= 'A' && c <= 'Z') {
        const char lower = static_cast<char>(c - 'A' + 'a');
        emit(std::string_view(&lower, 1));
      } else {
        pending_space = true;
      }
      ++i;
      continue;
    }
    // A two-byte UTF-8 sequence for U+0080..U+07FF.
    if ((c & 0xe0) == 0xc0 && i + 1 < text.size()) {
      const auto c2 = static_cast<unsigned char>(text[i + 1]);
      const unsigned cp = ((c & 0x1fu) << 6) | (c2 & 0x3fu);
      if (cp >= 0xc0 && cp <= 0xff) {
        const char base = kLatin1[cp - 0xc0];
        if (base == ' ') {
          pending_space = true;
        } else if (base == '*') {
          emit(cp == 0xdf ? "ss" : "ae");
        } else {
          emit(std::string_view(&base, 1));
        }
        i += 2;
        continue;
      }
      if (cp >= 0x100 && cp <= 0x17f) {
        emit(std::string_view(&kLatinExtA[cp - 0x100], 1));
        i += 2;
        continue;
      }
    }
    // Anything else: copy the whole sequence unchanged.
    size_t len = 1;
    if ((c & 0xe0) == 0xc0) len = 2;
    else if ((c & 0xf0) == 0xe0) len = 3;
    else if ((c & 0xf8) == 0xf0) len = 4;
    len = std::min(len, text.size() - i);
    emit(text.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace dipgraph::store
