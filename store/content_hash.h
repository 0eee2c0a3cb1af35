// ContentHash: a fixed 64-bit hash of byte strings, used to decide whether
// an article changed since it was ingested. It is stable across builds and
// platforms because it is stored, which is why there are two: databases of
// formats 1 and 2 hold FNV-1a hashes (a byte at a time), format 3 ones a
// hash that takes 8 bytes a step (4-5 times faster; on pre-extracted events
// the FNV hash was 3 % of all storing time). Both end with splitmix64's
// avalanche step. Not cryptographic: they detect edits, not adversaries.
//
// Thread-safety: a ContentHash is used by one thread; the value is plain.

#ifndef DIPGRAPH_STORE_CONTENT_HASH_H_
#define DIPGRAPH_STORE_CONTENT_HASH_H_

#include <cstdint>
#include <string_view>

namespace dipgraph::store {

class ContentHash {
 public:
  enum class Kind {
    kFnv1a,  // formats 1 and 2
    kWords,  // format 3
  };

  // The hash a database of format `format` stores.
  static Kind KindForFormat(int format) { return format >= 3 ? Kind::kWords : Kind::kFnv1a; }

  explicit ContentHash(Kind kind) : kind_(kind) {}

  // Adds one field; fields are length-framed, so ("ab","c") != ("a","bc").
  void Add(std::string_view field);
  uint64_t Finish() const;

 private:
  Kind kind_;
  uint64_t state_ = 0xcbf29ce484222325ull;  // FNV-1a offset basis (both kinds)
};

}  // namespace dipgraph::store

#endif  // DIPGRAPH_STORE_CONTENT_HASH_H_
