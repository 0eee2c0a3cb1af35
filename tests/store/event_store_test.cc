#include "store/event_store.h"

#include <catch2/catch.hpp>

#include <fstream>

#include "store/coding.h"
#include "store/keys.h"
#include "store/kv_database.h"
#include "store/records.h"
#include "store_test_util.h"

namespace dipgraph::store {
namespace {

using testing::ListEvents;
using testing::MakeArticle;
using testing::MakeEvent;
using testing::TempDir;
using testing::TestOptions;

std::unique_ptr<EventStore> OpenOrDie(const StoreOptions& options,
                                      const std::filesystem::path& path) {
  auto r = EventStore::Open(options, path);
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  return std::move(r).value();
}

std::vector<graph::EventRecord> Collect(const std::function<base::Status(const EventVisitor&)>& scan) {
  std::vector<graph::EventRecord> out;
  auto s = scan([&](const graph::EventRecord& r) {
    out.push_back(r);
    return true;
  });
  REQUIRE(s.ok());
  return out;
}

TEST_CASE("EventStore merges the same event read in two articles into one record",
          "[store][merge]") {
  TempDir dir;
  int64_t now = 1000;
  auto store = OpenOrDie(TestOptions(&now), dir / "db");
  auto a = store->IngestArticle(MakeArticle("a1", "text one", "Reuters"),
                                {MakeEvent("a1", "USA", "AZE", "041", "2024-04-28", 0),
                                 MakeEvent("a1", "USA", "AZE", "041", "2024-04-28", 3)});
  REQUIRE(a.ok());
  CHECK(a->events_new == 1);
  CHECK(a->events_merged == 1);
  now = 2000;
  auto b = store->IngestArticle(MakeArticle("b1", "text two", "AFP"),
                                {MakeEvent("b1", "USA", "AZE", "041", "2024-04-28", 1),
                                 MakeEvent("b1", "USA", "AZE", "041", "2024-04", 1),
                                 MakeEvent("b1", "USA", "AZE", "042", "2024-04-28", 2)});
  REQUIRE(b.ok());
  CHECK(b->events_new == 2);  // the month-granular date and code 042 are new

  auto stats = store->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->events == 3);
  CHECK(stats->mentions == 5);
  CHECK(stats->articles == 2);
  CHECK(stats->actors == 2);

  const auto day = TimeWindow::Days({2024, 4, 28}, {2024, 4, 28});
  auto records = Collect([&](const EventVisitor& v) { return store->ForEachEvent(day, v); });
  REQUIRE(records.size() == 3);  // the month event overlaps the day
  const graph::EventRecord* merged = nullptr;
  for (const auto& r : records) {
    if (r.code == "041" && r.date.granularity == graph::Granularity::kDay) merged = &r;
  }
  REQUIRE(merged != nullptr);
  CHECK(merged->mentions == 3);
  CHECK(merged->articles == 2);
  CHECK(merged->sources == 2);
  CHECK(merged->first_seen == 1000);
  CHECK(merged->last_seen == 2000);

  auto mentions = store->GetMentions(merged->id);
  REQUIRE(mentions.ok());
  REQUIRE(mentions->size() == 3);
  CHECK((*mentions)[0].article == "a1");
  CHECK((*mentions)[0].text == "USA did 041 to AZE #0");
  CHECK((*mentions)[2].article == "b1");
  CHECK((*mentions)[2].article_source == "AFP");
  CHECK((*mentions)[2].ingest_time == 2000);
}

TEST_CASE("EventStore merges symmetric events regardless of direction", "[store][merge]") {
  TempDir dir;
  int64_t now = 1;
  auto store = OpenOrDie(TestOptions(&now), dir / "db");
  auto e1 = MakeEvent("a", "DEU", "FRA", "043", "2024-01-02");
  e1.symmetric = true;
  auto e2 = MakeEvent("b", "FRA", "DEU", "043", "2024-01-02");
  e2.symmetric = true;
  auto e3 = MakeEvent("b", "FRA", "DEU", "042", "2024-01-02");  // directed
  REQUIRE(store->IngestArticle(MakeArticle("a", "x"), {e1}).ok());
  REQUIRE(store->IngestArticle(MakeArticle("b", "y"), {e2, e3}).ok());
  auto pair = Collect([&](const EventVisitor& v) {
    return store->ForEachEventOfPair("FRA", "DEU", TimeWindow::All(), v);
  });
  REQUIRE(pair.size() == 2);
  int symmetric = 0;
  for (const auto& r : pair) {
    if (r.symmetric) {
      ++symmetric;
      CHECK(r.source == "DEU");  // ordered pair
      CHECK(r.mentions == 2);
    } else {
      CHECK(r.source == "FRA");
    }
  }
  CHECK(symmetric == 1);
  auto mentions = store->GetMentions(pair[0].symmetric ? pair[0].id : pair[1].id);
  REQUIRE(mentions.ok());
  REQUIRE(mentions->size() == 2);
  CHECK((*mentions)[1].swapped);
  CHECK((*mentions)[1].source.text == "FRA");  // as extracted
}

TEST_CASE("Ingesting an unchanged article twice changes nothing", "[store][idempotence]") {
  TempDir dir;
  int64_t now = 10;
  auto store = OpenOrDie(TestOptions(&now), dir / "db");
  const auto article = MakeArticle("a", "same text");
  const std::vector<graph::Event> events = {MakeEvent("a", "USA", "RUS", "111", "2024-03-01"),
                                            MakeEvent("a", "RUS", "UKR", "190", "")};
  auto fresh = store->IsUnchanged(article);
  REQUIRE(fresh.ok());
  CHECK_FALSE(*fresh);
  REQUIRE(store->IngestArticle(article, events).ok());
  auto stored = store->IsUnchanged(article);
  REQUIRE(stored.ok());
  CHECK(*stored);
  auto edited = store->IsUnchanged(MakeArticle("a", "other text"));
  REQUIRE(edited.ok());
  CHECK_FALSE(*edited);
  auto before_stats = store->Stats();
  const auto before = ListEvents(*store);
  now = 20;
  auto again = store->IngestArticle(article, events);
  REQUIRE(again.ok());
  CHECK(again->unchanged);
  auto after_stats = store->Stats();
  REQUIRE(before_stats.ok());
  REQUIRE(after_stats.ok());
  CHECK(after_stats->events == before_stats->events);
  CHECK(after_stats->mentions == before_stats->mentions);
  CHECK(after_stats->articles == before_stats->articles);
  CHECK(after_stats->actors == before_stats->actors);
  CHECK(ListEvents(*store) == before);
  CHECK(before.size() == 2);

  SECTION("also from event JSONL, whatever the order of the events") {
    const std::vector<graph::Event> pre = {MakeEvent("ev", "USA", "RUS", "111", "2024-03-01"),
                                           MakeEvent("ev", "RUS", "UKR", "190", "")};
    auto first = store->IngestEvents("ev", pre);
    REQUIRE(first.ok());
    CHECK(first->events_merged == 2);
    const auto with_ev = ListEvents(*store);
    auto reordered = store->IngestEvents("ev", {pre[1], pre[0]});
    REQUIRE(reordered.ok());
    CHECK(reordered->unchanged);
    CHECK(ListEvents(*store) == with_ev);
  }
}

TEST_CASE("A changed article replaces exactly its own earlier contribution",
          "[store][replace]") {
  TempDir dir;
  int64_t now = 100;
  auto store = OpenOrDie(TestOptions(&now), dir / "db");
  REQUIRE(store->IngestArticle(MakeArticle("other", "o"),
                               {MakeEvent("other", "USA", "CHN", "036", "2024-05-01")})
              .ok());
  now = 200;
  REQUIRE(store->IngestArticle(MakeArticle("a", "version 1"),
                               {MakeEvent("a", "USA", "CHN", "036", "2024-05-01"),
                                MakeEvent("a", "IRN", "ISR", "173", "2024-05-02")})
              .ok());
  now = 300;
  auto r = store->IngestArticle(MakeArticle("a", "version 2"),
                                {MakeEvent("a", "IRN", "ISR", "174", "2024-05-02")});
  REQUIRE(r.ok());
  CHECK(r->replaced);
  CHECK(r->events_new == 1);
  CHECK(r->events_retired == 1);  // IRN 173 ISR had only article a

  const auto listing = ListEvents(*store);
  REQUIRE(listing.size() == 2);
  CHECK(listing[0] == "1 USA 036 CHN 2024-05-01 m=1 a=1 s=1 t=100..100");
  CHECK(listing[1] == "3 IRN 174 ISR 2024-05-02 m=1 a=1 s=1 t=300..300");
  auto stats = store->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->articles == 2);
  CHECK(stats->mentions == 2);
  CHECK(stats->events == 2);
  auto info = store->GetArticle("a");
  REQUIRE(info.ok());
  REQUIRE(info->has_value());
  CHECK((*info)->mentions == 1);
  CHECK((*info)->ingest_time == 300);
}

TEST_CASE("Forgetting an article keeps events that another article supports",
          "[store][forget]") {
  TempDir dir;
  int64_t now = 5;
  auto store = OpenOrDie(TestOptions(&now), dir / "db");
  REQUIRE(store->IngestArticle(MakeArticle("a", "a", "Reuters"),
                               {MakeEvent("a", "USA", "AZE", "041", "2024-04-28"),
                                MakeEvent("a", "ARM", "AZE", "057", "2024-04-29")})
              .ok());
  now = 6;
  REQUIRE(store->IngestArticle(MakeArticle("b", "b", "AFP"),
                               {MakeEvent("b", "USA", "AZE", "041", "2024-04-28")})
              .ok());
  auto forgot = store->Forget("a");
  REQUIRE(forgot.ok());
  CHECK(forgot->events_retired == 1);
  const auto listing = ListEvents(*store);
  REQUIRE(listing.size() == 1);
  CHECK(listing[0] == "1 USA 041 AZE 2024-04-28 m=1 a=1 s=1 t=6..6");
  auto mentions = store->GetMentions(1);
  REQUIRE(mentions.ok());
  REQUIRE(mentions->size() == 1);
  CHECK((*mentions)[0].article == "b");
  CHECK(Collect([&](const EventVisitor& v) {
          return store->ForEachEventOfActor("ARM", TimeWindow::All(), v);
        }).empty());
  auto gone = store->GetArticle("a");
  REQUIRE(gone.ok());
  CHECK_FALSE(gone->has_value());

  auto missing = store->Forget("a");
  CHECK(missing.status().code() == base::StatusCode::kNotFound);
  CHECK(missing.status().message().find("\"a\"") != std::string::npos);
}

TEST_CASE("Index reads find an actor's events in both directions within a window",
          "[store][read]") {
  TempDir dir;
  int64_t now = 1;
  auto store = OpenOrDie(TestOptions(&now), dir / "db");
  REQUIRE(store->IngestArticle(MakeArticle("a", "a"),
                               {MakeEvent("a", "USA", "AZE", "041", "2024-04-28"),
                                MakeEvent("a", "AZE", "ARM", "172", "2024-06-01"),
                                MakeEvent("a", "RUS", "AZE", "036", "2023"),
                                MakeEvent("a", "AZE", "TUR", "040", ""),
                                MakeEvent("a", "USA", "CHN", "010", "2024-04-28")})
              .ok());
  auto in_april = Collect([&](const EventVisitor& v) {
    return store->ForEachEventOfActor("AZE", TimeWindow::Days({2024, 4, 1}, {2024, 4, 30}), v);
  });
  REQUIRE(in_april.size() == 1);
  CHECK(in_april[0].source == "USA");

  TimeWindow all_2023_2024 = TimeWindow::Days({2023, 6, 1}, {2024, 12, 31});
  auto known = Collect([&](const EventVisitor& v) {
    return store->ForEachEventOfActor("AZE", all_2023_2024, v);
  });
  REQUIRE(known.size() == 3);
  CHECK(known[0].date.Value() == "2023");  // the year overlaps the window
  CHECK(known[2].target == "ARM");

  all_2023_2024.include_unknown = true;
  auto with_unknown = Collect([&](const EventVisitor& v) {
    return store->ForEachEventOfActor("AZE", all_2023_2024, v);
  });
  REQUIRE(with_unknown.size() == 4);
  CHECK_FALSE(with_unknown[3].date.known);

  auto stats = store->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->unknown_date_events == 1);
  REQUIRE(stats->first_day.has_value());
  CHECK(*stats->first_day == base::CivilDay{2023, 1, 1});
  CHECK(*stats->last_day == base::CivilDay{2024, 6, 1});

  auto actor = store->GetActor("AZE");
  REQUIRE(actor.ok());
  REQUIRE(actor->has_value());
  CHECK((*actor)->country == "AZE");
  auto found = store->FindActors("az", AliasMatch::kPrefix, 10);
  REQUIRE(found.ok());
  REQUIRE(found->size() == 1);
  CHECK((*found)[0].id == "AZE");
  auto sub = store->FindActors("s", AliasMatch::kSubstring, 10);
  REQUIRE(sub.ok());
  CHECK(sub->size() == 2);  // USA, RUS
}

TEST_CASE("Pair reads find both directions in time order in formats 2 and 3",
          "[store][read][format]") {
  const int format = GENERATE(2, 3);
  INFO("format " << format);
  TempDir dir;
  int64_t now = 1;
  StoreOptions options = TestOptions(&now);
  options.create_format = format;
  auto store = OpenOrDie(options, dir / "db");
  auto met = MakeEvent("a", "USA", "IRN", "043", "2024-03-01");
  met.symmetric = true;
  REQUIRE(store->IngestArticle(MakeArticle("a", "a"),
                               {MakeEvent("a", "USA", "IRN", "111", "2024-05-02"),
                                MakeEvent("a", "IRN", "USA", "111", "2024-05-02"),
                                MakeEvent("a", "IRN", "USA", "112", "2024-02"),
                                met,
                                MakeEvent("a", "IRN", "USA", "020", ""),
                                MakeEvent("a", "USA", "IRQ", "042", "2024-04-01"),
                                MakeEvent("a", "USAF", "IRN", "190", "2024-04-01"),
                                MakeEvent("a", "IRN", "IRN", "172", "2024-04-01")})
              .ok());
  REQUIRE(store->IngestArticle(MakeArticle("b", "b"),
                               {MakeEvent("b", "IRN", "USA", "111", "2024-05-02")})
              .ok());
  auto pair = [&](std::string_view x, std::string_view y, TimeWindow w) {
    std::vector<std::string> out;
    for (const auto& r : Collect([&](const EventVisitor& v) {
           return store->ForEachEventOfPair(x, y, w, v);
         })) {
      out.push_back(r.source + ">" + r.target + " " + r.code + " " + r.date.Value() +
                    " m=" + std::to_string(r.mentions));
    }
    return out;
  };
  TimeWindow all = TimeWindow::All();
  const std::vector<std::string> usa_irn = {
      "IRN>USA 112 2024-02 m=1", "IRN>USA 043 2024-03-01 m=1", "USA>IRN 111 2024-05-02 m=1",
      "IRN>USA 111 2024-05-02 m=2", "IRN>USA 020  m=1"};
  // Same day: format 2 orders by event id, format 3 by code and direction.
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  auto got = pair("USA", "IRN", all);
  CHECK(sorted(got) == sorted(usa_irn));
  CHECK(got.front() == usa_irn.front());
  CHECK(got.back() == usa_irn.back());  // the unknown date last
  CHECK(pair("IRN", "USA", all) == got);
  CHECK(pair("IRN", "IRN", all) == std::vector<std::string>{"IRN>IRN 172 2024-04-01 m=1"});
  CHECK(pair("USA", "USAF", all).empty());
  // A window: the month overlaps it, the unknown date only on request.
  TimeWindow april = TimeWindow::Days({2024, 2, 20}, {2024, 4, 30});
  CHECK(pair("USA", "IRN", april) ==
        std::vector<std::string>{"IRN>USA 112 2024-02 m=1", "IRN>USA 043 2024-03-01 m=1"});
  april.include_unknown = true;
  CHECK(pair("USA", "IRN", april).size() == 3);
  // Retiring an event removes it from the pair's reads.
  REQUIRE(store->Forget("a").ok());
  CHECK(pair("USA", "IRN", all) == std::vector<std::string>{"IRN>USA 111 2024-05-02 m=1"});

  // The database keeps its format across a reopen by a writer.
  store.reset();
  store = OpenOrDie(TestOptions(&now), dir / "db");
  auto stats = store->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->format_version == format);
  REQUIRE(store->IngestArticle(MakeArticle("c", "c"),
                               {MakeEvent("c", "USA", "IRN", "111", "2024-05-02")})
              .ok());
  CHECK(pair("IRN", "USA", all).size() == 2);
  // by_pair is written only below format 3.
  store.reset();
  auto kv = KvDatabase::Open(KvOptions(), dir / "db");
  REQUIRE(kv.ok());
  auto it = (*kv)->NewIterator(Column::kByPair);
  it->Seek("");
  CHECK(it->Valid() == (format < 3));
}

TEST_CASE("A store reopens with its counters and continues its event ids",
          "[store][open]") {
  TempDir dir;
  int64_t now = 1;
  {
    auto store = OpenOrDie(TestOptions(&now), dir / "db");
    REQUIRE(store->IngestArticle(MakeArticle("a", "a"),
                                 {MakeEvent("a", "USA", "AZE", "041", "2024-04-28")})
                .ok());
  }
  auto store = OpenOrDie(TestOptions(&now), dir / "db");
  REQUIRE(store->IngestArticle(MakeArticle("b", "b"),
                               {MakeEvent("b", "USA", "ARM", "041", "2024-04-28")})
              .ok());
  const auto listing = ListEvents(*store);
  REQUIRE(listing.size() == 2);
  CHECK(listing[1].rfind("2 ", 0) == 0);
  auto stats = store->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->articles == 2);
  CHECK(stats->actors == 3);
  CHECK(stats->format_version == kFormatVersion);
  CHECK(stats->size_bytes > 0);
}

TEST_CASE("Opening what is not a current dipgraph database fails with the path",
          "[store][open]") {
  TempDir dir;
  StoreOptions ro;
  ro.mode = OpenMode::kReadOnly;

  SECTION("a missing directory") {
    auto r = EventStore::Open(ro, dir / "nope");
    CHECK(r.status().code() == base::StatusCode::kNotFound);
    CHECK(r.status().message().find((dir / "nope").string()) != std::string::npos);
  }
  SECTION("a directory of other files") {
    std::filesystem::create_directories(dir / "other");
    std::ofstream(dir / "other" / "notes.txt") << "hello";
    for (auto mode : {OpenMode::kReadOnly, OpenMode::kReadWrite}) {
      StoreOptions o;
      o.mode = mode;
      auto r = EventStore::Open(o, dir / "other");
      CHECK(r.status().code() == base::StatusCode::kInvalidArgument);
      CHECK(r.status().message().find("not a dipgraph database") != std::string::npos);
    }
  }
  SECTION("a newer format version") {
    {
      auto store = OpenOrDie(StoreOptions(), dir / "db");
    }
    {
      auto kv = KvDatabase::Open(KvOptions(), dir / "db");
      REQUIRE(kv.ok());
      auto batch = (*kv)->NewBatch();
      batch->Put(Column::kMeta, "format_version", std::to_string(kFormatVersion + 1));
      REQUIRE((*kv)->Write(batch.get(), false).ok());
    }
    auto r = EventStore::Open(ro, dir / "db");
    CHECK(r.status().code() == base::StatusCode::kNotSupported);
    CHECK(r.status().message().find((dir / "db").string()) != std::string::npos);
    CHECK(r.status().message().find("newer") != std::string::npos);
  }
}

TEST_CASE("Readers open beside a running writer and see committed articles",
          "[store][readers]") {
  TempDir dir;
  int64_t now = 1;
  auto writer = OpenOrDie(TestOptions(&now), dir / "db");
  REQUIRE(writer->IngestArticle(MakeArticle("a", "a"),
                                {MakeEvent("a", "USA", "AZE", "041", "2024-04-28")})
              .ok());
  StoreOptions ro;
  ro.mode = OpenMode::kReadOnly;
  auto reader = OpenOrDie(ro, dir / "db");
  CHECK(ListEvents(*reader).size() == 1);
  auto write = reader->IngestArticle(MakeArticle("x", "x"), {});
  CHECK(write.status().code() == base::StatusCode::kNotSupported);

  StoreOptions sec;
  sec.mode = OpenMode::kSecondary;
  auto follower = OpenOrDie(sec, dir / "db");
  REQUIRE(writer->IngestArticle(MakeArticle("b", "b"),
                                {MakeEvent("b", "USA", "ARM", "041", "2024-04-28")})
              .ok());
  REQUIRE(follower->Refresh().ok());
  CHECK(ListEvents(*follower).size() == 2);
  CHECK(ListEvents(*reader).size() == 1);  // a read-only view is fixed at open
}

TEST_CASE("A snapshot opens as a database on its own", "[store][snapshot]") {
  TempDir dir;
  int64_t now = 1;
  auto store = OpenOrDie(TestOptions(&now), dir / "db");
  REQUIRE(store->IngestArticle(MakeArticle("a", "a"),
                               {MakeEvent("a", "USA", "AZE", "041", "2024-04-28")})
              .ok());
  REQUIRE(store->Snapshot(dir / "snap").ok());
  REQUIRE(store->IngestArticle(MakeArticle("b", "b"),
                               {MakeEvent("b", "USA", "ARM", "041", "2024-04-28")})
              .ok());
  auto again = store->Snapshot(dir / "snap");
  CHECK(again.code() == base::StatusCode::kInvalidArgument);
  StoreOptions ro;
  ro.mode = OpenMode::kReadOnly;
  auto snap = OpenOrDie(ro, dir / "snap");
  CHECK(ListEvents(*snap).size() == 1);
  auto stats = snap->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->articles == 1);
}

TEST_CASE("Ingest rejects events of another article and ids with NUL bytes",
          "[store][ingest]") {
  TempDir dir;
  auto store = OpenOrDie(StoreOptions(), dir / "db");
  auto wrong = store->IngestArticle(MakeArticle("a", "a"),
                                    {MakeEvent("b", "USA", "AZE", "041", "2024-04-28")});
  CHECK(wrong.status().code() == base::StatusCode::kInvalidArgument);
  auto nul = store->IngestEvents(std::string("a\0b", 3), {});
  CHECK(nul.status().code() == base::StatusCode::kInvalidArgument);
  auto stats = store->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->articles == 0);
}


TEST_CASE("An article record carries its mention list and format 1 records still read",
          "[store][format]") {
  ArticleInfo a;
  a.source = "Reuters";
  a.mentions = 3;
  a.content_hash = 42;
  const std::vector<uint64_t> ids = {7, 9, 2};
  const std::string v2 = EncodeArticle(a, ids);
  ArticleInfo back;
  std::vector<uint64_t> list;
  bool has_list = false;
  REQUIRE(DecodeArticle("x", v2, &back, &list, &has_list));
  CHECK(has_list);
  CHECK(list == ids);
  CHECK(back.source == "Reuters");
  // Format 1 ended after from_events: no list.
  const std::string v1 = EncodeArticle(a).substr(0, EncodeArticle(a).size() - 1);
  REQUIRE(DecodeArticle("x", v1, &back, &list, &has_list));
  CHECK_FALSE(has_list);
  CHECK(list.empty());
  CHECK_FALSE(DecodeArticle("x", v1 + std::string("\x02\x02", 2), &back, &list));  // short
  CHECK_FALSE(DecodeArticle("x", v1 + std::string("\x01\x00", 2), &back, &list));  // id 0
}

TEST_CASE("A format 1 database is upgraded by a writer and its articles still change",
          "[store][format]") {
  TempDir dir;
  int64_t now = 5;
  {
    // Formats 1 and 2 share the layout of the keys.
    StoreOptions format2 = TestOptions(&now);
    format2.create_format = 2;
    auto store = OpenOrDie(format2, dir / "db");
    REQUIRE(store->IngestArticle(MakeArticle("a", "a", "Reuters"),
                                 {MakeEvent("a", "USA", "AZE", "041", "2024-04-28"),
                                  MakeEvent("a", "ARM", "AZE", "057", "2024-04-29")})
                .ok());
    now = 6;
    REQUIRE(store->IngestArticle(MakeArticle("b", "b", "AFP"),
                                 {MakeEvent("b", "USA", "AZE", "041", "2024-04-28")})
                .ok());
  }
  {
    // Rewrite both articles as format 1 wrote them: the record without the
    // list, which goes to article_mentions instead.
    auto kv = KvDatabase::Open(KvOptions(), dir / "db");
    REQUIRE(kv.ok());
    auto batch = (*kv)->NewBatch();
    for (const std::string id : {"a", "b"}) {
      std::string value;
      bool found = false;
      REQUIRE((*kv)->Get(Column::kArticles, id, &value, &found).ok());
      REQUIRE(found);
      ArticleInfo info;
      std::vector<uint64_t> list;
      REQUIRE(DecodeArticle(id, value, &info, &list));
      std::string v1 = EncodeArticle(info);
      v1.pop_back();
      batch->Put(Column::kArticles, id, v1);
      for (size_t i = 0; i < list.size(); ++i) {
        std::string event;
        PutFixed64BE(&event, list[i]);
        batch->Put(Column::kArticleMentions, ArticleMentionKey(id, static_cast<uint32_t>(i)),
                   event);
      }
    }
    batch->Put(Column::kMeta, "format_version", "1");
    REQUIRE((*kv)->Write(batch.get(), false).ok());
  }
  StoreOptions ro;
  ro.mode = OpenMode::kReadOnly;
  {
    auto reader = OpenOrDie(ro, dir / "db");
    auto stats = reader->Stats();
    REQUIRE(stats.ok());
    CHECK(stats->format_version == 1);
    CHECK(ListEvents(*reader).size() == 2);
  }
  {
    auto store = OpenOrDie(TestOptions(&now), dir / "db");
    auto stats = store->Stats();
    REQUIRE(stats.ok());
    CHECK(stats->format_version == 2);
    auto forgot = store->Forget("a");
    REQUIRE(forgot.ok());
    CHECK(forgot->events_retired == 1);
    now = 7;
    auto replaced = store->IngestArticle(MakeArticle("b", "b2", "AFP"),
                                         {MakeEvent("b", "USA", "AZE", "042", "2024-04-28")});
    REQUIRE(replaced.ok());
    CHECK(replaced->replaced);
    CHECK(replaced->events_retired == 1);
    const auto listing = ListEvents(*store);
    REQUIRE(listing.size() == 1);
    CHECK(listing[0] == "3 USA 042 AZE 2024-04-28 m=1 a=1 s=1 t=7..7");
    now = 8;
    auto again = store->IngestArticle(MakeArticle("b", "b3", "AFP"), {});
    REQUIRE(again.ok());  // the replacement of a format 1 article is format 2
    CHECK(again->events_retired == 1);
  }
  auto kv = KvDatabase::Open(KvOptions(), dir / "db");
  REQUIRE(kv.ok());
  auto it = (*kv)->NewIterator(Column::kArticleMentions);
  it->Seek("");
  CHECK_FALSE(it->Valid());  // the old rows went with their articles
}


TEST_CASE("Grouped writes store what one write per article stores", "[store][group]") {
  TempDir dir;
  int64_t now = 10;
  StoreOptions one = TestOptions(&now);
  StoreOptions grouped = TestOptions(&now);
  grouped.group_articles = 3;
  auto a = OpenOrDie(one, dir / "one");
  auto b = OpenOrDie(grouped, dir / "grouped");

  auto outcome = [](const base::Result<IngestOutcome>& r) {
    INFO(r.status().ToString());
    REQUIRE(r.ok());
    return std::to_string(r->unchanged) + std::to_string(r->replaced) + " " +
           std::to_string(r->mentions) + " " + std::to_string(r->events_new) + " " +
           std::to_string(r->events_merged) + " " + std::to_string(r->events_retired);
  };
  auto both = [&](const std::function<base::Result<IngestOutcome>(EventStore&)>& op) {
    CHECK(outcome(op(*a)) == outcome(op(*b)));
    ++now;
  };
  auto sym = MakeEvent("b", "AZE", "ARM", "043", "2024-05", 1);
  sym.symmetric = true;
  both([](EventStore& s) {
    return s.IngestArticle(MakeArticle("a", "a"),
                           {MakeEvent("a", "USA", "AZE", "041", "2024-04-28"),
                            MakeEvent("a", "ARM", "AZE", "057", "2024-04-29", 1)});
  });
  both([&](EventStore& s) {  // merges with a, still pending in the group
    return s.IngestArticle(MakeArticle("b", "b", "AFP"),
                           {MakeEvent("b", "USA", "AZE", "041", "2024-04-28"), sym});
  });
  both([&](EventStore& s) {
    auto e = MakeEvent("c", "ARM", "AZE", "057", "2024-04-29");
    auto swapped = MakeEvent("c", "ARM", "AZE", "043", "2024-05", 1);
    swapped.symmetric = true;
    return s.IngestEvents("c", {e, swapped, e});
  });
  both([](EventStore& s) {  // unchanged
    return s.IngestArticle(MakeArticle("a", "a"),
                           {MakeEvent("a", "USA", "AZE", "041", "2024-04-28"),
                            MakeEvent("a", "ARM", "AZE", "057", "2024-04-29", 1)});
  });
  both([](EventStore& s) {
    return s.IngestArticle(MakeArticle("d", "d"), {MakeEvent("d", "IRN", "ISR", "173", "")});
  });
  both([](EventStore& s) {  // replaces d while it is pending
    return s.IngestArticle(MakeArticle("d", "d2"), {MakeEvent("d", "IRN", "ISR", "174", "")});
  });
  both([](EventStore& s) { return s.Forget("c"); });
  both([](EventStore& s) {
    return s.IngestArticle(MakeArticle("e", "e"),
                           {MakeEvent("e", "USA", "AZE", "041", "2024-04-28"),
                            MakeEvent("e", "P:x", "USA", "010", "2024")});
  });
  REQUIRE(b->Flush().ok());
  CHECK(ListEvents(*a) == ListEvents(*b));
  auto sa = a->Stats();
  auto sb = b->Stats();
  REQUIRE(sa.ok());
  REQUIRE(sb.ok());
  CHECK(sa->actors == sb->actors);
  CHECK(sa->events == sb->events);
  CHECK(sa->mentions == sb->mentions);
  CHECK(sa->articles == sb->articles);
  for (uint64_t id = 1; id <= 8; ++id) {
    auto ma = a->GetMentions(id);
    auto mb = b->GetMentions(id);
    REQUIRE(ma.ok());
    REQUIRE(mb.ok());
    CHECK(*ma == *mb);
  }

  // A group left pending is written when the store closes.
  both([](EventStore& s) {
    return s.IngestArticle(MakeArticle("f", "f"), {MakeEvent("f", "CHN", "USA", "036", "")});
  });
  const auto expected = ListEvents(*a);
  b.reset();
  auto reopened = OpenOrDie(grouped, dir / "grouped");
  CHECK(ListEvents(*reopened) == expected);
  auto info = reopened->GetArticle("f");
  REQUIRE(info.ok());
  CHECK(info->has_value());
}

}  // namespace
}  // namespace dipgraph::store
