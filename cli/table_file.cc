#include "cli/table_file.h"

#include <cerrno>
#include <cstring>

namespace dipgraph::cli {

TableFile::~TableFile() {
  if (file_ != nullptr) {
    std::fclose(file_);
    std::remove((path_ + ".tmp").c_str());
  }
}

base::Status TableFile::Open(const std::string& path) {
  path_ = path;
  file_ = std::fopen((path + ".tmp").c_str(), "wb");
  if (file_ == nullptr) {
    return base::Status::IOError(path + ": cannot write: " + std::strerror(errno));
  }
  return base::Status::OK();
}

void TableFile::Write(std::string_view text) {
  if (file_ == nullptr || failed_) return;
  if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) failed_ = true;
}

void TableFile::WriteCsvRow(const std::vector<std::string>& fields) {
  std::string row;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) row += ',';
    row += CsvField(fields[i]);
  }
  row += '\n';
  Write(row);
}

base::Status TableFile::Commit() {
  if (file_ == nullptr) return base::Status::IOError(path_ + ": not open");
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  const std::string tmp = path_ + ".tmp";
  if (failed_ || !closed) {
    std::remove(tmp.c_str());
    return base::Status::IOError(path_ + ": write failed (disk full?)");
  }
  if (std::rename(tmp.c_str(), path_.c_str()) != 0) {
    const int err = errno;
    std::remove(tmp.c_str());
    return base::Status::IOError(path_ + ": " + std::strerror(err));
  }
  return base::Status::OK();
}

std::string CsvField(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string XmlEscape(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out += c;
    }
  }
  return out;
}

}  // namespace dipgraph::cli
