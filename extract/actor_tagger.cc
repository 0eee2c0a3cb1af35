#include "extract/actor_tagger.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "base/civil_date.h"
#include "extract/city_gazetteer.h"
#include "extract/state_antecedents.h"
#include "extract/text_fold.h"
#include "extract/tokenizer.h"

namespace dipgraph::extract {

namespace {

constexpr int64_t kTermSlackDays = 366;

template <size_t N>
bool Contains(const std::array<std::string_view, N>& set, std::string_view w) {
  for (std::string_view s : set) {
    if (s == w) return true;
  }
  return false;
}

constexpr std::array<std::string_view, 8> kConjunctions = {
    "and", "und", "or", "oder", "sowie", "&", "as well as", "nor"};

// Words that take actors out of a group: "all members except Zaire and
// Australia agreed", "alle außer Ungarn".
constexpr std::array<std::string_view, 5> kExceptions = {"except", "excluding", "außer", "ausser", "ausgenommen"};

constexpr std::array<std::string_view, 15> kPronouns = {
    "he", "him", "his", "she", "her", "hers", "er", "ihn", "ihm",
    "sein", "seine", "seinem", "seinen", "seiner", "seines"};

// Words that never start or continue a discovered name after a title:
// function words, and German time nouns capitalised like names.
constexpr std::array<std::string_view, 56> kNameStopWords = {
    "the",      "der",     "die",     "das",       "dem",     "den",     "des",
    "ein",      "eine",    "and",     "und",       "in",      "on",      "at",
    "am",       "im",      "of",      "von",       "mit",     "with",    "said",
    "sagte",    "hat",     "has",     "anfang",    "ende",    "mitte",   "januar",
    "februar",  "marz",    "april",   "mai",       "juni",    "juli",    "august",
    "september", "oktober", "november", "dezember", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "monday",  "tuesday", "wednesday",
    "thursday", "friday",  "saturday", "sunday",   "jahr",    "woche",   "it"};

// Last words that make a capitalised sequence a company or office, not a
// person ("General Motors Corp", "General Accounting Office").
constexpr std::array<std::string_view, 20> kOrganisationWords = {
    "corp", "corp.", "co", "co.", "inc", "inc.", "ltd", "ltd.", "plc", "ag",
    "gmbh", "office", "bank", "group", "company", "productions", "association",
    "international", "industries", "holdings"};

// Currency names: "U.S. Dlr", "the Taiwan dollar", "Swiss francs" name
// money, not the state.
constexpr std::array<std::string_view, 36> kCurrencyWords = {
    "dollar", "dollars", "dlr",     "dlrs",   "franc",  "francs",  "mark",    "marks",   "pound",
    "pounds", "lira",    "rupee",   "rupees", "peso",   "pesos",   "won",     "rand",    "ruble",
    "rubles", "rouble",  "roubles", "yen",    "yuan",   "baht",    "ringgit", "rupiah",  "shekel",
    "shekels", "riyal",  "dinar",   "forint", "zloty",  "franken", "pfund",   "rubel",   "krone"};

// Lower-case particles inside personal names.
constexpr std::array<std::string_view, 12> kNameParticles = {
    "dos", "da", "de", "van", "von", "bin", "ibn", "al", "el", "du", "di", "del"};

// States whose names are also first names: skipped inside a personal name
// ("Michael Jordan", "Chad Smith").
constexpr std::array<std::string_view, 5> kFirstNameStates = {"jordan", "chad", "israel",
                                                              "georgia", "kenya"};

bool IsWord(const Token& t) { return t.kind == TokenKind::kWord; }

// Person nouns outside politics: after a state adjective ("der norwegische
// Soziologe", "the Brazilian striker") they name one scholar, artist or
// athlete, not an actor of that state.
const std::unordered_set<std::string_view>& NonPoliticalPersonNouns() {
  static const std::unordered_set<std::string_view> kNouns = {
      "soziologe", "soziologin", "wissenschaftler", "wissenschaftlerin", "forscher", "forscherin",
      "historiker", "historikerin", "autor", "autorin", "schriftsteller", "schriftstellerin", "kunstler",
      "kunstlerin", "regisseur", "regisseurin", "schauspieler", "schauspielerin", "sanger", "sangerin",
      "musiker", "musikerin", "komponist", "komponistin", "architekt", "architektin", "fotograf",
      "fotografin", "maler", "malerin", "dichter", "dichterin", "philosoph", "philosophin", "okonom",
      "okonomin", "spieler", "spielerin", "fussballer", "fussballerin", "sturmer", "torhuter", "tormann",
      "mittelfeldspieler", "verteidiger", "trainer", "trainerin", "teamchef", "tennisspieler",
      "tennisspielerin", "skirennlaufer", "skirennlauferin", "radprofi", "rennfahrer", "rennfahrerin",
      "athlet", "athletin", "sportler", "sportlerin", "schwimmer", "schwimmerin", "laufer", "lauferin",
      "boxer", "meister", "meisterin", "weltmeister", "weltmeisterin", "nationalspieler", "legionar",
      "klub", "verein", "tourist", "touristin", "touristen", "urlauber", "tennisstar", "superstar",
      "sociologist", "scientist", "scientists", "researcher", "researchers", "historian", "novelist",
      "writer", "author", "artist", "actor", "actress", "singer", "musician", "composer", "architect",
      "photographer", "painter", "poet", "philosopher", "economist", "economists", "footballer",
      "striker", "goalkeeper", "midfielder", "defender", "coach", "skier", "cyclist", "athlete",
      "athletes", "swimmer", "runner", "boxer", "champion", "tourist", "tourists", "golfer", "sprinter"};
  return kNouns;
}

// German: a demonym naming one person ("der Portugiese", "dem Spanier",
// "eine Österreicherin"), who is no actor of the state (an athlete, a
// tourist), unlike the plural ("die Russen").
bool SingularDemonym(const Sentence& s, uint32_t first) {
  const std::string& w = s.tokens[first].norm;
  if (w.ends_with("in")) return true;  // "Spanierin"; plurals end in "-innen"
  for (int j = static_cast<int>(first) - 1, steps = 0; j >= 0 && steps < 3; --j, ++steps) {
    const Token& t = s.tokens[static_cast<size_t>(j)];
    if (!IsWord(t)) return false;
    const std::string& a = t.norm;
    if (a == "dem" || a == "des" || a == "ein" || a == "einem" || a == "eines" || a == "einen" ||
        a == "einer" || a == "jeder" || a == "jedem") {
      return true;
    }
    // "der Portugiese"; "der Belgier" may be a genitive plural, except as
    // the sentence's subject ("Der Belgier gewann").
    if (a == "der") return w.ends_with("e") || (t.capitalized && j == 0);
    if (t.capitalized) return false;          // another noun
  }
  return false;
}

// Sentence-initial words that are not names.
constexpr std::array<std::string_view, 26> kFunctionWords = {
    "in",   "the",  "to",  "from", "on",   "at",    "for", "with", "and",
    "but",  "both", "by",  "while", "as",  "after", "nach", "aus", "mit",
    "und",  "auch", "von", "fur",  "gegen", "dass", "wie",  "als"};

bool IsFunctionWord(std::string_view norm) { return Contains(kFunctionWords, norm); }

std::string Hyphenate(std::string_view folded_name) {
  std::string id;
  for (char c : folded_name) {
    if (c == ' ' || c == '-') {
      if (!id.empty() && id.back() != '-') id.push_back('-');
    } else if (c != '.' && c != '\'' && c != ',') {
      id.push_back(c);
    }
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id;
}

int KindPriority(EntryKind k) {
  switch (k) {
    case EntryKind::kState: return 5;
    case EntryKind::kIgo: return 5;
    case EntryKind::kInstitution: return 4;
    case EntryKind::kGroup: return 4;
    case EntryKind::kPerson: return 3;
    case EntryKind::kAgent: return 0;
  }
  return 0;
}

// A recognised piece of a sentence before phrases are built.
struct Unit {
  uint32_t first = 0;  // token range
  uint32_t end = 0;
  uint32_t start = 0;  // byte range (a compound part may be less than its token)
  uint32_t stop = 0;
  const LexiconEntry* entry = nullptr;  // an actor entry (not an agent)
  NameType type = NameType::kName;
  const LexiconEntry* agent = nullptr;  // an agent noun
  const LexiconEntry* modifier = nullptr;  // state/IGO prefix of a compound agent
  bool used = false;

  bool IsStateLike() const {
    return entry != nullptr && agent == nullptr &&
           (entry->kind == EntryKind::kState || entry->kind == EntryKind::kIgo);
  }
  bool IsPerson() const { return entry != nullptr && entry->kind == EntryKind::kPerson; }
};

}  // namespace

// Per-article state: the article date, the persons seen so far (for
// surnames, titles and pronouns) and the next group id.
class ActorTagger::ArticleRun {
 public:
  ArticleRun(const ActorTagger& tagger, const graph::Article& article, Lang lang)
      : tagger_(tagger), lexicon_(*tagger.lexicon_), lang_(lang) {
    if (article.date) day_ = base::DaysFromCivil(*article.date);
  }

  void ScanArticleContext(const std::vector<Sentence>& sentences) {
    for (const Sentence& s : sentences) {
      for (const Token& t : s.tokens) {
        if (t.norm == "atlanta" || t.norm == "savannah" || t.norm == "ga.") us_georgia_ = true;
      }
    }
  }

  void TagSentence(Sentence& s, uint32_t sentence_no);

  // Finds the state of the article's dateline ("Beirut – "), when it names
  // one; TagSentence() then sets it as Sentence::place.
  void FindPlace(const std::vector<Sentence>& sentences);

 private:
  struct SeenPerson {
    graph::Actor actor;
    uint32_t sentence = 0;
  };

  bool Valid(const LexiconEntry& e) const { return !day_ || e.valid.Contains(*day_); }
  const LexiconEntry* ChooseEntry(const std::vector<MatchCandidate>& cands, bool want_agent,
                                  NameType* type) const;
  int64_t OfficeScore(const LexiconEntry& e, const Office** best) const;
  graph::Actor PersonActor(const LexiconEntry& e) const;
  graph::Actor EntryActor(const LexiconEntry& e) const;
  std::optional<graph::Actor> AgentActor(const LexiconEntry& agent,
                                         const graph::Actor& state) const;
  graph::Actor DiscoveredPerson(std::string_view surface, const LexiconEntry& agent,
                                const graph::Actor* state) const;
  const graph::Actor* RecentByRole(std::string_view role) const;
  // "Er warnte vor ..., sagte Gentiloni": the person a later attribution
  // in the same sentence names, for a subject pronoun before it.
  std::optional<graph::Actor> AttributedSpeaker(const Sentence& s, const std::vector<ActorMention>& current,
                                                uint32_t pronoun) const;
  std::optional<graph::Actor> UniqueRecentPerson(uint32_t sentence_no,
                                                 const std::vector<ActorMention>& current,
                                                 uint32_t before_token) const;
  std::vector<Unit> FindUnits(const Sentence& s, uint32_t from) const;
  void AddCompoundUnits(const Sentence& s, uint32_t i, std::vector<Unit>* units) const;
  void BuildAgentPhrases(const Sentence& s, std::vector<Unit>& units,
                         std::vector<ActorMention>* out);
  void Remember(const graph::Actor& a, uint32_t sentence_no, std::string_view surface);
  // The state of a generic domestic agent with no state of its own ("die
  // Polizei", "authorities"): the one state named in a locative phrase of
  // the sentence ("in Nordkorea"), else the dateline's state.
  std::optional<graph::Actor> LocalState(const Sentence& s, const std::vector<Unit>& units) const;
  // The state of the one city (extract/city_gazetteer.h) named in a
  // locative phrase of the sentence from token `from` on ("in Aleppo",
  // "bei Mossul"), outside `units`; nullopt if none or cities of two states.
  std::optional<graph::Actor> CityState(const Sentence& s, const std::vector<Unit>& units, uint32_t from,
                                        uint32_t to, bool locative_only) const;
  // "des Landes", "the country's": the state mentioned last before token
  // `before` of this sentence, or in an earlier sentence.
  std::optional<graph::Actor> ThisCountry(const std::vector<Unit>& units, uint32_t before) const;
  // The state of an actor's country, for antecedents; nullopt if unknown.
  std::optional<graph::Actor> StateOf(const graph::Actor& a) const;
  // "the two countries", "beide Länder" (the agent "two-states" in unit
  // `ag`): two coordinated mentions of the two states named last, one on
  // the phrase's first word, one on the rest. Returns false if the states
  // are not clear.
  bool PairOfStates(const Sentence& s, const std::vector<Unit>& units, const Unit& ag,
                    std::vector<ActorMention>* out);

  const ActorTagger& tagger_;
  const Lexicon& lexicon_;
  Lang lang_;
  std::optional<int64_t> day_;
  bool us_georgia_ = false;
  uint32_t next_group_ = 1;
  std::vector<SeenPerson> seen_;                               // in order
  std::unordered_map<std::string, graph::Actor> by_surname_;   // folded surname -> person
  std::unordered_set<std::string> seen_ids_;
  graph::Actor place_;       // the dateline's state; id empty if none
  graph::Actor last_state_;  // the last state mentioned; id empty if none
  StateAntecedents antecedents_;  // the states named last, for "the two countries"
  uint32_t sentence_no_ = 0;      // the sentence being tagged
};

namespace {

// Agents that act for the state where a story takes place when the text
// names no state: police, security forces, courts, prosecutors and the
// "authorities".
bool DomesticAgent(const LexiconEntry& agent, std::string_view norm) {
  if (agent.sector == "POL" || agent.sector == "JUD") return true;
  return norm == "behorden" || norm == "behorde" || norm == "authorities" ||
         norm == "sicherheitsbehorden";
}

// True if a locative preposition governs the phrase ending before token
// `first` ("in der Türkei", "im Südosten der Türkei", "in northern Iraq").
bool LocativeBefore(const std::vector<Token>& tok, uint32_t first) {
  for (int j = static_cast<int>(first) - 1, steps = 0; j >= 0 && steps < 5; --j, ++steps) {
    const Token& t = tok[static_cast<size_t>(j)];
    if (t.kind != TokenKind::kWord) return false;
    const std::string& w = t.norm;
    if (w == "in" || w == "im" || w == "at" || w == "near" || w == "nahe" || w == "inside") return true;
    if (w == "der" || w == "des" || w == "dem" || w == "the" || w == "of" || w == "northern" ||
        w == "southern" || w == "eastern" || w == "western" || w == "central" || w == "city" || w == "town" ||
        w == "village" || w == "province" || w == "region" || w == "district" || w == "stadt" || w == "provinz") {
      continue;  // "near the eastern city of Deir ez-Zor", "in der Provinz Idlib"
    }
    if (t.capitalized && steps > 0) continue;  // "im Südosten der Türkei"
    return false;
  }
  return false;
}

}  // namespace

void ActorTagger::ArticleRun::FindPlace(const std::vector<Sentence>& sentences) {
  for (const Sentence& s : sentences) {
    if (s.dateline_end == 0) continue;
    std::vector<NameMatch> matches;
    tagger_.matcher_->FindAll(s.text, s.tokens, 0, &matches);
    const LexiconEntry* found = nullptr;
    for (const NameMatch& m : matches) {
      if (s.tokens[m.first_token].start >= s.dateline_end) break;
      NameType type = NameType::kName;
      const LexiconEntry* e = ChooseEntry(m.candidates, false, &type);
      if (e == nullptr || e->kind != EntryKind::kState) continue;
      if (found != nullptr && found->id != e->id) return;  // "Wien/Berlin": no one place
      found = e;
    }
    if (found != nullptr) {
      place_ = EntryActor(*found);
    } else {
      // "Neapel – ", "ALEPPO (Reuters) -": a city's state.
      uint32_t end = 0;
      while (end < s.tokens.size() && s.tokens[end].start < s.dateline_end) ++end;
      if (auto city = CityState(s, {}, 0, end, false)) place_ = *city;
    }
    return;
  }
}

std::optional<graph::Actor> ActorTagger::ArticleRun::CityState(const Sentence& s, const std::vector<Unit>& units,
                                                               uint32_t from, uint32_t to,
                                                               bool locative_only) const {
  const CityGazetteer& cities = CityGazetteer::Embedded();
  std::string_view found;
  for (uint32_t i = from; i < to && i < s.tokens.size(); ++i) {
    // The table lookup first: it rejects most tokens cheaply.
    size_t end = i;
    const std::string_view state = cities.StateAt(s.tokens, i, &end);
    if (state.empty()) continue;
    bool in_unit = false;
    for (const Unit& u : units) in_unit = in_unit || (i >= u.first && i < u.end);
    if (in_unit) continue;
    if (locative_only && !LocativeBefore(s.tokens, i) && !(i > 0 && s.tokens[i - 1].norm == "bei")) continue;
    if (!found.empty() && found != state) return std::nullopt;
    found = state;
    i = static_cast<uint32_t>(end - 1);
  }
  if (found.empty()) return std::nullopt;
  std::string id(found);
  // The state the city lay in on the article's day ("Gyumri" in 1988: SUN).
  if (const auto part = tagger_.part_of_.find(id); day_ && part != tagger_.part_of_.end()) {
    for (const uint32_t h : part->second) {
      if (lexicon_.entries()[h].valid.Contains(*day_)) id = lexicon_.entries()[h].id;
    }
  }
  const auto it = tagger_.state_by_id_.find(id);
  if (it == tagger_.state_by_id_.end()) return std::nullopt;
  return EntryActor(lexicon_.entries()[it->second]);
}

std::optional<graph::Actor> ActorTagger::ArticleRun::LocalState(const Sentence& s,
                                                                const std::vector<Unit>& units) const {
  const LexiconEntry* found = nullptr;
  for (const Unit& u : units) {
    if (u.entry == nullptr || u.entry->kind != EntryKind::kState || u.agent != nullptr) continue;
    if (!LocativeBefore(s.tokens, u.first)) continue;
    if (found != nullptr && found->id != u.entry->id) return std::nullopt;
    found = u.entry;
  }
  if (found != nullptr) return EntryActor(*found);
  if (auto city = CityState(s, units, 0, static_cast<uint32_t>(s.tokens.size()), true)) return city;
  if (!place_.id.empty()) return place_;
  return std::nullopt;
}

std::optional<graph::Actor> ActorTagger::ArticleRun::StateOf(const graph::Actor& a) const {
  if (a.kind == graph::ActorKind::kState) return a;
  if (a.country.empty()) return std::nullopt;
  const auto it = tagger_.state_by_id_.find(a.country);
  if (it == tagger_.state_by_id_.end()) return std::nullopt;
  return EntryActor(lexicon_.entries()[it->second]);
}

bool ActorTagger::ArticleRun::PairOfStates(const Sentence& s, const std::vector<Unit>& units, const Unit& ag,
                                           std::vector<ActorMention>* out) {
  if (ag.end < ag.first + 2) return false;
  // The states named earlier in this sentence count too.
  StateAntecedents local = antecedents_;
  for (const Unit& u : units) {
    if (u.end > ag.first) break;
    if (u.entry == nullptr || u.agent != nullptr) continue;
    if (auto st = StateOf(EntryActor(*u.entry))) local.Note(*st, sentence_no_);
  }
  const auto pair = local.Pair(sentence_no_);
  if (!pair) return false;
  const uint32_t group = next_group_++;
  const std::pair<uint32_t, uint32_t> spans[2] = {{ag.first, ag.first + 1}, {ag.first + 1, ag.end}};
  const graph::Actor* actors[2] = {&pair->first, &pair->second};
  for (int k = 0; k < 2; ++k) {
    ActorMention m;
    m.first_token = spans[k].first;
    m.end_token = spans[k].second;
    m.start = s.tokens[m.first_token].start;
    m.end = s.tokens[m.end_token - 1].end;
    m.actor = *actors[k];
    m.via = MentionVia::kCoref;
    m.group = group;
    out->push_back(std::move(m));
  }
  return true;
}

std::optional<graph::Actor> ActorTagger::ArticleRun::ThisCountry(const std::vector<Unit>& units,
                                                                 uint32_t before) const {
  const LexiconEntry* found = nullptr;
  for (const Unit& u : units) {
    if (u.end > before) break;
    if (u.entry != nullptr && u.entry->kind == EntryKind::kState && u.agent == nullptr) found = u.entry;
  }
  if (found != nullptr) return EntryActor(*found);
  if (!last_state_.id.empty()) return last_state_;
  return std::nullopt;
}

// Picks the best non-agent (or, with want_agent, agent) candidate.
const LexiconEntry* ActorTagger::ArticleRun::ChooseEntry(
    const std::vector<MatchCandidate>& cands, bool want_agent, NameType* type) const {
  const LexiconEntry* best = nullptr;
  int best_score = -1;
  const bool german = lang_ == Lang::kDe;
  for (const MatchCandidate& c : cands) {
    const LexiconEntry& e = lexicon_.entries()[c.entry];
    if ((e.kind == EntryKind::kAgent) != want_agent) continue;
    if (c.german != german && c.type != NameType::kName) continue;
    if (!Valid(e)) continue;
    int score = KindPriority(e.kind) * 100;
    if (c.german == german) score += 10;
    if (e.kind == EntryKind::kPerson) {
      if (seen_ids_.count(e.id)) score += 1000;
      const Office* o = nullptr;
      int64_t s = OfficeScore(e, &o);
      score += static_cast<int>(std::clamp<int64_t>(s, 0, 99));
    }
    // With a date, a period-specific entry is more precise; without one,
    // the entry that is still valid wins ("Russland" is RUS, not SUN).
    if (day_ ? !e.valid.unbounded() : e.valid.open_end()) score += 5;
    if (score > best_score) {
      best_score = score;
      best = &e;
      *type = c.type;
    }
  }
  return best;
}

// How well a person's offices fit the article date (higher is better); sets
// *best to the fitting office.
int64_t ActorTagger::ArticleRun::OfficeScore(const LexiconEntry& e, const Office** best) const {
  *best = e.offices.empty() ? nullptr : &e.offices.front();
  int64_t score = 0;
  for (const Office& o : e.offices) {
    int64_t s = 0;
    if (day_) {
      if (o.term.Contains(*day_)) {
        s = 90;
      } else if (*day_ >= o.term.from - kTermSlackDays &&
                 (o.term.open_end() || *day_ <= o.term.to + kTermSlackDays)) {
        s = 60;
      } else {
        s = 0;
      }
    } else {
      // No date: the most recent office wins.
      int64_t end = o.term.open_end() ? 30000 : o.term.to;
      s = std::clamp<int64_t>((end - 0) / 400, 0, 89);
    }
    if (s > score) {
      score = s;
      *best = &o;
    }
  }
  return score;
}

graph::Actor ActorTagger::ArticleRun::PersonActor(const LexiconEntry& e) const {
  graph::Actor a = e.ToActor();
  const Office* office = nullptr;
  OfficeScore(e, &office);
  if (office != nullptr) a.role = office->role;
  if (!e.org.empty()) {
    bool igo_office = e.country.empty() || office == nullptr || office == &e.offices.front();
    if (igo_office) {
      a.id = e.org;
      a.kind = graph::ActorKind::kIgo;
      a.country.clear();
      if (a.sector.empty() || a.sector == "GOV") a.sector = "IGO";
    }
  }
  return a;
}

graph::Actor ActorTagger::ArticleRun::EntryActor(const LexiconEntry& e) const {
  return e.kind == EntryKind::kPerson ? PersonActor(e) : e.ToActor();
}

// The actor for "<state> <agent>": the office holder when the lexicon knows
// one, else "<COUNTRY>:<agent-id>". Nullopt when `state` has no key.
std::optional<graph::Actor> ActorTagger::ArticleRun::AgentActor(
    const LexiconEntry& agent, const graph::Actor& state) const {
  graph::Actor a;
  if (state.kind == graph::ActorKind::kIgo) {
    a = state;
    a.role = agent.role;
    return a;
  }
  if (state.country.empty()) return std::nullopt;
  if (agent.agent_kind == graph::ActorKind::kPerson && !agent.role.empty() && day_) {
    auto it = tagger_.office_holders_.find(state.country + "|" + agent.role);
    if (it != tagger_.office_holders_.end()) {
      for (uint32_t idx : it->second) {
        const LexiconEntry& e = lexicon_.entries()[idx];
        for (const Office& o : e.offices) {
          if (o.role == agent.role && o.term.Contains(*day_)) return PersonActor(e);
        }
      }
    }
  }
  a.id = state.country + ":" + agent.id;
  a.kind = agent.agent_kind;
  a.country = state.country;
  a.sector = agent.sector;
  a.role = agent.role;
  a.name = (state.kind == graph::ActorKind::kState ? state.name : state.country) + " " +
           (agent.name.empty() ? agent.role : agent.name);
  return a;
}

graph::Actor ActorTagger::ArticleRun::DiscoveredPerson(std::string_view surface,
                                                       const LexiconEntry& agent,
                                                       const graph::Actor* state) const {
  graph::Actor a;
  a.id = "P:" + Hyphenate(Fold(surface));
  a.kind = graph::ActorKind::kPerson;
  a.name = std::string(surface);
  a.sector = agent.sector;
  a.role = agent.role;
  if (state != nullptr) {
    if (state->kind == graph::ActorKind::kIgo) {
      a.id = state->id;
      a.kind = graph::ActorKind::kIgo;
      a.sector = "IGO";
    } else {
      a.country = state->country;
    }
  }
  return a;
}

const graph::Actor* ActorTagger::ArticleRun::RecentByRole(std::string_view role) const {
  if (role.empty()) return nullptr;
  for (auto it = seen_.rbegin(); it != seen_.rend(); ++it) {
    const std::string& r = it->actor.role;
    // "ambassador to Poland" is an "ambassador".
    if (r == role || (r.size() > role.size() && r.starts_with(role) && r[role.size()] == ' ')) return &it->actor;
  }
  // "the diplomat" also takes up an ambassador, envoy or consul named
  // before ("den russischen Botschafter Sergej Andrejew ... der Diplomat").
  if (role == "diplomat") {
    for (auto it = seen_.rbegin(); it != seen_.rend(); ++it) {
      const std::string& r = it->actor.role;
      if (it->actor.kind == graph::ActorKind::kPerson &&
          (r.starts_with("ambassador") || r.starts_with("envoy") || r.starts_with("consul") ||
           r.starts_with("special envoy"))) {
        return &it->actor;
      }
    }
  }
  return nullptr;
}

// The one person actor of the previous two sentences and of the current one
// before token `before_token`; nullopt when there is none or more than one.
std::optional<graph::Actor> ActorTagger::ArticleRun::AttributedSpeaker(const Sentence& s,
                                                                       const std::vector<ActorMention>& current,
                                                                       uint32_t pronoun) const {
  static const std::unordered_set<std::string_view> kSaid = {
      "sagte", "sagt", "erklarte", "erklart", "betonte", "meinte", "said", "says", "added", "told"};
  const auto& tok = s.tokens;
  for (uint32_t k = pronoun + 1; k + 1 < tok.size(); ++k) {
    if (kSaid.count(tok[k].norm) == 0 || tok[k - 1].norm != ",") continue;
    for (const ActorMention& m : current) {
      if (m.first_token > k && m.first_token <= k + 4 && m.actor.kind == graph::ActorKind::kPerson) return m.actor;
    }
  }
  return std::nullopt;
}

std::optional<graph::Actor> ActorTagger::ArticleRun::UniqueRecentPerson(
    uint32_t sentence_no, const std::vector<ActorMention>& current,
    uint32_t before_token) const {
  const graph::Actor* found = nullptr;
  auto consider = [&](const graph::Actor& a) {
    if (a.kind != graph::ActorKind::kPerson) return true;
    if (found != nullptr && found->id != a.id) return false;
    found = &a;
    return true;
  };
  for (const ActorMention& m : current) {
    if (m.end_token <= before_token && !consider(m.actor)) return std::nullopt;
  }
  for (auto it = seen_.rbegin(); it != seen_.rend(); ++it) {
    if (it->sentence + 2 < sentence_no) break;
    if (!consider(it->actor)) return std::nullopt;
  }
  if (found == nullptr) return std::nullopt;
  return *found;
}

void ActorTagger::ArticleRun::Remember(const graph::Actor& a, uint32_t sentence_no,
                                       std::string_view surface) {
  if (a.kind != graph::ActorKind::kPerson && a.name.empty()) return;
  bool person_like = a.kind == graph::ActorKind::kPerson || a.id.rfind("P:", 0) == 0 ||
                     (a.kind == graph::ActorKind::kIgo && !a.role.empty() && a.name != a.id);
  if (!person_like) return;
  seen_.push_back({a, sentence_no});
  seen_ids_.insert(a.id);
  (void)surface;
  // Register the surname (last word of the name) for later bare mentions.
  std::string folded = Fold(a.name);
  size_t sp = folded.find_last_of(' ');
  std::string surname = sp == std::string::npos ? folded : folded.substr(sp + 1);
  if (surname.size() >= 3) by_surname_[surname] = a;
}

// Adds units for the parts of hyphen compound token `i` that name a state
// or IGO (prefixes) or an agent (the head).
void ActorTagger::ArticleRun::AddCompoundUnits(const Sentence& s, uint32_t i,
                                               std::vector<Unit>* units) const {
  const Token& t = s.tokens[i];
  std::vector<TokenPart> parts = CompoundParts(s.text, t);
  if (parts.size() < 2) return;
  // "pro-Serbian", "anti-American": a stance towards the state, not the
  // state itself.
  if (parts[0].norm == "pro" || parts[0].norm == "anti") return;
  std::vector<Unit> found;
  const ActorMatcher& m = *tagger_.matcher_;
  for (size_t p = 0; p < parts.size(); ++p) {
    const auto* cands = m.LookupWord(parts[p].norm);
    if (cands == nullptr) continue;
    std::string_view surface = std::string_view(s.text).substr(parts[p].start,
                                                               parts[p].end - parts[p].start);
    std::vector<MatchCandidate> ok;
    for (const MatchCandidate& c : *cands) {
      if (c.needs_capital && !StartsUpper(surface)) continue;
      if (c.needs_all_caps && !IsAllCaps(surface)) continue;
      if (c.type == NameType::kCapital) continue;  // "Paris-Anschlag" is no actor
      ok.push_back(c);
    }
    if (ok.empty()) continue;
    Unit u;
    u.first = i;
    u.end = i + 1;
    u.start = parts[p].start;
    u.stop = parts[p].end;
    NameType type = NameType::kName;
    if (p + 1 == parts.size()) {
      u.agent = ChooseEntry(ok, /*want_agent=*/true, &type);
    }
    if (u.agent == nullptr) u.entry = ChooseEntry(ok, false, &type);
    u.type = type;
    if (u.entry != nullptr && p + 1 < parts.size() && u.entry->kind != EntryKind::kState &&
        u.entry->kind != EntryKind::kIgo && !(u.entry->kind == EntryKind::kGroup && p == 0)) {
      continue;  // states, IGOs and (first) groups modify a compound: "PKK-Stellungen"
    }
    if (u.entry != nullptr || u.agent != nullptr) found.push_back(u);
  }
  // "US-Außenminister": the prefix modifies the agent head in one unit.
  if (found.size() >= 2 && found.back().agent != nullptr && found[found.size() - 2].IsStateLike()) {
    Unit head = found.back();
    head.modifier = found[found.size() - 2].entry;
    head.start = found[found.size() - 2].start;
    found.pop_back();
    found.pop_back();
    found.push_back(head);
  }
  for (Unit& u : found) units->push_back(u);
}

std::vector<Unit> ActorTagger::ArticleRun::FindUnits(const Sentence& s, uint32_t from) const {
  std::vector<NameMatch> matches;
  tagger_.matcher_->FindAll(s.text, s.tokens, from, &matches);
  std::vector<Unit> units;
  size_t mi = 0;
  for (uint32_t i = from; i < s.tokens.size();) {
    if (mi < matches.size() && matches[mi].first_token == i) {
      const NameMatch& m = matches[mi++];
      Unit u;
      u.first = m.first_token;
      u.end = m.end_token;
      u.start = s.tokens[u.first].start;
      u.stop = s.tokens[u.end - 1].end;
      NameType type = NameType::kName;
      u.entry = ChooseEntry(m.candidates, false, &type);
      if (u.entry == nullptr) u.agent = ChooseEntry(m.candidates, true, &type);
      u.type = type;
      if (u.entry != nullptr || u.agent != nullptr) {
        units.push_back(u);
      } else if (s.tokens[i].hyphenated && u.end == i + 1) {
        AddCompoundUnits(s, i, &units);
      }
      i = m.end_token;
      continue;
    }
    if (s.tokens[i].hyphenated) AddCompoundUnits(s, i, &units);
    ++i;
  }
  // Guards against states that are first names or US states.
  std::vector<Unit> kept;
  // Headlines in capitals ("U.S. CALLS FOR GREATER GATT CHECKS") capitalise
  // every word.
  uint32_t words = 0, capitals = 0;
  for (uint32_t i = from; i < s.tokens.size(); ++i) {
    if (!IsWord(s.tokens[i])) continue;
    ++words;
    if (s.tokens[i].capitalized) ++capitals;
  }
  const bool upper_case = words > 0 && capitals * 10 >= words * 7;
  for (size_t k = 0; k < units.size(); ++k) {
    Unit& u = units[k];
    if (u.entry != nullptr && u.entry->kind == EntryKind::kState && u.end < s.tokens.size() &&
        Contains(kCurrencyWords, s.tokens[u.end].norm)) {
      continue;  // "U.S. Dlr", "the Taiwan dollar"
    }
    if (u.entry != nullptr && u.entry->kind == EntryKind::kState && u.end == u.first + 1 &&
        u.type == NameType::kName && Contains(kFirstNameStates, s.tokens[u.first].norm)) {
      bool next_name = u.end < s.tokens.size() && s.tokens[u.end].capitalized &&
                       IsWord(s.tokens[u.end]) &&
                       (k + 1 >= units.size() || units[k + 1].first != u.end);
      // A capitalised word before is a first name unless it is a function
      // word capitalised at the sentence start ("In Jordan, ...").
      bool prev_name = u.first > from && s.tokens[u.first - 1].capitalized &&
                       IsWord(s.tokens[u.first - 1]) &&
                       (k == 0 || units[k - 1].end != u.first) &&
                       (u.first - 1 > from || !IsFunctionWord(s.tokens[u.first - 1].norm));
      if (next_name || prev_name) continue;
      if (s.tokens[u.first].norm == "georgia" && us_georgia_) continue;
    }
    if (u.entry != nullptr && u.type == NameType::kPeople && lang_ == Lang::kDe && u.end == u.first + 1 &&
        SingularDemonym(s, u.first)) {
      continue;
    }
    if (u.entry != nullptr && u.type == NameType::kAdjective && u.end < s.tokens.size() &&
        NonPoliticalPersonNouns().count(s.tokens[u.end].norm) > 0) {
      continue;
    }
    if (u.entry != nullptr && u.entry->kind == EntryKind::kState && lang_ == Lang::kEn && u.first > from &&
        !upper_case && s.tokens[u.first - 1].capitalized && (k == 0 || units[k - 1].end != u.first)) {
      // "New England", "Latin American", "North American": a region, not the state.
      const std::string& prev = s.tokens[u.first - 1].norm;
      const std::string& w = s.tokens[u.first].norm;
      const bool new_before = u.first > from + 1 && s.tokens[u.first - 2].capitalized &&
                              s.tokens[u.first - 2].norm == "new";  // "New South Wales"
      if (prev == "new" || prev == "latin" || new_before ||
          ((prev == "north" || prev == "south" || prev == "central") && w.starts_with("americ"))) {
        continue;
      }
    }
    if (u.entry != nullptr && u.type == NameType::kAdjective && lang_ == Lang::kDe && u.first > from &&
        s.tokens[u.first].capitalized && !s.tokens[u.first].hyphenated && IsWord(s.tokens[u.first - 1]) &&
        !upper_case) {
      continue;  // a capitalised adjective inside a sentence opens a name ("bei der Deutschen Post")
    }
    if (u.entry != nullptr && u.type == NameType::kAdjective && lang_ == Lang::kEn && !upper_case &&
        u.end + 1 < s.tokens.size() && (k + 1 >= units.size() || units[k + 1].first > u.end + 1) &&
        IsWord(s.tokens[u.end]) && IsWord(s.tokens[u.end + 1]) && s.tokens[u.end].capitalized &&
        s.tokens[u.end + 1].capitalized) {
      continue;  // the start of a name the lexicon does not know ("American Bankers Association")
    }
    kept.push_back(u);
  }
  return kept;
}

void ActorTagger::ArticleRun::BuildAgentPhrases(const Sentence& s, std::vector<Unit>& units,
                                                std::vector<ActorMention>* out) {
  const auto& tok = s.tokens;
  auto unit_at = [&](uint32_t token) -> Unit* {
    for (Unit& u : units) {
      if (u.first == token && !u.used) return &u;
    }
    return nullptr;
  };
  auto is_conj = [&](uint32_t token) {
    return token < tok.size() && Contains(kConjunctions, tok[token].norm);
  };
  for (Unit& ag : units) {
    if (ag.agent == nullptr || ag.used) continue;
    const LexiconEntry& agent = *ag.agent;
    if (agent.id == "two-states") {
      ag.used = PairOfStates(s, units, ag, out);
      continue;
    }
    std::vector<Unit*> states;  // modifiers, in text order
    std::optional<graph::Actor> modifier_actor;
    std::optional<graph::Actor> this_country;  // "des Landes", "the country's"
    uint32_t first = ag.first;
    uint32_t last = ag.end;
    uint32_t start = ag.start;
    if (ag.modifier != nullptr) {
      modifier_actor = EntryActor(*ag.modifier);
    } else if (lang_ == Lang::kEn && ag.first >= 2 && tok[ag.first - 1].norm == "'s" &&
               tok[ag.first - 2].norm == "country" && unit_at(ag.first - 2) == nullptr) {
      this_country = ThisCountry(units, ag.first - 2);
      if (this_country) {
        first = ag.first - 2;
        start = tok[first].start;
      }
    } else {
      // Left: "Armenian foreign minister", "Russia's foreign minister",
      // "Armenian and Azerbaijani leaders", "Kremlin spokesman".
      for (Unit& l : units) {
        if (l.used || l.entry == nullptr || &l == &ag) continue;
        bool adjacent = l.end == ag.first && l.stop <= ag.start;
        bool possessive = l.end + 1 == ag.first && tok[l.end].norm == "'s";
        if (!adjacent && !possessive) continue;
        if (l.IsStateLike() || (adjacent && l.type == NameType::kCapital)) {
          states.push_back(&l);
          // Coordinated adjectives before: "Armenian and Azerbaijani".
          if (l.first >= 2 && is_conj(l.first - 1)) {
            for (Unit& l2 : units) {
              if (!l2.used && l2.end == l.first - 1 && l2.IsStateLike() && &l2 != &l) {
                states.insert(states.begin(), &l2);
              }
            }
          }
        } else if (possessive && (l.IsPerson() || l.entry->kind == EntryKind::kInstitution)) {
          states.push_back(&l);  // "Aliyev's press service"
        }
      }
      // Right: "Außenminister Armeniens", "foreign minister of Russia",
      // "the leaders of Armenia and Azerbaijan", "Pressedienst von Aliyev".
      if (states.empty()) {
        uint32_t j = ag.end;
        bool linked = false;
        if (j < tok.size() && (tok[j].norm == "of" || tok[j].norm == "von" ||
                               tok[j].norm == "des" || tok[j].norm == "der")) {
          ++j;
          linked = true;
          if (j < tok.size() && tok[j].norm == "the") ++j;
        } else if (j + 1 < tok.size() && (tok[j].norm == "from" || tok[j].norm == "aus") &&
                   agent.agent_kind == graph::ActorKind::kPeople && agent.sector != "MIL" && agent.sector != "GOV") {
          // "dissidents from Myanmar", "Flüchtlinge aus Syrien": where a
          // class of people comes from. Not troops or diplomats, who move
          // ("withdrew diplomats from Britain"). One adjective may stand
          // before the name ("from military-ruled Myanmar", "aus dem
          // benachbarten Syrien").
          uint32_t k = j + 1;
          if (k < tok.size() && (tok[k].norm == "the" || tok[k].norm == "dem")) ++k;
          if (unit_at(k) == nullptr && k + 1 < tok.size() && IsWord(tok[k]) && !tok[k].capitalized) ++k;
          if (const Unit* r = unit_at(k); r != nullptr && r->IsStateLike() && r->type == NameType::kName) {
            j = k;
            linked = true;
          }
        }
        // "das Militär des international isolierten Landes": the country
        // just talked about.
        if (linked && lang_ == Lang::kDe && tok[ag.end].norm == "des") {
          uint32_t k = j;
          while (k < tok.size() && k < j + 3 && IsWord(tok[k]) && !tok[k].capitalized) ++k;
          if (k < tok.size() && (tok[k].norm == "landes" || tok[k].norm == "lands") && unit_at(k) == nullptr) {
            this_country = ThisCountry(units, ag.first);
            if (this_country) last = k + 1;
          }
        }
        // "die Regierung in Kiew", "die Führung in Pjöngjang": a body
        // seated in a capital.
        bool seated = false;
        if (!linked && j < tok.size() && (tok[j].norm == "in" || tok[j].norm == "im") &&
            agent.agent_kind == graph::ActorKind::kInstitution) {
          Unit* c = unit_at(j + 1);
          if (c != nullptr && c->type == NameType::kCapital && c->entry != nullptr &&
              c->entry->kind == EntryKind::kState) {
            ++j;
            seated = true;
          }
        }
        Unit* r = unit_at(j);
        bool genitive_ok = linked || lang_ == Lang::kDe;
        // "die Truppen von Baku": a capital stands for its state before a
        // body or a group of people, not before a single office holder
        // ("der Bürgermeister von Paris").
        const bool capital_ok = r != nullptr && r->type == NameType::kCapital && (linked || seated) &&
                                agent.agent_kind != graph::ActorKind::kPerson && r->entry != nullptr &&
                                r->entry->kind == EntryKind::kState;
        if (r != nullptr && genitive_ok && r->entry != nullptr &&
            (r->IsStateLike() || (linked && r->IsPerson()) || capital_ok) &&
            (r->type == NameType::kName || capital_ok)) {
          states.push_back(r);
          uint32_t k = r->end;
          while (is_conj(k) || (k < tok.size() && tok[k].norm == ",")) {
            Unit* r2 = unit_at(k + 1);
            if (r2 == nullptr || !r2->IsStateLike()) break;
            states.push_back(r2);
            k = r2->end;
          }
        }
      }
    }
    // A name after the title: a lexicon person or up to three capitalised
    // words ("Kremlin spokesman Dmitry Peskov").
    uint32_t name_from = ag.end;
    if (!states.empty() && states.back()->first >= ag.end) name_from = states.back()->end;
    std::optional<graph::Actor> person;
    uint32_t name_end = name_from;
    if (Unit* p = unit_at(name_from); p != nullptr && p->IsPerson()) {
      person = PersonActor(*p->entry);
      p->used = true;
      name_end = p->end;
    } else if (name_from < tok.size() && agent.agent_kind != graph::ActorKind::kInstitution) {
      // Up to four capitalised words, with name particles inside ("José
      // Eduardo dos Santos", "Ursula von der Leyen"); initials count.
      uint32_t j = name_from;
      auto name_word = [&](uint32_t k) {
        return k < tok.size() && IsWord(tok[k]) && tok[k].capitalized &&
               !Contains(kNameStopWords, tok[k].norm) && unit_at(k) == nullptr;
      };
      while (j < name_from + 5) {
        if (name_word(j)) {
          ++j;
        } else if (j > name_from && j + 1 < tok.size() && Contains(kNameParticles, tok[j].norm) &&
                   name_word(j + 1)) {
          j += 2;
        } else {
          break;
        }
      }
      bool organisation = false;
      for (uint32_t k = name_from; k < j; ++k) {
        organisation = organisation || Contains(kOrganisationWords, tok[k].norm);
      }
      if (organisation) j = name_from;
      // Two or more words make a new person; a single word only resolves
      // to a person already seen.
      if (j - name_from >= 2) {
        std::string_view surface = std::string_view(s.text).substr(
            tok[name_from].start, tok[j - 1].end - tok[name_from].start);
        graph::Actor state_actor;
        const graph::Actor* sp = nullptr;
        if (modifier_actor) {
          state_actor = *modifier_actor;
          sp = &state_actor;
        } else if (states.size() == 1) {
          state_actor = EntryActor(*states[0]->entry);
          sp = &state_actor;
        } else if (states.empty() && !place_.id.empty() &&
                   (agent.sector == "GOV" || agent.sector == "LEG" || agent.sector == "MIL")) {
          // Wire copy names the officials of the dateline's state by bare
          // title ("TOKYO - Agriculture Minister Mutsuki Kato said").
          state_actor = place_;
          sp = &state_actor;
        }
        std::string surname = Fold(s.text.substr(tok[j - 1].start, tok[j - 1].end - tok[j - 1].start));
        auto known = by_surname_.find(surname);
        if (known != by_surname_.end() && known->second.name.size() > 0 &&
            Fold(known->second.name) == Fold(surface)) {
          person = known->second;
        } else {
          person = DiscoveredPerson(surface, agent, sp);
        }
        name_end = j;
      } else if (j - name_from == 1) {
        auto known = by_surname_.find(tok[name_from].norm);
        if (known != by_surname_.end()) {
          person = known->second;
          name_end = j;
        }
      }
    }
    std::vector<std::pair<Unit*, graph::Actor>> produced;
    graph::Actor single;
    bool have_single = false;
    MentionVia via = MentionVia::kAgent;
    if (person) {
      single = *person;
      have_single = true;
      via = person->id.rfind("P:", 0) == 0 && lexicon_.entries().empty() ? MentionVia::kDiscovered
                                                                           : MentionVia::kAgent;
      if (!seen_ids_.count(person->id)) {
        bool in_lexicon = false;
        for (const Unit& u : units) in_lexicon = in_lexicon || (u.IsPerson() && u.used && u.end == name_end);
        if (!in_lexicon) via = MentionVia::kDiscovered;
      }
      for (Unit* st : states) st->used = true;
      last = std::max(last, name_end);
    } else if (modifier_actor || this_country) {
      if (auto a = AgentActor(agent, modifier_actor ? *modifier_actor : *this_country)) {
        single = *a;
        have_single = true;
      }
    } else if (!states.empty()) {
      for (Unit* st : states) {
        graph::Actor base = EntryActor(*st->entry);
        if (st->IsPerson() || st->entry->kind == EntryKind::kInstitution) {
          base.kind = graph::ActorKind::kState;  // possessive: the person's state
          base.name = base.country;
        }
        if (auto a = AgentActor(agent, base)) produced.emplace_back(st, *a);
        st->used = true;
      }
    } else {
      if (const graph::Actor* r = RecentByRole(agent.role)) {
        single = *r;
        have_single = true;
        via = MentionVia::kCoref;
      } else if (DomesticAgent(agent, tok[ag.end - 1].norm)) {
        // "die Polizei", "von Behörden": the state where it happens.
        if (auto st = LocalState(s, units)) {
          if (auto a = AgentActor(agent, *st)) {
            single = *a;
            have_single = true;
          }
        }
      }
    }
    if (have_single) {
      for (Unit* st : states) {
        st->used = true;
        first = std::min(first, st->first);
        last = std::max(last, st->end);
        start = std::min(start, st->start);
      }
      ActorMention m;
      m.first_token = first;
      m.end_token = last;
      m.start = start;
      m.end = std::max(tok[last - 1].end, ag.stop);
      if (last == ag.end) m.end = ag.stop;
      m.actor = single;
      m.via = via;
      out->push_back(std::move(m));
      ag.used = true;
    } else if (!produced.empty()) {
      uint32_t group = produced.size() > 1 ? next_group_++ : 0;
      for (auto& [st, actor] : produced) {
        ActorMention m;
        bool adjacent = st->end == ag.first || st->end + 1 == ag.first;
        m.first_token = adjacent ? st->first : st->first;
        m.end_token = adjacent && produced.size() == 1 ? ag.end : st->end;
        m.start = st->start;
        m.end = adjacent && produced.size() == 1 ? ag.stop : st->stop;
        if (!adjacent && produced.size() == 1) {
          m.first_token = ag.first;
          m.start = ag.start;
        }
        m.actor = actor;
        m.via = MentionVia::kAgent;
        m.group = group;
        out->push_back(std::move(m));
      }
      ag.used = true;
    }
  }
}

void ActorTagger::ArticleRun::TagSentence(Sentence& s, uint32_t sentence_no) {
  sentence_no_ = sentence_no;
  s.mentions.clear();
  uint32_t from = 0;
  while (from < s.tokens.size() && s.tokens[from].start < s.dateline_end) ++from;
  std::vector<Unit> units = FindUnits(s, from);
  std::vector<ActorMention> mentions;
  BuildAgentPhrases(s, units, &mentions);
  for (Unit& u : units) {
    if (u.used || u.entry == nullptr) continue;
    ActorMention m;
    m.first_token = u.first;
    m.end_token = u.end;
    m.start = u.start;
    m.end = u.stop;
    m.actor = EntryActor(*u.entry);
    switch (u.type) {
      case NameType::kAdjective: m.via = MentionVia::kAdjective; break;
      case NameType::kCapital: m.via = MentionVia::kCapital; break;
      default: m.via = seen_ids_.count(m.actor.id) && u.IsPerson() ? MentionVia::kCoref
                                                                   : MentionVia::kName;
    }
    mentions.push_back(std::move(m));
  }
  std::sort(mentions.begin(), mentions.end(), [](const ActorMention& a, const ActorMention& b) {
    return a.start < b.start;
  });
  // Surnames of discovered persons, German genitives of them, and pronouns.
  std::vector<bool> covered(s.tokens.size(), false);
  for (const ActorMention& m : mentions) {
    for (uint32_t t = m.first_token; t < m.end_token && t < covered.size(); ++t) covered[t] = true;
  }
  std::vector<ActorMention> extra;
  for (uint32_t i = from; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (covered[i] || !IsWord(t)) continue;
    std::optional<graph::Actor> actor;
    MentionVia via = MentionVia::kCoref;
    if (t.capitalized) {
      auto it = by_surname_.find(t.norm);
      if (it == by_surname_.end() && lang_ == Lang::kDe && t.norm.size() > 4 &&
          t.norm.back() == 's') {
        it = by_surname_.find(t.norm.substr(0, t.norm.size() - 1));
      }
      if (it != by_surname_.end()) actor = it->second;
    }
    if (!actor && tagger_.options_.resolve_pronouns &&
        Contains(kPronouns, t.norm) && !(lang_ == Lang::kEn && t.norm.rfind("sein", 0) == 0) &&
        !(lang_ == Lang::kDe && (t.norm == "he" || t.norm == "him" || t.norm == "his" ||
                                 t.norm == "she" || t.norm == "her" || t.norm == "hers"))) {
      // A possessive ("his", "seinen") right after a state or organisation
      // in the same sentence usually refers to it ("forderte Aserbaidschan
      // auf, seinen Verpflichtungen nachzukommen"): leave it alone.
      const ActorMention* nearest = nullptr;
      for (const ActorMention& m : mentions) {
        if (m.end_token <= i) nearest = &m;
      }
      bool possessive = t.norm == "his" || t.norm.rfind("sein", 0) == 0;
      bool blocked = possessive && nearest != nullptr &&
                     nearest->actor.kind != graph::ActorKind::kPerson;
      if (!blocked && !possessive) actor = AttributedSpeaker(s, mentions, i);
      if (!blocked && !actor) actor = UniqueRecentPerson(sentence_no, mentions, i);
      via = MentionVia::kPronoun;
    }
    if (!actor) continue;
    ActorMention m;
    m.first_token = i;
    m.end_token = i + 1;
    m.start = t.start;
    m.end = t.end;
    m.actor = *actor;
    m.via = via;
    extra.push_back(std::move(m));
  }
  mentions.insert(mentions.end(), extra.begin(), extra.end());
  std::sort(mentions.begin(), mentions.end(), [](const ActorMention& a, const ActorMention& b) {
    return a.start < b.start;
  });
  // Coordination: "Armenia and Azerbaijan", "Russia, China and Iran".
  for (size_t i = 0; i + 1 < mentions.size(); ++i) {
    size_t j = i;
    bool conj = false;
    while (j + 1 < mentions.size()) {
      uint32_t a = mentions[j].end_token;
      uint32_t b = mentions[j + 1].first_token;
      if (b <= a || b - a > 2) break;
      bool ok = true;
      bool has_conj = false;
      for (uint32_t t = a; t < b; ++t) {
        bool c = Contains(kConjunctions, s.tokens[t].norm);
        has_conj = has_conj || c;
        ok = ok && (c || s.tokens[t].norm == ",");
      }
      if (!ok) break;
      conj = conj || has_conj;
      ++j;
      if (has_conj) break;
    }
    // Headlines join their subjects with a bare comma: "Japan, U.S. to
    // hold chip talks".
    const bool headline_subjects = s.field == "title" && i == 0 && mentions[0].first_token == from;
    if (j > i && (conj || headline_subjects) && mentions[i].group == 0) {
      uint32_t g = next_group_++;
      for (size_t k = i; k <= j; ++k) {
        if (mentions[k].group == 0) mentions[k].group = g;
      }
      i = j;
    }
  }
  // "except Zaire and Australia": the excepted take no part in what the
  // sentence reports.
  std::unordered_set<uint32_t> excepted_groups;
  std::erase_if(mentions, [&](const ActorMention& m) {
    uint32_t k = m.first_token;
    if (k > from && s.tokens[k - 1].norm == "for") --k;  // "except for"
    const bool excepted = k > from && Contains(kExceptions, s.tokens[k - 1].norm);
    if (excepted && m.group != 0) excepted_groups.insert(m.group);
    return excepted;
  });
  std::erase_if(mentions, [&](const ActorMention& m) { return m.group != 0 && excepted_groups.count(m.group) > 0; });
  for (const ActorMention& m : mentions) {
    Remember(m.actor, sentence_no, std::string_view(s.text).substr(m.start, m.end - m.start));
    if (m.actor.kind == graph::ActorKind::kState) last_state_ = m.actor;
    if (auto st = StateOf(m.actor); st && m.via != MentionVia::kCoref) antecedents_.Note(*st, sentence_no);
  }
  s.place = place_;
  // "56 Personen wurden in Neapel festgenommen": a city in a locative
  // phrase places this sentence's events.
  if (auto city = CityState(s, units, from, static_cast<uint32_t>(s.tokens.size()), true)) s.place = *city;
  s.mentions = std::move(mentions);
}

ActorTagger::ActorTagger(std::unique_ptr<Lexicon> lexicon, const ActorTaggerOptions& options)
    : lexicon_(std::move(lexicon)),
      matcher_(std::make_unique<ActorMatcher>(*lexicon_)),
      options_(options) {
  const auto& entries = lexicon_->entries();
  for (uint32_t i = 0; i < entries.size(); ++i) {
    const LexiconEntry& e = entries[i];
    if (e.kind == EntryKind::kState) {
      // The undated block of a state wins over a dated one (West Germany).
      auto [it, added] = state_by_id_.emplace(e.id, i);
      if (!added && e.valid.unbounded() && !entries[it->second].valid.unbounded()) it->second = i;
      for (const std::string& part : e.parts) part_of_[part].push_back(i);
    }
    if (e.kind != EntryKind::kPerson || e.country.empty()) continue;
    for (const Office& o : e.offices) {
      auto& list = office_holders_[e.country + "|" + o.role];
      if (list.empty() || list.back() != i) list.push_back(i);
    }
  }
}

ActorTagger::~ActorTagger() = default;

base::Result<std::unique_ptr<ActorTagger>> ActorTagger::Create(
    const ActorTaggerOptions& options) {
  DIPGRAPH_ASSIGN_OR_RETURN(Lexicon lex, Lexicon::Load(options.lexicon_dirs,
                                                       options.use_embedded_lexicon));
  for (const std::string& path : options.actors_dicts) {
    DIPGRAPH_RETURN_IF_ERROR(lex.AddActorsDict(path));
  }
  return FromLexicon(std::move(lex), options);
}

std::unique_ptr<ActorTagger> ActorTagger::FromLexicon(Lexicon lexicon,
                                                      const ActorTaggerOptions& options) {
  return std::unique_ptr<ActorTagger>(
      new ActorTagger(std::make_unique<Lexicon>(std::move(lexicon)), options));
}

void ActorTagger::TagArticle(std::vector<Sentence>& sentences, const graph::Article& article,
                             Lang lang) const {
  ArticleRun run(*this, article, lang);
  run.ScanArticleContext(sentences);
  run.FindPlace(sentences);
  uint32_t n = 0;
  for (Sentence& s : sentences) run.TagSentence(s, n++);
}

}  // namespace dipgraph::extract
