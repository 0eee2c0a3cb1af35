#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "graph/article.h"

using namespace dipgraph;

namespace {

const extract::Extractor& TheExtractor() {
  static const std::unique_ptr<extract::Extractor> x = [] {
    auto r = extract::Extractor::Create({});
    REQUIRE(r.ok());
    return std::move(r).value();
  }();
  return *x;
}

std::vector<graph::Event> Extract(const std::string& title, const std::string& text, const std::string& lang) {
  graph::Article a;
  a.id = "t";
  a.lang = lang;
  a.title = title;
  a.text = text;
  a.date = base::CivilDay{2016, 3, 1};
  return TheExtractor().Extract(a);
}

}  // namespace

TEST_CASE("Extractor codes no events in sports reports", "[extract][extractor][sports]") {
  CHECK(Extract("Achtelfinale: Polen empfängt Schweden",
                "Die Polen empfangen die Schweden am Dienstag. Der Torhüter der Schweden ist verletzt.", "de")
            .empty());
  CHECK(Extract("", "Poland beat Sweden 2:0 in the quarter-final. The goalkeeper was injured.", "en").empty());
  // The same verbs outside sport are events.
  CHECK_FALSE(Extract("", "Polen verurteilte Schweden am Dienstag scharf.", "de").empty());
}

TEST_CASE("Extractor places an arrest in the city where it happened", "[extract][extractor][cities]") {
  const auto events = Extract("", "Wien – In Neapel hat die Polizei am Montag zwei Journalisten festgenommen.", "de");
  REQUIRE(events.size() == 1);
  CHECK(events[0].source.actor.Key() == "ITA");
  CHECK(events[0].target.actor.Key() == "ITA");
}

TEST_CASE("Extractor codes a joint action of 'the two countries' between the states named before",
          "[extract][extractor][antecedents]") {
  auto signed_pair = [](const std::vector<graph::Event>& events) {
    for (const graph::Event& e : events) {
      if (e.action.code.starts_with("05") && e.source.actor.Key() == "CHL" && e.target.actor.Key() == "PER") {
        return true;
      }
    }
    return false;
  };
  CHECK(signed_pair(
      Extract("", "Chile sent a trade delegation to Peru. The two countries signed a fishing accord.", "en")));
  CHECK(signed_pair(
      Extract("", "Chile schickte eine Delegation nach Peru. Beide Länder unterzeichneten ein Abkommen.", "de")));
}

TEST_CASE("Extractor reads headlinese: comma-joined subjects, 'X to do' as a plan",
          "[extract][extractor][titles]") {
  auto has = [](const std::vector<graph::Event>& events, const std::string& root, const std::string& a,
                const std::string& b) {
    for (const graph::Event& e : events) {
      if (e.action.code.starts_with(root) && e.source.actor.Key() == a && e.target.actor.Key() == b) return true;
    }
    return false;
  };
  CHECK(has(Extract("Chile, Peru to hold fishing talks", "Officials gave no date.", "en"), "03", "CHL", "PER"));
  CHECK(has(Extract("CHILE, PERU TO HOLD FISHING TALKS", "Officials gave no date.", "en"), "03", "CHL", "PER"));
  CHECK(has(Extract("Brazil to hold talks with Argentina", "Officials gave no date.", "en"), "03", "BRA", "ARG"));
  CHECK(has(Extract("Polen, Litauen unterzeichnen Grenzabkommen", "Die Details sind offen.", "de"), "05", "POL",
            "LTU"));
  // In the text a comma joins no subjects.
  CHECK_FALSE(has(Extract("", "Chile, Peru's neighbour, held talks.", "en"), "04", "CHL", "PER"));
}

TEST_CASE("Extractor reads the states of a hyphen compound as joint actors", "[extract][extractor][compounds]") {
  auto talks = [](const std::vector<graph::Event>& events) {
    for (const graph::Event& e : events) {
      if (e.action.code.starts_with("04") && e.source.actor.Key() == "CHL" && e.target.actor.Key() == "PER") {
        return true;
      }
    }
    return false;
  };
  CHECK(talks(Extract("", "Chile-Peru talks on fishing rights ended on Friday.", "en")));
  CHECK(talks(Extract("", "Die chilenisch-peruanischen Gespräche über Fischereirechte endeten am Freitag.", "de")));
  bool us_japan = false;
  for (const graph::Event& e : Extract("", "U.S.-Japan talks on chips ended on Friday.", "en")) {
    us_japan = us_japan || (e.source.actor.Key() == "USA" && e.target.actor.Key() == "JPN");
  }
  CHECK(us_japan);
}
