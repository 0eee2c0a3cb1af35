// TableFile writes one export file atomically: rows go to "<path>.tmp" and
// Commit() renames it into place, so an export that fails half-way leaves
// no truncated table behind. Also CSV field quoting (RFC 4180) and the
// GraphML/XML text escaping the exporters share.
//
// Thread-safety: one writer per thread.

#ifndef DIPGRAPH_CLI_TABLE_FILE_H_
#define DIPGRAPH_CLI_TABLE_FILE_H_

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dipgraph::cli {

class TableFile {
 public:
  TableFile() = default;
  TableFile(const TableFile&) = delete;
  TableFile& operator=(const TableFile&) = delete;
  // Removes the temporary file if Commit() was never reached.
  ~TableFile();

  // Creates "<path>.tmp". Returns IOError naming the path on failure.
  base::Status Open(const std::string& path);
  void Write(std::string_view text);
  // Writes the fields as one CSV row (quoted where needed) and "\n".
  void WriteCsvRow(const std::vector<std::string>& fields);
  // Flushes, closes and renames into place. IOError on any write failure.
  base::Status Commit();

  const std::string& path() const { return path_; }

 private:
  std::FILE* file_ = nullptr;
  std::string path_;
  bool failed_ = false;
};

// "a,b" -> "\"a,b\""; quotes doubled; fields without , " CR LF unchanged.
std::string CsvField(std::string_view value);

// XML text/attribute escaping (& < > " ') with control characters other
// than tab/newline dropped (XML 1.0 forbids them).
std::string XmlEscape(std::string_view value);

}  // namespace dipgraph::cli

#endif  // DIPGRAPH_CLI_TABLE_FILE_H_
