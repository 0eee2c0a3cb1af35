#include "base/line_reader.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <stdio.h>  // getline
#include <sys/types.h>

namespace dipgraph::base {

namespace {

Status CheckPath(const std::string& path, uint64_t* size) {
  std::error_code ec;
  const auto st = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(st)) {
    return Status::NotFound(path + ": no such file");
  }
  if (std::filesystem::is_directory(st)) {
    return Status::InvalidArgument(path + ": is a directory, not a file");
  }
  *size = 0;
  if (std::filesystem::is_regular_file(st)) {
    const auto n = std::filesystem::file_size(path, ec);
    if (!ec) *size = n;
  }
  return Status::OK();
}

}  // namespace

Result<LineReader> LineReader::Open(const std::string& path) {
  if (path == "-") return LineReader(stdin, false, "<stdin>", 0);
  uint64_t size = 0;
  DIPGRAPH_RETURN_IF_ERROR(CheckPath(path, &size));
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    return Status::IOError(path + ": " + std::strerror(errno));
  }
  return LineReader(f, true, path, size);
}

LineReader::LineReader(std::FILE* file, bool owned, std::string path,
                       uint64_t size)
    : file_(file), owned_(owned), path_(std::move(path)), size_(size) {}

LineReader::LineReader(LineReader&& other) noexcept
    : file_(other.file_),
      owned_(other.owned_),
      path_(std::move(other.path_)),
      size_(other.size_),
      line_number_(other.line_number_),
      bytes_read_(other.bytes_read_),
      status_(std::move(other.status_)) {
  other.file_ = nullptr;
  other.owned_ = false;
}

LineReader::~LineReader() {
  if (owned_ && file_ != nullptr) std::fclose(file_);
}

bool LineReader::Next(std::string* line) {
  line->clear();
  if (file_ == nullptr) return false;
  // POSIX getline keeps NUL bytes and handles lines of any length.
  char* buf = nullptr;
  size_t cap = 0;
  errno = 0;
  const ssize_t n = ::getline(&buf, &cap, file_);
  if (n < 0) {
    std::free(buf);
    if (std::ferror(file_)) {
      status_ = Status::IOError(path_ + ": read error: " + std::strerror(errno));
    }
    return false;
  }
  bytes_read_ += static_cast<uint64_t>(n);
  line->assign(buf, static_cast<size_t>(n));
  std::free(buf);
  if (!line->empty() && line->back() == '\n') line->pop_back();
  if (!line->empty() && line->back() == '\r') line->pop_back();
  ++line_number_;
  if (line_number_ == 1 && line->size() >= 3 &&
      line->compare(0, 3, "\xEF\xBB\xBF") == 0) {
    line->erase(0, 3);
  }
  return true;
}

Result<std::string> ReadFileToString(const std::string& path) {
  uint64_t size = 0;
  if (path != "-") DIPGRAPH_RETURN_IF_ERROR(CheckPath(path, &size));
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IOError(path + ": " + std::strerror(errno));
  std::string out;
  out.reserve(size);
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  const bool failed = std::ferror(f) != 0;
  if (f != stdin) std::fclose(f);
  if (failed) return Status::IOError(path + ": read error");
  return out;
}

}  // namespace dipgraph::base
