// The append-and-sort memtable of the write-only index columns, tested
// through RocksDB: whatever order keys arrive in, a live memtable, a flushed
// table and a reopened database must all read back in bytewise order, with
// overwrites and deletes applied, and seeks must land where a sorted map
// says. Keys are chosen to stress the 16-byte prefix shortcut: shorter than
// 8 and 16 bytes, prefixes of each other, zero bytes, equal first 16 bytes.

#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <string>

#include "store/kv_database.h"
#include "tests/store/store_test_util.h"

namespace dipgraph::store {
namespace {

using testing::TempDir;

// Keys of the awkward shapes, in a shuffled order.
std::vector<std::string> AwkwardKeys(std::mt19937& rng) {
  std::vector<std::string> keys = {"", "a", std::string("a\0", 2), std::string("a\0\0", 3),
                                   "ab", "abcdefg", "abcdefgh", "abcdefghi",
                                   std::string(16, 'x'), std::string(16, 'x') + '\0',
                                   std::string(16, 'x') + "a", std::string(16, 'x') + "b",
                                   std::string(15, 'x'), std::string(17, 'x'),
                                   "\xff", "\xff\xff\xff\xff\xff\xff\xff\xff\xff"};
  // Many keys sharing their first 16 bytes (an actor's entries on one day),
  // and random binary keys of every length up to 30.
  for (int i = 0; i < 300; ++i) {
    std::string k = "P:person-123" + std::string(1, '\0') + "\x80\x00\x12";
    k += std::to_string(rng() % 1000);
    keys.push_back(k);
  }
  for (int i = 0; i < 2000; ++i) {
    std::string k(rng() % 31, '\0');
    for (char& c : k) c = static_cast<char>(rng() % 4 == 0 ? 0 : rng() % 256);
    keys.push_back(k);
  }
  std::shuffle(keys.begin(), keys.end(), rng);
  return keys;
}

void CheckScan(const KvDatabase& db, const std::map<std::string, std::string>& want) {
  auto it = db.NewIterator(Column::kByTime);
  auto w = want.begin();
  for (it->Seek(""); it->Valid(); it->Next(), ++w) {
    REQUIRE(w != want.end());
    CHECK(it->key() == w->first);
    CHECK(it->value() == w->second);
  }
  CHECK(w == want.end());
  REQUIRE(it->status().ok());
  // Backwards from the end.
  auto r = want.rbegin();
  for (it->SeekForPrev(std::string(40, '\xff')); it->Valid(); it->Prev(), ++r) {
    REQUIRE(r != want.rend());
    CHECK(it->key() == r->first);
  }
  CHECK(r == want.rend());
}

void CheckSeeks(const KvDatabase& db, const std::map<std::string, std::string>& want,
                std::mt19937& rng) {
  auto it = db.NewIterator(Column::kByTime);
  for (int i = 0; i < 200; ++i) {
    std::string target(rng() % 20, '\0');
    for (char& c : target) c = static_cast<char>(rng() % 256);
    auto lower = want.lower_bound(target);
    it->Seek(target);
    REQUIRE(it->Valid() == (lower != want.end()));
    if (lower != want.end()) CHECK(it->key() == lower->first);
    auto upper = want.upper_bound(target);
    it->SeekForPrev(target);
    REQUIRE(it->Valid() == (upper != want.begin()));
    if (upper != want.begin()) CHECK(it->key() == std::prev(upper)->first);
  }
}

TEST_CASE("Index columns read back in key order from memtable, table and reopened database",
          "[store][memtable]") {
  TempDir dir;
  std::mt19937 rng(7);
  std::map<std::string, std::string> want;
  {
    auto db = KvDatabase::Open(KvOptions{}, dir / "db");
    REQUIRE(db.ok());
    const auto keys = AwkwardKeys(rng);
    // Several batches: puts, overwrites of earlier keys, and deletes.
    for (size_t start = 0; start < keys.size(); start += 500) {
      auto batch = (*db)->NewBatch();
      for (size_t i = start; i < std::min(keys.size(), start + 500); ++i) {
        const std::string value = "v" + std::to_string(i);
        batch->Put(Column::kByTime, keys[i], value);
        want[keys[i]] = value;
        if (i % 7 == 3) {
          const std::string& old = keys[rng() % (i + 1)];
          batch->Delete(Column::kByTime, old);
          want.erase(old);
        }
      }
      REQUIRE((*db)->Write(batch.get(), false).ok());
    }
    SECTION("live memtable") {
      CheckScan(**db, want);
      CheckSeeks(**db, want, rng);
      std::string value;
      bool found = false;
      const auto& some = *std::next(want.begin(), static_cast<long>(want.size() / 2));
      REQUIRE((*db)->Get(Column::kByTime, some.first, &value, &found).ok());
      CHECK(found);
      CHECK(value == some.second);
    }
    SECTION("flushed table, then reopened") {
      REQUIRE((*db)->Flush().ok());
      CheckScan(**db, want);
      CheckSeeks(**db, want, rng);
      db->reset();
      auto again = KvDatabase::Open(KvOptions{}, dir / "db");
      REQUIRE(again.ok());
      CheckScan(**again, want);
    }
  }
}

}  // namespace
}  // namespace dipgraph::store
