#include "extract/date_attachment.h"

#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/temporal_tagger.h"

using dipgraph::base::CivilDay;
using dipgraph::extract::AttachDate;
using dipgraph::extract::Lang;
using dipgraph::extract::NewsDay;
using dipgraph::extract::Sentence;
using dipgraph::extract::TagSentenceTimes;
using dipgraph::graph::DateBasis;
using dipgraph::graph::EventDate;
using dipgraph::graph::Granularity;

namespace {

const CivilDay kSun{2024, 4, 28};

// Tags `text` and attaches a date to the event triggered by the first
// occurrence of `trigger`.
EventDate DateOf(const std::string& text, const std::string& trigger, Lang lang,
                 std::optional<CivilDay> published, bool planned = false) {
  Sentence s;
  s.text = text;
  TagSentenceTimes(&s, lang, published);
  const size_t at = text.find(trigger);
  INFO(text << " / " << trigger);
  REQUIRE(at != std::string::npos);
  return AttachDate(s, lang, static_cast<uint32_t>(at),
                    static_cast<uint32_t>(at + trigger.size()), published,
                    planned);
}

}  // namespace

TEST_CASE("An event takes the expression of its own clause",
          "[extract][dates]") {
  const std::string t =
      "Blinken sprach am Sonntag mit dem aserbaidschanischen Präsidenten Ilham "
      "Aliyev und forderte ihn auf, den Schwung aufrechtzuerhalten.";
  EventDate d = DateOf(t, "sprach", Lang::kDe, kSun);
  CHECK(d.Value() == "2024-04-28");
  CHECK(d.basis == DateBasis::kText);
  CHECK(d.expr == "am Sonntag");
  CHECK(DateOf(t, "forderte", Lang::kDe, kSun).Value() == "2024-04-28");
}

TEST_CASE("A subordinate clause without a date takes the main clause's",
          "[extract][dates]") {
  EventDate d = DateOf(
      "Eriwan erlitt im vergangenen September eine schwere Niederlage, als die "
      "Truppen von Baku die Region Berg-Karabach zurückeroberten.",
      "zurückeroberten", Lang::kDe, kSun);
  CHECK(d.Value() == "2023-09");
  CHECK(d.granularity == Granularity::kMonth);
}

TEST_CASE("An unknown-time marker makes the date unknown", "[extract][dates]") {
  EventDate d = DateOf(
      "In einem separaten Telefonat mit dem armenischen Premierminister Nikol "
      "Pashinyan bekräftigte Blinken die Unterstützung der USA, teilte das "
      "Ministerium mit, gab jedoch nicht an, wann das Telefonat stattfand.",
      "bekräftigte", Lang::kDe, kSun);
  CHECK_FALSE(d.known);
  CHECK(d.basis == DateBasis::kUnknown);
  // The trigger's own expression still wins over a marker elsewhere.
  d = DateOf(
      "Blinken spoke with Aliyev on Sunday; the ministry did not say when he "
      "called Pashinyan.",
      "spoke", Lang::kEn, kSun);
  CHECK(d.Value() == "2024-04-28");
}

TEST_CASE("Without an expression the publication date is used",
          "[extract][dates]") {
  EventDate d = DateOf("Kerry met Abbas in Amman.", "met", Lang::kEn, kSun);
  CHECK(d.Value() == "2024-04-28");
  CHECK(d.basis == DateBasis::kPublished);
  CHECK(d.granularity == Granularity::kDay);
  CHECK_FALSE(
      DateOf("Kerry met Abbas in Amman.", "met", Lang::kEn, std::nullopt)
          .known);
}

TEST_CASE("Period bounds date only their own clause", "[extract][dates]") {
  const std::string t =
      "Blinken begrüßte die Freilassung eines Ökonomen, der seit letztem Juli "
      "inhaftiert ist.";
  EventDate d = DateOf(t, "begrüßte", Lang::kDe, kSun);
  CHECK(d.basis == DateBasis::kPublished);
  CHECK(d.Value() == "2024-04-28");
  CHECK(DateOf(t, "inhaftiert", Lang::kDe, kSun).Value() == "2023-07");
}

TEST_CASE("German expressions far after the verb modify a noun",
          "[extract][dates]") {
  EventDate d = DateOf(
      "In seinem Telefonat mit Aliyev begrüßte Blinken auch die Versetzung "
      "eines prominenten Wirtschaftswissenschaftlers in den Hausarrest letzte "
      "Woche.",
      "begrüßte", Lang::kDe, kSun);
  CHECK(d.basis == DateBasis::kPublished);
}

TEST_CASE("English end-of-clause adverbials date the event",
          "[extract][dates]") {
  EventDate d = DateOf(
      "Iran attacked the Saudi Arabian supertanker Arabian Sea off the United "
      "Arab Emirates last night but the vessel was able to proceed.",
      "attacked", Lang::kEn, CivilDay{1987, 3, 12});
  CHECK(d.Value() == "1987-03-11");
}

TEST_CASE("Dates of conditional clauses and future dates are not borrowed",
          "[extract][dates]") {
  EventDate d = DateOf(
      "Japan warned the United States it may take retaliatory measures if the "
      "U.S. imposes its planned trade sanctions on April 17, a senior "
      "government official said at the weekend.",
      "warned", Lang::kEn, CivilDay{1987, 4, 13});
  CHECK(d.Value() == "1987-04");
}

TEST_CASE("Planned events carry the announcement date", "[extract][dates]") {
  EventDate d = DateOf(
      "Der Pressedienst von Aliyev teilte am Sonntag mit, dass die "
      "Außenminister bald ein Treffen in Almaty abhalten werden.",
      "Treffen", Lang::kDe, kSun, /*planned=*/true);
  CHECK(d.Value() == "2024-04-28");
  CHECK(d.basis == DateBasis::kText);
  d = DateOf(
      "The ministers will meet next Tuesday, the ministry said on Friday.",
      "meet", Lang::kEn, kSun, /*planned=*/true);
  CHECK(d.Value() == "2024-04-26");
  d = DateOf("The ministers will meet next Tuesday.", "meet", Lang::kEn, kSun,
             /*planned=*/true);
  CHECK(d.basis == DateBasis::kPublished);
  CHECK(d.Value() == "2024-04-28");
}

TEST_CASE("A possessive expression dates only the noun after it",
          "[extract][dates]") {
  const std::string t =
      "Khamenei warns Saudi Arabia of harsh measures over last week's Hajj "
      "stampede and Monday's attack.";
  const CivilDay pub{2015, 9, 30};
  EventDate d = DateOf(t, "warns", Lang::kEn, pub);
  CHECK(d.basis == DateBasis::kPublished);
  CHECK(DateOf(t, "attack", Lang::kEn, pub).Value() == "2015-09-28");
}

TEST_CASE("The lead's news day replaces publication for undated events",
          "[extract][dates]") {
  // Published Monday 22 February 2016; the lead dates the talks Sunday.
  const CivilDay pub{2016, 2, 22};
  std::vector<Sentence> doc(3);
  doc[0].field = "title";
  doc[0].text = "US-Außenminister traf Abbas in Jordanien.";
  doc[1].field = "text";
  doc[1].text = "Washington – Kerry hat Israelis und Palästinenser aufgerufen.";
  doc[2].field = "text";
  doc[2].text =
      "Dies habe Kerry am Sonntag bei einem Gespräch deutlich gemacht.";
  for (Sentence& s : doc) TagSentenceTimes(&s, Lang::kDe, pub);
  const EventDate news = NewsDay(doc, pub);
  REQUIRE(news.known);
  CHECK(news.Value() == "2016-02-21");
  EventDate d = AttachDate(doc[0], Lang::kDe, 17, 21, pub, false, news);
  CHECK(d.Value() == "2016-02-21");
  // Planned events keep the publication date.
  d = AttachDate(doc[0], Lang::kDe, 17, 21, pub, true, news);
  CHECK(d.basis == DateBasis::kPublished);
  // A lead date more than a week old is not the news day.
  doc[2].text = "Kerry hatte dies am 1. Januar deutlich gemacht.";
  TagSentenceTimes(&doc[2], Lang::kDe, pub);
  CHECK_FALSE(NewsDay(doc, pub).known);
}

TEST_CASE("English and before a past verb opens a clause of its own",
          "[extract][dates]") {
  const std::string t =
      "The United States has openly attacked Japan's fiscal policy and warned "
      "Tokyo its economic package in April must be significant.";
  const CivilDay pub{1987, 3, 9};
  CHECK(DateOf(t, "attacked", Lang::kEn, pub).basis == DateBasis::kPublished);
  // An earlier clause's date still carries over to a later verb.
  CHECK(DateOf("Kerry met Abbas on Sunday and urged him to act.", "urged",
               Lang::kEn, CivilDay{2016, 2, 22})
            .Value() == "2016-02-21");
}

TEST_CASE("Planned events ignore the dates of other reported events",
          "[extract][dates]") {
  EventDate d = DateOf(
      "Negotiators failed to conclude an agreement during talks last week, but "
      "the Canadian team will return to Cairo for further negotiations.",
      "return", Lang::kEn, CivilDay{1987, 3, 1}, /*planned=*/true);
  CHECK(d.basis == DateBasis::kPublished);
  CHECK(d.Value() == "1987-03-01");
}

TEST_CASE("PointsAhead recognises expressions of the future", "[extract][dates]") {
  using dipgraph::extract::Lang;
  using dipgraph::extract::PointsAhead;
  CHECK(PointsAhead("next week", Lang::kEn));
  CHECK(PointsAhead("Next month", Lang::kEn));
  CHECK(PointsAhead("tomorrow", Lang::kEn));
  CHECK(PointsAhead("tomorrow's", Lang::kEn));
  CHECK(PointsAhead("later this year", Lang::kEn));
  CHECK(PointsAhead("nächste Woche", Lang::kDe));
  CHECK(PointsAhead("in der kommenden Woche", Lang::kDe));
  CHECK(PointsAhead("morgen", Lang::kDe));
  CHECK(PointsAhead("übermorgen", Lang::kDe));
  CHECK(PointsAhead("morgen Abend", Lang::kDe));
  CHECK_FALSE(PointsAhead("last week", Lang::kEn));
  CHECK_FALSE(PointsAhead("earlier this year", Lang::kEn));
  CHECK_FALSE(PointsAhead("am Morgen", Lang::kDe));
  CHECK_FALSE(PointsAhead("heute Morgen", Lang::kDe));
  CHECK_FALSE(PointsAhead("on Sunday", Lang::kEn));
  CHECK_FALSE(PointsAhead("", Lang::kEn));
}
