// The append-and-sort memtable representation (see append_memtable.h).
// The second file of store/ that includes RocksDB's headers.

#include "store/append_memtable.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <mutex>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include <rocksdb/memtablerep.h>
#include <rocksdb/slice.h>

#include "store/coding.h"

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

// The user key of a memtable entry (RocksDB's encoding: varint32 internal
// key length, internal key = user key + 8 bytes of sequence and type, value).
std::string_view UserKeyOf(const char* entry) {
  const auto* p = reinterpret_cast<const unsigned char*>(entry);
  uint32_t len = 0;
  for (int shift = 0; shift <= 28; shift += 7) {
    const uint32_t byte = *p++;
    len |= (byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) break;
  }
  return {reinterpret_cast<const char*>(p), len >= 8 ? len - 8 : 0};
}

Entry MakeEntry(const char* key) {
  const std::string_view user = UserKeyOf(key);
  Entry e;
  e.hi = DecodePaddedFixed64BE(user.data(), std::min<size_t>(user.size(), 8));
  e.lo = user.size() > 8 ? DecodePaddedFixed64BE(user.data() + 8,
                                         std::min<size_t>(user.size() - 8, 8))
                         : 0;
  e.key = key;
  return e;
}

using Entries = std::vector<Entry>;

// The entries of `keys` in the comparator's order.
std::shared_ptr<const Entries> SortedEntries(
    const MemTableRep::KeyComparator& cmp,
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
  SortedIterator(const MemTableRep::KeyComparator& cmp,
                 std::shared_ptr<const Entries> entries)
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

  void Seek(const rocksdb::Slice& internal_key,
            const char* memtable_key) override {
    pos_ = LowerBound(internal_key, memtable_key);
  }

  void SeekForPrev(const rocksdb::Slice& internal_key,
                   const char* memtable_key) override {
    // The last entry <= target: one before the first entry > target.
    size_t n = LowerBound(internal_key, memtable_key);
    while (n < entries_->size() &&
           Compare((*entries_)[n].key, internal_key, memtable_key) == 0) {
      ++n;
    }
    pos_ = n == 0 ? entries_->size() : n - 1;
  }

  void SeekToFirst() override { pos_ = 0; }
  void SeekToLast() override {
    pos_ = entries_->empty() ? 0 : entries_->size() - 1;
  }

 private:
  int Compare(const char* entry, const rocksdb::Slice& internal_key,
              const char* memtable_key) const {
    return memtable_key != nullptr ? cmp_(entry, memtable_key)
                                   : cmp_(entry, internal_key);
  }

  size_t LowerBound(const rocksdb::Slice& internal_key,
                    const char* memtable_key) const {
    auto it = std::partition_point(
        entries_->begin(), entries_->end(), [&](const Entry& e) {
          return Compare(e.key, internal_key, memtable_key) < 0;
        });
    return static_cast<size_t>(it - entries_->begin());
  }

  static constexpr size_t kPrefetchAhead = 8;

  const MemTableRep::KeyComparator& cmp_;
  std::shared_ptr<const Entries> entries_;
  size_t pos_;
};

class PointIterator;

class AppendRep final : public MemTableRep {
 public:
  AppendRep(const KeyComparator& cmp, rocksdb::Allocator* allocator,
            bool point_index)
      : MemTableRep(allocator), cmp_(cmp), point_index_(point_index) {}

  // The writer's side: an append (the prefixes are taken when sorting, so
  // that each entry is read once more then, not at every comparison), and
  // with the point index a hash insert.
  void Insert(rocksdb::KeyHandle handle) override {
    const char* key = static_cast<const char*>(handle);
    std::lock_guard<std::mutex> lock(mu_);
    keys_.push_back(key);
    if (point_index_) IndexLocked(key);
  }

  // Get (MemTableRep's default: this iterator, a Seek to the looked-up
  // key, then Next while the callback wants more) and MultiGet come here;
  // ordinary iterators use GetIterator, since no prefix extractor is set.
  Iterator* GetDynamicPrefixIterator(rocksdb::Arena* arena) override;
  ~AppendRep() override;

  // What a point lookup of `user_key` visits: its entries through the
  // hash index, or without one all entries in order.
  std::shared_ptr<const Entries> LookupView(std::string_view user_key) {
    return point_index_ ? EntriesOf(user_key) : View();
  }

  // The entries whose user key is `user_key`, sorted (newest first).
  std::shared_ptr<const Entries> EntriesOf(std::string_view user_key) {
    std::vector<const char*> found;
    const uint64_t hash = std::hash<std::string_view>()(user_key);
    {
      std::lock_guard<std::mutex> lock(mu_);
      const size_t mask = slots_by_key_.size() - 1;
      for (size_t i = hash & mask; slots_by_key_[i].key != nullptr;
           i = (i + 1) & mask) {
        if (slots_by_key_[i].hash == hash &&
            UserKeyOf(slots_by_key_[i].key) == user_key) {
          found.push_back(slots_by_key_[i].key);
        }
      }
    }
    return SortedEntries(cmp_, found);
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

  // The pointer vector and the hash index: RocksDB requires (and asserts)
  // that a memtable does not grow once it is immutable, so the sorted
  // entries, which exist from then until the flush ends, are not counted.
  size_t ApproximateMemoryUsage() override {
    std::lock_guard<std::mutex> lock(mu_);
    return sizeof(*this) + keys_.capacity() * sizeof(const char*) +
           slots_by_key_.capacity() * sizeof(HashSlot);
  }

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
  std::vector<const char*> keys_;          // guarded by mu_
  bool read_only_ = false;                 // guarded by mu_
  std::shared_ptr<const Entries> sorted_;  // guarded by mu_; set once read-only
  std::deque<Slot> slots_;                 // guarded by mu_
  // The point index: an open-addressing hash table (linear probing, at
  // most half full) of the entries by user key, one slot per entry; the
  // entries of one user key (a put, a later delete) are all found by
  // probing on to the next empty slot.
  struct HashSlot {
    uint64_t hash = 0;
    const char* key = nullptr;  // nullptr: empty
  };

  void IndexLocked(const char* key) {
    if ((indexed_ + 1) * 2 > slots_by_key_.size()) {
      std::vector<HashSlot> old(
          std::max<size_t>(1024, slots_by_key_.size() * 2));
      old.swap(slots_by_key_);
      for (const HashSlot& s : old) {
        if (s.key != nullptr) PlaceLocked(s);
      }
    }
    PlaceLocked({std::hash<std::string_view>()(UserKeyOf(key)), key});
    ++indexed_;
  }

  void PlaceLocked(const HashSlot& slot) {
    const size_t mask = slots_by_key_.size() - 1;
    size_t i = slot.hash & mask;
    while (slots_by_key_[i].key != nullptr) i = (i + 1) & mask;
    slots_by_key_[i] = slot;
  }

  const bool point_index_;
  // The point lookup iterator of each thread that has looked a key up
  // (see GetDynamicPrefixIterator); guarded by mu_.
  std::unordered_map<std::thread::id, std::unique_ptr<PointIterator>> point_iterators_;
  // Guarded by mu_; a power-of-two size (1024 or more) once used.
  std::vector<HashSlot> slots_by_key_ = std::vector<HashSlot>(1);
  size_t indexed_ = 0;
};

// The iterator of a point lookup: a Seek finds the entries of the sought
// user key through the hash index and visits them in order; it never moves
// on to other keys, which Get does not need ("It's safe for Get() to
// terminate after having finished all the potential key for the user_key").
// Without the index, a Seek sorts all entries (a rare Get on an index).
class PointIterator final : public MemTableRep::Iterator {
 public:
  PointIterator(const MemTableRep::KeyComparator& cmp, AppendRep* rep)
      : cmp_(cmp), rep_(rep) {}

  bool Valid() const override { return inner_ != nullptr && inner_->Valid(); }
  const char* key() const override { return inner_->key(); }
  void Next() override { inner_->Next(); }
  void Prev() override { inner_->Prev(); }
  void Seek(const rocksdb::Slice& internal_key,
            const char* memtable_key) override {
    Find(internal_key)->Seek(internal_key, memtable_key);
  }
  void SeekForPrev(const rocksdb::Slice& internal_key,
                   const char* memtable_key) override {
    Find(internal_key)->SeekForPrev(internal_key, memtable_key);
  }
  // A point lookup always seeks; there is no first or last key.
  void SeekToFirst() override { inner_.reset(); }
  void SeekToLast() override { inner_.reset(); }

 private:
  SortedIterator* Find(const rocksdb::Slice& internal_key) {
    const size_t n = internal_key.size() >= 8 ? internal_key.size() - 8 : 0;
    inner_ = std::make_unique<SortedIterator>(
        cmp_, rep_->LookupView(std::string_view(internal_key.data(), n)));
    return inner_.get();
  }

  const MemTableRep::KeyComparator& cmp_;
  AppendRep* rep_;
  std::unique_ptr<SortedIterator> inner_;
};

MemTableRep::Iterator* AppendRep::GetDynamicPrefixIterator(rocksdb::Arena* arena) {
  if (arena != nullptr) return GetIterator(arena);
  // RocksDB's default Get (RocksDB 7.8, memtable/memtablerep.cc) takes this
  // iterator and never deletes it, so it must not come from `new`: each
  // thread gets one of its own, kept by the representation and reused by
  // that thread's next lookup (a thread does one Get at a time).
  std::lock_guard<std::mutex> lock(mu_);
  std::unique_ptr<PointIterator>& it = point_iterators_[std::this_thread::get_id()];
  if (it == nullptr) it = std::make_unique<PointIterator>(cmp_, this);
  return it.get();
}

AppendRep::~AppendRep() = default;  // here, where PointIterator is complete

class AppendRepFactory final : public rocksdb::MemTableRepFactory {
 public:
  explicit AppendRepFactory(bool point_index) : point_index_(point_index) {}
  using MemTableRepFactory::CreateMemTableRep;
  MemTableRep* CreateMemTableRep(const MemTableRep::KeyComparator& cmp,
                                 rocksdb::Allocator* allocator,
                                 const rocksdb::SliceTransform*,
                                 rocksdb::Logger*) override {
    return new AppendRep(cmp, allocator, point_index_);
  }
  const char* Name() const override { return "DipgraphAppendRepFactory"; }
  bool IsInsertConcurrentlySupported() const override { return false; }

 private:
  bool point_index_;
};

}  // namespace

std::shared_ptr<rocksdb::MemTableRepFactory> NewAppendMemtableFactory(
    bool point_index) {
  return std::make_shared<AppendRepFactory>(point_index);
}

}  // namespace dipgraph::store
