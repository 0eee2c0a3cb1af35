#include "store/keys.h"

#include <catch2/catch.hpp>

#include "base/civil_date.h"

namespace dipgraph::store {
namespace {

graph::EventDate Date(const char* value) {
  return *graph::EventDate::ParseValue(value, graph::DateBasis::kText);
}

TEST_CASE("Time index keys sort by date with unknown dates last", "[store][keys]") {
  const std::string bc = TimeIndexKey(TimeKeyOf(Date("1969-12-31")), 9);
  const std::string day = TimeIndexKey(TimeKeyOf(Date("2024-04-28")), 1);
  const std::string month = TimeIndexKey(TimeKeyOf(Date("2024-05")), 1);
  const std::string unknown = TimeIndexKey(TimeKeyOf(graph::EventDate::Unknown()), 0);
  CHECK(bc < day);
  CHECK(day < month);
  CHECK(month < unknown);
}

TEST_CASE("TimeKey covers the whole month or year of a coarse date", "[store][keys]") {
  const TimeKey feb = TimeKeyOf(Date("2024-02"));
  CHECK(feb.last_day() - feb.first_day == 28);  // leap year
  const TimeKey year = TimeKeyOf(Date("2023"));
  CHECK(year.last_day() == base::DaysFromCivil({2023, 12, 31}));
  CHECK_FALSE(TimeKeyOf(graph::EventDate::Unknown()).known());
}

TEST_CASE("Index and mention keys decode to what built them", "[store][keys]") {
  const TimeKey t = TimeKeyOf(Date("2024-04-28"));
  TimeKey back;
  uint64_t id = 0;
  REQUIRE(DecodeIndexTail(ActorIndexKey("P:antony-blinken", t, 77), &back, &id));
  CHECK(back.first_day == t.first_day);
  CHECK(back.granularity == 0);
  CHECK(id == 77);

  uint64_t event = 0;
  std::string_view article;
  uint32_t ordinal = 0;
  const std::string key = MentionKey(5, "reuters-1", 3);
  REQUIRE(DecodeMentionKey(key, &event, &article, &ordinal));
  CHECK(event == 5);
  CHECK(article == "reuters-1");
  CHECK(ordinal == 3);
}

TEST_CASE("An actor's index prefix does not match a longer actor id", "[store][keys]") {
  const std::string key = ActorIndexKey("USA2", TimeKeyOf(Date("2024")), 1);
  CHECK_FALSE(std::string_view(key).starts_with(ActorIndexPrefix("USA")));
  CHECK(PrefixSuccessor("ab\xff") == "ac");
}

}  // namespace
}  // namespace dipgraph::store
