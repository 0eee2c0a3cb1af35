#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "extract/article_reader.h"

namespace fs = std::filesystem;
using dipgraph::extract::ArticleReader;
using dipgraph::extract::ArticleReaderOptions;
using dipgraph::extract::BadLine;
using Outcome = dipgraph::extract::ArticleReader::Outcome;

namespace {

std::string WriteTemp(const std::string& name, const std::string& content) {
  const fs::path path = fs::temp_directory_path() /
                        ("dipgraph_article_reader_" + std::to_string(::getpid()) + "_" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

}  // namespace

TEST_CASE("ArticleReader returns good articles and names bad lines", "[extract][io]") {
  const std::string path = WriteTemp(
      "mixed.jsonl",
      "{\"id\":\"a1\",\"text\":\"Merkel met Macron.\",\"lang\":\"en\"}\n"
      "\n"
      "{\"id\":\"a2\",\"text\":\n"
      "   \t\n"
      "{\"id\":\"a3\",\"text\":\"Scholz traf Biden.\",\"date\":\"2024-04-28\"}\n");
  ArticleReaderOptions options;
  options.lang = "de";
  auto reader = ArticleReader::Open(path, options);
  REQUIRE(reader.ok());
  dipgraph::graph::Article a;
  BadLine bad;
  REQUIRE((*reader)->Next(&a, &bad) == Outcome::kArticle);
  CHECK(a.id == "a1");
  CHECK(a.lang == "de");  // the option overrides the line's language
  REQUIRE((*reader)->Next(&a, &bad) == Outcome::kBadLine);
  CHECK(bad.path == path);
  CHECK(bad.line == 3);
  CHECK(bad.ToString().rfind(path + ":3: ", 0) == 0);
  REQUIRE((*reader)->Next(&a, &bad) == Outcome::kArticle);
  CHECK(a.id == "a3");
  REQUIRE(a.date.has_value());
  CHECK(a.date->day == 28);
  CHECK((*reader)->Next(&a, &bad) == Outcome::kEnd);
  CHECK((*reader)->status().ok());
  CHECK((*reader)->bytes_read() == (*reader)->size());
  fs::remove(path);
}

TEST_CASE("ArticleReader reads a .txt file as one article", "[extract][io]") {
  const std::string path = WriteTemp("story.txt", "Line one.\nLine two.\n");
  ArticleReaderOptions options;
  options.txt_date = "2024-02-29";
  auto reader = ArticleReader::Open(path, options);
  REQUIRE(reader.ok());
  dipgraph::graph::Article a;
  BadLine bad;
  REQUIRE((*reader)->Next(&a, &bad) == Outcome::kArticle);
  CHECK(a.id == fs::path(path).stem().string());
  CHECK(a.text == "Line one.\nLine two.\n");
  REQUIRE(a.date.has_value());
  CHECK(a.date->month == 2);
  CHECK((*reader)->Next(&a, &bad) == Outcome::kEnd);

  options.txt_id = "given-id";
  auto named = ArticleReader::Open(path, options);
  REQUIRE(named.ok());
  REQUIRE((*named)->Next(&a, &bad) == Outcome::kArticle);
  CHECK(a.id == "given-id");
  fs::remove(path);
}

TEST_CASE("ArticleReader reports bad .txt input with its line", "[extract][io]") {
  const std::string bad_utf8 = WriteTemp("bad.txt", "fine\nstill fine\nbroken \xC3\x28 here\n");
  auto reader = ArticleReader::Open(bad_utf8, {});
  REQUIRE(reader.ok());
  dipgraph::graph::Article a;
  BadLine bad;
  REQUIRE((*reader)->Next(&a, &bad) == Outcome::kBadLine);
  CHECK(bad.line == 3);
  CHECK(bad.reason == "invalid UTF-8");
  CHECK((*reader)->Next(&a, &bad) == Outcome::kEnd);

  const std::string good = WriteTemp("dated.txt", "text");
  ArticleReaderOptions options;
  options.txt_date = "2024-13-01";
  auto dated = ArticleReader::Open(good, options);
  REQUIRE(dated.ok());
  REQUIRE((*dated)->Next(&a, &bad) == Outcome::kBadLine);
  CHECK(bad.reason.find("2024-13-01") != std::string::npos);
  fs::remove(bad_utf8);
  fs::remove(good);
}

TEST_CASE("ArticleReader names a missing file", "[extract][io]") {
  auto reader = ArticleReader::Open("/nonexistent/articles.jsonl", {});
  REQUIRE_FALSE(reader.ok());
  CHECK(reader.status().message().find("/nonexistent/articles.jsonl") != std::string::npos);
  auto txt = ArticleReader::Open("/nonexistent/story.txt", {});
  REQUIRE_FALSE(txt.ok());
}
