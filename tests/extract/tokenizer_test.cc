#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/text_fold.h"
#include "extract/tokenizer.h"

using namespace dipgraph::extract;

namespace {

std::vector<std::string> Surfaces(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) out.emplace_back(text.substr(t.start, t.end - t.start));
  return out;
}

std::vector<std::string> Norms(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) out.push_back(t.norm);
  return out;
}

}  // namespace

TEST_CASE("Fold lower-cases, strips accents, folds umlauts and expands sharp s",
          "[extract][tokenizer]") {
  CHECK(Fold("Außenminister") == "aussenminister");
  CHECK(Fold("ÖSTERREICH") == "osterreich");
  CHECK(Fold("Alíjew") == "alijew");
  CHECK(Fold("Erdoğan") == "erdogan");
  CHECK(Fold("Łukaszenko") == "lukaszenko");
  CHECK(Fold("Russia’s") == "russia's");
  CHECK(Fold("plain ascii") == "plain ascii");
}

TEST_CASE("Tokenize keeps hyphen compounds whole and exposes their parts",
          "[extract][tokenizer]") {
  std::string text = "US-Außenminister Antony Blinken reiste nach Berg-Karabach.";
  auto tokens = Tokenize(text);
  REQUIRE(tokens.size() == 7);
  CHECK(tokens[0].norm == "us-aussenminister");
  CHECK(tokens[0].hyphenated);
  CHECK(tokens[0].capitalized);
  CHECK_FALSE(tokens[2].hyphenated);
  auto parts = CompoundParts(text, tokens[0]);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].norm == "us");
  CHECK(parts[1].norm == "aussenminister");
  CHECK(text.substr(parts[1].start, parts[1].end - parts[1].start) == "Außenminister");
  CHECK(tokens[5].norm == "berg-karabach");
}

TEST_CASE("Tokenize splits the possessive 's into its own token", "[extract][tokenizer]") {
  CHECK(Surfaces("Russia's foreign minister") ==
        std::vector<std::string>{"Russia", "'s", "foreign", "minister"});
  CHECK(Surfaces("Aliyev’s press service") ==
        std::vector<std::string>{"Aliyev", "’s", "press", "service"});
  CHECK(Norms("Aliyev’s")[1] == "'s");
  CHECK(Surfaces("O'Brien met") == std::vector<std::string>{"O'Brien", "met"});
}

TEST_CASE("Tokenize keeps periods of initials, acronyms and abbreviations",
          "[extract][tokenizer]") {
  CHECK(Surfaces("George W. Bush and the U.S. Army") ==
        std::vector<std::string>{"George", "W.", "Bush", "and", "the", "U.S.", "Army"});
  CHECK(Surfaces("z.B. Dr. Merkel, Gen. Milley") ==
        std::vector<std::string>{"z.B.", "Dr.", "Merkel", ",", "Gen.", "Milley"});
  CHECK(Surfaces("He said no.") == std::vector<std::string>{"He", "said", "no", "."});
  CHECK(Surfaces("Resolution No. 242") ==
        std::vector<std::string>{"Resolution", "No.", "242"});
}

TEST_CASE("Tokenize reads numbers with separators and ordinal periods",
          "[extract][tokenizer]") {
  auto tokens = Tokenize("1.000 Kilometer, 3.5 pct, am 21. April 21-Jähriger");
  std::vector<std::string> norms;
  for (const auto& t : tokens) norms.push_back(t.norm);
  CHECK(norms == std::vector<std::string>{"1.000", "kilometer", ",", "3.5", "pct", ",", "am",
                                          "21", ".", "april", "21-jahriger"});
  CHECK(tokens[0].kind == TokenKind::kNumber);
  CHECK(tokens[10].kind == TokenKind::kWord);
}

TEST_CASE("Tokenize gives quotes and dashes their own tokens with byte offsets",
          "[extract][tokenizer]") {
  std::string text = "„Der Präsident“ – sagte er";
  auto tokens = Tokenize(text);
  REQUIRE(tokens.size() == 7);
  CHECK(text.substr(tokens[0].start, tokens[0].end - tokens[0].start) == "„");
  CHECK(tokens[2].norm == "prasident");
  CHECK(tokens[4].norm == "-");
  CHECK(tokens[4].kind == TokenKind::kPunct);
}
