#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "extract/actor_tagger.h"
#include "extract/article_json.h"
#include "extract/document.h"
#include "extract/lexicon.h"

using namespace dipgraph;
using namespace dipgraph::extract;

namespace {

// The tagger over tests/extract/data (a small lexicon of real names), so
// the cases do not depend on the evolving built-in data.
const ActorTagger& FixtureTagger() {
  static const std::unique_ptr<ActorTagger> tagger = [] {
    auto lex = Lexicon::Load({std::string(DIPGRAPH_SOURCE_DIR) + "/tests/extract/data"},
                             /*include_embedded=*/false);
    REQUIRE(lex.ok());
    return ActorTagger::FromLexicon(std::move(*lex));
  }();
  return *tagger;
}

struct Tagged {
  std::string text;  // mention text
  graph::Actor actor;
  MentionVia via;
  uint32_t group;
  uint32_t sentence;
};

// The tagger over the built-in lexicon, for cases about its data.
const ActorTagger& EmbeddedTagger() {
  static const std::unique_ptr<ActorTagger> tagger = [] {
    auto t = ActorTagger::Create({});
    REQUIRE(t.ok());
    return std::move(*t);
  }();
  return *tagger;
}

std::vector<Tagged> Tag(const std::string& text, const std::string& lang,
                        const std::string& date = "", const ActorTagger& tagger = FixtureTagger()) {
  graph::Article a;
  a.id = "t";
  a.text = text;
  a.lang = lang;
  if (!date.empty()) a.date = base::ParseIsoDay(date);
  Document doc = Document::FromArticle(a);
  tagger.TagDocument(doc, a);
  std::vector<Tagged> out;
  uint32_t n = 0;
  for (const Sentence& s : doc.sentences) {
    for (const ActorMention& m : s.mentions) {
      out.push_back({s.text.substr(m.start, m.end - m.start), m.actor, m.via, m.group, n});
    }
    ++n;
  }
  return out;
}

std::vector<std::string> Ids(const std::vector<Tagged>& tagged) {
  std::vector<std::string> out;
  for (const Tagged& t : tagged) out.push_back(t.actor.id);
  return out;
}

std::vector<std::string> Keys(const std::vector<Tagged>& tagged) {
  std::vector<std::string> out;
  for (const Tagged& t : tagged) out.push_back(t.actor.Key());
  return out;
}

}  // namespace

TEST_CASE("ActorTagger finds German inflected adjectives and genitive names",
          "[extract][actor_tagger]") {
  auto t = Tag("Die armenische Regierung und die Führung Aserbaidschans trafen sich in Genf.", "de");
  CHECK(Keys(t) == std::vector<std::string>{"ARM", "AZE"});
  CHECK(t[0].via == MentionVia::kAdjective);
}

TEST_CASE("ActorTagger resolves compound prefixes to states and IGOs", "[extract][actor_tagger]") {
  auto t = Tag("Bei einem armenisch-aserbaidschanischen Treffen sprach die EU-Kommission.", "de");
  CHECK(Keys(t) == std::vector<std::string>{"ARM", "AZE", "EU"});
  CHECK(t[0].group == t[1].group);
  auto m = Tag("US-Außenminister Antony Blinken traf den Nato-Generalsekretär.", "de", "2024-04-28");
  REQUIRE_FALSE(m.empty());
  CHECK(m[0].actor.id == "P:antony-blinken");
  CHECK(m[0].text == "US-Außenminister Antony Blinken");
}

TEST_CASE("ActorTagger reads capitals after 'von' and 'in' as the state of a body", "[extract][actor_tagger]") {
  auto t = Tag("Die Armee von Baku rückte vor, der Pressedienst in Moskau schwieg.", "de", "2023-09-20");
  CHECK(Keys(t) == std::vector<std::string>{"AZE", "RUS"});
  CHECK(t[0].text == "Armee von Baku");
  CHECK(t[1].text == "Pressedienst in Moskau");
  // A single office holder "of" a capital is the city's, not the state's.
  auto p = Tag("Der Präsident von Eriwan sprach.", "de", "2023-09-20");
  CHECK(std::none_of(p.begin(), p.end(), [](const Tagged& x) { return x.actor.id.rfind("ARM:", 0) == 0; }));
}

TEST_CASE("ActorTagger takes up an envoy named before as 'der Diplomat'", "[extract][actor_tagger]") {
  // The fixture lexicon has no ambassador agent: the envoy comes from a
  // person entry with an ambassador office in the test's own lexicon.
  auto lex = Lexicon::Load({std::string(DIPGRAPH_SOURCE_DIR) + "/tests/extract/data"}, false);
  REQUIRE(lex.ok());
  REQUIRE(lex->AddText(
                  "[person P:jan-kowal]\nname: Jan Kowal\ncountry: POL\noffice: ambassador to Russia | 2010..\n"
                       "de: Jan Kowal\n[agent diplomat]\nkind: person\nsector: GOV\nrole: diplomat\nde: Diplomat\n",
                  "t.txt")
              .ok());
  auto tagger = ActorTagger::FromLexicon(std::move(*lex));
  graph::Article a;
  a.id = "t";
  a.lang = "de";
  a.date = base::ParseIsoDay("2016-05-02");
  a.text = "Moskau hat Jan Kowal einbestellt. Der Diplomat wies die Vorwürfe zurück.";
  Document doc = Document::FromArticle(a);
  tagger->TagDocument(doc, a);
  REQUIRE(doc.sentences.size() == 2);
  REQUIRE(doc.sentences[1].mentions.size() == 1);
  CHECK(doc.sentences[1].mentions[0].actor.id == "P:jan-kowal");
}

TEST_CASE("ActorTagger does not read pro- and anti- compounds as the state", "[extract][actor_tagger]") {
  CHECK(Tag("Pro-Russian and anti-American groups marched.", "en").empty());
  CHECK(Keys(Tag("The Russian-Turkish talks ended.", "en")) == std::vector<std::string>{"RUS", "TUR"});
}

TEST_CASE("ActorTagger does not read currencies as states", "[extract][actor_tagger]") {
  auto t = Tag("Turkey signed a 45 mln U.S. Dlr loan as the Turkish lira fell against the U.S. dollar.", "en");
  CHECK(Keys(t) == std::vector<std::string>{"TUR"});
}

TEST_CASE("ActorTagger reads a group as the first part of a compound", "[extract][actor_tagger]") {
  auto t = Tag("Die Luftwaffe griff PKK-Stellungen und ein PKK-Lager an.", "de");
  CHECK(Ids(t) == std::vector<std::string>{"PKK", "PKK"});
  CHECK(t[0].text == "PKK");
  // A group after the hyphen modifies nothing.
  CHECK(Tag("Ein Anti-PKK-Gesetz wurde beschlossen.", "de").empty());
}

TEST_CASE("ActorTagger reads capitals and seats as metonyms of their state",
          "[extract][actor_tagger]") {
  auto t = Tag("Baku accused Yerevan of shelling, while the White House urged restraint.", "en",
               "2022-09-13");
  CHECK(Keys(t) == std::vector<std::string>{"AZE", "ARM", "USA"});
  CHECK(t[0].via == MentionVia::kCapital);
}

TEST_CASE("ActorTagger builds persons from title and name appositions", "[extract][actor_tagger]") {
  auto t = Tag("Kremlin spokesman Dmitry Peskov said Armenian Prime Minister Nikol Pashinyan "
               "had called.",
               "en", "2023-05-02");
  REQUIRE(t.size() == 2);
  CHECK(t[0].actor.id == "P:dmitry-peskov");
  CHECK(t[0].actor.country == "RUS");
  CHECK(t[0].actor.role == "spokesperson");
  CHECK(t[0].via == MentionVia::kDiscovered);
  CHECK(t[1].actor.id == "P:nikol-pashinyan");
  CHECK(t[1].text == "Armenian Prime Minister Nikol Pashinyan");
  auto de = Tag("Blinken sprach mit dem aserbaidschanischen Präsidenten Ilham Aliyev.", "de",
                "2024-04-28");
  REQUIRE(de.size() == 2);
  CHECK(de[1].actor.id == "P:ilham-aliyev");
  CHECK(de[1].text == "aserbaidschanischen Präsidenten Ilham Aliyev");
  auto pos = Tag("Russia's foreign minister Sergei Lavrov arrived.", "en", "2015-01-01");
  REQUIRE(pos.size() == 1);
  CHECK(pos[0].actor.id == "P:sergei-lavrov");
  CHECK(pos[0].actor.country == "RUS");
}

TEST_CASE("ActorTagger resolves later surnames, titles, possessives and pronouns",
          "[extract][actor_tagger]") {
  auto t = Tag("Kremlin spokesman Dmitry Peskov spoke on Monday. Peskov said he was surprised. "
               "Later the spokesman called again. Aliyev's press service did not comment. "
               "Der Pressedienst von Aliyev schwieg.",
               "en", "2024-03-01");
  std::vector<std::string> ids = Ids(t);
  REQUIRE(t.size() >= 6);
  CHECK(t[1].actor.id == "P:dmitry-peskov");
  CHECK(t[1].via == MentionVia::kCoref);
  CHECK(t[2].text == "he");
  CHECK(t[2].via == MentionVia::kPronoun);
  CHECK(t[2].actor.id == "P:dmitry-peskov");
  CHECK(t[3].text == "spokesman");
  CHECK(t[3].actor.id == "P:dmitry-peskov");
  CHECK(t[4].actor.id == "AZE:press-service");
  CHECK(t[4].actor.kind == graph::ActorKind::kInstitution);
  CHECK(t[5].actor.id == "AZE:press-service");
}

TEST_CASE("ActorTagger resolves a title with a known surname and blocks possessives after states",
          "[extract][actor_tagger]") {
  auto t = Tag("US-Außenminister Antony Blinken reiste ab. „Sekretär Blinken forderte Aserbaidschan "
               "auf, seinen Verpflichtungen nachzukommen“, sagte er.",
               "de", "2024-04-28");
  REQUIRE(t.size() >= 3);
  CHECK(t[1].text == "Sekretär Blinken");
  CHECK(t[1].actor.id == "P:antony-blinken");
  for (const Tagged& m : t) CHECK(m.text != "seinen");
}

TEST_CASE("ActorTagger prefers states still valid when the article has no date",
          "[extract][actor_tagger]") {
  CHECK(Keys(Tag("Der Kreml und Moskau schwiegen.", "de")) ==
        std::vector<std::string>{"RUS", "RUS"});
}

TEST_CASE("ActorTagger reads Georgia as the US state near Atlanta", "[extract][actor_tagger]") {
  CHECK(Tag("Storms hit Atlanta, Georgia on Monday.", "en").empty());
  CHECK(Keys(Tag("Georgia and Russia fought in 2008.", "en", "2008-08-10")) ==
        std::vector<std::string>{"GEO", "RUS"});
}

TEST_CASE("ActorTagger leaves pronouns alone when two persons are recent",
          "[extract][actor_tagger]") {
  auto t = Tag("Blinken met Pashinyan in Yerevan. He said the talks were useful.", "en",
               "2024-02-01");
  for (const Tagged& m : t) CHECK(m.via != MentionVia::kPronoun);
}

TEST_CASE("ActorTagger expands coordinations into members with one group id",
          "[extract][actor_tagger]") {
  auto t = Tag("Armenia and Azerbaijan agreed to talk.", "en");
  REQUIRE(t.size() == 2);
  CHECK(t[0].group > 0);
  CHECK(t[0].group == t[1].group);
  auto de = Tag("Die Außenminister Aserbaidschans und Armeniens wollen sich treffen.", "de",
                "2024-04-28");
  REQUIRE(de.size() == 2);
  CHECK(de[0].actor.country == "AZE");
  CHECK(de[1].actor.id == "P:ararat-mirzoyan");
  CHECK(de[0].group == de[1].group);
  CHECK(de[0].group > 0);
  auto en = Tag("Blinken spoke with the leaders of Armenia and Azerbaijan.", "en", "2024-04-28");
  REQUIRE(en.size() == 3);
  CHECK(en[1].actor.Key() == "ARM");
  CHECK(en[2].actor.Key() == "AZE");
  CHECK(en[1].group == en[2].group);
}

TEST_CASE("ActorTagger picks historical states by the article date", "[extract][actor_tagger]") {
  CHECK(Keys(Tag("Moscow and Belgrade signed a treaty.", "en", "1985-06-01")) ==
        std::vector<std::string>{"SUN"});
  CHECK(Keys(Tag("The Kremlin warned Yugoslavia.", "en", "1985-06-01")) ==
        std::vector<std::string>{"SUN", "YUG"});
  CHECK(Keys(Tag("The Kremlin warned Georgia.", "en", "2008-08-08")) ==
        std::vector<std::string>{"RUS", "GEO"});
  CHECK(Keys(Tag("Der Kreml warnte Jugoslawien.", "de", "2005-01-01")) ==
        std::vector<std::string>{"RUS"});
}

TEST_CASE("ActorTagger resolves surnames by office terms", "[extract][actor_tagger]") {
  CHECK(Ids(Tag("Bush met Gorbachev.", "en", "1990-06-01")) ==
        std::vector<std::string>{"P:george-h-w-bush"});
  CHECK(Ids(Tag("Bush met Putin.", "en", "2005-06-01")) ==
        std::vector<std::string>{"P:george-w-bush"});
  CHECK(Ids(Tag("Aliyev visited Ankara.", "en", "1995-03-01")) ==
        std::vector<std::string>{"P:heydar-aliyev"});
  CHECK(Ids(Tag("Aliyev visited Ankara.", "en", "2024-03-01")) ==
        std::vector<std::string>{"P:ilham-aliyev"});
  // Without a date the most recent office holder wins; full names always
  // resolve.
  CHECK(Ids(Tag("Aliyev visited Ankara.", "en")) == std::vector<std::string>{"P:ilham-aliyev"});
  CHECK(Ids(Tag("George H. W. Bush spoke.", "en", "2005-01-01")) ==
        std::vector<std::string>{"P:george-h-w-bush"});
}

TEST_CASE("ActorTagger tags IGO officials with the key of their organisation",
          "[extract][actor_tagger]") {
  auto t = Tag("Guterres urged Azerbaijan to open the road.", "en", "2023-08-20");
  REQUIRE(t.size() == 2);
  CHECK(t[0].actor.Key() == "UN");
  CHECK(t[0].actor.role == "secretary-general");
}

TEST_CASE("ActorTagger keeps common words and first names out", "[extract][actor_tagger]") {
  CHECK(Tag("We ate turkey and then went to georgia street.", "en").empty());
  CHECK(Keys(Tag("Michael Jordan and Chad Smith visited Turkey.", "en")) ==
        std::vector<std::string>{"TUR"});
  CHECK(Keys(Tag("Jordan closed its border with Turkey.", "en")) ==
        std::vector<std::string>{"JOR", "TUR"});
  CHECK(Tag("The talks will help us, who knows.", "en").empty());
}

TEST_CASE("ActorTagger skips the dateline", "[extract][actor_tagger]") {
  auto t = Tag("WASHINGTON (Reuters) - Armenia said on Monday it was ready.", "en");
  CHECK(Keys(t) == std::vector<std::string>{"ARM"});
  auto de = Tag("Eriwan – Aserbaidschan hat Armenien kritisiert.", "de");
  CHECK(Keys(de) == std::vector<std::string>{"AZE", "ARM"});
}

TEST_CASE("ActorTagger gives police without a state the state where the story happens",
          "[extract][actor_tagger]") {
  // The dateline's state, on every sentence.
  auto de = Tag("Baku – Die Polizei hat am Sonntag zwei Journalisten festgenommen.", "de");
  CHECK(Keys(de) == std::vector<std::string>{"AZE"});
  CHECK(de[0].actor.id == "AZE:police");
  auto en = Tag("MOSCOW (Reuters) - Students marched on Sunday. Police detained dozens.", "en");
  CHECK(Keys(en) == std::vector<std::string>{"RUS"});
  // A state in a locative phrase beats the dateline.
  auto loc = Tag("Moskau – In der Türkei hat die Polizei einen Blogger festgenommen.", "de");
  CHECK(Keys(loc) == std::vector<std::string>{"TUR", "TUR"});
  // Two places in the dateline, or none: no state for the police.
  CHECK(Tag("Baku/Eriwan – Die Polizei nahm zwei Männer fest.", "de").empty());
  CHECK(Tag("Die Polizei nahm zwei Männer fest.", "de").empty());
  // Other agents are not given the dateline's state.
  CHECK(Tag("Baku – Die Armee meldete Verluste.", "de").empty());
}

TEST_CASE("ActorTagger reads 'des Landes' and 'the country's' as the state just mentioned",
          "[extract][actor_tagger]") {
  auto de = Tag("Die Lage in Georgien ist angespannt. Die Armee des kleinen Landes wurde mobilisiert.", "de");
  CHECK(Keys(de) == std::vector<std::string>{"GEO", "GEO"});
  CHECK(de[1].text == "Armee des kleinen Landes");
  auto en = Tag("Jordan closed its border. The country's army was put on alert.", "en");
  CHECK(Keys(en) == std::vector<std::string>{"JOR", "JOR"});
  CHECK(en[1].text == "country's army");
  // Without an earlier state there is nothing to refer to.
  CHECK(Tag("Die Armee des Landes wurde mobilisiert.", "de").empty());
}

// ---------------------------------------------------------------------------
// Quality ratchet over the dev gold (issue 3 Done-when); tools/actor_recall.py
// computes the same figures from `dipgraph actors --tag` output.

namespace {

struct Quality {
  double covered = 0;         // share of items whose gold keys are all tagged
  double extra_per_item = 0;  // tagged keys no gold event of the item uses
  int scored = 0;
};

// Gold keys from the "events" of one JSONL item: required (non-optional)
// and all.
void GoldKeys(const std::string& line, std::set<std::string>* required,
              std::set<std::string>* all) {
  // The gold layout is fixed (SCHEMA.md §3); a small scan for
  // "source"/"target"/"optional" inside "events" is enough here.
  size_t ev = line.find("\"events\"");
  if (ev == std::string::npos) return;
  size_t pos = ev;
  while ((pos = line.find('{', pos)) != std::string::npos) {
    size_t end = line.find('}', pos);
    if (end == std::string::npos) break;
    std::string obj = line.substr(pos, end - pos);
    auto field = [&](const std::string& key) {
      size_t k = obj.find("\"" + key + "\": \"");
      if (k == std::string::npos) return std::string();
      k += key.size() + 5;
      return obj.substr(k, obj.find('"', k) - k);
    };
    std::string src = field("source");
    std::string tgt = field("target");
    bool optional = obj.find("\"optional\": true") != std::string::npos;
    for (const std::string& key : {src, tgt}) {
      if (key.empty()) continue;
      all->insert(key);
      if (!optional) required->insert(key);
    }
    pos = end;
  }
}

Quality MeasureQuality(const ActorTagger& tagger, const std::string& path) {
  Quality q;
  std::ifstream in(path);
  std::string line;
  int items = 0;
  int covered = 0;
  int extra = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto article = ParseArticleJson(line);
    REQUIRE(article.ok());
    ++items;
    std::set<std::string> required;
    std::set<std::string> all;
    GoldKeys(line, &required, &all);
    Document doc = Document::FromArticle(*article);
    tagger.TagDocument(doc, *article);
    std::set<std::string> tagged;
    for (const Sentence& s : doc.sentences) {
      for (const ActorMention& m : s.mentions) tagged.insert(m.actor.Key());
    }
    for (const std::string& k : tagged) extra += all.count(k) == 0;
    if (required.empty()) continue;
    ++q.scored;
    bool ok = true;
    for (const std::string& k : required) ok = ok && tagged.count(k) > 0;
    covered += ok;
  }
  q.covered = q.scored ? static_cast<double>(covered) / q.scored : 0;
  q.extra_per_item = items ? static_cast<double>(extra) / items : 0;
  return q;
}

}  // namespace

TEST_CASE("ActorTagger keeps its actor recall on the dev gold", "[extract][actor_tagger][quality]") {
  std::string dir = std::string(DIPGRAPH_SHARED_DIR) + "/eval/dev";
  if (!std::filesystem::exists(dir + "/en.jsonl")) {
    WARN("skipped: " << dir << " not found");
    return;
  }
  auto tagger = ActorTagger::Create({});
  REQUIRE(tagger.ok());
  // Best figures reached (tools/actor_recall.py); the ratchet allows 0.02
  // less coverage and 0.25 more extra keys per item, and never more than
  // the limit of 3.
  struct Target {
    const char* file;
    double best_covered;
    double best_extra;
  };
  for (const Target& t : {Target{"en.jsonl", 0.9559, 0.832}, Target{"de.jsonl", 1.0, 0.75}}) {
    Quality q = MeasureQuality(**tagger, dir + "/" + t.file);
    INFO(t.file << ": covered " << q.covered << " of " << q.scored << " items, extra "
                << q.extra_per_item);
    REQUIRE(q.scored > 0);
    CHECK(q.covered >= t.best_covered - 0.02);
    CHECK(q.extra_per_item <= std::min(3.0, t.best_extra + 0.25));
  }
}

TEST_CASE("ActorTagger places a sentence by a city in a locative phrase or the dateline",
          "[extract][actor_tagger][cities]") {
  // The police act for the state of the city where they arrest.
  auto de = Tag("Die Polizei hat in Izmir zwei Journalisten festgenommen.", "de");
  CHECK(Keys(de) == std::vector<std::string>{"TUR"});
  auto en = Tag("Police detained two activists near Kazan on Sunday.", "en");
  CHECK(Keys(en) == std::vector<std::string>{"RUS"});
  auto city_of = Tag("Police detained two activists in the city of Izmir.", "en");
  CHECK(Keys(city_of) == std::vector<std::string>{"TUR"});
  // A city in the dateline places the whole article.
  auto dateline = Tag("Istanbul – Die Polizei nahm zwei Männer fest.", "de");
  CHECK(Keys(dateline) == std::vector<std::string>{"TUR"});
  // Before 1992 a Soviet city lay in the Soviet Union.
  auto old = Tag("Police arrested two men in Gyumri.", "en", "1988-12-10");
  CHECK(Keys(old) == std::vector<std::string>{"SUN"});
  // A city is no actor itself, and cities of two states place nothing.
  CHECK(Tag("Der Zug fuhr von Izmir nach Kazan.", "de").empty());
  CHECK(Tag("Die Polizei nahm in Izmir und in Kazan Männer fest.", "de").empty());
}

TEST_CASE("ActorTagger places a city in the historical state of the article's day",
          "[extract][actor_tagger][cities]") {
  // The lexicon's historical states and their parts decide (states.txt):
  // Czechoslovakia until 1992; Yugoslavia, then Serbia and Montenegro, for
  // Serbia until 2006; Croatia left Yugoslavia in 1991.
  auto place = [](const std::string& city, const std::string& date) {
    return Keys(Tag("Police arrested two men in " + city + ".", "en", date, EmbeddedTagger()));
  };
  using Ids = std::vector<std::string>;
  CHECK(place("Ostrava", "1990-05-02") == Ids{"CSK"});
  CHECK(place("Ostrava", "1995-05-02") == Ids{"CZE"});
  CHECK(place("Novi Sad", "1999-05-02") == Ids{"YUG"});
  CHECK(place("Novi Sad", "2004-05-02") == Ids{"SCG"});
  CHECK(place("Novi Sad", "2010-05-02") == Ids{"SRB"});
  CHECK(place("Novi Sad", "") == Ids{"SRB"});
  CHECK(place("Osijek", "1991-03-02") == Ids{"YUG"});
  CHECK(place("Osijek", "1992-03-02") == Ids{"HRV"});
}

TEST_CASE("ActorTagger reads 'the two countries' as the two states named last", "[extract][actor_tagger]") {
  auto en = Tag("Chile and Peru signed a fishing accord. The two countries will meet again in May.", "en", "",
                EmbeddedTagger());
  REQUIRE(en.size() == 4);
  CHECK(en[2].actor.Key() == "CHL");
  CHECK(en[3].actor.Key() == "PER");
  CHECK(en[2].group == en[3].group);
  CHECK(en[2].group != 0);
  auto de = Tag("Der chilenische Präsident besuchte Peru. Beide Länder wollen enger zusammenarbeiten.", "de", "",
                EmbeddedTagger());
  REQUIRE(de.size() == 4);
  CHECK(de[2].actor.Key() == "CHL");
  CHECK(de[3].actor.Key() == "PER");
  // Three states before: no telling which two.
  auto three = Tag("Chile, Peru and Bolivia met. The two countries will meet again.", "en", "", EmbeddedTagger());
  CHECK(three.size() == 3);
}

TEST_CASE("ActorTagger links a class of people to the state they come from", "[extract][actor_tagger]") {
  auto en = Tag("The envoy met dissidents from military-ruled Myanmar.", "en", "", EmbeddedTagger());
  REQUIRE(en.size() == 1);
  CHECK(en[0].text == "dissidents from military-ruled Myanmar");
  CHECK(en[0].actor.Key() == "MMR");
  auto de = Tag("Flüchtlinge aus dem benachbarten Syrien protestierten vor der Botschaft.", "de", "", EmbeddedTagger());
  REQUIRE_FALSE(de.empty());
  CHECK(de[0].text == "Flüchtlinge aus dem benachbarten Syrien");
  CHECK(de[0].actor.Key() == "SYR");
  // Troops and diplomats move: "from" names where they leave.
  for (const Tagged& t : Tag("Britain withdrew troops from Cyprus.", "en", "", EmbeddedTagger())) {
    CHECK(t.text != "troops from Cyprus");
  }
}

TEST_CASE("ActorTagger leaves out the actors a sentence excepts", "[extract][actor_tagger]") {
  CHECK(Keys(Tag("All members except Chile and Peru agreed to the quotas.", "en", "", EmbeddedTagger())).empty());
  CHECK(Keys(Tag("Brazil and all other members except for Peru agreed.", "en", "", EmbeddedTagger())) ==
        std::vector<std::string>{"BRA"});
  CHECK(Keys(Tag("Alle Mitglieder außer Ungarn stimmten dem Plan zu.", "de", "", EmbeddedTagger())).empty());
}

TEST_CASE("ActorTagger drops single nationals and non-political persons named by nationality",
          "[extract][actor_tagger]") {
  // "der Armenier" is one person (an athlete, a tourist); "die Armenier" the people.
  CHECK(Tag("Der Armenier gewann das Turnier gegen einen Favoriten.", "de").empty());
  CHECK(Tag("Im Finale unterlag eine Armenierin.", "de").empty());
  CHECK(Keys(Tag("Die Armenier protestierten gegen die Regierung.", "de")) == std::vector<std::string>{"ARM"});
  // A state adjective before a scholar or athlete makes no actor.
  CHECK(Tag("Der armenische Historiker schrieb ein Buch.", "de").empty());
  CHECK(Tag("The Armenian striker scored twice.", "en").empty());
}

TEST_CASE("ActorTagger reads a state adjective that opens an unknown name as no actor",
          "[extract][actor_tagger]") {
  CHECK(Tag("Greenspan spoke to the American Bankers Association in Dallas.", "en").empty());
  // Headlines in capitals are no names.
  CHECK(Keys(Tag("AMERICAN EXPORTS RISE SHARPLY", "en")) == std::vector<std::string>{"USA"});
}

TEST_CASE("ActorTagger reads a capitalised German adjective inside a sentence as part of a name",
          "[extract][actor_tagger]") {
  CHECK(Tag("Die Gewerkschaft streikt bei der Armenischen Post.", "de").empty());
  CHECK(Keys(Tag("Armenische Soldaten wurden verletzt.", "de")) == std::vector<std::string>{"ARM"});
}

TEST_CASE("ActorTagger gives an official named by bare title the dateline's state", "[extract][actor_tagger]") {
  auto t = Tag("ISTANBUL (Reuters) - Foreign Minister Mehmet Yildiz said the talks would resume.", "en");
  REQUIRE(t.size() == 1);
  CHECK(t[0].actor.Key() == "TUR");
  // Without a dateline the title says nothing of the state.
  auto u = Tag("Foreign Minister Mehmet Yildiz said the talks would resume.", "en");
  REQUIRE(u.size() == 1);
  CHECK(u[0].actor.country.empty());
}

TEST_CASE("ActorTagger resolves a subject pronoun to the speaker named later in the sentence",
          "[extract][actor_tagger]") {
  auto t = Tag("Paschinjan traf Blinken. Er warnte vor einer Eskalation, sagte Mirzoyan in Eriwan.", "de",
               "2024-04-28");
  std::vector<std::string> pronoun;
  for (const Tagged& x : t) {
    if (x.via == MentionVia::kPronoun) pronoun.push_back(x.actor.id);
  }
  CHECK(pronoun == std::vector<std::string>{"P:ararat-mirzoyan"});
}

TEST_CASE("ActorTagger reads 'New England' and 'Latin American' as regions, not states", "[extract][actor_tagger]") {
  CHECK(Keys(Tag("The governors of the New England states met in Boston.", "en")).empty());
  CHECK(Keys(Tag("Banks with loans to Latin American countries met.", "en")).empty());
  CHECK(Keys(Tag("Armenia and America met.", "en")) == std::vector<std::string>{"ARM", "USA"});
}

TEST_CASE("ActorTagger keeps a state after 'NEW' in a headline in capitals", "[extract][actor_tagger]") {
  CHECK(Keys(Tag("BAKER CALLS FOR NEW ARMENIA PLAN", "en")) == std::vector<std::string>{"ARM"});
}
