// The lexicon data files compiled into the binary (extract/lexicon/*.txt),
// by file name. Generated at build time by cmake/embed_files.cmake.
//
// Thread-safety: immutable static data.

#ifndef DIPGRAPH_EXTRACT_EMBEDDED_FILES_H_
#define DIPGRAPH_EXTRACT_EMBEDDED_FILES_H_

#include <cstddef>
#include <span>
#include <string_view>

namespace dipgraph::extract {

struct EmbeddedFile {
  std::string_view name;     // "states.txt"
  std::string_view content;  // the file's bytes
};

extern const EmbeddedFile kEmbeddedFiles[];
extern const size_t kEmbeddedFileCount;

// All embedded files, sorted by name.
inline std::span<const EmbeddedFile> EmbeddedFiles() {
  return {kEmbeddedFiles, kEmbeddedFileCount};
}

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_EMBEDDED_FILES_H_
