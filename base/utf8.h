// Strict UTF-8 validation: rejects overlong forms, surrogate code points
// (U+D800..U+DFFF, which JSON "\ud83d"-style escapes can smuggle in when
// unpaired) and values above U+10FFFF. Every text dipgraph stores or prints
// passes through it, so offsets and output stay valid UTF-8.
//
// Thread-safety: pure functions.

#ifndef DIPGRAPH_BASE_UTF8_H_
#define DIPGRAPH_BASE_UTF8_H_

#include <cstddef>
#include <string_view>

namespace dipgraph::base {

// Returns the byte offset of the first invalid sequence in `text`, or
// text.size() if it is valid UTF-8.
size_t FindInvalidUtf8(std::string_view text);

inline bool IsValidUtf8(std::string_view text) {
  return FindInvalidUtf8(text) == text.size();
}

}  // namespace dipgraph::base

#endif  // DIPGRAPH_BASE_UTF8_H_
