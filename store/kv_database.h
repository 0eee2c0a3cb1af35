// KvDatabase is the store's narrow view of RocksDB: a set of named columns
// (RocksDB column families), point reads, ordered iteration, atomic write
// batches and checkpoints. Only rocks_kv_database.cc includes RocksDB; it
// converts every rocksdb::Status to a dipgraph Status there, once. The rest
// of store/ is written against this interface, so no RocksDB type appears in
// any header.
//
// Ownership: Open() returns the only owner of the database handle;
// iterators and batches must be destroyed before it.
// Thread-safety: Get, NewIterator and Write may be called concurrently
// (RocksDB is thread-safe); one KvIterator or KvBatch per thread.

#ifndef DIPGRAPH_STORE_KV_DATABASE_H_
#define DIPGRAPH_STORE_KV_DATABASE_H_

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "base/status.h"

namespace dipgraph::store {

// The column families of a dipgraph database; doc/store_format.md gives
// each one's key and value layout. kMeta is RocksDB's "default" family.
enum class Column : uint8_t {
  kMeta = 0,
  kActors,
  kAliases,
  kEvents,
  kEventKeys,
  kMentions,
  kByTime,
  kByActor,
  kByPair,
  kArticles,
  kArticleMentions,
};
constexpr int kColumnCount = 11;

// The family name on disk ("default", "actors", ...).
const char* ColumnName(Column column);

enum class KvMode {
  kReadWrite,  // the single writer; takes RocksDB's LOCK file
  kReadOnly,   // a consistent view as of Open(); runs beside a writer
  kSecondary,  // follows a writer; TryCatchUp() refreshes the view
};

struct KvOptions {
  KvMode mode = KvMode::kReadWrite;  // Default: kReadWrite
  // Create the database (and missing families) if absent; read-write only.
  // Default: true
  bool create_if_missing = true;
  // Directory for a secondary instance's own info log; empty = a fresh
  // temporary directory. Default: empty
  std::filesystem::path secondary_path;
};

// An ordered cursor over one column, positioned by Seek().
class KvIterator {
 public:
  virtual ~KvIterator() = default;
  // Positions at the first key >= `target`.
  virtual void Seek(std::string_view target) = 0;
  // Positions at the last key <= `target`.
  virtual void SeekForPrev(std::string_view target) = 0;
  virtual bool Valid() const = 0;
  virtual void Next() = 0;
  virtual void Prev() = 0;
  // REQUIRES: Valid(). The views live until the next move.
  virtual std::string_view key() const = 0;
  virtual std::string_view value() const = 0;
  // IOError/Corruption if iteration stopped because of an error.
  virtual base::Status status() const = 0;
};

// Puts and deletes that Write() applies atomically (all or none, also
// across a crash).
class KvBatch {
 public:
  virtual ~KvBatch() = default;
  virtual void Put(Column column, std::string_view key,
                   std::string_view value) = 0;
  virtual void Delete(Column column, std::string_view key) = 0;
  // A save point marks the batch's current end; RollbackToSavePoint drops
  // what was added since the last one (and the mark), PopSavePoint only the
  // mark. REQUIRES (both): a save point is set.
  virtual void SetSavePoint() = 0;
  virtual void RollbackToSavePoint() = 0;
  virtual void PopSavePoint() = 0;
  virtual size_t count() const = 0;
  virtual size_t byte_size() const = 0;
};

class KvDatabase {
 public:
  // Opens the RocksDB database in `path` with all columns. Returns NotFound
  // if it does not exist (and may not be created), InvalidArgument if the
  // directory is not a RocksDB database with dipgraph's columns, IOError
  // when RocksDB fails (e.g. "lock held by another process").
  static base::Result<std::unique_ptr<KvDatabase>> Open(
      const KvOptions& options, const std::filesystem::path& path);

  KvDatabase(const KvDatabase&) = delete;
  KvDatabase& operator=(const KvDatabase&) = delete;
  virtual ~KvDatabase() = default;

  // Reads `key`. Returns OK and sets *found; IOError on failure.
  virtual base::Status Get(Column column, std::string_view key,
                           std::string* value, bool* found) const = 0;

  // Reads each of `keys` at once (cheaper than one Get each: RocksDB probes
  // every table file's filter for the whole set). Sets (*values)[i] and
  // (*found)[i]; returns OK, or IOError when a read fails.
  virtual base::Status MultiGet(Column column, const std::vector<std::string>& keys,
                                std::vector<std::string>* values,
                                std::vector<bool>* found) const = 0;

  // A new iterator over `column`, seeing the data as of this call.
  virtual std::unique_ptr<KvIterator> NewIterator(Column column) const = 0;

  virtual std::unique_ptr<KvBatch> NewBatch() const = 0;

  // Applies `batch` atomically; with `sync`, fsyncs the log first.
  // REQUIRES: mode kReadWrite.
  virtual base::Status Write(KvBatch* batch, bool sync) = 0;

  // Writes a consistent checkpoint (hard links where possible) to `dir`,
  // which must not exist. Returns InvalidArgument if it does.
  virtual base::Status Checkpoint(const std::filesystem::path& dir) = 0;

  // Secondary mode: replays what the writer added since. Else a no-op.
  virtual base::Status TryCatchUp() = 0;

  // Flushes memtables to SST files (tests and snapshots).
  virtual base::Status Flush() = 0;

  virtual KvMode mode() const = 0;
  virtual const std::filesystem::path& path() const = 0;

 protected:
  KvDatabase() = default;
};

}  // namespace dipgraph::store

#endif  // DIPGRAPH_STORE_KV_DATABASE_H_
