// The hostile-input catalogue: malformed, odd and oversized article files
// fed to `dipgraph extract` and `dipgraph ingest` as child processes. Each
// case must end with a clear message naming FILE:LINE (or be handled
// gracefully), within a time and peak-memory bound, and must leave what
// the database already held untouched. See doc/reliability.md.

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "extract/article_json.h"
#include "extract/event_json.h"
#include "tests/hostile/child_process.h"
#include "tests/hostile/store_view.h"

namespace dipgraph::hostile {
namespace {

// Articles already in the database before each hostile ingest.
constexpr const char* kBaseline =
    R"({"id":"base-1","date":"2023-03-14","text":"Japanese Prime Minister Fumio Kishida visited Ukraine on Tuesday."})"
    "\n"
    R"({"id":"base-2","date":"2023-03-15","text":"China criticised Japan over the visit on Wednesday."})"
    "\n";

// Good lines mixed into hostile files; each yields at least one event.
constexpr const char* kGood1 =
    R"({"id":"good-1","date":"2024-04-28","text":"French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday."})";
constexpr const char* kGood2 =
    R"({"id":"good-2","date":"2024-04-29","lang":"de","text":"Bundeskanzler Olaf Scholz traf am Montag den französischen Präsidenten Emmanuel Macron in Paris."})";

// Generous bounds for small inputs (the lexicons alone take a few MB and
// a second or two to load in a Debug build).
double SmallSeconds() { return Bound(60, 4); }
long SmallRssKb() { return static_cast<long>(Bound(400 * 1024, 3)); }

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) nl = s.size();
    out.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

// The database every case starts from: built once, copied per case.
const fs::path& BaselineDb() {
  static ScratchDir dir;
  static const fs::path db = [] {
    WriteFile(dir.path() / "baseline.jsonl", kBaseline);
    auto r = RunDipgraph({"ingest", "-q", "--db", dir / "db", "baseline.jsonl"}, dir.path());
    INFO(r.Describe());
    REQUIRE(r.exited(0));
    return dir.path() / "db";
  }();
  return db;
}

// Checks every line `extract` printed: it is an event as SCHEMA.md §2
// describes, of one of `articles`, and its span and text are exactly the
// sentence's bytes in that article's field.
void CheckEventLines(const std::string& out, const std::map<std::string, graph::Article>& articles) {
  for (const auto& line : Lines(out)) {
    auto event = extract::ParseEventJson(line);
    INFO(line.substr(0, 300));
    REQUIRE(event.ok());
    const auto it = articles.find(event->provenance.article);
    REQUIRE(it != articles.end());
    const std::string& field =
        event->provenance.field == "title" ? it->second.title : it->second.text;
    const auto& p = event->provenance;
    REQUIRE(p.span_start <= p.span_end);
    REQUIRE(p.span_end <= field.size());
    CHECK(field.substr(p.span_start, p.span_end - p.span_start) == p.text);
    for (const auto* m : {&event->source.mention, &event->target.mention}) {
      CHECK(m->start <= m->end);
      CHECK(m->end <= p.text.size());
    }
  }
}

// The articles of `bytes` that parse (what the tools may print events of).
std::map<std::string, graph::Article> ParsableArticles(const std::string& bytes) {
  std::map<std::string, graph::Article> out;
  for (auto line : Lines(bytes)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    auto a = extract::ParseArticleJson(line);
    if (a.ok()) out[a->id] = *a;
  }
  return out;
}

struct Expect {
  int exit_code = 0;
  // Fragments stderr must contain (typically "FILE:LINE: reason").
  std::vector<std::string> messages = {};
  // Article ids whose events must appear in extract's output.
  std::vector<std::string> event_articles = {};
  // Articles the ingest adds to the baseline.
  uint64_t new_articles = 0;
  double max_seconds = 0;  // 0: SmallSeconds()
  long max_rss_kb = 0;     // 0: SmallRssKb()
};

void CheckBounds(const ChildResult& r, const Expect& e) {
  INFO(r.Describe());
  CHECK(r.signal == 0);
  CHECK_FALSE(r.timed_out);
  CHECK(r.seconds < (e.max_seconds > 0 ? e.max_seconds : SmallSeconds()));
  CHECK(r.max_rss_kb < (e.max_rss_kb > 0 ? e.max_rss_kb : SmallRssKb()));
}

// Runs `extract` and `ingest` on `bytes` written to `file_name` and checks
// both against `e`; the ingest goes into a copy of the baseline database.
void RunCase(const std::string& file_name, const std::string& bytes, const Expect& e) {
  ScratchDir dir;
  const fs::path input = dir.path() / file_name;
  WriteFile(input, bytes);
  const auto articles = ParsableArticles(bytes);

  auto x = RunDipgraph({"extract", file_name}, dir.path(), {.timeout_seconds = 600});
  {
    INFO("extract " << file_name << ": " << x.Describe());
    CheckBounds(x, e);
    CHECK(x.exit_code == e.exit_code);
    for (const auto& m : e.messages) CHECK(x.err.find(m) != std::string::npos);
    CheckEventLines(x.out, articles);
    for (const auto& id : e.event_articles) {
      CHECK(x.out.find("\"article\":\"" + id + "\"") != std::string::npos);
    }
  }

  const std::string db = dir / "db";
  fs::copy(BaselineDb(), db, fs::copy_options::recursive);
  const StoreView before = ViewStore(db);
  REQUIRE(before.opened);
  auto in = RunDipgraph({"ingest", "-q", "--db", db, file_name}, dir.path(),
                        {.timeout_seconds = 600});
  INFO("ingest " << file_name << ": " << in.Describe());
  CheckBounds(in, e);
  CHECK(in.exit_code == e.exit_code);
  for (const auto& m : e.messages) CHECK(in.err.find(m) != std::string::npos);
  const StoreView after = ViewStore(db);
  REQUIRE(after.opened);
  CHECK(after.error.empty());
  CHECK(after.articles == before.articles + e.new_articles);
  // What was stored before is still there, byte for byte.
  const std::set<std::string> now(after.lines.begin(), after.lines.end());
  for (const auto& line : before.lines) {
    if (line.rfind("stats ", 0) == 0) continue;
    INFO(line);
    CHECK(now.count(line) == 1);
  }
}

TEST_CASE("Invalid UTF-8 in a line is reported as FILE:LINE and the other lines are kept",
          "[hostile][utf8]") {
  const std::string bytes = std::string(kGood1) + "\n" +
                            R"({"id":"bad","text":"Caf)" + std::string("\xC3\x28\xFF\xFE") +
                            R"( in Paris."})" + "\n" + kGood2 + "\n";
  RunCase("utf8.jsonl", bytes,
          {.exit_code = 1, .messages = {"utf8.jsonl:2: ", "UTF-8"},
           .event_articles = {"good-1", "good-2"}, .new_articles = 2});
}

TEST_CASE("NUL bytes are rejected in raw JSON and in ids but tolerated in text",
          "[hostile][nul]") {
  std::string raw_nul = R"({"id":"raw","text":"a)";
  raw_nul += '\0';
  raw_nul += R"(b"})";
  const std::string bytes = raw_nul + "\n" +
                            R"({"id":"id\u0000nul","text":"Germany met France."})" + "\n" +
                            R"({"id":"text-nul","text":"Russia\u0000 met China on Friday."})" +
                            "\n" + kGood1 + "\n";
  ScratchDir dir;
  WriteFile(dir.path() / "nul.jsonl", bytes);
  // extract: line 1 is not JSON; the others are articles.
  auto x = RunDipgraph({"extract", "nul.jsonl"}, dir.path());
  INFO(x.Describe());
  CheckBounds(x, {});
  CHECK(x.exit_code == 1);
  CHECK(x.err.find("nul.jsonl:1: ") != std::string::npos);
  CheckEventLines(x.out, ParsableArticles(bytes));
  CHECK(x.out.find("\"article\":\"good-1\"") != std::string::npos);

  // ingest: line 1 skipped, the NUL id refused by the store, the rest kept.
  const std::string db = dir / "db";
  fs::copy(BaselineDb(), db, fs::copy_options::recursive);
  const StoreView before = ViewStore(db);
  auto in = RunDipgraph({"ingest", "-q", "--db", db, "nul.jsonl"}, dir.path());
  INFO(in.Describe());
  CheckBounds(in, {});
  CHECK(in.exit_code == 1);
  CHECK(in.err.find("nul.jsonl:1: ") != std::string::npos);
  CHECK(in.err.find("NUL") != std::string::npos);
  const StoreView after = ViewStore(db);
  CHECK(after.articles == before.articles + 2);
}

TEST_CASE("A byte order mark and CRLF line ends read like plain LF lines", "[hostile][crlf]") {
  ScratchDir dir;
  const std::string plain = std::string(kGood1) + "\n" + kGood2 + "\n";
  const std::string windows = "\xEF\xBB\xBF" + std::string(kGood1) + "\r\n" + kGood2 + "\r\n";
  WriteFile(dir.path() / "plain.jsonl", plain);
  WriteFile(dir.path() / "windows.jsonl", windows);
  auto a = RunDipgraph({"extract", "plain.jsonl"}, dir.path());
  auto b = RunDipgraph({"extract", "windows.jsonl"}, dir.path());
  INFO(b.Describe());
  CHECK(a.exited(0));
  CHECK(b.exited(0));
  CHECK_FALSE(a.out.empty());
  CHECK(b.out == a.out);
  RunCase("windows.jsonl", windows,
          {.exit_code = 0, .event_articles = {"good-1", "good-2"}, .new_articles = 2});
}

TEST_CASE("Deeply nested JSON is an error message, not a stack overflow", "[hostile][json]") {
  const std::string deep = R"({"id":"deep","text":"x","extra":)" + std::string(1000000, '[') +
                           std::string(1000000, ']') + "}";
  const std::string unclosed = R"({"id":"deep2","text":"x","extra":)" + std::string(500000, '{');
  RunCase("deep.jsonl", deep + "\n" + unclosed + "\n" + kGood1 + "\n",
          {.exit_code = 1, .messages = {"deep.jsonl:2: "}, .event_articles = {"good-1"},
           // Line 1 is valid JSON (an unknown field is ignored).
           .new_articles = 2});

  // The event reader of `ingest --events` too.
  ScratchDir dir;
  WriteFile(dir.path() / "deep_events.jsonl", std::string(1000000, '[') + "\n");
  const std::string db = dir / "db";
  fs::copy(BaselineDb(), db, fs::copy_options::recursive);
  const StoreView before = ViewStore(db);
  auto r = RunDipgraph({"ingest", "-q", "--db", db, "--events", "deep_events.jsonl"},
                       dir.path());
  INFO(r.Describe());
  CheckBounds(r, {});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("deep_events.jsonl:1: ") != std::string::npos);
  CHECK(ViewStore(db) == before);
}

TEST_CASE("Numbers, arrays and objects where strings belong name the line and field",
          "[hostile][json]") {
  const std::vector<std::string> bad = {
      R"({"id":5,"text":"Germany met France."})",
      R"({"id":"a","text":["Germany met France."]})",
      R"({"id":"b","text":{"en":"Germany met France."}})",
      R"({"id":"c","text":"Germany met France.","date":20240101})",
      R"({"id":"d","text":"Germany met France.","lang":true})",
      R"({"id":null,"text":"Germany met France."})",
      R"([{"id":"e","text":"Germany met France."}])",
      R"("just a string")",
      R"(12345)",
      R"({"id":"f"})",
  };
  std::string bytes;
  for (const auto& b : bad) bytes += b + "\n";
  bytes += std::string(kGood1) + "\n";
  Expect e{.exit_code = 1, .event_articles = {"good-1"}, .new_articles = 1};
  for (size_t i = 1; i <= bad.size(); ++i) e.messages.push_back("types.jsonl:" + std::to_string(i) + ": ");
  e.messages.push_back("\"id\"");
  e.messages.push_back("\"text\"");
  RunCase("types.jsonl", bytes, e);
}

TEST_CASE("Duplicate ids within one file store the last version only", "[hostile][ids]") {
  const std::string first =
      R"({"id":"dup","date":"2024-04-28","title":"first","text":"Japanese Prime Minister Fumio Kishida visited Ukraine on Tuesday."})";
  const std::string second =
      R"({"id":"dup","date":"2024-04-28","title":"second","text":"French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday."})";
  ScratchDir dir;
  WriteFile(dir.path() / "dup.jsonl", first + "\n" + second + "\n");
  WriteFile(dir.path() / "second.jsonl", second + "\n");
  auto a = RunDipgraph({"ingest", "-q", "--db", dir / "dup_db", "dup.jsonl"}, dir.path());
  auto b = RunDipgraph({"ingest", "-q", "--db", dir / "second_db", "second.jsonl"}, dir.path());
  INFO(a.Describe());
  CheckBounds(a, {});
  CHECK(a.exited(0));
  CHECK(b.exited(0));
  const StoreView dup = ViewStore(dir / "dup_db");
  const StoreView only_second = ViewStore(dir / "second_db");
  CHECK(dup.articles == 1);
  CHECK(dup.events == only_second.events);
  // Event ids may differ (the first version used some), and actors stay
  // known once stored; compare events and articles.
  auto strip_ids = [](std::vector<std::string> lines) {
    std::erase_if(lines, [](const std::string& l) { return l.rfind("stats ", 0) == 0; });
    for (auto& l : lines) {
      if (l.rfind("event ", 0) == 0) l.erase(6, l.find(' ', 6) - 6);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
  };
  CHECK(strip_ids(dup.lines) == strip_ids(only_second.lines));
}

TEST_CASE("HTML tags and entities are tolerated and offsets stay byte-exact",
          "[hostile][html]") {
  const std::string html =
      R"({"id":"html","date":"2024-04-28","title":"<b>Macron &amp; Scholz</b>","text":"<p>French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday.</p>\n<script>var x = \"<p>\";</script>&nbsp;&lt;div&gt; &#8220;Russia condemned Ukraine,&#8221; he said.<br/><a href=\"http://x\">link</a>"})";
  RunCase("html.jsonl", html + "\n",
          {.exit_code = 0, .event_articles = {"html"}, .new_articles = 1});
}

TEST_CASE("Right-to-left scripts and emoji keep offsets byte-exact", "[hostile][unicode]") {
  const std::string text =
      R"({"id":"rtl","date":"2024-04-28","text":"التقى الرئيس الفرنسي 🇫🇷 بالمستشار الألماني. French President Emmanuel Macron 😀 met German Chancellor Olaf Scholz in Berlin on Monday. )"
      "\u202E\u05E9\u05DC\u05D5\u05DD\u202C"
      R"( 👩‍👩‍👧 Israel criticised Iran on Tuesday. \ud83d\ude00"})";
  RunCase("rtl.jsonl", text + "\n", {.exit_code = 0, .event_articles = {"rtl"}, .new_articles = 1});
}

TEST_CASE("An empty file and a file of blank lines are no work, not an error",
          "[hostile][empty]") {
  RunCase("empty.jsonl", "", {.exit_code = 0});
  RunCase("blank.jsonl", "\n \n\t\n\r\n", {.exit_code = 0});
}

TEST_CASE("A directory given as an input file is named in the error", "[hostile][files]") {
  ScratchDir dir;
  fs::create_directories(dir.path() / "articles.jsonl");
  fs::create_directories(dir.path() / "story.txt");
  const std::string db = dir / "db";
  fs::copy(BaselineDb(), db, fs::copy_options::recursive);
  const StoreView before = ViewStore(db);
  const std::vector<std::vector<std::string>> runs = {
      {"extract", "articles.jsonl"},
      {"extract", "story.txt"},
      {"ingest", "-q", "--db", db, "articles.jsonl"},
      {"ingest", "-q", "--db", db, "story.txt"},
      {"ingest", "-q", "--db", db, "--events", "articles.jsonl"},
  };
  for (const auto& args : runs) {
    auto r = RunDipgraph(args, dir.path());
    INFO(args[0] << " " << args.back() << ": " << r.Describe());
    CheckBounds(r, {});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(args.back() + ": is a directory") != std::string::npos);
  }
  CHECK(ViewStore(db) == before);
}

TEST_CASE("A 50 MB line is read within bounded time and memory", "[hostile][big]") {
  // An unterminated string of 50 MB, then a good line: the long line gets
  // a message, the good one its events.
  const std::string huge = R"({"id":"huge","text":")" + std::string(50u << 20, 'a');
  Expect e{.exit_code = 1, .messages = {"huge.jsonl:1: "}, .event_articles = {"good-1"},
           .new_articles = 1, .max_seconds = Bound(60, 3),
           // The line is held a few times over (reader buffer, JSON
           // document); far below that is fine, a leak per byte is not.
           .max_rss_kb = static_cast<long>(Bound(450 * 1024, 2.5))};
  RunCase("huge.jsonl", huge + "\n" + kGood1 + "\n", e);
}

TEST_CASE("An article of 200,000 sentences is extracted in bounded time and memory",
          "[hostile][big]") {
  std::string text;
  text.reserve(200000 * 24);
  for (int i = 0; i < 199999; ++i) text += "Item " + std::to_string(i) + " is short. ";
  // The last sentence carries an event, so the whole text was read.
  text += "Russia condemned Ukraine on Friday.";
  const std::string line = R"({"id":"long","date":"2024-04-28","text":")" + text + "\"}";
  ScratchDir dir;
  WriteFile(dir.path() / "long.jsonl", line + "\n");
  auto r = RunDipgraph({"extract", "long.jsonl"}, dir.path(), {.timeout_seconds = 600});
  INFO(r.Describe());
  CHECK(r.exited(0));
  CHECK(r.seconds < Bound(120, 3));
  CHECK(r.max_rss_kb < static_cast<long>(Bound(600 * 1024, 3)));
  CHECK(r.out.find("\"sentence\":199999") != std::string::npos);
  CheckEventLines(r.out, ParsableArticles(line));
}

}  // namespace
}  // namespace dipgraph::hostile
