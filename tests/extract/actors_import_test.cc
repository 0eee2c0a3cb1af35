#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "base/civil_date.h"
#include "extract/lexicon.h"

using namespace dipgraph;
using namespace dipgraph::extract;

namespace {

const LexiconEntry* Find(const Lexicon& lex, const std::string& id) {
  for (const auto& e : lex.entries()) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

// The Azerbaijan block of the real Phoenix country dictionary, trimmed.
constexpr const char* kAzerbaijanSlice = R"(AZERBAIJAN_
+AZERBAIJANI_
+AZERBAIDSCHAN_
+BAKU_
	[USRAZE <911018]
	[AZEUNR 911018-911221]
	[AZE >911221]
AYAZ_MUTALIBOV_  # CountryInfo.txt
	[AZEELI 560101-900518]
	[AZEGOV 900518-920306]
	[AZEGOV 920514-920518]
	[AZEELI]
ALBANIA_  [ALB]
)";

}  // namespace

TEST_CASE("Lexicon imports PETRARCH .actors states, synonyms and dated codes",
          "[extract][actors_import]") {
  Lexicon lex;
  REQUIRE(lex.AddActorsDictText(kAzerbaijanSlice, "slice.actors").ok());
  const LexiconEntry* aze = Find(lex, "AZE");
  REQUIRE(aze != nullptr);
  CHECK(aze->kind == EntryKind::kState);
  CHECK(aze->name == "Azerbaijan");
  CHECK(std::any_of(aze->aliases.begin(), aze->aliases.end(),
                    [](const Alias& a) { return a.text == "Baku"; }));
  const LexiconEntry* mut = Find(lex, "P:ayaz-mutalibov");
  REQUIRE(mut != nullptr);
  CHECK(mut->kind == EntryKind::kPerson);
  CHECK(mut->country == "AZE");
  REQUIRE(mut->offices.size() == 4);
  CHECK(mut->offices[1].role == "government");
  CHECK(mut->offices[1].term.from == base::DaysFromCivil({1990, 5, 18}));
  CHECK(mut->offices[1].term.to == base::DaysFromCivil({1992, 3, 6}));
  CHECK(Find(lex, "ALB") != nullptr);
}

TEST_CASE("Lexicon rejects malformed .actors lines with FILE:LINE", "[extract][actors_import]") {
  Lexicon lex;
  base::Status st = lex.AddActorsDictText("ARMENIA_\n\t[ARM 910101-920202\n", "bad.actors");
  REQUIRE_FALSE(st.ok());
  CHECK(st.message() == "bad.actors:2: missing ']'");
  CHECK(lex.AddActorsDictText("ARMENIA_\n\t[arm-x]\n", "c.actors").message() ==
        "c.actors:2: bad code 'arm-x'");
  // A typo in a date keeps the code, undated.
  Lexicon tolerant;
  REQUIRE(tolerant.AddActorsDictText("ARMENIA_\n\t[ARM 9008223-911221]\n", "t.actors").ok());
  REQUIRE(tolerant.entries().size() == 1);
  CHECK(tolerant.entries()[0].id == "ARM");
  CHECK(lex.AddActorsDictText("\t[ARM]\n", "x.actors").message() ==
        "x.actors:1: code line before the first name");
}

TEST_CASE("Lexicon imports the real Phoenix country dictionary", "[extract][actors_import]") {
  std::string path = std::string(DIPGRAPH_SHARED_DIR) + "/reference/petrarch/Phoenix.Countries.actors.txt";
  if (!std::filesystem::exists(path)) {
    WARN("skipped: " << path << " not found");
    return;
  }
  Lexicon lex;
  base::Status st = lex.AddActorsDict(path);
  REQUIRE(st.ok());
  CHECK(lex.entries().size() > 1000);
  const LexiconEntry* aze = Find(lex, "AZE");
  REQUIRE(aze != nullptr);
  CHECK(aze->kind == EntryKind::kState);
  size_t persons = 0;
  for (const auto& e : lex.entries()) persons += e.kind == EntryKind::kPerson;
  CHECK(persons > 500);
}
