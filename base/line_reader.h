// LineReader reads a text file (or standard input, named "-") one line at a
// time with its 1-based line number, so that every parse error can be
// reported as "FILE:LINE: reason". It strips a UTF-8 byte order mark at the
// start and the "\r" of CRLF line ends; lines of any length are returned
// whole.
//
// Thread-safety: one reader per thread.

#ifndef DIPGRAPH_BASE_LINE_READER_H_
#define DIPGRAPH_BASE_LINE_READER_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "base/result.h"
#include "base/status.h"

namespace dipgraph::base {

class LineReader {
 public:
  // Opens `path` ("-" = standard input). Returns NotFound if it does not
  // exist, InvalidArgument if it is a directory, IOError otherwise.
  static Result<LineReader> Open(const std::string& path);

  LineReader(LineReader&& other) noexcept;
  LineReader& operator=(LineReader&&) = delete;
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;
  ~LineReader();

  // Reads the next line into *line (without its line end). Returns false at
  // end of input. A read error ends input and is reported by status().
  bool Next(std::string* line);

  // The number of the line last returned by Next(), 1-based.
  uint64_t line_number() const { return line_number_; }
  const std::string& path() const { return path_; }
  // Bytes consumed so far (for progress display).
  uint64_t bytes_read() const { return bytes_read_; }
  // Total size in bytes if known (regular file), else 0.
  uint64_t size() const { return size_; }
  const Status& status() const { return status_; }

 private:
  LineReader(std::FILE* file, bool owned, std::string path, uint64_t size);

  std::FILE* file_;
  bool owned_;
  std::string path_;
  uint64_t size_;
  uint64_t line_number_ = 0;
  uint64_t bytes_read_ = 0;
  Status status_;
};

// Reads a whole file into a string. Same errors as LineReader::Open.
Result<std::string> ReadFileToString(const std::string& path);

}  // namespace dipgraph::base

#endif  // DIPGRAPH_BASE_LINE_READER_H_
