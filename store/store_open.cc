// Opening a store: the mode mapping, the format-version check, the meta
// record of a fresh database, and snapshots.

#include <chrono>
#include <string>
#include <thread>

#include "store/coding.h"
#include "store/store_impl.h"

namespace dipgraph::store {

using base::Result;
using base::Status;

StoreImpl::StoreImpl(const StoreOptions& options, std::unique_ptr<KvDatabase> db)
    : options_(options), db_(std::move(db)) {}

StoreImpl::~StoreImpl() {
  std::lock_guard<std::mutex> lock(write_mu_);
  (void)FlushLocked();
}

Result<std::unique_ptr<EventStore>> EventStore::Open(
    const StoreOptions& options, const std::filesystem::path& path) {
  KvOptions kv;
  switch (options.mode) {
    case OpenMode::kReadWrite:
      kv.mode = KvMode::kReadWrite;
      break;
    case OpenMode::kReadOnly:
      kv.mode = KvMode::kReadOnly;
      break;
    case OpenMode::kSecondary:
      kv.mode = KvMode::kSecondary;
      break;
  }
  kv.create_if_missing = options.create_if_missing;
  // A reader can open between a writer's recovery steps and miss records
  // that the writer is moving from its log into table files; such a view
  // lacks even the meta records, so readers look again a few times.
  Status status;
  for (int attempt = 0; attempt < 5; ++attempt) {
    DIPGRAPH_ASSIGN_OR_RETURN(auto db, KvDatabase::Open(kv, path));
    auto store = std::make_unique<StoreImpl>(options, std::move(db));
    status = store->Init();
    if (status.ok()) return std::unique_ptr<EventStore>(std::move(store));
    if (kv.mode == KvMode::kReadWrite) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20 << attempt));
  }
  return status;
}

Status StoreImpl::Init() {
  const std::string where = db_->path().string();
  std::string value;
  bool found = false;
  DIPGRAPH_RETURN_IF_ERROR(db_->Get(Column::kMeta, kMetaFormatVersion, &value, &found));
  if (!found) {
    // A database is new when it holds nothing at all: a crash between
    // creating it and writing the meta record leaves exactly that.
    bool empty = true;
    for (Column c : {Column::kMeta, Column::kArticles, Column::kEvents}) {
      auto it = db_->NewIterator(c);
      it->Seek("");
      empty = empty && !it->Valid();
    }
    if (!empty || db_->mode() != KvMode::kReadWrite) {
      return Status::InvalidArgument(where + ": not a dipgraph database (no format version)");
    }
    const int format = options_.create_format == 0 ? kFormatVersion : options_.create_format;
    if (format < 2 || format > kFormatVersion) {
      return Status::InvalidArgument(where + ": cannot create a database of format " +
                                     std::to_string(format));
    }
    auto batch = db_->NewBatch();
    batch->Put(Column::kMeta, kMetaFormatVersion, std::to_string(format));
    std::string next;
    PutFixed64BE(&next, next_event_id_);
    batch->Put(Column::kMeta, kMetaNextEventId, next);
    batch->Put(Column::kMeta, kMetaCounters, EncodeCounters(counters_));
    DIPGRAPH_RETURN_IF_ERROR(db_->Write(batch.get(), /*sync=*/true));
    format_version_ = format;
    return Status::OK();
  }
  int version = 0;
  for (char c : value) {
    if (c < '0' || c > '9' || version > 100000) {
      return Status::Corruption(where + ": format version \"" + value + "\" is not a number");
    }
    version = version * 10 + (c - '0');
  }
  if (version > kFormatVersion) {
    return Status::NotSupported(where + ": format version " + std::to_string(version) +
                                " is newer than this build supports (" +
                                std::to_string(kFormatVersion) + ")");
  }
  if (version < 1) {
    return Status::Corruption(where + ": invalid format version " + value);
  }
  format_version_ = version;
  if (version == 1 && db_->mode() == KvMode::kReadWrite) {
    // Every format 1 record reads as format 2 (see kFormatVersion); from now
    // on articles are written without article_mentions rows, which a
    // format 1 build would not find, so the database says so. Its keys have
    // the layout of format 2, which it keeps: format 3 would need every
    // canonical key rewritten.
    auto batch = db_->NewBatch();
    batch->Put(Column::kMeta, kMetaFormatVersion, "2");
    DIPGRAPH_RETURN_IF_ERROR(db_->Write(batch.get(), /*sync=*/true));
    format_version_ = 2;
  }
  DIPGRAPH_RETURN_IF_ERROR(db_->Get(Column::kMeta, kMetaCounters, &value, &found));
  if (found && !DecodeCounters(value, &counters_)) {
    return Status::Corruption(where + ": meta \"counters\" does not decode");
  }
  DIPGRAPH_RETURN_IF_ERROR(db_->Get(Column::kMeta, kMetaNextEventId, &value, &found));
  if (found) {
    if (value.size() != 8) {
      return Status::Corruption(where + ": meta \"next_event_id\" does not decode");
    }
    next_event_id_ = DecodeFixed64BE(value.data());
  }
  committed_counters_ = counters_;
  committed_next_id_ = next_event_id_;
  events_at_open_ = counters_.events;
  return Status::OK();
}

Status StoreImpl::CheckWritable() const {
  if (db_->mode() != KvMode::kReadWrite) {
    return Status::NotSupported(db_->path().string() + ": opened read-only");
  }
  return Status::OK();
}

int64_t StoreImpl::Now() const {
  if (options_.clock) return options_.clock();
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Status StoreImpl::Snapshot(const std::filesystem::path& dir) {
  // Holding the write lock keeps an in-process ingest out of the middle of
  // the checkpoint; RocksDB makes it consistent across processes anyway.
  std::lock_guard<std::mutex> lock(write_mu_);
  DIPGRAPH_RETURN_IF_ERROR(FlushLocked());
  return db_->Checkpoint(dir);
}

Status StoreImpl::Refresh() { return db_->TryCatchUp(); }

}  // namespace dipgraph::store
