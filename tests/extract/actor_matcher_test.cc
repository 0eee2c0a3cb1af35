#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/actor_matcher.h"
#include "extract/lexicon.h"
#include "extract/tokenizer.h"

using namespace dipgraph::extract;

namespace {

Lexicon SmallLexicon() {
  Lexicon lex;
  auto st = lex.AddText(
      "[state USA]\nname: United States\nen: United States | U.S. | US\n"
      "en.capital: White House | Washington\n"
      "[state TUR]\nname: Turkey\nen: Turkey\n"
      "[igo WHO]\nname: World Health Organization\nen: WHO | World Health Organization\n"
      "[group ISLAMIC-JIHAD]\nname: Islamic Jihad\nen: Islamic Jihad\n"
      "[group JIHAD]\nname: Jihad\nen: Jihad\n"
      "[state ARM]\nname: Armenia\nde.adj: armenisch\n",
      "m.txt");
  REQUIRE(st.ok());
  return lex;
}

std::vector<std::string> Found(const ActorMatcher& m, const std::string& text) {
  std::vector<Token> tokens = Tokenize(text);
  std::vector<NameMatch> matches;
  m.FindAll(text, tokens, 0, &matches);
  std::vector<std::string> out;
  for (const NameMatch& nm : matches) {
    out.push_back(text.substr(tokens[nm.first_token].start,
                              tokens[nm.end_token - 1].end - tokens[nm.first_token].start) +
                  "=" + m.lexicon().entries()[nm.candidates[0].entry].id);
  }
  return out;
}

}  // namespace

TEST_CASE("ActorMatcher prefers the longest match", "[extract][actor_matcher]") {
  Lexicon lex = SmallLexicon();
  ActorMatcher m(lex);
  CHECK(Found(m, "Islamic Jihad and the United States met.") ==
        std::vector<std::string>{"Islamic Jihad=ISLAMIC-JIHAD", "United States=USA"});
  CHECK(Found(m, "Jihad leaders went to the White House.") ==
        std::vector<std::string>{"Jihad=JIHAD", "White House=USA"});
}

TEST_CASE("ActorMatcher applies the case rules of aliases", "[extract][actor_matcher]") {
  Lexicon lex = SmallLexicon();
  ActorMatcher m(lex);
  CHECK(Found(m, "They bought turkey, who knows why, for us.").empty());
  CHECK(Found(m, "Turkey told the WHO and the U.S. about it.") ==
        std::vector<std::string>{"Turkey=TUR", "WHO=WHO", "U.S.=USA"});
  CHECK(Found(m, "Die ARMENISCHE Seite und die armenische Regierung") ==
        std::vector<std::string>{"ARMENISCHE=ARM", "armenische=ARM"});
}

TEST_CASE("ActorMatcher::LookupWord finds one-token aliases for compound parts",
          "[extract][actor_matcher]") {
  Lexicon lex = SmallLexicon();
  ActorMatcher m(lex);
  REQUIRE(m.LookupWord("us") != nullptr);
  CHECK(m.LookupWord("armenischen") != nullptr);
  CHECK(m.LookupWord("gipfel") == nullptr);
}
