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

TEST_CASE("Format 3 canonical keys group a pair by time and format 2 keys keep their layout",
          "[store][keys]") {
  const TimeKey april = TimeKeyOf(Date("2024-04-28"));
  const TimeKey may = TimeKeyOf(Date("2024-05-01"));
  const std::string prefix = PairIndexPrefix("IRN", "USA");
  const std::string later = CanonicalEventKey(3, "IRN", "USA", "010", false, false, may);
  const std::string earlier = CanonicalEventKey(3, "USA", "IRN", "190", false, false, april);
  CHECK(later.starts_with(prefix));
  CHECK(earlier.starts_with(prefix));  // either direction
  CHECK(earlier < later);              // by time before code
  // The direction, negation and symmetry keep identities apart.
  CHECK(earlier != CanonicalEventKey(3, "IRN", "USA", "190", false, false, april));
  CHECK(earlier.back() == 4);  // reversed: the source is the pair's second
  CHECK(CanonicalEventKey(3, "IRN", "USA", "190", true, false, april).back() == 1);
  CHECK(CanonicalEventKey(3, "IRN", "USA", "043", false, true, april).back() == 2);
  std::string april_bytes;
  PutTimeKey(&april_bytes, april);
  CHECK(earlier.substr(prefix.size(), kTimeKeySize) == april_bytes);
  // Format 2: source, target, code, flags, then the time.
  const std::string v2 = CanonicalEventKey(2, "USA", "IRN", "190", false, false, april);
  CHECK(v2.starts_with(std::string("USA\0IRN\0" "190\0\0", 13)));
  CHECK(v2.size() == 13 + kTimeKeySize);
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
