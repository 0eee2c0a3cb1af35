// ExportSink is one output format of `dipgraph export`: it receives the
// selected canonical events with their evidence one at a time, then the
// actors and articles they involve, and writes its tables into the output
// directory. Formats: jsonl, csv, graphml, neo4j (neo4j-admin import CSVs),
// gdelt (the GDELT 2.0 event table layout). doc/export.md describes every
// table and column.
//
// Thread-safety: one sink per export run.

#ifndef DIPGRAPH_CLI_EXPORT_SINK_H_
#define DIPGRAPH_CLI_EXPORT_SINK_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "base/status.h"
#include "graph/actor.h"
#include "graph/event_record.h"
#include "store/store_types.h"

namespace dipgraph::cli {

// One canonical event and its evidence.
struct ExportEvent {
  const graph::EventRecord* record = nullptr;
  const graph::Actor* source = nullptr;
  const graph::Actor* target = nullptr;
  const std::vector<store::EventMention>* mentions = nullptr;
  // Every article seen so far, including those of `mentions`.
  const std::map<std::string, store::ArticleInfo>* articles = nullptr;
};

// Rows written per table, for the summary and the round-trip tests.
struct ExportCounts {
  uint64_t actors = 0;
  uint64_t events = 0;
  uint64_t mentions = 0;
  uint64_t articles = 0;
  uint64_t skipped = 0;  // events a format cannot express (gdelt: no date)
};

class ExportSink {
 public:
  virtual ~ExportSink() = default;
  // Opens the format's files in the output directory.
  virtual base::Status Begin(const std::string& dir) = 0;
  virtual void AddEvent(const ExportEvent& event) = 0;
  // Called once after the last event with every actor and article the
  // exported events involve (or all of them for an unfiltered export),
  // in id order. Writes the remaining tables and commits every file.
  virtual base::Status Finish(const std::vector<const graph::Actor*>& actors,
                              const std::map<std::string, store::ArticleInfo>& articles) = 0;
  virtual const ExportCounts& counts() const = 0;
};

// "jsonl", "csv", "graphml", "neo4j", "gdelt"; InvalidArgument otherwise.
base::Result<std::unique_ptr<ExportSink>> MakeExportSink(const std::string& format);

}  // namespace dipgraph::cli

#endif  // DIPGRAPH_CLI_EXPORT_SINK_H_
