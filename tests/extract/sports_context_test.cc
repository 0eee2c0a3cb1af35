#include <catch2/catch.hpp>

#include <string>

#include "extract/document.h"
#include "extract/sports_context.h"
#include "graph/article.h"

using namespace dipgraph;
using namespace dipgraph::extract;

namespace {

Document Doc(const std::string& title, const std::string& text, const std::string& lang) {
  graph::Article a;
  a.id = "t";
  a.title = title;
  a.text = text;
  a.lang = lang;
  return Document::FromArticle(a);
}

}  // namespace

TEST_CASE("SportsArticle recognises match reports by their vocabulary and scores", "[extract][sports]") {
  CHECK(SportsArticle(Doc("", "Salzburg verlor das Hinspiel in Lissabon mit 0:2. Der Torhüter hielt einen Elfmeter. "
                              "Im Rückspiel braucht der Meister ein Wunder.", "de").sentences));
  CHECK(SportsArticle(Doc("Halbfinale: Frankreich gegen Belgien", "Die Belgier reisen nach Paris.", "de").sentences));
  CHECK(SportsArticle(Doc("", "The striker scored twice as Brazil beat Chile 3:1. "
                              "The quarter-final is on Sunday, and the goalkeeper is injured.", "en").sentences));
}

TEST_CASE("SportsArticle leaves political reports with stray sports words alone", "[extract][sports]") {
  CHECK_FALSE(SportsArticle(Doc("", "Vor dem Brandenburger Tor demonstrierten Tausende. "
                                    "Nach dem Wahlsieg traf der Kanzler den Präsidenten um 19:30 Uhr.", "de").sentences));
  CHECK_FALSE(SportsArticle(Doc("", "The Arab League condemned the attack. "
                                    "Premier Li Peng met the Olympic committee.", "en").sentences));
}

TEST_CASE("Boycotts and hosting of the Olympic Games are no sports reports", "[extract][sports]") {
  const Document en = Doc("U.S. to boycott Moscow Olympics",
                          "The United States will boycott the Olympic Games in Moscow, the "
                          "president said.", "en");
  CHECK_FALSE(SportsArticle(en.sentences));
  for (const Sentence& s : en.sentences) CHECK(SportsCues(s) == 0);
  const Document de = Doc("Olympia-Boykott", "Mehrere Staaten boykottieren die Olympischen "
                          "Spiele in Peking.", "de");
  CHECK_FALSE(SportsArticle(de.sentences));
}

TEST_CASE("SportsCues counts sports words and match scores in one sentence", "[extract][sports]") {
  const Document d = Doc("", "Rapid gewann das Derby 2:1 nach einem Eigentor.", "de");
  REQUIRE(d.sentences.size() == 1);
  CHECK(SportsCues(d.sentences[0]) == 2);
}
