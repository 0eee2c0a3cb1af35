#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "base/line_reader.h"
#include "extract/trigger_forms.h"
#include "extract/trigger_lexicon.h"

using namespace dipgraph;
using extract::Lang;

namespace {

bool HasForm(const std::vector<extract::SurfaceForm>& forms, const std::string& f, uint8_t flag = 0) {
  return std::any_of(forms.begin(), forms.end(),
                     [&](const extract::SurfaceForm& s) { return s.form == f && (s.flags & flag) == flag; });
}

// The codes of the patterns a form can trigger.
std::vector<std::string> Codes(const extract::TriggerLexicon& lex, Lang lang, const std::string& form) {
  std::vector<std::string> out;
  if (const auto* entries = lex.Find(lang, form)) {
    for (const auto& e : *entries) out.push_back(lex.pattern(e.pattern).code);
  }
  return out;
}

}  // namespace

TEST_CASE("English verb forms include regular, doubled and irregular forms", "[extract][events][lexicon]") {
  auto urge = extract::EnglishVerbForms("urge", {});
  CHECK(HasForm(urge, "urges"));
  CHECK(HasForm(urge, "urged", extract::kFormParticiple));
  CHECK(HasForm(urge, "urging"));
  auto ban = extract::EnglishVerbForms("ban", {});
  CHECK(HasForm(ban, "banned", extract::kFormParticiple));
  CHECK(HasForm(ban, "banning"));
  auto deny = extract::EnglishVerbForms("deny", {});
  CHECK(HasForm(deny, "denies"));
  CHECK(HasForm(deny, "denied"));
  auto meet = extract::EnglishVerbForms("meet", {"met"});
  CHECK(HasForm(meet, "met", extract::kFormParticiple));
}

TEST_CASE("German verb forms cover conjugation, participles and separable prefixes", "[extract][events][lexicon]") {
  auto kritisieren = extract::GermanVerbForms("kritisieren", {});
  CHECK(HasForm(kritisieren, "kritisierte"));
  CHECK(HasForm(kritisieren, "kritisiert", extract::kFormParticiple));
  CHECK_FALSE(HasForm(kritisieren, "gekritisiert"));
  auto fordern = extract::GermanVerbForms("auf|fordern", {});
  CHECK(HasForm(fordern, "forderte", extract::kFormSplit));
  CHECK(HasForm(fordern, "aufgefordert", extract::kFormParticiple));
  CHECK(HasForm(fordern, "aufzufordern", extract::kFormInfinitive));
  CHECK(HasForm(fordern, "aufforderte"));
  // The present plural is the infinitive: "sie fordern ... auf".
  CHECK(HasForm(fordern, "fordern", extract::kFormSplit));
  auto weisen = extract::GermanVerbForms("zuruck|weisen", {"wies", "gewiesen"});
  CHECK(HasForm(weisen, "wies", extract::kFormSplit));
  CHECK(HasForm(weisen, "zuruckgewiesen", extract::kFormParticiple));
  auto angriff = extract::GermanNounForms("angriff", {});
  CHECK(HasForm(angriff, "angriffe", extract::kFormCompound));
}

TEST_CASE("TriggerLexicon loads the embedded English and German triggers", "[extract][events][lexicon]") {
  auto lex = extract::TriggerLexicon::Load();
  REQUIRE(lex.ok());
  CHECK((*lex)->pattern_count() > 300);
  CHECK(Codes(**lex, Lang::kEn, "urged") == std::vector<std::string>{"020"});
  CHECK(!Codes(**lex, Lang::kEn, "met").empty());
  CHECK(!Codes(**lex, Lang::kDe, "sprach").empty());
  CHECK(!Codes(**lex, Lang::kDe, "festgenommen").empty());
  CHECK((*lex)->FindCompoundSuffix(Lang::kDe, "raketenangriff") != nullptr);
  CHECK((*lex)->FindCompoundSuffix(Lang::kDe, "bundesregierung") == nullptr);
}

TEST_CASE("TriggerLexicon reports malformed lines with FILE:LINE", "[extract][events][lexicon]") {
  extract::TriggerLexicon lex;
  CHECK(lex.AddFile("t.txt", "# ok\n020 v urge T\n", Lang::kEn).ok());
  base::Status bad_code = lex.AddFile("t.txt", "020 v urge T\n999 v foo T\n", Lang::kEn);
  CHECK(bad_code.message().find("t.txt:2:") != std::string::npos);
  CHECK_FALSE(lex.AddFile("t.txt", "020 x urge T\n", Lang::kEn).ok());
  CHECK_FALSE(lex.AddFile("t.txt", "020 v urge T T\n", Lang::kEn).ok());
  CHECK_FALSE(lex.AddFile("t.txt", "020 v urge T ; loud\n", Lang::kEn).ok());
  CHECK_FALSE(lex.AddFile("t.txt", "020 v auf|fordern T\n", Lang::kEn).ok());
}

TEST_CASE("TriggerLexicon parses literals, target slots and flags", "[extract][events][lexicon]") {
  extract::TriggerLexicon lex;
  REQUIRE(lex.AddFile("t.txt", "181 v take{took,taken} T hostage\n046 n peace_talks with T ; sym\n", Lang::kEn).ok());
  REQUIRE(lex.pattern_count() == 2);
  const auto& take = lex.pattern(0);
  CHECK(take.target_after == 0);
  CHECK(take.after_target == std::vector<std::string>{"hostage"});
  const auto& talks = lex.pattern(1);
  CHECK(talks.noun);
  CHECK(talks.symmetric);
  CHECK(talks.pre_head == std::vector<std::string>{"peace"});
  CHECK(talks.literals == std::vector<std::string>{"with"});
  CHECK(talks.target_after == 1);
  CHECK(!Codes(lex, Lang::kEn, "took").empty());
  REQUIRE(lex.AddFile("s.txt", "1723 v impose curfew ; self\n", Lang::kEn).ok());
  CHECK(lex.pattern(2).self_target);
  CHECK(lex.pattern(2).target_after == -1);
}

TEST_CASE("TriggerLexicon reads word classes per language", "[extract][events][lexicon]") {
  extract::TriggerLexicon lex;
  REQUIRE(lex.AddFile("t.txt", "class market-goods Oil wheat\nclass market-goods gilts # more\n", Lang::kEn).ok());
  CHECK(lex.pattern_count() == 0);
  CHECK(lex.InClass(Lang::kEn, "market-goods", "oil"));
  CHECK(lex.InClass(Lang::kEn, "market-goods", "gilts"));
  CHECK_FALSE(lex.InClass(Lang::kEn, "market-goods", "more"));
  CHECK_FALSE(lex.InClass(Lang::kDe, "market-goods", "oil"));
  CHECK_FALSE(lex.InClass(Lang::kEn, "headline-homograph", "oil"));
  // The built-in classes the coder consults.
  const auto loaded = extract::TriggerLexicon::Load();
  REQUIRE(loaded.ok());
  CHECK((*loaded)->InClass(Lang::kEn, "headline-homograph", "raids"));
  CHECK((*loaded)->InClass(Lang::kEn, "market-modifier", "domestic"));
  CHECK((*loaded)->InClass(Lang::kEn, "market-goods", "bonds"));
}

TEST_CASE("TriggerLexicon imports the PETRARCH verb dictionary", "[extract][events][lexicon]") {
  const std::string path = std::string(DIPGRAPH_SHARED_DIR) + "/reference/petrarch/CAMEO.2.0.txt";
  if (!std::filesystem::exists(path)) {
    WARN("PETRARCH dictionary missing: " << path);
    return;
  }
  auto text = base::ReadFileToString(path);
  REQUIRE(text.ok());
  extract::TriggerLexicon lex;
  REQUIRE(lex.ImportPetrarchVerbs("CAMEO.2.0.txt", *text).ok());
  CHECK(lex.pattern_count() > 300);
  CHECK(Codes(lex, Lang::kEn, "implored") == std::vector<std::string>{"020"});
  CHECK(Codes(lex, Lang::kEn, "begged") == std::vector<std::string>{"020"});
  CHECK_FALSE(lex.ImportPetrarchVerbs("empty.verbs", "# nothing\n").ok());
}

TEST_CASE("TriggerLexicon reads user trigger files from a directory", "[extract][events][lexicon]") {
  const auto dir = std::filesystem::temp_directory_path() / ("dipgraph_triggers_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "triggers_de_extra.txt") << "163 v boykottieren T\n161 v ein|frieren{friert,fror,froren,gefroren} Beziehungen zu T\n";
  std::ofstream(dir / "states.txt") << "[state XYZ]\nname: Not a trigger file\n";
  auto lex = extract::TriggerLexicon::Load({dir.string()});
  auto missing = extract::TriggerLexicon::Load({(dir / "nope").string()});
  std::filesystem::remove_all(dir);
  REQUIRE(lex.ok());
  CHECK(!Codes(**lex, Lang::kDe, "fror").empty());
  CHECK_FALSE(missing.ok());
}
