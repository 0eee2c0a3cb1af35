// The writer's filter of canonical keys: never a false "no", few false
// "maybe"s; and through the store, merging still finds events stored
// before the filter existed, in an earlier session, or before it was
// rebuilt larger.

#include "store/key_filter.h"

#include <string>

#include <catch2/catch.hpp>

#include "store/event_store.h"
#include "tests/store/store_test_util.h"

namespace dipgraph::store {
namespace {

using testing::ListEvents;
using testing::MakeArticle;
using testing::MakeEvent;
using testing::TempDir;
using testing::TestOptions;

TEST_CASE("KeyFilter has no false negatives and about 1 % false positives",
          "[store][filter]") {
  KeyFilter filter(100000);
  for (int i = 0; i < 100000; ++i) filter.Add("pair-key-" + std::to_string(i));
  CHECK(filter.added() == 100000);
  CHECK_FALSE(filter.full());
  int missed = 0;
  for (int i = 0; i < 100000; ++i)
    missed += !filter.MayContain("pair-key-" + std::to_string(i));
  CHECK(missed == 0);
  int false_positives = 0;
  for (int i = 0; i < 100000; ++i)
    false_positives += filter.MayContain("other-" + std::to_string(i));
  CHECK(false_positives < 2000);  // 2 %
  filter.Add("one more");
  CHECK(filter.full());
}

TEST_CASE("Merging finds events stored before the key filter was built or grew",
          "[store][filter][merge]") {
  TempDir dir;
  int64_t now = 1;
  StoreOptions options = TestOptions(&now);
  options.key_filter_min_capacity =
      4;  // full after a few events: rebuilt often
  options.group_articles = GENERATE(1, 3);
  INFO("group " << options.group_articles);
  // Session 1: an empty database (the filter is built at once) that grows
  // past the filter's capacity several times.
  {
    auto store = EventStore::Open(options, dir / "db");
    REQUIRE(store.ok());
    // Article k repeats the events of every earlier article, so that keys
    // which were pending (not yet written) when the filter was rebuilt are
    // looked up again after they are written.
    auto day = [](int k) {
      return "2024-05-" + std::string(k < 9 ? "0" : "") + std::to_string(k + 1);
    };
    for (int a = 0; a < 12; ++a) {
      const std::string id = "a" + std::to_string(a);
      std::vector<graph::Event> events = {
          MakeEvent(id, "IRN", "USA", "111", "2024-05-01")};
      for (int k = 0; k <= a; ++k)
        events.push_back(MakeEvent(id, "USA", "IRN", "111", day(k)));
      REQUIRE((*store)->IngestArticle(MakeArticle(id, id), events).ok());
    }
    REQUIRE((*store)->Flush().ok());
    // Each event once, supported by every article that repeated it.
    const auto listing = ListEvents(**store);
    CHECK(listing.size() == 13);
    int total = 0;
    for (const auto& line : listing) {
      total += std::stoi(line.substr(line.find(" m=") + 3));
    }
    CHECK(total == 12 + 12 * 13 / 2);
  }
  // Session 2: a database with events; the filter is built only after as
  // many lookups as it holds events, and merging must work before and after.
  {
    auto store = EventStore::Open(options, dir / "db");
    REQUIRE(store.ok());
    for (int a = 0; a < 20; ++a) {
      const std::string id = "b" + std::to_string(a);
      REQUIRE((*store)
                  ->IngestArticle(
                      MakeArticle(id, id),
                      {MakeEvent(id, "USA", "IRN", "111", "2024-05-01"),
                       MakeEvent(id, "IRN", "USA", "111", "2024-05-01")})
                  .ok());
    }
    REQUIRE((*store)->Flush().ok());
    const auto listing = ListEvents(**store);
    REQUIRE(listing.size() == 13);  // nothing new: every event merged
    int merged = 0;
    for (const auto& line : listing) {
      if (line.find("USA 111 IRN 2024-05-01 m=32") != std::string::npos)
        ++merged;
      if (line.find("IRN 111 USA 2024-05-01 m=32") != std::string::npos)
        ++merged;
    }
    CHECK(merged == 2);
  }
}

}  // namespace
}  // namespace dipgraph::store
