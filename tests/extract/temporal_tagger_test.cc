#include "extract/temporal_tagger.h"

#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

using dipgraph::base::CivilDay;
using dipgraph::extract::Lang;
using dipgraph::extract::TagTimes;
using dipgraph::extract::TimeExpression;
using dipgraph::graph::DateBasis;
using dipgraph::graph::Granularity;

namespace {

// What one tagged expression looks like to a reader: its text and value.
struct Seen {
  std::string text;
  std::string value;  // "2024-04-28", "2023-09", "2015", "" when unknown
  bool marker = false;
};

std::vector<Seen> Tag(const std::string& text, Lang lang,
                      std::optional<CivilDay> published) {
  std::vector<Seen> out;
  for (const TimeExpression& t : TagTimes(text, lang, published)) {
    out.push_back({text.substr(t.start, t.end - t.start), t.date.Value(),
                   t.unknown_marker});
  }
  return out;
}

// The single expression of `text`; fails the test if there is not one.
Seen One(const std::string& text, Lang lang,
         std::optional<CivilDay> published) {
  std::vector<Seen> all = Tag(text, lang, published);
  INFO(text);
  REQUIRE(all.size() == 1);
  return all[0];
}

const CivilDay kSun{2024, 4, 28};  // a Sunday
const CivilDay kMon{2024, 4, 29};  // a Monday

}  // namespace

TEST_CASE("English absolute dates resolve in every common form",
          "[extract][dates]") {
  CHECK(
      One("It was signed on April 21, 2024 in Paris.", Lang::kEn, kSun).value ==
      "2024-04-21");
  CHECK(One("It was signed on 21 April 2024.", Lang::kEn, kSun).value ==
        "2024-04-21");
  CHECK(
      One("It was signed on the 21st of April 2024.", Lang::kEn, kSun).value ==
      "2024-04-21");
  CHECK(One("Signed 2024-04-21 in Paris.", Lang::kEn, kSun).value ==
        "2024-04-21");
  CHECK(One("Signed on 4/21/2024.", Lang::kEn, kSun).value == "2024-04-21");
  CHECK(One("Talks resumed in Sept. 2023.", Lang::kEn, kSun).value ==
        "2023-09");
  Seen s = One("The treaty dates from April 2024.", Lang::kEn, std::nullopt);
  CHECK(s.text == "from April 2024");
  CHECK(s.value == "2024-04");
}

TEST_CASE("German absolute dates resolve in every common form",
          "[extract][dates]") {
  CHECK(One("Er kam am 21. April 2024 an.", Lang::kDe, kSun).value ==
        "2024-04-21");
  CHECK(One("Er kam am 21.4.2024 an.", Lang::kDe, kSun).value == "2024-04-21");
  CHECK(One("Er kam am 21.04.24 an.", Lang::kDe, kSun).value == "2024-04-21");
  CHECK(One("Er kam am 2024-04-21 an.", Lang::kDe, kSun).value == "2024-04-21");
  CHECK(One("Er kam im April 2024 an.", Lang::kDe, kSun).value == "2024-04");
  Seen s = One("Er kam am 21. April an.", Lang::kDe, kSun);
  CHECK(s.text == "am 21. April");
  CHECK(s.value == "2024-04-21");
}

TEST_CASE("A day and month without a year take the year nearest the anchor",
          "[extract][dates]") {
  CHECK(
      One("WASHINGTON, April 28 (Reuters) - The talks ended.", Lang::kEn, kMon)
          .value == "2024-04-28");
  CHECK(One("Berlin, 21. April (Reuters) – Die Gespräche endeten.", Lang::kDe,
            kSun)
            .value == "2024-04-21");
  // Read on 2 January, "December 30" is three days earlier, last year.
  CHECK(One("LONDON, Dec. 30 - Talks ended.", Lang::kEn, CivilDay{2025, 1, 2})
            .value == "2024-12-30");
  // Read in November, 21 August is the past summer, not next year's.
  CHECK(One("Das Gas sei am 21. August eingesetzt worden.", Lang::kDe,
            CivilDay{2015, 11, 6})
            .value == "2015-08-21");
}

TEST_CASE("Leap days are dates only in leap years", "[extract][dates]") {
  CHECK(One("Signed on 29 February 2024.", Lang::kEn, std::nullopt).value ==
        "2024-02-29");
  CHECK(Tag("Signed on 29 February 2023.", Lang::kEn, std::nullopt).empty());
  CHECK(Tag("Am 31.2.2024 nicht.", Lang::kDe, std::nullopt).empty());
  // Yesterday, read on 1 March of a leap year.
  CHECK(One("He left yesterday.", Lang::kEn, CivilDay{2024, 3, 1}).value ==
        "2024-02-29");
  CHECK(One("Er reiste gestern ab.", Lang::kDe, CivilDay{2023, 3, 1}).value ==
        "2023-02-28");
}

TEST_CASE("Month names need a cue and resolve to the latest such month",
          "[extract][dates]") {
  const CivilDay apr10{2024, 4, 10};
  CHECK(One("He visited in September.", Lang::kEn, apr10).value == "2023-09");
  CHECK(One("He visited in April.", Lang::kEn, apr10).value == "2024-04");
  CHECK(One("He visited in early March.", Lang::kEn, apr10).value == "2024-03");
  CHECK(One("He visited in mid-March.", Lang::kEn, apr10).value == "2024-03");
  CHECK(One("Er kam Mitte Mai.", Lang::kDe, apr10).value == "2023-05");
  CHECK(One("Er kam Anfang März.", Lang::kDe, apr10).value == "2024-03");
  CHECK(One("Er kam Ende Juni.", Lang::kDe, apr10).value == "2023-06");
  // Without a cue a month name is not a date: "May" is a verb, a name.
  CHECK(Tag("Japan may take measures.", Lang::kEn, apr10).empty());
  CHECK(Tag("Prime Minister Theresa May spoke.", Lang::kEn, apr10).empty());
}

TEST_CASE("Past months cross the year boundary", "[extract][dates]") {
  const CivilDay jan10{2024, 1, 10};
  CHECK(One("They met last December.", Lang::kEn, jan10).value == "2023-12");
  CHECK(One("Sie trafen sich im Dezember.", Lang::kDe, jan10).value ==
        "2023-12");
  CHECK(One("They met last January.", Lang::kEn, jan10).value == "2023-01");
  Seen s = One("Eriwan erlitt im vergangenen September eine Niederlage.",
               Lang::kDe, kSun);
  CHECK(s.text == "im vergangenen September");
  CHECK(s.value == "2023-09");
  s = One("Er ist seit letztem Juli inhaftiert.", Lang::kDe, kSun);
  CHECK(s.text == "seit letztem Juli");
  CHECK(s.value == "2023-07");
  CHECK(One("Sanctions levied last April remain.", Lang::kEn,
            CivilDay{1987, 6, 2})
            .value == "1987-04");
  CHECK(
      One("The accord reached last May holds.", Lang::kEn, CivilDay{1987, 4, 7})
          .value == "1986-05");
}

TEST_CASE("A bare weekday is the latest such day on or before publication",
          "[extract][dates]") {
  CHECK(One("Blinken sprach am Sonntag mit Aliyev.", Lang::kDe, kSun).value ==
        "2024-04-28");
  CHECK(One("Blinken spoke on Sunday with Aliyev.", Lang::kEn, kSun).value ==
        "2024-04-28");
  CHECK(One("Blinken spoke on Sunday with Aliyev.", Lang::kEn, kMon).value ==
        "2024-04-28");
  CHECK(One("Blinken spoke Saturday with Aliyev.", Lang::kEn, kSun).value ==
        "2024-04-27");
  CHECK(One("Am Sonntagabend war eine Frau erstochen worden.", Lang::kDe,
            CivilDay{2016, 1, 19})
            .value == "2016-01-17");
  Seen s = One("Er traf ihn am Montagmorgen.", Lang::kDe, kSun);
  CHECK(s.text == "am Montagmorgen");
  CHECK(s.value == "2024-04-22");
  CHECK(One("Dienstagfrüh sitzt er in der Limousine.", Lang::kDe,
            CivilDay{2016, 5, 25})
            .value == "2016-05-24");
  s = One("Retaliation for Monday's attack is feared.", Lang::kEn,
          CivilDay{1987, 10, 20});
  CHECK(s.text == "Monday's");
  CHECK(s.value == "1987-10-19");
  CHECK(One("They met Sunday night.", Lang::kEn, kMon).value == "2024-04-28");
}

TEST_CASE("Weekdays with last, next or a future verb move accordingly",
          "[extract][dates]") {
  CHECK(One("They met last Sunday.", Lang::kEn, kSun).value == "2024-04-21");
  CHECK(One("They meet next Tuesday.", Lang::kEn, kSun).value == "2024-04-30");
  CHECK(One("Sie treffen sich nächsten Dienstag.", Lang::kDe, kSun).value ==
        "2024-04-30");
  CHECK(One("Sie treffen sich am kommenden Dienstag.", Lang::kDe,
            CivilDay{2024, 4, 30})
            .value == "2024-05-07");
  // Read on Saturday 26 September 2015: "will am Montag" is the 28th.
  CHECK(One("Schetyna will am Montag den Botschafter einbestellen.", Lang::kDe,
            CivilDay{2015, 9, 26})
            .value == "2015-09-28");
  CHECK(One("The ministers will meet on Monday.", Lang::kEn,
            CivilDay{2015, 9, 26})
            .value == "2015-09-28");
  // A timetable in the present tense: read on Saturday 26 September 2015.
  CHECK(One("The envoy leaves for Hanoi on Monday.", Lang::kEn, CivilDay{2015, 9, 26}).value == "2015-09-28");
  CHECK(One("The conference opens on Tuesday in Vienna.", Lang::kEn, CivilDay{2015, 9, 26}).value ==
        "2015-09-29");
  CHECK(One("The envoy returned from Hanoi on Monday.", Lang::kEn, CivilDay{2015, 9, 26}).value == "2015-09-21");
  // A past verb between the future cue and the weekday ends its reach.
  std::vector<Seen> all = Tag(
      "He will travel next Tuesday and met her on Sunday.", Lang::kEn, kMon);
  REQUIRE(all.size() == 2);
  CHECK(all[1].value == "2024-04-28");
}

TEST_CASE("A weekday followed by its date takes the date", "[extract][dates]") {
  Seen s = One("On Monday, March 23, 1987 they met.", Lang::kEn, std::nullopt);
  CHECK(s.value == "1987-03-23");
  CHECK(One("Am Sonntag, dem 21. April 2024, trafen sie sich.", Lang::kDe,
            std::nullopt)
            .value == "2024-04-21");
}

TEST_CASE("English names that contain weekdays are not dates",
          "[extract][dates]") {
  CHECK(Tag("The Sunday Times reported it.", Lang::kEn, kSun).empty());
  CHECK(Tag("Since Bloody Sunday the city mourns.", Lang::kEn, kSun).empty());
}

TEST_CASE("Relative days resolve against publication in both languages",
          "[extract][dates]") {
  const CivilDay mar1{2024, 3, 1};
  CHECK(One("They talked yesterday.", Lang::kEn, kSun).value == "2024-04-27");
  CHECK(One("They talk today.", Lang::kEn, kSun).value == "2024-04-28");
  CHECK(One("They talk tomorrow.", Lang::kEn, kSun).value == "2024-04-29");
  CHECK(One("Iran attacked a tanker last night.", Lang::kEn, kSun).value ==
        "2024-04-27");
  CHECK(One("Sie sprachen gestern Abend.", Lang::kDe, kSun).value ==
        "2024-04-27");
  CHECK(One("Sie sprachen vorgestern.", Lang::kDe, kSun).value == "2024-04-26");
  CHECK(One("Sie sprechen morgen.", Lang::kDe, kSun).value == "2024-04-29");
  CHECK(One("Sie sprachen heute Morgen.", Lang::kDe, kSun).value ==
        "2024-04-28");
  // "Morgen" with an article is the morning, not tomorrow.
  CHECK(Tag("Er kam am Morgen an.", Lang::kDe, kSun).empty());
  // Across a month start.
  CHECK(One("Das geschah vor zwei Tagen.", Lang::kDe, mar1).value ==
        "2024-02-28");
  CHECK(One("It happened two days ago.", Lang::kEn, mar1).value ==
        "2024-02-28");
}

TEST_CASE("Weeks resolve to the month of their Thursday", "[extract][dates]") {
  // Monday 4 March 2024: last week is 26 Feb - 3 Mar, Thursday 29 Feb.
  const CivilDay mar4{2024, 3, 4};
  CHECK(One("Talks were held last week.", Lang::kEn, mar4).value == "2024-02");
  CHECK(One("Gespräche gab es letzte Woche.", Lang::kDe, mar4).value ==
        "2024-02");
  CHECK(One("Gespräche gab es vergangene Woche.", Lang::kDe, mar4).value ==
        "2024-02");
  // Friday 29 March 2024: next week is 1-7 April, Thursday 4 April.
  CHECK(
      One("Talks follow next week.", Lang::kEn, CivilDay{2024, 3, 29}).value ==
      "2024-04");
  CHECK(One("Gespräche gibt es diese Woche.", Lang::kDe, kSun).value ==
        "2024-04");
  CHECK(One("Er sprach vor drei Wochen.", Lang::kDe, kSun).value == "2024-04");
  CHECK(One("Er sprach vor einer Woche.", Lang::kDe, CivilDay{2016, 5, 3})
            .value == "2016-04");
}

TEST_CASE("Relative months and years keep month and year granularity",
          "[extract][dates]") {
  const CivilDay jan10{2024, 1, 10};
  CHECK(One("Prices rose last month.", Lang::kEn, jan10).value == "2023-12");
  CHECK(One("Prices rose earlier this month.", Lang::kEn, jan10).value ==
        "2024-01");
  CHECK(One("Prices rose Anfang des Monats.", Lang::kDe, jan10).value ==
        "2024-01");
  CHECK(One("Prices rose late last year.", Lang::kEn, jan10).value == "2023");
  CHECK(One("Prices rose this year.", Lang::kEn, jan10).value == "2024");
  CHECK(One("Preise stiegen in diesem Jahr.", Lang::kDe, jan10).value ==
        "2024");
  CHECK(One("Preise stiegen dieses Jahr.", Lang::kDe, jan10).value == "2024");
  CHECK(One("Preise stiegen letztes Jahr.", Lang::kDe, jan10).value == "2023");
  CHECK(One("Preise stiegen im vergangenen Jahr.", Lang::kDe, jan10).value ==
        "2023");
  Seen s = One("Er ist seit Ende letzten Jahres in Haft.", Lang::kDe, kSun);
  CHECK(s.text == "seit Ende letzten Jahres");
  CHECK(s.value == "2023");
  CHECK(One("The mayor, jailed over a year ago, was freed.", Lang::kEn,
            CivilDay{2008, 8, 6})
            .value == "2007");
  CHECK(One("It happened three months ago.", Lang::kEn, jan10).value ==
        "2023-10");
}

TEST_CASE("Four-digit years need a cue and a plausible range",
          "[extract][dates]") {
  CHECK(One("He served in 2015.", Lang::kEn, std::nullopt).value == "2015");
  CHECK(One("Hamas rules since 1991.", Lang::kEn, std::nullopt).value ==
        "1991");
  CHECK(One("Es geschah im Jahr 1987.", Lang::kDe, std::nullopt).text ==
        "im Jahr 1987");
  CHECK(One("Es geschah Ende 2013.", Lang::kDe, std::nullopt).value == "2013");
  CHECK(One("Growth slowed in late 2023.", Lang::kEn, std::nullopt).value ==
        "2023");
  CHECK(Tag("The border is 1,000 km long.", Lang::kEn, kSun).empty());
  CHECK(Tag("Die Grenze ist 1.000 Kilometer lang.", Lang::kDe, kSun).empty());
  CHECK(Tag("A 1987/88 farm price package.", Lang::kEn, kSun).empty());
  CHECK(Tag("Sales rose to $2024 million.", Lang::kEn, kSun).empty());
  CHECK(Tag("It rose in 2000 tonnes.", Lang::kEn, kSun).empty());
  CHECK(Tag("The 2015 election was close.", Lang::kEn, kSun).empty());
  CHECK(Tag("Um 07.00 Uhr endete die Sperre.", Lang::kDe, kSun).empty());
}

TEST_CASE("Weekends resolve to the month of their Saturday",
          "[extract][dates]") {
  CHECK(
      One("An official said at the weekend.", Lang::kEn, CivilDay{1987, 4, 13})
          .value == "1987-04");
  CHECK(One("Er sagte am Wochenende.", Lang::kDe, CivilDay{2024, 3, 4}).value ==
        "2024-03");
  // Monday 1 April 2024: the weekend just past was 30-31 March.
  CHECK(One("Er sagte am vergangenen Wochenende.", Lang::kDe,
            CivilDay{2024, 4, 1})
            .value == "2024-03");
}

TEST_CASE("Unknown-time markers are tagged with an unknown date",
          "[extract][dates]") {
  Seen s =
      One("Das Ministerium gab jedoch nicht an, wann das Telefonat stattfand.",
          Lang::kDe, kSun);
  CHECK(s.marker);
  CHECK(s.value.empty());
  CHECK(One("Er nannte keinen Termin.", Lang::kDe, kSun).marker);
  CHECK(One("Es ist unklar, wann die Gespräche beginnen.", Lang::kDe, kSun)
            .marker);
  CHECK(
      One("The ministry did not say when the call took place.", Lang::kEn, kSun)
          .marker);
  CHECK(One("It is unclear when talks resume.", Lang::kEn, kSun).marker);
  CHECK(One("Officials didn't say when.", Lang::kEn, kSun).marker);
  CHECK(One("They gave no date for the visit.", Lang::kEn, kSun).marker);
  // "when" alone is not a marker.
  CHECK(Tag("He left when the talks ended.", Lang::kEn, kSun).empty());
}

TEST_CASE("Without a publication date only absolute expressions resolve",
          "[extract][dates]") {
  std::vector<TimeExpression> t =
      TagTimes("Blinken spoke on Sunday and signed on April 21, 2024.",
               Lang::kEn, std::nullopt);
  REQUIRE(t.size() == 2);
  CHECK_FALSE(t[0].date.known);
  CHECK_FALSE(t[0].unknown_marker);
  CHECK(t[0].date.expr == "on Sunday");
  CHECK(t[1].date.known);
  CHECK(t[1].date.granularity == Granularity::kDay);
  CHECK(t[1].date.basis == DateBasis::kText);
}

TEST_CASE("Expressions are sorted, disjoint and byte-exact with UTF-8 text",
          "[extract][dates]") {
  const std::string text =
      "„Später“ – sagte Außenminister Schütz am Sonntag, nachdem er im März "
      "über Ägypten gereist war.";
  std::vector<TimeExpression> t = TagTimes(text, Lang::kDe, kSun);
  REQUIRE(t.size() == 2);
  CHECK(text.substr(t[0].start, t[0].end - t[0].start) == "am Sonntag");
  CHECK(text.substr(t[1].start, t[1].end - t[1].start) == "im März");
  CHECK(t[0].end <= t[1].start);
  CHECK(t[1].date.Value() == "2024-03");
}

TEST_CASE("A month followed by a relative year takes that year",
          "[extract][dates]") {
  const CivilDay mar15{2016, 3, 15};
  Seen s =
      One("Seit Mai des Vorjahres ist er Bürgermeister.", Lang::kDe, mar15);
  CHECK(s.text == "Seit Mai des Vorjahres");
  CHECK(s.value == "2015-05");
  CHECK(One("Im März dieses Jahres kam er.", Lang::kDe, mar15).value ==
        "2016-03");
  CHECK(One("Am 21. Mai des Vorjahres kam er.", Lang::kDe, mar15).value ==
        "2015-05-21");
  CHECK(One("He came in May last year.", Lang::kEn, mar15).value == "2015-05");
  CHECK(One("He came in March of this year.", Lang::kEn, mar15).value ==
        "2016-03");
}

TEST_CASE("Compounds, habits and attributive uses are not dates",
          "[extract][dates]") {
  const CivilDay mar15{2016, 3, 15};
  CHECK(Tag("Er sagte der Zeitung (Sonntag-Ausgabe), der Vorjahres-Dritte.",
            Lang::kDe, mar15)
            .empty());
  CHECK(Tag("Es war ein sonniger Samstag.", Lang::kDe, mar15).empty());
  CHECK(Tag("Er kommt jeden Sonntag.", Lang::kDe, mar15).empty());
  CHECK(Tag("He comes every Sunday.", Lang::kEn, mar15).empty());
  CHECK(Tag("Er kam mit seiner heute achtjährigen Tochter.", Lang::kDe, mar15)
            .empty());
  // "on January" compares with a month's figure; it is not a date.
  CHECK(Tag("The index was 0.2 pct up on January.", Lang::kEn, mar15).empty());
}

TEST_CASE("A German modal with a perfect infinitive is not future",
          "[extract][dates]") {
  // Saturday 26 September 2015.
  const CivilDay sat{2015, 9, 26};
  CHECK(One("Er soll am Montag einen Mann getötet haben.", Lang::kDe, sat)
            .value == "2015-09-21");
  CHECK(One("Er soll am Montag nach Berlin reisen.", Lang::kDe, sat).value ==
        "2015-09-28");
}

TEST_CASE("Fixed-date holidays resolve to their day", "[extract][dates]") {
  const CivilDay jan1{2023, 1, 1};
  Seen s =
      One("Auch am Silvesterwochenende griff Russland an.", Lang::kDe, jan1);
  CHECK(s.text == "am Silvesterwochenende");
  CHECK(s.value == "2022-12-31");
  CHECK(
      One("Sie feierten an Neujahr.", Lang::kDe, CivilDay{2023, 1, 3}).value ==
      "2023-01-01");
  CHECK(One("They met on Christmas Eve.", Lang::kEn, jan1).value ==
        "2022-12-24");
  CHECK(One("They met on New Year's Day.", Lang::kEn, jan1).value ==
        "2023-01-01");
  // Christmas alone spans days: month granularity.
  CHECK(One("They met over Christmas.", Lang::kEn, jan1).value == "2022-12");
  CHECK(Tag("Die Silvesterparty fiel aus.", Lang::kDe, jan1).empty());
}

TEST_CASE("Intent verbs before an infinitive point a month forward",
          "[extract][dates]") {
  std::vector<Seen> all =
      Tag("Mulroney has agreed to meet Tambo sometime in late April or early "
          "May, an official said.",
          Lang::kEn, CivilDay{1987, 3, 23});
  REQUIRE(all.size() == 2);
  CHECK(all[0].value == "1987-04");
  CHECK(all[1].value == "1987-05");
}

TEST_CASE("Month names used as given names are not dates", "[extract][dates]") {
  const CivilDay mar15{2016, 3, 15};
  CHECK(Tag("Ein Buch von August Bebel.", Lang::kDe, mar15).empty());
  CHECK(One("Proteste gab es im August.", Lang::kDe, mar15).value == "2015-08");
  CHECK(One("The index rose from June to July.", Lang::kEn, mar15).value ==
        "2015-06");
}

TEST_CASE("Seasons give the year of the season meant", "[extract][dates]") {
  const CivilDay mar15{2016, 3, 15};
  CHECK(One("Prices rose last summer.", Lang::kEn, mar15).value == "2015");
  CHECK(One("Prices will rise this fall.", Lang::kEn, mar15).value == "2016");
  CHECK(One("Die Preise stiegen im Herbst.", Lang::kDe, mar15).value == "2015");
  CHECK(One("Sie wollen diesen Sommer ausbilden.", Lang::kDe, mar15).value ==
        "2016");
  CHECK(One("Es geschah im Herbst 2014.", Lang::kDe, mar15).value == "2014");
  CHECK(Tag("A fall in prices.", Lang::kEn, mar15).empty());
}

TEST_CASE("Implausible years and figurative tomorrows are not dates",
          "[extract][dates]") {
  const CivilDay mar15{2016, 3, 15};
  CHECK(Tag("(APA, 30.9.3015)", Lang::kDe, mar15).empty());
  CHECK(Tag("Für das Publikum von morgen.", Lang::kDe, mar15).empty());
  CHECK(Tag("Lieber heute als morgen.", Lang::kDe, mar15).size() == 1);
}
