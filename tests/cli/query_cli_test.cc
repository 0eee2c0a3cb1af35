// Integration tests of the query commands (timeline, path, neighbors, top)
// on a small store of hand-written events: Blinken's calls of April 2024,
// an Armenia-Azerbaijan meeting, Kazakhstan, Russia, a negated event and an
// undated one. Actor names are resolved by id, by stored alias and through
// the lexicon (German "Armenien").

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "run_helper.h"

namespace dipgraph::testing {
namespace {

namespace fs = std::filesystem;

// The events, as `dipgraph extract` writes them (SCHEMA.md §2).
const char* kEvents = R"JSONL({"article": "a1", "field": "text", "sentence": 0, "span": [0, 37], "text": "Blinken sprach am Sonntag mit Aliyev.", "source": {"id": "P:antony-blinken", "name": "Antony Blinken", "kind": "person", "country": "USA", "sector": "GOV", "role": "foreign minister", "mention": {"text": "Blinken", "start": 0, "end": 7}}, "target": {"id": "P:ilham-aliyev", "name": "Ilham Aliyev", "kind": "person", "country": "AZE", "sector": "GOV", "role": "head of state", "mention": {"text": "Aliyev", "start": 30, "end": 36}}, "action": {"code": "041", "trigger": "x"}, "date": {"value": "2024-04-28", "granularity": "day", "basis": "text", "expr": ""}, "negated": false, "symmetric": false, "confidence": 0.9}
{"article": "a2", "field": "text", "sentence": 3, "span": [0, 32], "text": "Blinken phoned Aliyev on Sunday.", "source": {"id": "P:antony-blinken", "name": "Antony Blinken", "kind": "person", "country": "USA", "sector": "GOV", "role": "foreign minister", "mention": {"text": "Blinken", "start": 0, "end": 7}}, "target": {"id": "P:ilham-aliyev", "name": "Ilham Aliyev", "kind": "person", "country": "AZE", "sector": "GOV", "role": "head of state", "mention": {"text": "Aliyev", "start": 15, "end": 21}}, "action": {"code": "041", "trigger": "x"}, "date": {"value": "2024-04-28", "granularity": "day", "basis": "text", "expr": ""}, "negated": false, "symmetric": false, "confidence": 0.9}
{"article": "a1", "field": "text", "sentence": 1, "span": [0, 30], "text": "Blinken also called Pashinyan.", "source": {"id": "P:antony-blinken", "name": "Antony Blinken", "kind": "person", "country": "USA", "sector": "GOV", "role": "foreign minister", "mention": {"text": "Blinken", "start": 0, "end": 7}}, "target": {"id": "P:nikol-pashinyan", "name": "Nikol Pashinyan", "kind": "person", "country": "ARM", "sector": "GOV", "role": "head of government", "mention": {"text": "Pashinyan", "start": 20, "end": 29}}, "action": {"code": "041", "trigger": "x"}, "date": {"value": "2024-04-28", "granularity": "day", "basis": "text", "expr": ""}, "negated": false, "symmetric": false, "confidence": 0.9}
{"article": "a3", "field": "text", "sentence": 0, "span": [0, 35], "text": "Pashinyan and Aliyev met in Almaty.", "source": {"id": "P:nikol-pashinyan", "name": "Nikol Pashinyan", "kind": "person", "country": "ARM", "sector": "GOV", "role": "head of government", "mention": {"text": "Pashinyan", "start": 0, "end": 9}}, "target": {"id": "P:ilham-aliyev", "name": "Ilham Aliyev", "kind": "person", "country": "AZE", "sector": "GOV", "role": "head of state", "mention": {"text": "Aliyev", "start": 14, "end": 20}}, "action": {"code": "044", "trigger": "x"}, "date": {"value": "2024-05-13", "granularity": "day", "basis": "text", "expr": ""}, "negated": false, "symmetric": true, "confidence": 0.9}
{"article": "a4", "field": "text", "sentence": 0, "span": [0, 36], "text": "Tokayev invited Pashinyan to Astana.", "source": {"id": "P:kassym-jomart-tokayev", "name": "Kassym-Jomart Tokayev", "kind": "person", "country": "KAZ", "sector": "GOV", "role": "head of state", "mention": {"text": "Tokayev", "start": 0, "end": 7}}, "target": {"id": "P:nikol-pashinyan", "name": "Nikol Pashinyan", "kind": "person", "country": "ARM", "sector": "GOV", "role": "head of government", "mention": {"text": "Pashinyan", "start": 16, "end": 25}}, "action": {"code": "036", "trigger": "x"}, "date": {"value": "2024-06-02", "granularity": "day", "basis": "text", "expr": ""}, "negated": false, "symmetric": false, "confidence": 0.9}
{"article": "a5", "field": "text", "sentence": 0, "span": [0, 37], "text": "Russia and Kazakhstan expanded trade.", "source": {"id": "RUS", "name": "Russia", "kind": "state", "country": "RUS", "sector": "GOV", "role": null, "mention": {"text": "Russia", "start": 0, "end": 6}}, "target": {"id": "KAZ", "name": "Kazakhstan", "kind": "state", "country": "KAZ", "sector": "GOV", "role": null, "mention": {"text": "Kazakhstan", "start": 11, "end": 21}}, "action": {"code": "061", "trigger": "x"}, "date": {"value": "2024-03-01", "granularity": "day", "basis": "text", "expr": ""}, "negated": false, "symmetric": false, "confidence": 0.9}
{"article": "a6", "field": "text", "sentence": 0, "span": [0, 40], "text": "Azerbaijan attacked Armenia in Karabakh.", "source": {"id": "AZE", "name": "Azerbaijan", "kind": "state", "country": "AZE", "sector": "GOV", "role": null, "mention": {"text": "Azerbaijan", "start": 0, "end": 10}}, "target": {"id": "ARM", "name": "Armenia", "kind": "state", "country": "ARM", "sector": "GOV", "role": null, "mention": {"text": "Armenia", "start": 20, "end": 27}}, "action": {"code": "190", "trigger": "x"}, "date": {"value": "2023-09-19", "granularity": "day", "basis": "text", "expr": ""}, "negated": false, "symmetric": false, "confidence": 0.9}
{"article": "a7", "field": "text", "sentence": 0, "span": [0, 49], "text": "The State Department criticised Armenia in April.", "source": {"id": "USA-GOV-FOREIGN", "name": "State Department", "kind": "institution", "country": "USA", "sector": "GOV", "role": null, "mention": {"text": "State Department", "start": 4, "end": 20}}, "target": {"id": "ARM", "name": "Armenia", "kind": "state", "country": "ARM", "sector": "GOV", "role": null, "mention": {"text": "Armenia", "start": 32, "end": 39}}, "action": {"code": "112", "trigger": "x"}, "date": {"value": "2024-04", "granularity": "month", "basis": "text", "expr": ""}, "negated": false, "symmetric": false, "confidence": 0.9}
{"article": "a8", "field": "text", "sentence": 0, "span": [0, 28], "text": "Blinken did not meet Lavrov.", "source": {"id": "P:antony-blinken", "name": "Antony Blinken", "kind": "person", "country": "USA", "sector": "GOV", "role": "foreign minister", "mention": {"text": "Blinken", "start": 0, "end": 7}}, "target": {"id": "P:sergey-lavrov", "name": "Sergey Lavrov", "kind": "person", "country": "RUS", "sector": "GOV", "role": "foreign minister", "mention": {"text": "Lavrov", "start": 21, "end": 27}}, "action": {"code": "036", "trigger": "x"}, "date": {"value": "2024-02-15", "granularity": "day", "basis": "text", "expr": ""}, "negated": true, "symmetric": false, "confidence": 0.9}
{"article": "a9", "field": "text", "sentence": 0, "span": [0, 43], "text": "Kazakhstan and Armenia signed an agreement.", "source": {"id": "KAZ", "name": "Kazakhstan", "kind": "state", "country": "KAZ", "sector": "GOV", "role": null, "mention": {"text": "Kazakhstan", "start": 0, "end": 10}}, "target": {"id": "ARM", "name": "Armenia", "kind": "state", "country": "ARM", "sector": "GOV", "role": null, "mention": {"text": "Armenia", "start": 15, "end": 22}}, "action": {"code": "057", "trigger": "x"}, "date": {"value": null, "granularity": null, "basis": "unknown", "expr": ""}, "negated": false, "symmetric": false, "confidence": 0.9}
)JSONL";

// One database for all cases, ingested once.
const std::string& Db() {
  static const std::string db = [] {
    const fs::path dir = fs::temp_directory_path() / ("dipgraph_query_cli_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    {
      std::ofstream f(dir / "events.jsonl");
      f << kEvents;
    }
    const RunResult r = RunDipgraph("--db '" + (dir / "db").string() + "' ingest -q --events '" +
                                    (dir / "events.jsonl").string() + "'");
    REQUIRE(r.exit_code == 0);
    return (dir / "db").string();
  }();
  return db;
}

RunResult Query(const std::string& args) { return RunDipgraph("--db '" + Db() + "' " + args); }

bool Has(const std::string& out, const std::string& what) {
  return out.find(what) != std::string::npos;
}

}  // namespace

TEST_CASE("timeline of a person lists their events in date order with evidence",
          "[cli][query]") {
  const RunResult r = Query("timeline Blinken");
  REQUIRE(r.exit_code == 0);
  CHECK(Has(r.out, "3 events"));
  const size_t lavrov = r.out.find("Sergey Lavrov");
  const size_t aliyev = r.out.find("Ilham Aliyev");
  REQUIRE(lavrov != std::string::npos);
  REQUIRE(aliyev != std::string::npos);
  CHECK(lavrov < aliyev);  // February before April
  CHECK(Has(r.out, "NOT 036"));
  CHECK(Has(r.out, "a1: Blinken sprach am Sonntag mit Aliyev."));
  CHECK(Has(r.out, "041 Discuss by telephone"));

  const RunResult without = Query("timeline P:antony-blinken --no-negated --json");
  REQUIRE(without.exit_code == 0);
  CHECK(CountLines(without.out) == 2);
  CHECK(Has(without.out, R"("action":{"code":"041","root":"04","label":"Discuss by telephone")"));
  CHECK(Has(without.out, R"("mentions":2)"));  // merged from two articles
  CHECK(Has(without.out, R"("evidence":[{"article":"a1")"));
}

TEST_CASE("timeline of two states covers their officials unless --exact", "[cli][query]") {
  const RunResult keyed = Query("timeline USA AZE --json");
  REQUIRE(keyed.exit_code == 0);
  CHECK(CountLines(keyed.out) == 1);
  CHECK(Has(keyed.out, R"("source":{"id":"P:antony-blinken")"));
  const RunResult exact = Query("timeline USA AZE --exact --json");
  REQUIRE(exact.exit_code == 0);
  CHECK(CountLines(exact.out) == 0);
}

TEST_CASE("timeline resolves German names and honours the date window and filters",
          "[cli][query]") {
  const RunResult r = Query("timeline Armenien --from 2024 --to 2024 --json");
  REQUIRE(r.exit_code == 0);
  // The April accusation (month-dated), Blinken's call, the May meeting and
  // Tokayev's invitation; not the 2023 attack nor the undated agreement.
  CHECK(CountLines(r.out) == 4);
  CHECK_FALSE(Has(r.out, R"("code":"190")"));
  CHECK(CountLines(Query("timeline Armenien --from 2024 --to 2024 --conflict --json").out) == 1);
  CHECK(CountLines(Query("timeline Armenia --roots 19 --json").out) == 1);
  CHECK(CountLines(Query("timeline Armenia --codes 04 --json").out) == 2);
  CHECK(CountLines(Query("timeline Armenia --from 2024-04-15 --to 2024-04-30 --json").out) == 1);
  CHECK(CountLines(Query("timeline Armenia --from 2024-04-15 --to 2024-04-30 --overlap --json").out) == 2);
  CHECK(CountLines(Query("timeline Aliyev --min-mentions 2 --json").out) == 1);
}

TEST_CASE("query commands reject bad flags and unknown actors", "[cli][query]") {
  CHECK(Query("timeline Armenia --from 2024-13").exit_code == 2);
  CHECK(Query("timeline Armenia --quad 5").exit_code == 2);
  CHECK(Query("timeline Armenia --cooperation --conflict").exit_code == 2);
  const RunResult unknown = Query("timeline Nobody-At-All");
  CHECK(unknown.exit_code == 1);
  CHECK(Has(unknown.err, "no actor matches"));
  CHECK(Query("top --period week").exit_code == 2);
}

TEST_CASE("path lists the shortest relationship paths with the events of each hop",
          "[cli][query]") {
  const RunResult r = Query("path Russia USA --json");
  REQUIRE(r.exit_code == 0);
  CHECK(CountLines(r.out) == 1);
  CHECK(Has(r.out, R"("hops":3)"));
  CHECK(Has(r.out, R"("actors":["RUS","KAZ","ARM","USA"])"));
  // The negated Blinken-Lavrov event is no tie unless asked for.
  CHECK(Has(Query("path Russia USA --include-negated --json").out, R"("hops":1)"));
  const RunResult k = Query("path Armenia USA --k 3 --json");
  REQUIRE(k.exit_code == 0);
  CHECK(CountLines(k.out) == 2);  // direct, and via Azerbaijan
  const RunResult table = Query("path Armenia Kazakhstan");
  CHECK(Has(table.out, "Tokayev invited Pashinyan to Astana."));
  CHECK(Query("path Kazakhstan Russia --directed --json").exit_code == 1);
}

TEST_CASE("path --time-respecting follows events in date order", "[cli][query]") {
  const RunResult r = Query("path USA Kazakhstan --time-respecting --json");
  REQUIRE(r.exit_code == 0);
  CHECK(Has(r.out, R"("arrival":"2024-06-02")"));
  CHECK(Has(r.out, R"("hops":2)"));
  // Russia met Kazakhstan in March, before anything reached the USA.
  const RunResult none = Query("path Russia USA --time-respecting");
  CHECK(none.exit_code == 1);
  CHECK(Has(none.out, "no time-respecting path"));
}

TEST_CASE("neighbors lists the ego network with tie strengths", "[cli][query]") {
  const RunResult one = Query("neighbors Armenia --json");
  REQUIRE(one.exit_code == 0);
  CHECK(CountLines(one.out) == 3);  // AZE, KAZ, USA
  CHECK(Has(one.out, R"("tie":{"events":2)"));
  const RunResult two = Query("neighbors Armenia --hops 2");
  REQUIRE(two.exit_code == 0);
  CHECK(Has(two.out, "Russia"));
  CHECK(Has(two.out, "4 neighbors"));
  // A person is not the state: Blinken's neighbours are his counterparts.
  CHECK(CountLines(Query("neighbors Blinken --json").out) == 2);
}

TEST_CASE("top ranks pairs of states and actors per period", "[cli][query]") {
  const RunResult pairs = Query("top --json");
  REQUIRE(pairs.exit_code == 0);
  CHECK(Has(pairs.out, R"({"period":"2023","rank":1,"source":{"id":"AZE")"));
  CHECK(Has(pairs.out, R"("period":"2024","rank":1,"source":{"id":"ARM")"));
  const RunResult coop = Query("top --cooperation --from 2024 --to 2024 --limit 1 --json");
  CHECK(CountLines(coop.out) == 1);
  CHECK(Has(coop.out, R"("mentions":2)"));  // USA-AZE: Blinken's call, reported twice
  const RunResult actors = Query("top --by actors --period month --limit 1 --json");
  CHECK(Has(actors.out, R"({"period":"2024-04","rank":1,"actor":{"id":"USA")"));
}

}  // namespace dipgraph::testing
