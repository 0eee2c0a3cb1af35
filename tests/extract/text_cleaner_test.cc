#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/text_cleaner.h"

using namespace dipgraph::extract;

namespace {

std::vector<std::string> Kept(std::string_view text) {
  std::vector<std::string> out;
  for (const TextRange& r : CleanText(text)) out.emplace_back(text.substr(r.start, r.end - r.start));
  return out;
}

}  // namespace

TEST_CASE("CleanText drops an investing.com ad block up to the blank line",
          "[extract][text_cleaner]") {
  std::string text =
      "Die Regierung in Paris bestätigte das.\n\n"
      "Anzeige eines Drittanbieters. Kein Angebot oder Empfehlung von Investing.com. "
      "Siehe Offenlegung Hier oder\nAnzeigen entfernen\n.\n\n"
      "Der Minister reiste ab.\n\nsource site-20";
  CHECK(Kept(text) ==
        std::vector<std::string>{"Die Regierung in Paris bestätigte das.", "Der Minister reiste ab."});
}

TEST_CASE("CleanText keeps offsets into the original text", "[extract][text_cleaner]") {
  std::string text = "Advertisement\n  Ministers met in Rome.  \n";
  auto ranges = CleanText(text);
  REQUIRE(ranges.size() == 1);
  CHECK(text.substr(ranges[0].start, ranges[0].end - ranges[0].start) == "Ministers met in Rome.");
  CHECK(ranges[0].start == 16);
}

TEST_CASE("CleanText strips the trailing wire signature and link lines", "[extract][text_cleaner]") {
  CHECK(Kept("Japan raised its rice imports, officials said.  REUTER") ==
        std::vector<std::string>{"Japan raised its rice imports, officials said."});
  CHECK(Kept("Text here.\nhttps://example.com/story\nShare\nMore text.") ==
        std::vector<std::string>{"Text here.", "More text."});
}
