// The append-and-sort memtable representation (see append_memtable.h).
// The second file of store/ that includes RocksDB's headers.

#include "store/append_memtable.h"

#include <rocksdb/memtablerep.h>
#include <rocksdb/slice.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <mutex>
#include <vector>

namespace dipgraph::store {

namespace {

using rocksdb::MemTableRep;

// One memtable entry: the first 16 bytes of its user key as two
// big-endian integers (zero-padded), and the entry itself (RocksDB's
// encoding: varint32 internal key length, internal key, value).
struct Entry {
  uint64_t hi;
  uint64_t lo;
  const char* key;
};

uint64_t LoadBigEndian(const char* p, size_t n) {  // REQUIRES: n <= 8
  unsigned char b[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  std::memcpy(b, p, n);
  uint64_t v = 0;
  for (unsigned char c : b) v = (v << 8) | c;
  return v;
}

Entry MakeEntry(const char* key) {
  // The length of the internal key, a varint32.
  const auto* p = reinterpret_cast<const unsigned char*>(key);
  uint32_t len = 0;
  for (int shift = 0; shift <= 28; shift += 7) {
    const uint32_t byte = *p++;
    len |= (byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) break;
  }
  // The user key is the internal key without its 8-byte sequence/type.
  const size_t user = len >= 8 ? len - 8 : 0;
  const char* u = reinterpret_cast<const char*>(p);
  Entry e;
  e.hi = LoadBigEndian(u, std::min<size_t>(user, 8));
  e.lo = user > 8 ? LoadBigEndian(u + 8, std::min<size_t>(user - 8, 8)) : 0;
  e.key = key;
  return e;
}

using Entries = std::vector<Entry>;

// The entries of `keys` in the comparator's order.
std::shared_ptr<const Entries> SortedEntries(const MemTableRep::KeyComparator& cmp,
                                             const std::vector<const char*>& keys) {
  auto v = std::make_shared<Entries>();
  v->reserve(keys.size());
  for (const char* k : keys) v->push_back(MakeEntry(k));
  std::sort(v->begin(), v->end(), [&cmp](const Entry& a, const Entry& b) {
    if (a.hi != b.hi) return a.hi < b.hi;
    if (a.lo != b.lo) return a.lo < b.lo;
    return cmp(a.key, b.key) < 0;
  });
  return v;
}

// Iterates over a sorted vector of entries, which it shares (an immutable
// memtable's) or owns (a sorted copy of a live one's).
class SortedIterator final : public MemTableRep::Iterator {
 public:
  SortedIterator(const MemTableRep::KeyComparator& cmp, std::shared_ptr<const Entries> entries)
      : cmp_(cmp), entries_(std::move(entries)), pos_(entries_->size()) {}

  bool Valid() const override { return pos_ < entries_->size(); }
  const char* key() const override { return (*entries_)[pos_].key; }
  // A flush reads the entries in key order, which is not the order they
  // lie in the arena: each is a cache miss unless fetched ahead.
  void Next() override {
    ++pos_;
    if (pos_ + kPrefetchAhead < entries_->size()) {
      __builtin_prefetch((*entries_)[pos_ + kPrefetchAhead].key);
    }
  }
  void Prev() override { pos_ = pos_ == 0 ? entries_->size() : pos_ - 1; }

  void Seek(const rocksdb::Slice& internal_key, const char* memtable_key) override {
    pos_ = LowerBound(internal_key, memtable_key);
  }

  void SeekForPrev(const rocksdb::Slice& internal_key, const char* memtable_key) override {
    // The last entry <= target: one before the first entry > target.
    size_t n = LowerBound(internal_key, memtable_key);
    while (n < entries_->size() && Compare((*entries_)[n].key, internal_key, memtable_key) == 0) {
      ++n;
    }
    pos_ = n == 0 ? entries_->size() : n - 1;
  }

  void SeekToFirst() override { pos_ = 0; }
  void SeekToLast() override { pos_ = entries_->empty() ? 0 : entries_->size() - 1; }

 private:
  int Compare(const char* entry, const rocksdb::Slice& internal_key,
              const char* memtable_key) const {
    return memtable_key != nullptr ? cmp_(entry, memtable_key) : cmp_(entry, internal_key);
  }

  size_t LowerBound(const rocksdb::Slice& internal_key, const char* memtable_key) const {
    auto it = std::partition_point(entries_->begin(), entries_->end(), [&](const Entry& e) {
      return Compare(e.key, internal_key, memtable_key) < 0;
    });
    return static_cast<size_t>(it - entries_->begin());
  }

  static constexpr size_t kPrefetchAhead = 8;

  const MemTableRep::KeyComparator& cmp_;
  std::shared_ptr<const Entries> entries_;
  size_t pos_;
};

class AppendRep final : public MemTableRep {
 public:
  AppendRep(const KeyComparator& cmp, rocksdb::Allocator* allocator)
      : MemTableRep(allocator), cmp_(cmp) {}

  // The writer's side: an append (the prefixes are taken when sorting, so
  // that each entry is read once more then, not at every comparison).
  void Insert(rocksdb::KeyHandle handle) override {
    std::lock_guard<std::mutex> lock(mu_);
    keys_.push_back(static_cast<const char*>(handle));
  }

  bool Contains(const char* key) const override {
    std::lock_guard<std::mutex> lock(mu_);
    return std::any_of(keys_.begin(), keys_.end(),
                       [&](const char* k) { return cmp_(k, key) == 0; });
  }

  // Called on the writer's thread, under the database mutex: the sort
  // waits for the first iterator (the flush's, on a background thread).
  void MarkReadOnly() override {
    std::lock_guard<std::mutex> lock(mu_);
    read_only_ = true;
  }

  // The pointer vector only: RocksDB requires (and asserts) that a memtable
  // does not grow once it is immutable, so the sorted entries, which exist
  // from then until the flush ends, are not counted.
  size_t ApproximateMemoryUsage() override {
    std::lock_guard<std::mutex> lock(mu_);
    return sizeof(*this) + keys_.capacity() * sizeof(const char*);
  }

  // Get: MemTableRep's default (an iterator from GetIterator(nullptr), a
  // seek, and the callback over the entries from there) is right here.

  Iterator* GetIterator(rocksdb::Arena* arena) override {
    if (arena == nullptr) return new SortedIterator(cmp_, View());
    // RocksDB destroys an iterator made for an arena without freeing its
    // memory (the arena's type is internal to RocksDB), so the memory comes
    // from this representation and is freed with it: it outlives every
    // iterator over it, since they hold the memtable. That is one slot per
    // iterator for the memtable's life; the writer never iterates over these
    // columns (readers use skiplists), and a flush takes the slots with it.
    void* slot = nullptr;
    {
      std::lock_guard<std::mutex> lock(mu_);
      slot = &slots_.emplace_back();
    }
    return new (slot) SortedIterator(cmp_, View());
  }

 private:
  // The entries in order: the immutable memtable's sorted vector, or a
  // sorted copy of a live one's (copied under the lock, sorted outside).
  std::shared_ptr<const Entries> View() {
    std::vector<const char*> copy;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (read_only_) {
        if (sorted_ == nullptr) sorted_ = SortedEntries(cmp_, keys_);
        return sorted_;
      }
      copy = keys_;
    }
    return SortedEntries(cmp_, copy);
  }

  struct alignas(SortedIterator) Slot {
    unsigned char bytes[sizeof(SortedIterator)];
  };

  const KeyComparator& cmp_;
  mutable std::mutex mu_;
  std::vector<const char*> keys_;         // guarded by mu_
  bool read_only_ = false;                 // guarded by mu_
  std::shared_ptr<const Entries> sorted_;  // guarded by mu_; set once read-only
  std::deque<Slot> slots_;                // guarded by mu_
};

class AppendRepFactory final : public rocksdb::MemTableRepFactory {
 public:
  using MemTableRepFactory::CreateMemTableRep;
  MemTableRep* CreateMemTableRep(const MemTableRep::KeyComparator& cmp,
                                 rocksdb::Allocator* allocator, const rocksdb::SliceTransform*,
                                 rocksdb::Logger*) override {
    return new AppendRep(cmp, allocator);
  }
  const char* Name() const override { return "DipgraphAppendRepFactory"; }
  bool IsInsertConcurrentlySupported() const override { return false; }
};

}  // namespace

std::shared_ptr<rocksdb::MemTableRepFactory> NewAppendMemtableFactory() {
  return std::make_shared<AppendRepFactory>();
}

}  // namespace dipgraph::store
