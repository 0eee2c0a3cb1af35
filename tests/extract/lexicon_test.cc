#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "base/civil_date.h"
#include "extract/lexicon.h"

using namespace dipgraph;
using namespace dipgraph::extract;

namespace {

bool HasAlias(const LexiconEntry& e, const std::string& text) {
  return std::any_of(e.aliases.begin(), e.aliases.end(),
                     [&](const Alias& a) { return a.text == text; });
}

const LexiconEntry* Find(const Lexicon& lex, const std::string& id) {
  for (const auto& e : lex.entries()) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("Lexicon::AddText parses entries, alternatives, repeats and comments",
          "[extract][lexicon]") {
  Lexicon lex;
  REQUIRE(lex.AddText("# comment\n[state ARM]  # trailing\nname: Armenia\n"
                      "en: Armenia | Republic of Armenia\nen: Hayastan\nde.adj: armenisch\n"
                      "note: an unknown key is ignored\n\n[agent troops]\nkind: people\n"
                      "sector: MIL\nen: troops\nde: Soldat | Soldaten\n",
                      "t.txt")
              .ok());
  REQUIRE(lex.entries().size() == 2);
  const LexiconEntry& arm = lex.entries()[0];
  CHECK(arm.kind == EntryKind::kState);
  CHECK(arm.country == "ARM");
  CHECK(HasAlias(arm, "Republic of Armenia"));
  CHECK(HasAlias(arm, "Hayastan"));
  CHECK(arm.origin == "t.txt:2");
  CHECK(lex.entries()[1].agent_kind == graph::ActorKind::kPeople);
}

TEST_CASE("Lexicon generates German adjective endings, genitives and agent forms",
          "[extract][lexicon]") {
  Lexicon lex;
  REQUIRE(lex.AddText("[state ARM]\nname: Armenia\nde: Armenien\nde.adj: armenisch\n"
                      "[state CHE]\nname: Switzerland\nde: Schweiz\n"
                      "[person P:vladimir-putin]\nname: Vladimir Putin\ncountry: RUS\n"
                      "de: Putin | Wladimir Putin\n"
                      "[agent foreign-minister]\nkind: person\nen: foreign minister | spokesman\n"
                      "de: Außenminister\n",
                      "g.txt")
              .ok());
  const LexiconEntry* arm = Find(lex, "ARM");
  for (const char* form : {"armenisch", "armenische", "armenischen", "armenischer", "armenisches",
                           "armenischem", "Armeniens"}) {
    CHECK(HasAlias(*arm, form));
  }
  CHECK_FALSE(HasAlias(*Find(lex, "CHE"), "Schweizs"));
  CHECK(HasAlias(*Find(lex, "P:vladimir-putin"), "Putins"));
  CHECK(HasAlias(*Find(lex, "P:vladimir-putin"), "Wladimir Putins"));
  const LexiconEntry* fm = Find(lex, "foreign-minister");
  CHECK(HasAlias(*fm, "foreign ministers"));
  CHECK(HasAlias(*fm, "spokesmen"));
  CHECK(HasAlias(*fm, "Außenministerin"));
  CHECK(HasAlias(*fm, "Außenministers"));
}

TEST_CASE("Lexicon errors name the file and line", "[extract][lexicon]") {
  Lexicon lex;
  base::Status st = lex.AddText("[state ARM]\nname: Armenia\nthis line has no colon\n", "bad.txt");
  REQUIRE_FALSE(st.ok());
  CHECK(st.message() == "bad.txt:3: expected 'key: value'");
  CHECK(lex.AddText("[state ARM\n", "h.txt").message() == "h.txt:1: malformed header (missing ']')");
  CHECK(lex.AddText("[planet X]\n", "k.txt").message() == "k.txt:1: unknown kind 'planet'");
  CHECK(lex.AddText("name: x\n", "o.txt").message() ==
        "o.txt:1: 'key: value' before the first [KIND ID] header");
  CHECK(lex.AddText("[person P:x]\noffice: president | 1990-13..\n", "d.txt").message() ==
        "d.txt:2: bad date '1990-13'");
}

TEST_CASE("ParseDayRange reads open and partial ranges", "[extract][lexicon]") {
  auto r = ParseDayRange("1992..1992");
  REQUIRE(r.ok());
  CHECK(r->from == base::DaysFromCivil({1992, 1, 1}));
  CHECK(r->to == base::DaysFromCivil({1992, 12, 31}));
  auto open = ParseDayRange("2003-10..");
  REQUIRE(open.ok());
  CHECK(open->from == base::DaysFromCivil({2003, 10, 1}));
  CHECK(open->open_end());
  auto until = ParseDayRange("..1991-12-25");
  REQUIRE(until.ok());
  CHECK(until->Contains(base::DaysFromCivil({1985, 5, 1})));
  CHECK_FALSE(until->Contains(base::DaysFromCivil({1992, 1, 1})));
  CHECK_FALSE(ParseDayRange("1990").ok());
}

TEST_CASE("The embedded lexicon loads and Search finds names in any language",
          "[extract][lexicon]") {
  auto lex = Lexicon::Load({});
  REQUIRE(lex.ok());
  CHECK(lex->entries().size() > 500);
  auto hits = lex->Search("aserbaidschan");
  REQUIRE_FALSE(hits.empty());
  CHECK(hits.front()->id == "AZE");
  auto persons = lex->Search("ALIJEW");
  CHECK(std::any_of(persons.begin(), persons.end(),
                    [](const LexiconEntry* e) { return e->kind == EntryKind::kPerson; }));
}

TEST_CASE("The embedded lexicon keys political parties to their country", "[extract][lexicon]") {
  auto lex = Lexicon::Load({});
  REQUIRE(lex.ok());
  for (const auto& [name, country] : std::vector<std::pair<std::string, std::string>>{
           {"Podemos", "ESP"}, {"PSOE", "ESP"}, {"HDP", "TUR"}, {"AKP", "TUR"}, {"FPÖ", "AUT"}}) {
    auto hits = lex->Search(name);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front()->kind == EntryKind::kGroup);
    CHECK(hits.front()->country == country);
  }
}

TEST_CASE("Lexicon::Load reads user directories and reports missing ones", "[extract][lexicon]") {
  std::string dir = std::string(DIPGRAPH_SOURCE_DIR) + "/tests/extract/data";
  auto lex = Lexicon::Load({dir}, /*include_embedded=*/false);
  REQUIRE(lex.ok());
  CHECK(Find(*lex, "P:antony-blinken") != nullptr);
  auto missing = Lexicon::Load({dir + "/nope"}, false);
  CHECK(missing.status().code() == base::StatusCode::kNotFound);
}
