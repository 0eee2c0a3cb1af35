// The RocksDB adapter behind KvDatabase: the one file of store/ that
// includes RocksDB. rocksdb::Status is converted to base::Status here.

#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/memtablerep.h>
#include <rocksdb/options.h>
#include <rocksdb/table.h>
#include <rocksdb/utilities/checkpoint.h>
#include <rocksdb/write_batch.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <thread>
#include <cstdlib>
#include <system_error>
#include <vector>

#include "store/append_memtable.h"
#include "store/kv_database.h"

namespace dipgraph::store {

namespace {

namespace fs = std::filesystem;
using base::Result;
using base::Status;

constexpr std::array<const char*, kColumnCount> kColumnNames = {
    "default",  "actors",   "aliases", "events",  "event_keys",
    "mentions", "by_time",  "by_actor", "by_pair", "articles",
    "article_mentions"};

// Converts a RocksDB status once, prefixing `context` (usually the path).
Status FromRocks(const rocksdb::Status& s, const std::string& context) {
  if (s.ok()) return Status::OK();
  const std::string msg = context + ": " + s.ToString();
  if (s.IsNotFound()) return Status::NotFound(msg);
  if (s.IsCorruption()) return Status::Corruption(msg);
  if (s.IsNotSupported()) return Status::NotSupported(msg);
  if (s.IsInvalidArgument()) return Status::InvalidArgument(msg);
  if (s.IsIOError()) return Status::IOError(msg);
  return Status::Internal(msg);
}

rocksdb::Slice ToSlice(std::string_view s) { return {s.data(), s.size()}; }
std::string_view ToView(const rocksdb::Slice& s) { return {s.data(), s.size()}; }

// The time, actor and pair indexes are written and never read back by
// the writer (it deletes their keys blind when an event is retired).
bool WriteOnlyIndex(Column column) {
  return column == Column::kByTime || column == Column::kByActor || column == Column::kByPair;
}

// Columns the writer asks point questions of (is this event, actor or
// article known?); most of those lookups miss for new data. Not `events`:
// its ids come from event_keys or an article's list, so every lookup there
// hits, and a Bloom filter would only cost flush and compaction time.
bool PointLookups(Column column) {
  return column == Column::kEventKeys || column == Column::kActors ||
         column == Column::kArticles || column == Column::kMeta;
}

rocksdb::ColumnFamilyOptions ColumnOptions(Column column, KvMode mode) {
  rocksdb::ColumnFamilyOptions o;
  o.compression = rocksdb::kLZ4Compression;
  o.bottommost_compression = rocksdb::kZSTD;
  // ZSTD's fastest level: the same size here (140.0 against 139.2 bytes per
  // event at level 3, store_bench --events 500000) for less compaction CPU.
  o.bottommost_compression_opts.level = 1;
  o.bottommost_compression_opts.enabled = true;
  // Small memtables: an insert walks a skiplist, and a skiplist that fits
  // in the CPU cache is several times faster to insert into than a 64 MB
  // one; flushing more often costs a background thread, not the writer.
  o.write_buffer_size = 1 << 20;
  // Compact L0 at 8 files, not 4 (mentions, the bulk of the data: 16):
  // with the larger memtables below, an ingest then rewrites much less
  // (the default rewrote the mentions three times in half a million
  // events; at a million, compaction at 8 files was a fifth of all storing
  // CPU, at 16 it is a tenth). Dynamic level sizing measured no better
  // here, and RocksDB 7.8 advises against switching it on for existing
  // databases.
  o.level0_file_num_compaction_trigger = column == Column::kMentions ? 16 : 8;
  // The key order check hashes every key of every flush and compaction.
  o.check_flush_compaction_key_order = false;
  if (mode == KvMode::kReadWrite &&
      (WriteOnlyIndex(column) || column == Column::kEventKeys)) {
    // Index keys and canonical keys arrive in random order (by date, by
    // actor, by pair), where a skiplist insert costs a dozen cache misses:
    // the writer appends them to a vector instead, sorted once when the
    // memtable is flushed (append_memtable.h). For the indexes that halved
    // the cost of storing an event; for event_keys, whose few lookups the
    // writer's key filter (key_filter.h) lets through, the memtable also
    // keeps a hash by key (with the filter: 20 % less CPU per event than a
    // skiplist, store_bench at 500k events). An iterator over a live memtable of
    // this kind sorts a copy, which is why readers (other processes, their
    // own memtables replayed from the log) keep the skiplist, and why the
    // columns the writer scans (mentions, on replace) do not use it.
    o.memtable_factory = NewAppendMemtableFactory(/*point_index=*/column == Column::kEventKeys);
    o.write_buffer_size = 16 << 20;  // appends stay cheap; fewer, larger files
  }
  if (column == Column::kMentions || column == Column::kEvents) {
    // New events take ascending ids, so their records and mentions (the
    // bulk of the data: sentences) are appended at the skiplist's end,
    // where a large memtable costs little. Fewer flushes mean much less
    // compaction work (a third of the ingest's CPU time with 1 MB) and
    // fewer log switches, each of which syncs the previous log.
    o.write_buffer_size = column == Column::kMentions ? 16 << 20 : 8 << 20;
  }
  if (PointLookups(column) && column != Column::kEventKeys) {
    // A memtable Bloom filter for Gets (event_keys' memtable has its hash).
    o.memtable_whole_key_filtering = true;
    o.memtable_prefix_bloom_size_ratio = 0.05;
  }
  rocksdb::BlockBasedTableOptions t;
  // 16 KB blocks: a quarter of the index entries and better compression
  // (mentions are sentences); reads measured no slower.
  t.block_size = 16 << 10;
  // Point lookups mostly miss for new data: a Bloom filter answers them
  // without reading blocks.
  if (PointLookups(column) && column != Column::kMeta) {
    t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  }
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  return o;
}

class RocksIterator final : public KvIterator {
 public:
  explicit RocksIterator(rocksdb::Iterator* it) : it_(it) {}
  void Seek(std::string_view target) override { it_->Seek(ToSlice(target)); }
  void SeekForPrev(std::string_view target) override {
    it_->SeekForPrev(ToSlice(target));
  }
  bool Valid() const override { return it_->Valid(); }
  void Next() override { it_->Next(); }
  void Prev() override { it_->Prev(); }
  std::string_view key() const override { return ToView(it_->key()); }
  std::string_view value() const override { return ToView(it_->value()); }
  Status status() const override { return FromRocks(it_->status(), "iterator"); }

 private:
  std::unique_ptr<rocksdb::Iterator> it_;
};

class RocksBatch final : public KvBatch {
 public:
  explicit RocksBatch(const std::vector<rocksdb::ColumnFamilyHandle*>* handles)
      : handles_(handles) {}
  void Put(Column column, std::string_view key, std::string_view value) override {
    batch_.Put(handle(column), ToSlice(key), ToSlice(value)).PermitUncheckedError();
  }
  void Delete(Column column, std::string_view key) override {
    batch_.Delete(handle(column), ToSlice(key)).PermitUncheckedError();
  }
  void SetSavePoint() override { batch_.SetSavePoint(); }
  void RollbackToSavePoint() override { batch_.RollbackToSavePoint().PermitUncheckedError(); }
  void PopSavePoint() override { batch_.PopSavePoint().PermitUncheckedError(); }
  size_t count() const override { return static_cast<size_t>(batch_.Count()); }
  size_t byte_size() const override { return batch_.GetDataSize(); }
  rocksdb::WriteBatch* batch() { return &batch_; }

 private:
  rocksdb::ColumnFamilyHandle* handle(Column c) const {
    return (*handles_)[static_cast<size_t>(c)];
  }
  const std::vector<rocksdb::ColumnFamilyHandle*>* handles_;
  rocksdb::WriteBatch batch_;
};

class RocksKvDatabase final : public KvDatabase {
 public:
  RocksKvDatabase(KvMode mode, fs::path path, fs::path temp_secondary)
      : mode_(mode), path_(std::move(path)),
        temp_secondary_(std::move(temp_secondary)) {}

  ~RocksKvDatabase() override {
    if (db_ != nullptr) {
      // A writer leaves its data in table files, not only in the log: the
      // next writer then has no log to replay, so a reader that opens while
      // that writer starts never sees a state without the older records.
      if (mode_ == KvMode::kReadWrite) {
        db_->Flush(rocksdb::FlushOptions(), handles_).PermitUncheckedError();
      }
      for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h).PermitUncheckedError();
      db_->Close().PermitUncheckedError();
      delete db_;
    }
    if (!temp_secondary_.empty()) {
      std::error_code ec;
      fs::remove_all(temp_secondary_, ec);
    }
  }

  Status Init(const KvOptions& options);
  Status CreateAtomically(const rocksdb::Options& db_options,
                          const std::vector<rocksdb::ColumnFamilyDescriptor>& cfs);

  Status Get(Column column, std::string_view key, std::string* value,
             bool* found) const override {
    rocksdb::PinnableSlice slice;
    const rocksdb::Status s =
        db_->Get(rocksdb::ReadOptions(), handle(column), ToSlice(key), &slice);
    if (s.IsNotFound()) {
      *found = false;
      return Status::OK();
    }
    if (!s.ok()) return FromRocks(s, path_.string());
    *found = true;
    value->assign(slice.data(), slice.size());
    return Status::OK();
  }

  Status MultiGet(Column column, const std::vector<std::string>& keys,
                  std::vector<std::string>* values, std::vector<bool>* found) const override {
    const size_t n = keys.size();
    values->resize(n);
    found->assign(n, false);
    if (n == 0) return Status::OK();
    std::vector<rocksdb::Slice> slices(keys.begin(), keys.end());
    std::vector<rocksdb::PinnableSlice> pinned(n);
    std::vector<rocksdb::Status> statuses(n);
    db_->MultiGet(rocksdb::ReadOptions(), handle(column), n, slices.data(), pinned.data(),
                  statuses.data());
    for (size_t i = 0; i < n; ++i) {
      if (statuses[i].IsNotFound()) continue;
      if (!statuses[i].ok()) return FromRocks(statuses[i], path_.string());
      (*found)[i] = true;
      (*values)[i].assign(pinned[i].data(), pinned[i].size());
    }
    return Status::OK();
  }

  std::unique_ptr<KvIterator> NewIterator(Column column) const override {
    rocksdb::ReadOptions ro;
    return std::make_unique<RocksIterator>(db_->NewIterator(ro, handle(column)));
  }

  std::unique_ptr<KvBatch> NewBatch() const override {
    return std::make_unique<RocksBatch>(&handles_);
  }

  Status Write(KvBatch* batch, bool sync) override {
    rocksdb::WriteOptions wo;
    wo.sync = sync;
    return FromRocks(db_->Write(wo, static_cast<RocksBatch*>(batch)->batch()),
                     path_.string());
  }

  Status Checkpoint(const fs::path& dir) override {
    std::error_code ec;
    if (fs::exists(dir, ec)) {
      return Status::InvalidArgument(dir.string() + ": already exists");
    }
    rocksdb::Checkpoint* raw = nullptr;
    DIPGRAPH_RETURN_IF_ERROR(
        FromRocks(rocksdb::Checkpoint::Create(db_, &raw), path_.string()));
    std::unique_ptr<rocksdb::Checkpoint> cp(raw);
    return FromRocks(cp->CreateCheckpoint(dir.string()), dir.string());
  }

  Status TryCatchUp() override {
    if (mode_ != KvMode::kSecondary) return Status::OK();
    return FromRocks(db_->TryCatchUpWithPrimary(), path_.string());
  }

  Status Flush() override {
    if (mode_ != KvMode::kReadWrite) return Status::OK();
    return FromRocks(db_->Flush(rocksdb::FlushOptions(), handles_),
                     path_.string());
  }

  KvMode mode() const override { return mode_; }
  const fs::path& path() const override { return path_; }

 private:
  rocksdb::ColumnFamilyHandle* handle(Column c) const {
    return handles_[static_cast<size_t>(c)];
  }

  KvMode mode_;
  fs::path path_;
  fs::path temp_secondary_;  // removed on close when we created it
  rocksdb::DB* db_ = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
};

// A process killed while RocksDB creates a database can leave it with only
// some of the column families, which would then read as "not a dipgraph
// database". So a new database is built beside `path` and renamed into
// place once complete: the rename is atomic.
Status RocksKvDatabase::CreateAtomically(
    const rocksdb::Options& db_options,
    const std::vector<rocksdb::ColumnFamilyDescriptor>& cfs) {
  const fs::path temp = path_.parent_path() /
                        (path_.filename().string() + ".creating-" + std::to_string(::getpid()));
  std::error_code ec;
  fs::remove_all(temp, ec);
  if (!path_.parent_path().empty()) fs::create_directories(path_.parent_path(), ec);
  rocksdb::DB* db = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  DIPGRAPH_RETURN_IF_ERROR(FromRocks(
      rocksdb::DB::Open(db_options, temp.string(), cfs, &handles, &db), temp.string()));
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h).PermitUncheckedError();
  const rocksdb::Status closed = db->Close();
  delete db;
  DIPGRAPH_RETURN_IF_ERROR(FromRocks(closed, temp.string()));
  fs::rename(temp, path_, ec);  // replaces an empty directory
  if (ec) {
    fs::remove_all(temp, ec);
    return Status::IOError(path_.string() + ": cannot create the database: " + ec.message());
  }
  return Status::OK();
}

Status RocksKvDatabase::Init(const KvOptions& options) {
  const std::string where = path_.string();
  std::error_code ec;
  const bool exists = fs::exists(path_, ec);
  const bool has_current = fs::exists(path_ / "CURRENT", ec);
  if (exists && !fs::is_directory(path_, ec)) {
    return Status::InvalidArgument(where + ": not a directory");
  }
  if (!has_current) {
    if (mode_ != KvMode::kReadWrite || !options.create_if_missing) {
      if (!exists) return Status::NotFound(where + ": no such database");
      return Status::InvalidArgument(where + ": not a dipgraph database (no CURRENT file)");
    }
    // Refuse to scatter a database into an unrelated, non-empty directory.
    if (exists && !fs::is_empty(path_, ec)) {
      return Status::InvalidArgument(where + ": not a dipgraph database (directory is not empty)");
    }
  }

  rocksdb::Options db_options;
  db_options.create_if_missing = options.create_if_missing;
  db_options.create_missing_column_families = options.create_if_missing;
  db_options.max_background_jobs = 2;
  db_options.keep_log_file_num = 3;
  db_options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  db_options.max_open_files = 256;
  // One writing thread (write_mu_): the concurrent memtable insert path
  // would only add atomics, and the vector memtables do not support it.
  db_options.allow_concurrent_memtable_write = false;

  if (has_current) {
    // Every dipgraph family must be there: a RocksDB database without them
    // belongs to someone else, and a writer must not add families to it.
    std::vector<std::string> names;
    DIPGRAPH_RETURN_IF_ERROR(FromRocks(
        rocksdb::DB::ListColumnFamilies(db_options, where, &names), where));
    for (const char* want : kColumnNames) {
      bool present = false;
      for (const auto& n : names) present = present || n == want;
      if (!present) {
        return Status::InvalidArgument(where + ": not a dipgraph database (no column family \"" +
                                       want + "\")");
      }
    }
  }

  std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
  for (int i = 0; i < kColumnCount; ++i) {
    cfs.emplace_back(kColumnNames[static_cast<size_t>(i)],
                     ColumnOptions(static_cast<Column>(i), mode_));
  }
  if (!has_current) DIPGRAPH_RETURN_IF_ERROR(CreateAtomically(db_options, cfs));
  rocksdb::Status s;
  switch (mode_) {
    case KvMode::kReadWrite:
      s = rocksdb::DB::Open(db_options, where, cfs, &handles_, &db_);
      break;
    case KvMode::kReadOnly:
      s = rocksdb::DB::OpenForReadOnly(db_options, where, cfs, &handles_, &db_);
      break;
    case KvMode::kSecondary: {
      fs::path secondary = options.secondary_path;
      if (secondary.empty()) {
        std::string tmpl = (fs::temp_directory_path() / "dipgraph-secondary-XXXXXX").string();
        if (::mkdtemp(tmpl.data()) == nullptr) {
          return Status::IOError(tmpl + ": cannot create a temporary directory");
        }
        secondary = tmpl;
        temp_secondary_ = secondary;
      }
      db_options.max_open_files = -1;  // required by secondary instances
      s = rocksdb::DB::OpenAsSecondary(db_options, where, secondary.string(), cfs,
                                       &handles_, &db_);
      break;
    }
  }
  return FromRocks(s, where);
}

}  // namespace

const char* ColumnName(Column column) {
  return kColumnNames[static_cast<size_t>(column)];
}

Result<std::unique_ptr<KvDatabase>> KvDatabase::Open(const KvOptions& options,
                                                     const fs::path& path) {
  fs::path p = path;
  if (!p.has_filename() && p.has_parent_path()) p = p.parent_path();  // "db/"
  // A reader that opens while the writer rewrites its MANIFEST or deletes
  // a flushed log can see a transient state (a missing file, a manifest
  // without all families yet): readers try again a few times.
  Status status;
  for (int attempt = 0; attempt < 5; ++attempt) {
    auto db = std::make_unique<RocksKvDatabase>(options.mode, p, fs::path());
    status = db->Init(options);
    if (status.ok()) return std::unique_ptr<KvDatabase>(std::move(db));
    if (options.mode == KvMode::kReadWrite ||
        status.code() == base::StatusCode::kNotFound) {
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20 << attempt));
  }
  return status;
}

}  // namespace dipgraph::store
