// The quality ratchet: runs `dipgraph extract` on the shared dev gold files
// and scores the output with the shared scorer (score.py --json). It fails
// when a code-level or pair-level F1 drops more than 0.02 below the best
// figure reached so far. Raise the constants below when quality improves.

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "tests/cli/run_helper.h"

namespace {

struct Best {
  const char* file;
  const char* bucket;  // the language bucket in score.py's report
  double code_f1;
  double pair_f1;
};

// Best figures reached so far (score.py, dev gold).
constexpr Best kBest[] = {
    {"seed", "de", 1.000, 1.000},
    {"en", "en", 0.857, 0.882},
    {"de", "de", 0.880, 0.889},
};

constexpr double kSlack = 0.02;

// Reads report[bucket][level]["f1"] from score.py's JSON (indent=1 layout).
double F1(const std::string& json, const std::string& bucket, const std::string& level) {
  const size_t b = json.find("\"" + bucket + "\": {");
  if (b == std::string::npos) return -1;
  const size_t l = json.find("\"" + level + "\": {", b);
  if (l == std::string::npos) return -1;
  std::smatch m;
  std::string tail = json.substr(l, 400);
  if (!std::regex_search(tail, m, std::regex("\"f1\": ([0-9.]+)"))) return -1;
  return std::stod(m[1]);
}

}  // namespace

TEST_CASE("extract quality on the dev gold does not fall below the best so far", "[cli][quality]") {
  const std::filesystem::path shared = DIPGRAPH_SHARED_DIR;
  if (!std::filesystem::exists(shared / "eval" / "score.py")) {
    WARN("shared eval directory missing: " << shared.string());
    return;
  }
  const auto dir = std::filesystem::temp_directory_path() / ("dipgraph_ratchet_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  for (const Best& best : kBest) {
    const auto gold = shared / "eval" / "dev" / (std::string(best.file) + ".jsonl");
    const auto pred = dir / (std::string(best.file) + ".pred.jsonl");
    const auto report = dir / (std::string(best.file) + ".score.json");
    const std::string extract = std::string("'") + DIPGRAPH_BIN + "' extract --threads 2 '" + gold.string() +
                                "' > '" + pred.string() + "' 2>/dev/null";
    REQUIRE(std::system(extract.c_str()) == 0);
    const std::string score = "python3 '" + (shared / "eval" / "score.py").string() + "' '" + gold.string() +
                              "' '" + pred.string() + "' --json > '" + report.string() + "'";
    REQUIRE(std::system(score.c_str()) == 0);
    const std::string json = dipgraph::testing::ReadAll(report);
    const double code = F1(json, best.bucket, "code");
    const double pair = F1(json, best.bucket, "pair");
    INFO(best.file << ": code F1 " << code << " (best " << best.code_f1 << "), pair F1 " << pair << " (best "
                   << best.pair_f1 << ")");
    CHECK(code >= best.code_f1 - kSlack);
    CHECK(pair >= best.pair_f1 - kSlack);
  }
  std::filesystem::remove_all(dir);
}
