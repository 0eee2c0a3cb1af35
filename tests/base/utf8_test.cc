#include <catch2/catch.hpp>

#include <string>

#include "base/utf8.h"

using dipgraph::base::FindInvalidUtf8;
using dipgraph::base::IsValidUtf8;

TEST_CASE("Valid UTF-8 in several scripts passes", "[base][utf8]") {
  CHECK(IsValidUtf8(""));
  CHECK(IsValidUtf8("Außenminister Blinken"));
  CHECK(IsValidUtf8("Приднестровье и Ереван"));
  CHECK(IsValidUtf8("مرحبا"));
  CHECK(IsValidUtf8("\xF0\x9F\x98\x80 emoji"));
  CHECK(IsValidUtf8(std::string("nul\0inside", 10)));
}

TEST_CASE("Invalid UTF-8 is located at its first bad byte", "[base][utf8]") {
  CHECK(FindInvalidUtf8("ab\xFF") == 2);
  CHECK(FindInvalidUtf8("\xC3") == 0);                 // truncated
  CHECK(FindInvalidUtf8("x\xC0\xAF") == 1);            // overlong '/'
  CHECK(FindInvalidUtf8("\xE0\x80\xAF") == 0);         // overlong 3-byte
  CHECK(FindInvalidUtf8("ok \xED\xB8\x80") == 3);      // lone surrogate U+DE00
  CHECK(FindInvalidUtf8("\xF4\x90\x80\x80") == 0);     // above U+10FFFF
  CHECK(FindInvalidUtf8("\x80") == 0);                 // stray continuation
}
