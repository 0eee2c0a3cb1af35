#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "base/line_reader.h"

using dipgraph::base::LineReader;
using dipgraph::base::StatusCode;

TEST_CASE("LineReader numbers lines and strips BOM and CRLF", "[base][io]") {
  const auto path = std::filesystem::temp_directory_path() / "dipgraph_line_reader_test.txt";
  {
    std::ofstream f(path, std::ios::binary);
    f << "\xEF\xBB\xBF" << "first\r\nsec" << std::string(1, '\0') << "ond\n\nlast";
  }
  auto r = LineReader::Open(path.string());
  REQUIRE(r.ok());
  std::string line;
  REQUIRE(r->Next(&line));
  CHECK(line == "first");
  CHECK(r->line_number() == 1);
  REQUIRE(r->Next(&line));
  CHECK(line == std::string("sec\0ond", 7));
  REQUIRE(r->Next(&line));
  CHECK(line.empty());
  REQUIRE(r->Next(&line));
  CHECK(line == "last");
  CHECK(r->line_number() == 4);
  CHECK_FALSE(r->Next(&line));
  CHECK(r->status().ok());
  std::filesystem::remove(path);
}

TEST_CASE("LineReader names missing files and directories", "[base][io]") {
  auto missing = LineReader::Open("/nonexistent/dipgraph.jsonl");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == StatusCode::kNotFound);
  CHECK(missing.status().message().find("/nonexistent/dipgraph.jsonl") != std::string::npos);
  auto dir = LineReader::Open(std::filesystem::temp_directory_path().string());
  REQUIRE_FALSE(dir.ok());
  CHECK(dir.status().message().find("directory") != std::string::npos);
}
