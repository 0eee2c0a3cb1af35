// Reading articles from JSONL, standard input or .txt files.

#include "extract/article_reader.h"

#include <algorithm>
#include <filesystem>
#include <utility>

#include "base/civil_date.h"
#include "base/utf8.h"
#include "extract/article_json.h"

namespace dipgraph::extract {

using base::Result;
using base::Status;

std::string BadLine::ToString() const {
  return path + ":" + std::to_string(line) + ": " + reason;
}

bool IsTextArticleFile(const std::string& path) {
  return path != "-" && std::filesystem::path(path).extension() == ".txt";
}

ArticleReader::ArticleReader(std::string path, ArticleReaderOptions options)
    : path_(std::move(path)), options_(std::move(options)) {}

Result<std::unique_ptr<ArticleReader>> ArticleReader::Open(const std::string& path,
                                                          const ArticleReaderOptions& options) {
  std::unique_ptr<ArticleReader> reader(new ArticleReader(path, options));
  if (IsTextArticleFile(path)) {
    DIPGRAPH_ASSIGN_OR_RETURN(std::string text, base::ReadFileToString(path));
    reader->text_size_ = text.size();
    reader->text_ = std::move(text);
  } else {
    DIPGRAPH_ASSIGN_OR_RETURN(base::LineReader lines, base::LineReader::Open(path));
    reader->lines_.emplace(std::move(lines));
  }
  return reader;
}

ArticleReader::Outcome ArticleReader::Next(graph::Article* article, BadLine* bad) {
  if (!lines_) return NextText(article, bad);
  while (lines_->Next(&line_)) {
    if (line_.find_first_not_of(" \t") == std::string::npos) continue;
    auto parsed = ParseArticleJson(line_);
    if (!parsed.ok()) {
      *bad = BadLine{lines_->path(), lines_->line_number(), parsed.status().message()};
      return Outcome::kBadLine;
    }
    *article = std::move(parsed).value();
    if (!options_.lang.empty()) article->lang = options_.lang;
    return Outcome::kArticle;
  }
  return Outcome::kEnd;
}

ArticleReader::Outcome ArticleReader::NextText(graph::Article* article, BadLine* bad) {
  if (text_done_) return Outcome::kEnd;
  text_done_ = true;
  std::string text = std::move(*text_);
  text_.reset();
  if (!base::IsValidUtf8(text)) {
    const auto at = static_cast<std::ptrdiff_t>(base::FindInvalidUtf8(text));
    *bad = BadLine{path_, 1 + static_cast<uint64_t>(std::count(text.begin(), text.begin() + at, '\n')),
                   "invalid UTF-8"};
    return Outcome::kBadLine;
  }
  graph::Article a;
  a.id = options_.txt_id.empty() ? std::filesystem::path(path_).stem().string() : options_.txt_id;
  a.text = std::move(text);
  a.lang = options_.lang;
  if (!options_.txt_date.empty()) {
    a.date = base::ParseIsoDay(options_.txt_date);
    if (!a.date) {
      *bad = BadLine{path_, 1, "unparseable date \"" + options_.txt_date + "\""};
      return Outcome::kBadLine;
    }
    a.date_text = options_.txt_date;
  }
  *article = std::move(a);
  return Outcome::kArticle;
}

uint64_t ArticleReader::bytes_read() const {
  if (lines_) return lines_->bytes_read();
  return text_done_ ? text_size_ : 0;
}

uint64_t ArticleReader::size() const { return lines_ ? lines_->size() : text_size_; }

const Status& ArticleReader::status() const { return lines_ ? lines_->status() : ok_; }

}  // namespace dipgraph::extract
