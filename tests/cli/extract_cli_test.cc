#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "tests/cli/run_helper.h"

using dipgraph::testing::CountLines;
using dipgraph::testing::RunDipgraph;

namespace {

const char* kArticles =
    R"({"id":"t-1","date":"2023-03-14","lang":"en","title":"Sunak meets Macron in Paris","text":"British Prime Minister Rishi Sunak met French President Emmanuel Macron in Paris on Friday. Russia attacked Ukraine."})"
    "\n"
    R"({"id":"t-2","date":"2023-03-14","lang":"de","text":"Frankreich hat Russland scharf kritisiert."})"
    "\n";

}  // namespace

TEST_CASE("extract prints SCHEMA events for JSONL articles", "[cli][extract]") {
  auto r = RunDipgraph("extract", kArticles);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find(R"("article":"t-1")") != std::string::npos);
  CHECK(r.out.find(R"("field":"title")") != std::string::npos);
  CHECK(r.out.find(R"("root":"04")") != std::string::npos);
  CHECK(r.out.find(R"("article":"t-2")") != std::string::npos);
  CHECK(r.out.find(R"("root":"11")") != std::string::npos);
  CHECK(r.err.empty());  // quiet when stderr is not a terminal
}

TEST_CASE("extract output does not depend on the number of threads", "[cli][extract]") {
  std::string many;
  for (int i = 0; i < 300; ++i) {
    many += R"({"id":"a)" + std::to_string(i) +
            R"(","date":"2022-05-01","lang":"en","text":"Poland condemned Belarus. Germany urged Serbia to talk to Kosovo."})" "\n";
  }
  auto one = RunDipgraph("extract --threads 1", many);
  auto two = RunDipgraph("extract --threads 2", many);
  REQUIRE(one.exit_code == 0);
  REQUIRE(two.exit_code == 0);
  CHECK(CountLines(one.out) >= 300);
  CHECK(one.out == two.out);
}

TEST_CASE("extract reports a bad line with FILE:LINE and exits 1", "[cli][extract]") {
  auto r = RunDipgraph("extract", std::string("{\"id\":\"x\"}\n") + kArticles);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("<stdin>:1:") != std::string::npos);
  CHECK(r.out.find(R"("article":"t-2")") != std::string::npos);
  auto strict = RunDipgraph("extract --strict", std::string("{\"id\":\"x\"}\n") + kArticles);
  CHECK(strict.exit_code == 1);
  CHECK(strict.out.empty());
  // Articles before the bad line are still extracted and printed.
  auto late = RunDipgraph("extract --strict", std::string(kArticles) + "{\"id\":\"x\"}\n");
  CHECK(late.exit_code == 1);
  CHECK(late.out.find(R"("article":"t-2")") != std::string::npos);
}

TEST_CASE("extract reads a .txt file with --id, --date and --lang", "[cli][extract]") {
  const auto dir = std::filesystem::temp_directory_path() / ("dipgraph_extract_txt_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto file = dir / "note.txt";
  std::ofstream(file) << "Die Türkei hat Griechenland am Montag scharf kritisiert.";
  auto r = RunDipgraph("extract '" + file.string() + "' --id note-1 --date 2024-02-05 --lang de");
  std::filesystem::remove_all(dir);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find(R"("article":"note-1")") != std::string::npos);
  CHECK(r.out.find(R"("value":"2024-02-05")") != std::string::npos);
}

TEST_CASE("extract --actors prints actor mentions", "[cli][extract]") {
  auto r = RunDipgraph("extract --actors", kArticles);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("\"FRA\"") != std::string::npos);
}

TEST_CASE("extract --lexicon adds user trigger patterns", "[cli][extract]") {
  const auto dir = std::filesystem::temp_directory_path() / ("dipgraph_extract_lex_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "triggers_en_test.txt") << "# a user pattern\n163 v blacklist T\n";
  const std::string article =
      R"({"id":"u-1","date":"2023-01-01","lang":"en","text":"Canada blacklisted Iran on Monday."})" "\n";
  auto without = RunDipgraph("extract", article);
  auto with = RunDipgraph("extract --lexicon '" + dir.string() + "'", article);
  std::ofstream(dir / "triggers_en_bad.txt") << "999 v nonsense T\n";
  auto bad = RunDipgraph("extract --lexicon '" + dir.string() + "'", article);
  std::filesystem::remove_all(dir);
  CHECK(without.out.find(R"("root":"16")") == std::string::npos);
  CHECK(with.out.find(R"("root":"16")") != std::string::npos);
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("triggers_en_bad.txt:1:") != std::string::npos);
}
