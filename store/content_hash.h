// ContentHash: a fixed 64-bit hash of byte strings (FNV-1a with a final
// avalanche step), used to decide whether an article changed since it was
// ingested. It is stable across builds and platforms because it is stored.
// Not cryptographic: it detects edits, not adversaries.
//
// Thread-safety: a ContentHash is used by one thread; the value is plain.

#ifndef DIPGRAPH_STORE_CONTENT_HASH_H_
#define DIPGRAPH_STORE_CONTENT_HASH_H_

#include <cstdint>
#include <string_view>

namespace dipgraph::store {

class ContentHash {
 public:
  // Adds one field; fields are length-framed, so ("ab","c") != ("a","bc").
  void Add(std::string_view field);
  uint64_t Finish() const;

 private:
  uint64_t state_ = 0xcbf29ce484222325ull;  // FNV-1a offset basis
};

}  // namespace dipgraph::store

#endif  // DIPGRAPH_STORE_CONTENT_HASH_H_
