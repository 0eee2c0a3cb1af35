#include "extract/date_attachment.h"

#include <string>
#include <string_view>
#include <vector>

#include "extract/temporal_lexicon.h"
#include "extract/temporal_scanner.h"

namespace dipgraph::extract {

namespace {

using graph::DateBasis;
using graph::EventDate;

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (w == s) return true;
  }
  return false;
}

struct Clause {
  uint32_t start = 0;  // byte range in the sentence
  uint32_t end = 0;
  bool subordinate = false;
  bool coordinated = false;  // opened by "and"/"but" + past verb
  bool reporting = false;    // holds a verb of saying ("said", "teilte mit")
};

bool IsReportingVerb(std::string_view w, Lang lang) {
  if (lang == Lang::kEn) {
    return In(w, {"said", "says", "told", "announced", "stated", "reported",
                  "added", "declared", "confirmed", "agreed"});
  }
  return In(w, {"sagte",       "sagten",    "sagt",         "teilte",
                "teilten",     "erklärte",  "erklärten",    "erklärt",
                "kündigte",    "kündigten", "hieß",         "berichtete",
                "berichteten", "meldete",   "meldeten",     "bestätigte",
                "verlautete",  "mitteilte", "vereinbarten", "vereinbarte",
                "beschlossen", "beschloss"});
}

bool IsSubordinator(std::string_view w, Lang lang) {
  if (lang == Lang::kEn) {
    return In(w, {"that", "if", "when", "because", "although", "though",
                  "whether", "unless", "while", "who", "which", "whom", "whose",
                  "after", "before", "since", "as", "where"});
  }
  return In(w, {"dass",    "ob",     "wenn",    "falls", "weil",   "als",
                "nachdem", "obwohl", "während", "bevor", "seit",   "seitdem",
                "sodass",  "damit",  "der",     "die",   "das",    "dem",
                "den",     "deren",  "dessen",  "denen", "welche", "welcher",
                "welches", "wo",     "wie"});
}

// English subordinators that open a clause even without a comma before
// them ("warned it may retaliate if the U.S. imposes ...").
bool SplitsWithoutComma(std::string_view w) {
  return In(w, {"that", "if", "when", "because", "although", "whether",
                "unless", "while", "who", "which"});
}

// English "and"/"but" before a past-tense verb starts a new clause ("has
// attacked X and warned Tokyo its package in April ..."): the second verb
// may have its own time.
bool CoordinatesPastVerb(const ScannedText& st, size_t j) {
  if (j + 1 >= st.tokens.size()) return false;
  const std::string_view w = st.Lower(j);
  if (w != "and" && w != "but") return false;
  const std::string_view v = st.Lower(j + 1);
  if (v.size() > 4 && v.substr(v.size() - 2) == "ed") return true;
  return In(v,
            {"met",    "spoke",  "held", "took", "went", "gave",   "made",
             "came",   "began",  "saw",  "won",  "lost", "left",   "sent",
             "fought", "struck", "hit",  "said", "told", "sought", "became"});
}

bool IsBoundary(const ScannedText& st, size_t j) {
  const TimeToken& t = st.tokens[j];
  if (t.kind != TimeTokenKind::kPunct) return false;
  const std::string_view s = st.text.substr(t.start, t.end - t.start);
  if (s == "\xE2\x80\x99" || s == "\xE2\x80\x98") return false;  // ’ ‘
  if (s.size() > 1) return true;  // dashes, typographic quotes, « »
  return In(s, {",", ";", ":", "(", ")", "\"", "!", "?"});
}

bool InsideExpression(const Sentence& s, uint32_t pos) {
  for (const TimeExpression& t : s.times) {
    if (pos >= t.start && pos < t.end) return true;
  }
  return false;
}

std::vector<Clause> SplitClauses(const Sentence& s, const ScannedText& st,
                                 Lang lang) {
  std::vector<Clause> out;
  Clause cur;
  bool at_clause_start = true;
  auto close = [&](uint32_t end) {
    cur.end = end;
    if (cur.end > cur.start) out.push_back(cur);
    cur = Clause{};
    cur.start = end;
    at_clause_start = true;
  };
  for (size_t j = 0; j < st.tokens.size(); ++j) {
    const TimeToken& t = st.tokens[j];
    if (IsBoundary(st, j)) {
      close(t.start);
      cur.start = t.end;
      continue;
    }
    if (t.kind == TimeTokenKind::kWord) {
      const std::string_view w = st.Lower(j);
      if (IsReportingVerb(w, lang)) cur.reporting = true;
      if (!at_clause_start && lang == Lang::kEn &&
          (SplitsWithoutComma(w) || CoordinatesPastVerb(st, j)) &&
          !InsideExpression(s, t.start)) {
        close(t.start);
        cur.coordinated = CoordinatesPastVerb(st, j);
      }
      if (at_clause_start) {
        cur.subordinate =
            IsSubordinator(w, lang) && !InsideExpression(s, t.start);
        at_clause_start = false;
      }
    } else {
      at_clause_start = false;
    }
  }
  close(static_cast<uint32_t>(s.text.size()));
  return out;
}

const Clause* ClauseAt(const std::vector<Clause>& clauses, uint32_t pos) {
  for (const Clause& c : clauses) {
    if (pos >= c.start && pos < c.end) return &c;
  }
  return clauses.empty() ? nullptr : &clauses.back();
}

// Bytes between an expression and the trigger (0 when they touch).
uint32_t Distance(const TimeExpression& t, uint32_t start, uint32_t end) {
  if (t.end <= start) return start - t.end;
  if (t.start >= end) return t.start - end;
  return 0;
}

// Word tokens strictly between byte offsets `from` and `to`.
int WordsBetween(const ScannedText& st, uint32_t from, uint32_t to) {
  int n = 0;
  for (const TimeToken& t : st.tokens) {
    if (t.start >= to) break;
    if (t.start >= from && t.kind == TimeTokenKind::kWord) ++n;
  }
  return n;
}

// German places the adverbials of a main clause early in the middle field
// ("Blinken sprach am Sonntag mit ..."); an expression many words after
// the trigger usually modifies a noun ("begrüßte ... die Versetzung in den
// Hausarrest letzte Woche") and does not date the trigger's event.
constexpr int kGermanMaxWordsAfterTrigger = 6;

// "since 1991", "seit letztem Juli", "bis 2023": the expression bounds a
// period and dates only its own clause.
bool BoundsPeriod(const TimeExpression& t) {
  std::string_view e = t.date.expr;
  const size_t sp = e.find(' ');
  std::string_view first = e.substr(0, sp);
  std::string lower(first);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return In(lower, {"since", "until", "till", "from", "through", "seit", "bis",
                    "ab", "von", "vom"});
}

// "Monday's attack", "last week's stampede": a possessive expression
// dates the noun after it, not the clause.
bool Possessive(const TimeExpression& t) {
  const std::string& e = t.date.expr;
  auto ends = [&](std::string_view suffix) {
    return e.size() >= suffix.size() &&
           std::string_view(e).substr(e.size() - suffix.size()) == suffix;
  };
  return ends("'s") || ends("\xE2\x80\x99s");
}

// The noun a possessive expression dates must follow within this many
// words ("Monday's attack", "Thursday's surprise attack").
constexpr int kMaxWordsAfterPossessive = 2;

bool AfterPublication(const TimeExpression& t,
                      const std::optional<base::CivilDay>& published) {
  return published && t.date.known &&
         t.date.FirstDay() > base::DaysFromCivil(*published);
}

EventDate Published(const std::optional<base::CivilDay>& published) {
  if (!published) return EventDate::Unknown();
  return EventDate::Day(*published, DateBasis::kPublished);
}

}  // namespace

EventDate AttachDate(const Sentence& s, Lang lang, uint32_t trigger_start,
                     uint32_t trigger_end,
                     std::optional<base::CivilDay> published, bool planned) {
  return AttachDate(s, lang, trigger_start, trigger_end, published, planned,
                    EventDate::Unknown());
}

EventDate NewsDay(const std::vector<Sentence>& sentences,
                  std::optional<base::CivilDay> published, int lead_sentences) {
  if (!published) return EventDate::Unknown();
  const int64_t pub = base::DaysFromCivil(*published);
  int seen = 0;
  for (const Sentence& s : sentences) {
    if (s.field != "text") continue;
    if (seen++ >= lead_sentences) break;
    for (const TimeExpression& t : s.times) {
      if (t.unknown_marker || !t.date.known ||
          t.date.granularity != graph::Granularity::kDay) {
        continue;
      }
      const int64_t d = t.date.FirstDay();
      if (d <= pub && d >= pub - 7) return t.date;
    }
  }
  return EventDate::Unknown();
}

EventDate AttachDate(const Sentence& s, Lang lang, uint32_t trigger_start,
                     uint32_t trigger_end,
                     std::optional<base::CivilDay> published, bool planned,
                     const EventDate& news_day) {
  auto fallback = [&]() {
    return news_day.known && !planned ? news_day : Published(published);
  };
  if (s.times.empty()) return fallback();
  const ScannedText st = Scan(s.text);
  const std::vector<Clause> clauses = SplitClauses(s, st, lang);
  const Clause* own = ClauseAt(clauses, trigger_start);

  // Best candidate by (rank, distance, before-trigger first).
  const TimeExpression* best = nullptr;
  int best_rank = 0;
  uint32_t best_dist = 0;
  auto consider = [&](const TimeExpression& t, int rank) {
    const uint32_t d = Distance(t, trigger_start, trigger_end);
    const bool better =
        best == nullptr || rank < best_rank ||
        (rank == best_rank &&
         (d < best_dist || (d == best_dist && t.start < best->start)));
    if (better) {
      best = &t;
      best_rank = rank;
      best_dist = d;
    }
  };

  if (planned) {
    // The announcement's own time: in the trigger's clause ("agreed on
    // Sunday to meet") or in a clause with a verb of saying ("teilte am
    // Sonntag mit, dass ..."); never a future date.
    for (const TimeExpression& t : s.times) {
      if (t.unknown_marker || !t.date.known) continue;
      if (AfterPublication(t, published) || BoundsPeriod(t)) continue;
      const Clause* c = ClauseAt(clauses, t.start);
      if (c == own) {
        consider(t, 0);
      } else if (c != nullptr && c->reporting) {
        consider(t, 1);
      }
    }
    return best ? best->date : Published(published);
  }

  bool marker = false;
  for (const TimeExpression& t : s.times) {
    if (t.unknown_marker) {
      marker = true;
      continue;
    }
    if (Possessive(t)) {
      if (trigger_start >= t.end &&
          WordsBetween(st, t.end, trigger_start) <= kMaxWordsAfterPossessive) {
        consider(t, 0);
      }
      continue;
    }
    const Clause* c = ClauseAt(clauses, t.start);
    if (c == own) {
      if (lang == Lang::kDe && t.start >= trigger_end &&
          WordsBetween(st, trigger_end, t.start) >
              kGermanMaxWordsAfterTrigger) {
        continue;
      }
      consider(t, 0);
    } else if (c != nullptr && c->coordinated && own != nullptr &&
               c->start > own->start) {
      continue;  // a later coordinated verb's own time
    } else if (!BoundsPeriod(t) && !AfterPublication(t, published)) {
      consider(t, c != nullptr && c->subordinate ? 2 : 1);
    }
  }
  // A marker anywhere in the sentence outweighs other clauses' dates.
  if (marker && (best == nullptr || best_rank > 0)) return EventDate::Unknown();
  if (best != nullptr) return best->date;
  return fallback();
}

bool PointsAhead(std::string_view expr, Lang lang) {
  // The expression's words, lower-cased (ASCII letters; the lexicon's
  // non-ASCII letters are lower-case already).
  std::vector<TimeWordInfo> words;
  std::string word;
  for (size_t k = 0; k <= expr.size(); ++k) {
    const char c = k < expr.size() ? expr[k] : ' ';
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
    if (letter) {
      word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    } else if (!word.empty()) {
      words.push_back(LookupTimeWord(word, lang));
      word.clear();
    }
  }
  for (size_t k = 0; k < words.size(); ++k) {
    const TimeWordInfo& w = words[k];
    if (w.kind == TimeWord::kNext) return true;
    // A day ahead, unless a preposition, article or day word makes it a
    // noun: "am Morgen", "heute Morgen" are the morning.
    const TimeWord before = k > 0 ? words[k - 1].kind : TimeWord::kNone;
    if (w.kind == TimeWord::kRelDay && w.value > 0 && before != TimeWord::kPrep && before != TimeWord::kArticle &&
        before != TimeWord::kRelDay) {
      return true;
    }
    // "later this week".
    if (w.kind == TimeWord::kPartOf && w.value > 0 && k + 1 < words.size() && words[k + 1].kind == TimeWord::kThis) {
      return true;
    }
  }
  return false;
}

}  // namespace dipgraph::extract
