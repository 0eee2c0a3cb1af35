// A RocksDB memtable representation for columns the writer only appends to
// and never reads back (the time, actor and pair indexes): an insert is an
// append to a vector, and the vector is sorted once, when the memtable
// becomes immutable (before its flush) or when someone iterates over it.
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
std::shared_ptr<rocksdb::MemTableRepFactory> NewAppendMemtableFactory();

}  // namespace dipgraph::store

#endif  // DIPGRAPH_STORE_APPEND_MEMTABLE_H_
