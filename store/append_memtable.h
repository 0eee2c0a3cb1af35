// A RocksDB memtable representation for columns the writer appends to and
// never scans (the time and actor indexes, and with a point index the
// canonical keys): an insert is an append to a vector, and the vector is
// sorted once, when the memtable is flushed, or when someone iterates over
// a live one (which sorts a copy: fine for the rare scan, ruinous for a
// column scanned all the time).
//
// RocksDB's own VectorRep does the same, but it sorts bare pointers into
// the memtable's arena, so each of the ~20 comparisons per entry follows
// two pointers to random places (cache misses) and decodes two internal
// keys; that sort was a sixth of all CPU time of storing an event. This
// representation keeps the first 16 bytes of every user key, big-endian,
// next to its pointer and compares those first: almost every comparison
// is two integer compares on contiguous memory, and only entries whose
// first 16 bytes agree fall back to RocksDB's comparator. The order is the
// comparator's own (a shorter key padded with zero bytes never sorts after
// a longer one it is a prefix of; equal prefixes are decided by the full
// comparison), so flushed tables are identical to VectorRep's.
//
// Only rocks_kv_database.cc and this file's implementation use it; the one
// RocksDB type below is forward-declared so the header stays free of
// RocksDB's headers.
//
// Thread-safety: RocksDB's contract for memtable representations — one
// inserting thread (allow_concurrent_memtable_write = false); iterators
// and Get may run on other threads at the same time (they sort a copy of
// a live memtable, or share the sorted vector of an immutable one).

#ifndef DIPGRAPH_STORE_APPEND_MEMTABLE_H_
#define DIPGRAPH_STORE_APPEND_MEMTABLE_H_

#include <memory>

namespace rocksdb {
class MemTableRepFactory;
}  // namespace rocksdb

namespace dipgraph::store {

// A factory for ColumnFamilyOptions::memtable_factory. Does not support
// concurrent inserts (RocksDB checks this when a database is opened).
//
// With `point_index`, each memtable also keeps a hash of its entries by
// user key, so that Get and MultiGet find a key without sorting anything
// (for event_keys, the writer's merge index: a skiplist insert at a random
// place cost a third of all the CPU time of storing an event). Requires
// that no prefix extractor is set for the column (with one, RocksDB would
// ask this representation for prefix iterators, which then are full ones).
std::shared_ptr<rocksdb::MemTableRepFactory> NewAppendMemtableFactory(bool point_index);

}  // namespace dipgraph::store

#endif  // DIPGRAPH_STORE_APPEND_MEMTABLE_H_
