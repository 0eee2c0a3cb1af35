// ArticleReader reads the articles of one input for the commands that take
// articles (`extract`, `ingest`): a JSONL file with one article a line
// (SCHEMA.md §1), standard input ("-", JSONL), or a `.txt` file whose whole
// content is one article. Blank lines are skipped; a line that is not a
// valid article is returned as a BadLine naming the file, the line and the
// reason, so every caller reports "FILE:LINE: reason" the same way and can
// go on with the next line.
//
// Thread-safety: one reader per thread.

#ifndef DIPGRAPH_EXTRACT_ARTICLE_READER_H_
#define DIPGRAPH_EXTRACT_ARTICLE_READER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "base/line_reader.h"
#include "base/result.h"
#include "base/status.h"
#include "graph/article.h"

namespace dipgraph::extract {

struct ArticleReaderOptions {
  // Overrides every article's language when set ("en", "de").
  std::string lang;
  // For a .txt file: the article id (default: the file name without its
  // extension) and publication date YYYY-MM-DD (default: none).
  std::string txt_id;
  std::string txt_date;
};

// An input line that is not a usable article.
struct BadLine {
  std::string path;
  uint64_t line = 0;
  std::string reason;

  // "FILE:LINE: reason".
  std::string ToString() const;
};

class ArticleReader {
 public:
  enum class Outcome { kArticle, kBadLine, kEnd };

  // Opens `path`. Errors are those of base::LineReader::Open (NotFound,
  // InvalidArgument for a directory, IOError).
  static base::Result<std::unique_ptr<ArticleReader>> Open(const std::string& path,
                                                          const ArticleReaderOptions& options);

  // Reads the next article into *article, or describes a bad line in *bad.
  // kEnd at the end of input or on a read error (see status()).
  Outcome Next(graph::Article* article, BadLine* bad);

  const std::string& path() const { return path_; }
  // Progress: bytes consumed and the input's size (0 if unknown).
  uint64_t bytes_read() const;
  uint64_t size() const;
  // OK unless reading failed part-way.
  const base::Status& status() const;

 private:
  ArticleReader(std::string path, ArticleReaderOptions options);

  Outcome NextText(graph::Article* article, BadLine* bad);

  std::string path_;
  ArticleReaderOptions options_;
  std::optional<base::LineReader> lines_;  // JSONL input
  std::optional<std::string> text_;        // .txt input, until returned
  uint64_t text_size_ = 0;
  bool text_done_ = false;
  std::string line_;
  base::Status ok_;
};

// True when `path` names a whole-text article file (".txt").
bool IsTextArticleFile(const std::string& path);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_ARTICLE_READER_H_
