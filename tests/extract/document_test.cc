#include <catch2/catch.hpp>

#include <string>

#include "extract/document.h"
#include "extract/language_detect.h"

using namespace dipgraph;
using namespace dipgraph::extract;

TEST_CASE("Document::FromArticle splits title and text with offsets into each field",
          "[extract][document]") {
  graph::Article a;
  a.id = "t1";
  a.title = "Kerry trifft Abbas in Amman";
  a.text = "Amman – US-Außenminister John Kerry hat Abbas getroffen. Er sprach mit ihm.\n\n"
           "Advertisement\n\nDas Treffen dauerte 2 Stunden.";
  Document doc = Document::FromArticle(a);
  CHECK(doc.lang == Lang::kDe);
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].field == "title");
  CHECK(doc.sentences[1].field == "text");
  CHECK(doc.sentences[1].index == 0);
  CHECK(doc.sentences[3].index == 2);
  for (const Sentence& s : doc.sentences) {
    const std::string& field = s.field == "title" ? a.title : a.text;
    CHECK(field.substr(s.start, s.end - s.start) == s.text);
    REQUIRE_FALSE(s.tokens.empty());
    CHECK(s.tokens.back().end <= s.text.size());
  }
  CHECK(doc.sentences[1].text.substr(0, doc.sentences[1].dateline_end) == "Amman – ");
  CHECK(doc.sentences[3].text == "Das Treffen dauerte 2 Stunden.");
}

TEST_CASE("DetectLanguage tells English from German news", "[extract][document]") {
  CHECK(DetectLanguage("The minister said on Sunday that the talks with Iran were useful.") ==
        Lang::kEn);
  CHECK(DetectLanguage("Der Minister sagte am Sonntag, die Gespräche mit dem Iran seien nützlich.") ==
        Lang::kDe);
  CHECK(ParseLang("DE") == Lang::kDe);
  CHECK_FALSE(ParseLang("fr").has_value());
}
