#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/sentence_splitter.h"
#include "extract/text_cleaner.h"

using namespace dipgraph::extract;

namespace {

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (const SentenceSpan& s : SplitSentences(text, CleanText(text))) {
    out.emplace_back(text.substr(s.start, s.end - s.start));
  }
  return out;
}

}  // namespace

TEST_CASE("SplitSentences does not split after abbreviations and initials",
          "[extract][sentence_splitter]") {
  CHECK(Split("President George W. Bush met Mr. Putin in St. Petersburg. They talked.") ==
        std::vector<std::string>{"President George W. Bush met Mr. Putin in St. Petersburg.",
                                 "They talked."});
  CHECK(Split("Die Staaten, z.B. Frankreich bzw. Italien, zahlen ca. 1.000 Euro. Nr. 5 folgt.") ==
        std::vector<std::string>{
            "Die Staaten, z.B. Frankreich bzw. Italien, zahlen ca. 1.000 Euro.", "Nr. 5 folgt."});
}

TEST_CASE("SplitSentences handles dotted acronyms by the next word", "[extract][sentence_splitter]") {
  CHECK(Split("Talks with the U.S. The meeting ended.") ==
        std::vector<std::string>{"Talks with the U.S.", "The meeting ended."});
  CHECK(Split("He met U.S. Secretary of State Blinken.") ==
        std::vector<std::string>{"He met U.S. Secretary of State Blinken."});
}

TEST_CASE("SplitSentences keeps German ordinal dates and decimals inside", "[extract][sentence_splitter]") {
  CHECK(Split("Das Treffen ist am 21. April in Genf. Der Kurs stieg um 3.5 Prozent.") ==
        std::vector<std::string>{"Das Treffen ist am 21. April in Genf.",
                                 "Der Kurs stieg um 3.5 Prozent."});
  CHECK(Split("Er kam 1990. Sie ging.") == std::vector<std::string>{"Er kam 1990.", "Sie ging."});
}

TEST_CASE("SplitSentences keeps a closing quote with its sentence", "[extract][sentence_splitter]") {
  CHECK(Split("„Wir sind bereit.“ Das sagte der Minister.") ==
        std::vector<std::string>{"„Wir sind bereit.“", "Das sagte der Minister."});
  CHECK(Split("He said: \"We are ready.\" Then he left.") ==
        std::vector<std::string>{"He said: \"We are ready.\"", "Then he left."});
  CHECK(Split("»Nein!« Er ging. «Oui.» Fertig.") ==
        std::vector<std::string>{"»Nein!«", "Er ging.", "«Oui.»", "Fertig."});
}

TEST_CASE("SplitSentences ends sentences at paragraph breaks", "[extract][sentence_splitter]") {
  CHECK(Split("A headline without a period\n\nThe body starts here. It goes on") ==
        std::vector<std::string>{"A headline without a period", "The body starts here.",
                                 "It goes on"});
}

TEST_CASE("DatelineLength measures wire datelines", "[extract][sentence_splitter]") {
  CHECK(DatelineLength("WASHINGTON (Reuters) - The United States said") ==
        std::string_view("WASHINGTON (Reuters) - ").size());
  CHECK(DatelineLength("Sanaa – Die Huthi-Rebellen haben") == std::string_view("Sanaa – ").size());
  CHECK(DatelineLength("Gaza/Jerusalem – Die Brigaden") ==
        std::string_view("Gaza/Jerusalem – ").size());
  CHECK(DatelineLength("(Reuters) – US-Außenminister Antony Blinken") ==
        std::string_view("(Reuters) – ").size());
  CHECK(DatelineLength("The talks - which began on Monday - ended.") == 0);
  CHECK(DatelineLength("Armenia and Azerbaijan met.") == 0);
}
