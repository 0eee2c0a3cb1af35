#include <catch2/catch.hpp>

#include "extract/article_json.h"
#include "extract/event_json.h"

using namespace dipgraph;
using dipgraph::base::StatusCode;

namespace {

graph::Event SampleEvent() {
  graph::Event e;
  e.provenance = {"seed-1", "text", 3, 812, 1034, "Blinken sprach am Sonntag mit Präsident Alijew."};
  e.source.actor = {"P:antony-blinken", graph::ActorKind::kPerson, "USA", "GOV", "Antony Blinken",
                    "foreign minister"};
  e.source.mention = {"Blinken", 0, 7};
  e.target.actor = {"P:ilham-aliyev", graph::ActorKind::kPerson, "AZE", "GOV", "Ilham Aliyev", ""};
  e.target.mention = {"Präsident Alijew", 30, 47};
  e.action = {"041", "sprach ... mit"};
  e.date = graph::EventDate::Day({2024, 4, 28}, graph::DateBasis::kText, "am Sonntag");
  e.negated = false;
  e.confidence = 0.875;
  return e;
}

}  // namespace

TEST_CASE("Articles parse with all SCHEMA fields", "[extract][json]") {
  auto a = extract::ParseArticleJson(
      R"({"id":"a1","date":"2024-04-28","lang":"de","title":"Tïtel","text":"Eriwan – Text.","url":"u","source":"Reuters"})");
  REQUIRE(a.ok());
  CHECK(a->id == "a1");
  REQUIRE(a->date.has_value());
  CHECK(a->date->day == 28);
  CHECK(a->lang == "de");
  CHECK(a->title == "Tïtel");
  CHECK(a->text == "Eriwan – Text.");
  CHECK(a->source == "Reuters");
}

TEST_CASE("Article dates may be ISO date-times; null optional fields are fine", "[extract][json]") {
  auto a = extract::ParseArticleJson(R"({"id":"a","text":"t","date":"2024-04-28T09:30:00Z","title":null})");
  REQUIRE(a.ok());
  CHECK(a->date->month == 4);
  CHECK(a->title.empty());
}

TEST_CASE("Bad article lines are rejected with a reason", "[extract][json]") {
  struct Case {
    const char* line;
    const char* reason;
  };
  const Case cases[] = {
      {R"({"text":"t"})", "missing field \"id\""},
      {R"({"id":"a"})", "missing field \"text\""},
      {R"({"id":7,"text":"t"})", "field \"id\" must be a string"},
      {R"({"id":"a","text":["t"]})", "field \"text\" must be a string"},
      {R"({"id":"a","text":"t","date":"2024-13-45"})", "unparseable date"},
      {R"({"id":"a","text":"t","lang":"fr"})", "unsupported lang"},
      {R"({"id":"a","text":"t")", "not valid JSON at offset"},
      {R"(["id","text"])", "one JSON object"},
      {R"({"id":"a","text":"t"} trailing)", "not valid JSON"},
      {"{\"id\":\"a\",\"text\":\"\xff\xfe\"}", "invalid UTF-8"},
      {R"({"id":"","text":"t"})", "\"id\" is empty"},
      {R"({"id":"a","text":"x\ude00y"})", "invalid UTF-8 in field \"text\""},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    auto r = extract::ParseArticleJson(c.line);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == StatusCode::kInvalidArgument);
    CHECK(r.status().message().find(c.reason) != std::string::npos);
  }
}

TEST_CASE("Articles round-trip through JSON", "[extract][json]") {
  graph::Article a;
  a.id = "x\"1";
  a.text = "Line\nwith \"quotes\" and ü";
  a.title = "Título";
  a.date_text = "2020-02-29";
  a.date = base::CivilDay{2020, 2, 29};
  auto back = extract::ParseArticleJson(extract::ArticleToJson(a));
  REQUIRE(back.ok());
  CHECK(back->id == a.id);
  CHECK(back->text == a.text);
  CHECK(back->title == a.title);
  CHECK(back->date == a.date);
}

TEST_CASE("Events are written with SCHEMA field names and derived action fields", "[extract][json]") {
  const std::string json = extract::EventToJson(SampleEvent());
  for (const char* needle :
       {R"("article":"seed-1")", R"("field":"text")", R"("sentence":3)", R"("span":[812,1034])",
        R"("source":{"id":"P:antony-blinken","name":"Antony Blinken","kind":"person","country":"USA","sector":"GOV","role":"foreign minister","mention":{"text":"Blinken","start":0,"end":7}})",
        R"("role":null)", R"("code":"041")", R"("root":"04")", R"("label":"Discuss by telephone")",
        R"("goldstein":1.0)", R"("quad":1)",
        R"("date":{"value":"2024-04-28","granularity":"day","basis":"text","expr":"am Sonntag"})",
        R"("negated":false)", R"("confidence":0.875)"}) {
    INFO(needle);
    CHECK(json.find(needle) != std::string::npos);
  }
}

TEST_CASE("Events round-trip through JSON, including non-ASCII, offsets and nulls", "[extract][json]") {
  graph::Event e = SampleEvent();
  SECTION("known date") {}
  SECTION("unknown date and null fields") {
    e.date = graph::EventDate::Unknown();
    e.target.actor.sector.clear();
    e.target.actor.country.clear();
    e.negated = true;
    e.symmetric = true;
  }
  SECTION("month granularity") { e.date = graph::EventDate::Month(2023, 9, graph::DateBasis::kText, "im vergangenen September"); }
  auto back = extract::ParseEventJson(extract::EventToJson(e));
  REQUIRE(back.ok());
  CHECK(*back == e);
}

TEST_CASE("Bad event lines name the field at fault", "[extract][json]") {
  const std::string good = extract::EventToJson(SampleEvent());
  auto replace = [&](const std::string& from, const std::string& to) {
    std::string s = good;
    s.replace(s.find(from), from.size(), to);
    return s;
  };
  struct Case {
    std::string line;
    const char* reason;
  };
  const Case cases[] = {
      {replace(R"("code":"041")", R"("code":"999")"), "not a CAMEO code"},
      {replace(R"("value":"2024-04-28")", R"("value":"2024-02-30")"), "is not a date"},
      {replace(R"("kind":"person")", R"("kind":"alien")"), "unknown value"},
      {replace(R"("confidence":0.875)", R"("confidence":7)"), "within [0, 1]"},
      {replace(R"("span":[812,1034])", R"("span":"x")"), "[start, end]"},
      {replace(R"("article":"seed-1")", R"("article":1)"), "\"article\" must be a string"},
      {"{}", "missing field \"article\""},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    auto r = extract::ParseEventJson(c.line);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().find(c.reason) != std::string::npos);
  }
}
