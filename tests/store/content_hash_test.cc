// The content hash is stored in every article record, so its values must
// never change: these tests pin them for both kinds, besides checking the
// framing of fields.

#include "store/content_hash.h"

#include <catch2/catch.hpp>

#include <string>

namespace dipgraph::store {
namespace {

uint64_t Hash(ContentHash::Kind kind, std::initializer_list<std::string_view> fields) {
  ContentHash h(kind);
  for (auto f : fields) h.Add(f);
  return h.Finish();
}

TEST_CASE("ContentHash values are pinned for both kinds", "[store][hash]") {
  using K = ContentHash::Kind;
  // Values as stored by databases of formats 1-2 and 3; a change here
  // would make every stored article look changed.
  // Computed independently (the algorithms as doc/store_format.md states
  // them, in Python).
  CHECK(Hash(K::kFnv1a, {}) == 0xf52a15e9a9b5e89bull);
  CHECK(Hash(K::kFnv1a, {"abc"}) == 0xa1a433b548555370ull);
  CHECK(Hash(K::kFnv1a, {"exactly8", "a longer field of 29 bytes..."}) == 0x0cf7db52e8dd7ac9ull);
  CHECK(Hash(K::kWords, {}) == 0xf52a15e9a9b5e89bull);  // no field: the same start
  CHECK(Hash(K::kWords, {"abc"}) == 0x3195fa51ae41f586ull);
  CHECK(Hash(K::kWords, {"exactly8", "a longer field of 29 bytes..."}) == 0x841e13df973e94f6ull);
}

TEST_CASE("ContentHash frames fields and sees every byte", "[store][hash]") {
  for (auto kind : {ContentHash::Kind::kFnv1a, ContentHash::Kind::kWords}) {
    CHECK(Hash(kind, {"ab", "c"}) != Hash(kind, {"a", "bc"}));
    CHECK(Hash(kind, {"abc", ""}) != Hash(kind, {"abc"}));
    std::string text(100, 'x');
    const uint64_t base = Hash(kind, {text});
    for (size_t i = 0; i < text.size(); ++i) {
      std::string changed = text;
      changed[i] = 'y';
      CHECK(Hash(kind, {changed}) != base);
    }
    // A zero byte at the end is not the zero padding of the last word.
    CHECK(Hash(kind, {std::string("abc\0", 4)}) != Hash(kind, {"abc"}));
  }
  CHECK(Hash(ContentHash::Kind::kFnv1a, {"abc"}) != Hash(ContentHash::Kind::kWords, {"abc"}));
}

}  // namespace
}  // namespace dipgraph::store
