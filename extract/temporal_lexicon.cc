#include "extract/temporal_lexicon.h"

#include <span>
#include <string>
#include <unordered_map>

namespace dipgraph::extract {

namespace {

struct Entry {
  std::string_view word;
  TimeWord kind;
  int value;
  bool abbrev;
};

using Table = std::unordered_map<std::string_view, TimeWordInfo>;

constexpr Entry kEnglish[] = {
    {"january", TimeWord::kMonth, 1, false},
    {"february", TimeWord::kMonth, 2, false},
    {"march", TimeWord::kMonth, 3, false},
    {"april", TimeWord::kMonth, 4, false},
    {"may", TimeWord::kMonth, 5, false},
    {"june", TimeWord::kMonth, 6, false},
    {"july", TimeWord::kMonth, 7, false},
    {"august", TimeWord::kMonth, 8, false},
    {"september", TimeWord::kMonth, 9, false},
    {"october", TimeWord::kMonth, 10, false},
    {"november", TimeWord::kMonth, 11, false},
    {"december", TimeWord::kMonth, 12, false},
    {"jan", TimeWord::kMonth, 1, true},
    {"feb", TimeWord::kMonth, 2, true},
    {"mar", TimeWord::kMonth, 3, true},
    {"apr", TimeWord::kMonth, 4, true},
    {"jun", TimeWord::kMonth, 6, true},
    {"jul", TimeWord::kMonth, 7, true},
    {"aug", TimeWord::kMonth, 8, true},
    {"sep", TimeWord::kMonth, 9, true},
    {"sept", TimeWord::kMonth, 9, true},
    {"oct", TimeWord::kMonth, 10, true},
    {"nov", TimeWord::kMonth, 11, true},
    {"dec", TimeWord::kMonth, 12, true},
    {"monday", TimeWord::kWeekday, 0, false},
    {"tuesday", TimeWord::kWeekday, 1, false},
    {"wednesday", TimeWord::kWeekday, 2, false},
    {"thursday", TimeWord::kWeekday, 3, false},
    {"friday", TimeWord::kWeekday, 4, false},
    {"saturday", TimeWord::kWeekday, 5, false},
    {"sunday", TimeWord::kWeekday, 6, false},
    {"a", TimeWord::kNumber, 1, false},
    {"an", TimeWord::kNumber, 1, false},
    {"one", TimeWord::kNumber, 1, false},
    {"two", TimeWord::kNumber, 2, false},
    {"three", TimeWord::kNumber, 3, false},
    {"four", TimeWord::kNumber, 4, false},
    {"five", TimeWord::kNumber, 5, false},
    {"six", TimeWord::kNumber, 6, false},
    {"seven", TimeWord::kNumber, 7, false},
    {"eight", TimeWord::kNumber, 8, false},
    {"nine", TimeWord::kNumber, 9, false},
    {"ten", TimeWord::kNumber, 10, false},
    {"eleven", TimeWord::kNumber, 11, false},
    {"twelve", TimeWord::kNumber, 12, false},
    {"day", TimeWord::kUnit, kUnitDay, false},
    {"days", TimeWord::kUnit, kUnitDay, false},
    {"week", TimeWord::kUnit, kUnitWeek, false},
    {"weeks", TimeWord::kUnit, kUnitWeek, false},
    {"month", TimeWord::kUnit, kUnitMonth, false},
    {"months", TimeWord::kUnit, kUnitMonth, false},
    {"year", TimeWord::kUnit, kUnitYear, false},
    {"years", TimeWord::kUnit, kUnitYear, false},
    {"weekend", TimeWord::kUnit, kUnitWeekend, false},
    {"last", TimeWord::kPast, 0, false},
    {"next", TimeWord::kNext, 0, false},
    {"coming", TimeWord::kNext, 0, false},
    {"this", TimeWord::kThis, 0, false},
    {"current", TimeWord::kThis, 0, false},
    {"today", TimeWord::kRelDay, 0, false},
    {"tonight", TimeWord::kRelDay, 0, false},
    {"yesterday", TimeWord::kRelDay, -1, false},
    {"tomorrow", TimeWord::kRelDay, 1, false},
    {"morning", TimeWord::kDayPart, 0, false},
    {"afternoon", TimeWord::kDayPart, 0, false},
    {"evening", TimeWord::kDayPart, 0, false},
    {"night", TimeWord::kDayPart, 0, false},
    {"early", TimeWord::kPartOf, 0, false},
    {"mid", TimeWord::kPartOf, 0, false},
    {"late", TimeWord::kPartOf, 0, false},
    {"earlier", TimeWord::kPartOf, -1, false},
    {"later", TimeWord::kPartOf, 1, false},
    {"end", TimeWord::kPartOf, 0, false},
    {"beginning", TimeWord::kPartOf, 0, false},
    {"start", TimeWord::kPartOf, 0, false},
    {"middle", TimeWord::kPartOf, 0, false},
    {"on", TimeWord::kPrep, 0, false},
    {"in", TimeWord::kPrep, 0, false},
    {"at", TimeWord::kPrep, 0, false},
    {"since", TimeWord::kPrep, 0, false},
    {"until", TimeWord::kPrep, 0, false},
    {"till", TimeWord::kPrep, 0, false},
    {"by", TimeWord::kPrep, 0, false},
    {"from", TimeWord::kPrep, 0, false},
    {"during", TimeWord::kPrep, 0, false},
    {"through", TimeWord::kPrep, 0, false},
    {"throughout", TimeWord::kPrep, 0, false},
    {"before", TimeWord::kPrep, 0, false},
    {"after", TimeWord::kPrep, 0, false},
    {"over", TimeWord::kPrep, 0, false},
    {"of", TimeWord::kPrep, 0, false},
    {"ago", TimeWord::kAgo, 0, false},
    {"the", TimeWord::kArticle, 0, false},
};

constexpr Entry kGerman[] = {
    {"januar", TimeWord::kMonth, 1, false},
    {"jänner", TimeWord::kMonth, 1, false},
    {"februar", TimeWord::kMonth, 2, false},
    {"feber", TimeWord::kMonth, 2, false},
    {"märz", TimeWord::kMonth, 3, false},
    {"april", TimeWord::kMonth, 4, false},
    {"mai", TimeWord::kMonth, 5, false},
    {"juni", TimeWord::kMonth, 6, false},
    {"juli", TimeWord::kMonth, 7, false},
    {"august", TimeWord::kMonth, 8, false},
    {"september", TimeWord::kMonth, 9, false},
    {"oktober", TimeWord::kMonth, 10, false},
    {"november", TimeWord::kMonth, 11, false},
    {"dezember", TimeWord::kMonth, 12, false},
    {"jan", TimeWord::kMonth, 1, true},
    {"feb", TimeWord::kMonth, 2, true},
    {"mrz", TimeWord::kMonth, 3, true},
    {"apr", TimeWord::kMonth, 4, true},
    {"jun", TimeWord::kMonth, 6, true},
    {"jul", TimeWord::kMonth, 7, true},
    {"aug", TimeWord::kMonth, 8, true},
    {"sep", TimeWord::kMonth, 9, true},
    {"sept", TimeWord::kMonth, 9, true},
    {"okt", TimeWord::kMonth, 10, true},
    {"nov", TimeWord::kMonth, 11, true},
    {"dez", TimeWord::kMonth, 12, true},
    {"montag", TimeWord::kWeekday, 0, false},
    {"dienstag", TimeWord::kWeekday, 1, false},
    {"mittwoch", TimeWord::kWeekday, 2, false},
    {"donnerstag", TimeWord::kWeekday, 3, false},
    {"freitag", TimeWord::kWeekday, 4, false},
    {"samstag", TimeWord::kWeekday, 5, false},
    {"sonnabend", TimeWord::kWeekday, 5, false},
    {"sonntag", TimeWord::kWeekday, 6, false},
    {"ein", TimeWord::kNumber, 1, false},
    {"einem", TimeWord::kNumber, 1, false},
    {"einer", TimeWord::kNumber, 1, false},
    {"eins", TimeWord::kNumber, 1, false},
    {"zwei", TimeWord::kNumber, 2, false},
    {"drei", TimeWord::kNumber, 3, false},
    {"vier", TimeWord::kNumber, 4, false},
    {"fünf", TimeWord::kNumber, 5, false},
    {"sechs", TimeWord::kNumber, 6, false},
    {"sieben", TimeWord::kNumber, 7, false},
    {"acht", TimeWord::kNumber, 8, false},
    {"neun", TimeWord::kNumber, 9, false},
    {"zehn", TimeWord::kNumber, 10, false},
    {"elf", TimeWord::kNumber, 11, false},
    {"zwölf", TimeWord::kNumber, 12, false},
    {"tag", TimeWord::kUnit, kUnitDay, false},
    {"tage", TimeWord::kUnit, kUnitDay, false},
    {"tagen", TimeWord::kUnit, kUnitDay, false},
    {"woche", TimeWord::kUnit, kUnitWeek, false},
    {"wochen", TimeWord::kUnit, kUnitWeek, false},
    {"monat", TimeWord::kUnit, kUnitMonth, false},
    {"monate", TimeWord::kUnit, kUnitMonth, false},
    {"monaten", TimeWord::kUnit, kUnitMonth, false},
    {"monats", TimeWord::kUnit, kUnitMonth, false},
    {"jahr", TimeWord::kUnit, kUnitYear, false},
    {"jahre", TimeWord::kUnit, kUnitYear, false},
    {"jahren", TimeWord::kUnit, kUnitYear, false},
    {"jahres", TimeWord::kUnit, kUnitYear, false},
    {"wochenende", TimeWord::kUnit, kUnitWeekend, false},
    {"vergangene", TimeWord::kPast, 0, false},
    {"vergangenen", TimeWord::kPast, 0, false},
    {"vergangener", TimeWord::kPast, 0, false},
    {"vergangenem", TimeWord::kPast, 0, false},
    {"vergangenes", TimeWord::kPast, 0, false},
    {"letzte", TimeWord::kPast, 0, false},
    {"letzten", TimeWord::kPast, 0, false},
    {"letzter", TimeWord::kPast, 0, false},
    {"letztem", TimeWord::kPast, 0, false},
    {"letztes", TimeWord::kPast, 0, false},
    {"vorige", TimeWord::kPast, 0, false},
    {"vorigen", TimeWord::kPast, 0, false},
    {"voriger", TimeWord::kPast, 0, false},
    {"vorigem", TimeWord::kPast, 0, false},
    {"voriges", TimeWord::kPast, 0, false},
    {"nächste", TimeWord::kNext, 0, false},
    {"nächsten", TimeWord::kNext, 0, false},
    {"nächster", TimeWord::kNext, 0, false},
    {"nächstem", TimeWord::kNext, 0, false},
    {"nächstes", TimeWord::kNext, 0, false},
    {"kommende", TimeWord::kNext, 0, false},
    {"kommenden", TimeWord::kNext, 0, false},
    {"kommender", TimeWord::kNext, 0, false},
    {"kommendem", TimeWord::kNext, 0, false},
    {"kommendes", TimeWord::kNext, 0, false},
    {"diese", TimeWord::kThis, 0, false},
    {"diesen", TimeWord::kThis, 0, false},
    {"dieser", TimeWord::kThis, 0, false},
    {"diesem", TimeWord::kThis, 0, false},
    {"dieses", TimeWord::kThis, 0, false},
    {"laufenden", TimeWord::kThis, 0, false},
    {"heute", TimeWord::kRelDay, 0, false},
    {"gestern", TimeWord::kRelDay, -1, false},
    {"vorgestern", TimeWord::kRelDay, -2, false},
    {"morgen", TimeWord::kRelDay, 1, false},
    {"übermorgen", TimeWord::kRelDay, 2, false},
    {"abend", TimeWord::kDayPart, 0, false},
    {"nachmittag", TimeWord::kDayPart, 0, false},
    {"vormittag", TimeWord::kDayPart, 0, false},
    {"mittag", TimeWord::kDayPart, 0, false},
    {"nacht", TimeWord::kDayPart, 0, false},
    {"früh", TimeWord::kDayPart, 0, false},
    {"anfang", TimeWord::kPartOf, 0, false},
    {"mitte", TimeWord::kPartOf, 0, false},
    {"ende", TimeWord::kPartOf, 0, false},
    {"am", TimeWord::kPrep, 0, false},
    {"an", TimeWord::kPrep, 0, false},
    {"im", TimeWord::kPrep, 0, false},
    {"in", TimeWord::kPrep, 0, false},
    {"seit", TimeWord::kPrep, 0, false},
    {"bis", TimeWord::kPrep, 0, false},
    {"ab", TimeWord::kPrep, 0, false},
    {"vom", TimeWord::kPrep, 0, false},
    {"von", TimeWord::kPrep, 0, false},
    {"zum", TimeWord::kPrep, 0, false},
    {"während", TimeWord::kPrep, 0, false},
    {"nach", TimeWord::kPrep, 0, false},
    {"über", TimeWord::kPrep, 0, false},
    {"übers", TimeWord::kPrep, 0, false},
    {"der", TimeWord::kArticle, 0, false},
    {"des", TimeWord::kArticle, 0, false},
    {"dem", TimeWord::kArticle, 0, false},
    {"den", TimeWord::kArticle, 0, false},
};

// Plural unit forms are listed here rather than flagged per entry: English
// plurals end in "s"; German singulars include the genitives "Monats",
// "Jahres".
bool IsPluralUnit(std::string_view w, Lang lang) {
  if (lang == Lang::kEn) return w.back() == 's';
  return w == "tage" || w == "tagen" || w == "wochen" || w == "monate" ||
         w == "monaten" || w == "jahre" || w == "jahren";
}

template <size_t N>
Table BuildTable(const Entry (&entries)[N], Lang lang) {
  Table t;
  t.reserve(N * 2);
  for (const Entry& e : entries) {
    TimeWordInfo info{e.kind, e.value, e.abbrev, false};
    if (e.kind == TimeWord::kUnit) info.plural = IsPluralUnit(e.word, lang);
    t[e.word] = info;
  }
  return t;
}

}  // namespace

TimeWordInfo LookupTimeWord(std::string_view lower, Lang lang) {
  static const Table* const kEn = new Table(BuildTable(kEnglish, Lang::kEn));
  static const Table* const kDe = new Table(BuildTable(kGerman, Lang::kDe));
  const Table& t = lang == Lang::kDe ? *kDe : *kEn;
  // Every entry is 1..11 bytes long; skip the hash for anything else.
  if (lower.empty() || lower.size() > 11) return {};
  auto it = t.find(lower);
  return it == t.end() ? TimeWordInfo{} : it->second;
}

bool IsFutureCueWord(std::string_view lower, Lang lang) {
  static constexpr std::string_view kEnglishCues[] = {
      "will", "shall", "ll", "due", "scheduled", "expected", "plans", "plan", "intends", "going",
      "tomorrow", "sometime",
      // A timetable in the present tense.
      "leaves", "departs", "arrives", "travels", "flies", "opens", "begins", "starts", "resumes"};
  static constexpr std::string_view kGermanCues[] = {
      "will", "wollen", "wolle", "wird", "werden", "werde", "soll", "sollen", "solle", "plant", "planen",
      "geplant", "beabsichtigt", "voraussichtlich"};
  const std::span<const std::string_view> cues = lang == Lang::kDe ? std::span<const std::string_view>(kGermanCues)
                                                                 : std::span<const std::string_view>(kEnglishCues);
  for (std::string_view w : cues) {
    if (w == lower) return true;
  }
  return false;
}

int GermanWeekdayCompound(std::string_view lower) {
  static constexpr std::string_view kNames[] = {
      "montag",  "dienstag", "mittwoch", "donnerstag",
      "freitag", "samstag",  "sonntag"};
  static constexpr std::string_view kParts[] = {
      "",          "abend",  "morgen", "nachmittag",
      "vormittag", "mittag", "nacht",  "früh"};
  for (int d = 0; d < 7; ++d) {
    const std::string_view name = kNames[d];
    if (lower.size() < name.size() || lower.substr(0, name.size()) != name) {
      continue;
    }
    const std::string_view rest = lower.substr(name.size());
    for (std::string_view part : kParts) {
      if (rest == part) return d;
    }
  }
  if (lower.substr(0, 9) == "sonnabend" && lower.size() == 9) return 5;
  return -1;
}

}  // namespace dipgraph::extract
