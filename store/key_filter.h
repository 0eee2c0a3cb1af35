// KeyFilter: a Bloom filter over the canonical event keys of a database,
// which the writer keeps in memory so that it asks RocksDB only about keys
// that may be there. Almost every event of an ingest is new, and proving
// that to RocksDB (a MultiGet through the memtables and a Bloom probe per
// table file) was a fifth of all the CPU time of storing an event.
//
// The filter answers "no" only for keys never added; "maybe" is checked
// against the database. So it must be complete: StoreImpl fills it from a
// scan of event_keys plus the pending group, and adds every key it creates
// from then on (keys of retired events stay: a stale "maybe" costs one
// lookup, never a wrong answer).
//
// Cache-blocked: the bits of one key lie in one 64-byte block, so a query
// touches one cache line. About 10 bits per key of capacity (1 % false
// positives at capacity).
//
// Thread-safety: none; the writer uses it under write_mu_.

#ifndef DIPGRAPH_STORE_KEY_FILTER_H_
#define DIPGRAPH_STORE_KEY_FILTER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dipgraph::store {

class KeyFilter {
 public:
  // A filter sized for `capacity` keys (at least 1).
  explicit KeyFilter(size_t capacity);

  void Add(std::string_view key);
  // False only if `key` was never added.
  bool MayContain(std::string_view key) const;

  size_t added() const { return added_; }
  size_t capacity() const { return capacity_; }
  // Past its capacity the false-positive rate climbs: time to rebuild it
  // larger.
  bool full() const { return added_ > capacity_; }

 private:
  struct alignas(64) Block {
    uint64_t words[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  };
  // Where a key's bits are: its block, the first bit and the stride.
  struct Probe {
    size_t block;
    uint64_t first;
    uint64_t step;
  };
  Probe ProbeOf(std::string_view key) const;

  size_t capacity_;
  size_t added_ = 0;
  std::vector<Block> blocks_;
};

}  // namespace dipgraph::store

#endif  // DIPGRAPH_STORE_KEY_FILTER_H_
