#include "cli/export_sink.h"

namespace dipgraph::cli {

// Defined next to each format.
std::unique_ptr<ExportSink> MakeJsonlSink();
std::unique_ptr<ExportSink> MakeCsvSink();
std::unique_ptr<ExportSink> MakeGraphmlSink();
std::unique_ptr<ExportSink> MakeNeo4jSink();
std::unique_ptr<ExportSink> MakeGdeltSink();

base::Result<std::unique_ptr<ExportSink>> MakeExportSink(const std::string& format) {
  if (format == "jsonl") return MakeJsonlSink();
  if (format == "csv") return MakeCsvSink();
  if (format == "graphml") return MakeGraphmlSink();
  if (format == "neo4j") return MakeNeo4jSink();
  if (format == "gdelt") return MakeGdeltSink();
  return base::Status::InvalidArgument("--format " + format +
                                       ": unknown (want jsonl, csv, graphml, neo4j or gdelt)");
}

}  // namespace dipgraph::cli
