#include "extract/event_coder.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>

#include "extract/clause.h"
#include "extract/sentence_coder.h"
#include "graph/actor.h"

namespace dipgraph::extract {

namespace coder_internal {

MentionContext SentenceCoder::ContextOf(uint32_t m) const {
  const ActorMention& am = s_.mentions[m];
  // Walk back over determiners, numbers and (German) inflected adjectives.
  for (int i = static_cast<int>(am.first_token) - 1, steps = 0; i >= 0 && steps < 4; --i, ++steps) {
    const Token& t = s_.tokens[static_cast<size_t>(i)];
    if (t.kind == TokenKind::kPunct) break;
    // "am Freitagabend Warschau": a time expression is no title.
    if (InTime(static_cast<uint32_t>(i))) break;
    if (mention_at_[static_cast<size_t>(i)] != kNone) {
      // "to Nicaraguan Contra rebels": adjacent mentions share a phrase.
      int prev = mention_at_[static_cast<size_t>(i)];
      if (steps == 0 && static_cast<size_t>(prev) < context_.size()) return context_[static_cast<size_t>(prev)];
      break;
    }
    WordClass c = Cls(static_cast<uint32_t>(i));
    if (lang_ == Lang::kDe && c == WordClass::kPreposition && i > 0 &&
        IsPunct(s_.tokens[static_cast<size_t>(i - 1)], ",") && i + 1 < static_cast<int>(n_)) {
      const std::string& next = Norm(static_cast<uint32_t>(i + 1));
      if (next == "dem" || next == "der" || next == "denen" || next == "welchem" || next == "welcher") {
        break;  // ", in dem Moskau ...": the preposition governs the relative pronoun
      }
    }
    if (c == WordClass::kPreposition || c == WordClass::kGenitive || c == WordClass::kAgent) {
      return {c, t.norm, i};
    }
    if (c == WordClass::kDeterminer && lang_ == Lang::kDe && steps > 0 &&
        Cls(static_cast<uint32_t>(i + 1)) == WordClass::kDeterminer) {
      break;  // "in dem der Diplomat": a relative pronoun before the article
    }
    if (c == WordClass::kDeterminer || t.kind == TokenKind::kNumber) continue;
    if (lang_ == Lang::kEn && t.capitalized) continue;  // titles: "President"
    // German nouns directly before the mention are titles in apposition
    // ("Präsidenten Ilham Aliyev"); further away they head their own phrase.
    if (lang_ == Lang::kDe && t.capitalized &&
        (t.norm == "angaben" || t.norm == "informationen" || t.norm == "berichten" || t.norm == "worten")) {
      return {WordClass::kPreposition, t.norm};  // "nach Angaben der UN": an attribution
    }
    if (lang_ == Lang::kDe && t.capitalized && steps > 0) {
      // "Verzicht der österreichischen Regierung": a genitive attribute.
      const std::string& art = Norm(static_cast<uint32_t>(i + 1));
      if (art == "der" || art == "des") return {WordClass::kGenitive, art, i + 1};
      break;
    }
    if (lang_ == Lang::kDe && !t.capitalized && t.norm.size() > 3 &&
        (t.norm.ends_with("en") || t.norm.ends_with("em") || t.norm.ends_with("er") ||
         t.norm.ends_with("es") || t.norm.ends_with("e"))) {
      // An inflected adjective ("dem aserbaidschanischen Präsidenten"),
      // unless it is a verb form; stop at words the lexicon knows as verbs
      // unless an article or preposition shows them attributive ("im
      // besetzten Westjordanland").
      if (lex_.Find(lang_, t.norm) != nullptr) {
        const bool attributive = i > 0 && (Cls(static_cast<uint32_t>(i - 1)) == WordClass::kDeterminer ||
                                           Cls(static_cast<uint32_t>(i - 1)) == WordClass::kPreposition);
        if (!attributive) break;
      }
      continue;
    }
    if (lang_ == Lang::kDe && t.capitalized) continue;  // "Präsidenten"
    break;
  }
  return {};
}

bool SentenceCoder::IsBare(int m, bool passive) const {
  if (m == kNone) return false;
  WordClass g = context_[static_cast<size_t>(m)].governor;
  if (g == WordClass::kGenitive && lang_ == Lang::kDe && GenitiveInPhrase(m)) return false;
  if (g == WordClass::kOther || g == WordClass::kGenitive) return true;
  // German "von": a possessor ("die Truppen von Baku") unless passive.
  return g == WordClass::kAgent && !passive && lang_ == Lang::kDe &&
         context_[static_cast<size_t>(m)].word == "von";
}

bool SentenceCoder::GenitiveInPhrase(int m) const {
  // "Nach dem Verzicht der österreichischen Regierung", "gegen das
  // Spardiktat der Deutschen": the genitive's noun heads a prepositional
  // phrase, so the mention is neither subject nor object.
  const int g = context_[static_cast<size_t>(m)].at;
  if (g < 2) return false;
  int j = g - 1;
  if (!s_.tokens[static_cast<size_t>(j)].capitalized || mention_at_[static_cast<size_t>(j)] != kNone) return false;
  --j;
  while (j >= 0 && j + 4 > g && s_.tokens[static_cast<size_t>(j)].kind == TokenKind::kWord &&
         mention_at_[static_cast<size_t>(j)] == kNone &&
         (Cls(static_cast<uint32_t>(j)) == WordClass::kDeterminer || !s_.tokens[static_cast<size_t>(j)].capitalized)) {
    if (Cls(static_cast<uint32_t>(j)) == WordClass::kPreposition) return true;
    --j;
  }
  return j >= 0 && Cls(static_cast<uint32_t>(j)) == WordClass::kPreposition && mention_at_[static_cast<size_t>(j)] == kNone;
}

bool SentenceCoder::NounContextOk(uint32_t b) const {
  if (lang_ == Lang::kDe) return s_.tokens[b].capitalized || b == 0;
  if (b == 0) return true;
  const std::string& prev = Norm(b - 1);
  if (prev == "to" || prev == "will" || prev == "would" || prev == "could" || prev == "must" ||
      prev == "he" || prev == "she" || prev == "they" || prev == "we" || prev == "it" ||
      prev == "i" || prev == "not" || prev == "also" || prev == "did" || prev == "who" ||
      prev == "which" || prev == "and" || prev == "should" || prev == "may" || prev == "might") {
    return false;
  }
  return true;
}

bool SentenceCoder::VerbContextOk(uint32_t i) const {
  const Token& t = s_.tokens[i];
  if (lang_ == Lang::kDe) {
    if (!t.capitalized) {
      // "die verletzten Polizisten", "zwei leicht verletzten Beamten": an
      // attributive participle before its noun, not a verb.
      if (i > 0 && i + 1 < n_ && s_.tokens[i + 1].capitalized) {
        const std::string& prev = Norm(i - 1);
        if (s_.tokens[i - 1].kind == TokenKind::kNumber || prev == "leicht" || prev == "schwer" ||
            prev == "todlich" || prev == "lebensgefahrlich" ||
            (Cls(i - 1) == WordClass::kDeterminer && mention_at_[i - 1] == kNone && !s_.tokens[i - 1].capitalized)) {
          return false;
        }
      }
      return true;
    }
    return i == ClauseAt(i).begin || i == 0;
  }
  if (i == 0) return true;
  WordClass c = Cls(i - 1);
  // "Soviet arms negotiator", "Iranian attack": a noun after a bare state
  // adjective, which is no subject.
  if (mention_at_[i - 1] != kNone && !s_.tokens[i - 1].hyphenated &&
      s_.mentions[static_cast<size_t>(mention_at_[i - 1])].via == MentionVia::kAdjective) {
    return false;
  }
  // "beat back", "cut back", "hold back": a particle, not the verb "back".
  if (t.norm == "back" && s_.tokens[i - 1].kind == TokenKind::kWord && mention_at_[i - 1] == kNone &&
      !s_.tokens[i - 1].capitalized && c == WordClass::kOther && !Norm(i - 1).ends_with("ly")) {
    return false;
  }
  // "the visit", "a call", "Russia's attack": a noun, not a verb.
  if (c == WordClass::kDeterminer || c == WordClass::kGenitive) return false;
  // "in return for", "on attack": a noun after a preposition (but "to
  // meet" is an infinitive).
  if (c == WordClass::kPreposition && Norm(i - 1) != "to" && !t.norm.ends_with("ing")) return false;
  if (t.norm.ends_with("ing")) {
    // "board meeting" is a noun; "is meeting", "after meeting", ", meeting"
    // and "X meeting Y" are verbs.
    const std::string& prev = Norm(i - 1);
    return c == WordClass::kBeAux || c == WordClass::kSubordinator || c == WordClass::kCoordinator ||
           s_.tokens[i - 1].kind == TokenKind::kPunct || mention_at_[i - 1] != kNone || prev == "after" ||
           prev == "before" || prev == "while" || prev == "by" || prev == "during" || prev == "also";
  }
  return true;
}

bool SentenceCoder::ParticleClosesClause(uint32_t i) const {
  if (i + 1 >= n_) return true;
  const Token& next = s_.tokens[i + 1];
  if (next.kind == TokenKind::kPunct) return true;
  WordClass c = Cls(i + 1);
  return c == WordClass::kCoordinator || c == WordClass::kSubordinator;
}

int SentenceCoder::MentionAfter(uint32_t from, uint32_t limit, bool bare_only, bool passive) const {
  if (from == 0 || from > n_) return kNone;
  const uint32_t end = std::min(limit, ClauseAt(from - 1).end);
  for (uint32_t j = from; j < end && j < n_; ++j) {
    if (s_.tokens[j].kind == TokenKind::kPunct && !IsPunct(s_.tokens[j], "'")) return kNone;
    int m = mention_starting_[j];
    if (m == kNone) {
      if (mention_at_[j] != kNone) continue;
      // An object comes before any prepositional phrase ("protest rally in
      // the capital of X" has no object).
      if (bare_only && lang_ == Lang::kEn) {
        WordClass c = Cls(j);
        if (c == WordClass::kPreposition || c == WordClass::kAgent || c == WordClass::kSubordinator) return kNone;
      }
      continue;
    }
    if (!bare_only || IsBare(m, passive)) return m;
    return kNone;
  }
  return kNone;
}

int SentenceCoder::NearestBareLeft(uint32_t i, bool cross_commas) const {
  uint32_t c = clause_of_[i];
  int hops = 0;
  // "... Taiwan, and he said he would urge Reagan": past an unresolved
  // "he" or "she" only a person (or a person's body) can be the subject.
  bool person_pronoun = false;
  for (;;) {
    const ClauseSpan& cl = clauses_[c];
    for (int j = static_cast<int>(i) - 1; j >= static_cast<int>(cl.begin); --j) {
      int m = mention_at_[static_cast<size_t>(j)];
      if (m == kNone) {
        const std::string& w = Norm(static_cast<uint32_t>(j));
        person_pronoun = person_pronoun || (lang_ == Lang::kEn && (w == "he" || w == "she"));
        continue;
      }
      const ActorMention& am = s_.mentions[static_cast<size_t>(m)];
      if (IsBare(m, false)) {
        // A person's office may be tagged as the body ("PCA chairman Jose
        // Romero", "a U.S. House member"): bodies pass too, states do not.
        const bool personal = am.actor.kind == graph::ActorKind::kPerson ||
                              am.actor.kind == graph::ActorKind::kInstitution;
        return person_pronoun && !personal ? kNone : m;
      }
      j = static_cast<int>(am.first_token);  // skip the rest of this mention
    }
    if (cl.relative && cl.begin >= 1) {
      // "Aliyev, who met ...": the antecedent.
      for (int j = static_cast<int>(cl.begin) - 1; j >= 0 && j + 3 >= static_cast<int>(cl.begin); --j) {
        if (mention_at_[static_cast<size_t>(j)] != kNone) return mention_at_[static_cast<size_t>(j)];
      }
    }
    if (!cross_commas || c == 0 || hops >= 2 || cl.subordinate) return kNone;
    const Token& boundary = s_.tokens[cl.begin - 1];
    if (!IsPunct(boundary, ",")) return kNone;
    --c;
    i = clauses_[c].end;
    ++hops;
  }
}

int SentenceCoder::FirstBareInRange(uint32_t b, uint32_t e, int skip, bool skip_places) const {
  for (uint32_t j = b; j < e && j < n_; ++j) {
    int m = mention_starting_[j];
    if (m != kNone && m != skip && IsBare(m, false) && !(skip_places && Locative(m))) return m;
  }
  return kNone;
}

int SentenceCoder::GenitiveAgent(uint32_t head) const {
  if (head + 2 >= n_) return kNone;
  const std::string& w = Norm(head + 1);
  const bool genitive = lang_ == Lang::kDe ? (w == "der" || w == "des") : w == "of";
  if (!genitive) return kNone;
  // "of the Chinese premier": a determiner before a mention without one.
  if (mention_starting_[head + 2] == kNone && head + 3 < n_ && Cls(head + 2) == WordClass::kDeterminer) {
    return mention_starting_[head + 3];
  }
  return mention_starting_[head + 2];
}

int SentenceCoder::AgentMention(uint32_t from, uint32_t to) const {
  for (uint32_t j = from; j < to && j < n_; ++j) {
    int m = mention_starting_[j];
    if (m != kNone && context_[static_cast<size_t>(m)].governor == WordClass::kAgent) return m;
  }
  return kNone;
}

bool SentenceCoder::InTime(uint32_t i) const {
  const Token& t = s_.tokens[i];
  for (const TimeExpression& te : s_.times) {
    if (t.start >= te.start && t.end <= te.end) return true;
  }
  return false;
}

bool SentenceCoder::LightVerbIn(const ClauseSpan& cl, uint32_t phrase_begin) const {
  static const std::set<std::string_view> kLight = {
      "hold", "holds", "held", "holding", "have", "has", "had", "having", "conduct", "conducted",
      "conducts", "launch", "launched", "launches", "carry", "carried", "carries", "begin", "began",
      "begun", "begins", "start", "started", "starts", "resume", "resumed", "resumes", "continue",
      "continued", "end", "ended", "ends", "make", "made", "pay", "paid", "stage", "staged", "mount",
      "mounted", "open", "opened", "opens", "claim", "claims", "claimed", "bekannte", "bekannten",
      "gave", "give", "gives", "erhielt", "erhalt", "bestatigt", "bestatigte", "upheld", "uphold",
      "upholds", "verhangt", "verhangte", "verhangten", "fuhren", "fuhrt", "fuhrte", "fuhrten", "gefuhrt", "halten", "halt",
      "hielt", "hielten", "gehalten", "abgehalten", "abhalten",
      "aufgenommen", "aufnehmen", "nahm", "nahmen", "starten", "startete", "starteten", "gestartet",
      "begann", "begannen", "begonnen", "setzte", "setzten", "fortgesetzt", "fortsetzen", "verubte",
      "verubten", "verubt", "unternahm", "unternommen", "stattete", "abgestattet", "flog", "flogen",
      "geflogen", "fliegen", "fliegt", "beendet", "beendete"};
  for (uint32_t j = cl.begin; j < cl.end; ++j) {
    if (mention_at_[j] == kNone && kLight.count(Norm(j)) > 0) {
      // "have" is a light verb only right before its noun ("had talks
      // with"), not as the perfect auxiliary.
      const std::string& w = Norm(j);
      if ((w == "have" || w == "has" || w == "had" || w == "having") && (j > phrase_begin || j + 4 < phrase_begin)) continue;
      return true;
    }
  }
  return false;
}

bool SentenceCoder::CircumstantialPhrase(uint32_t b, bool travel) const {
  for (uint32_t j = b, steps = 0; j > 0 && steps < 4; --j, ++steps) {
    const std::string& w = Norm(j - 1);
    if (w == "in" || w == "bei" || w == "beim" || w == "during" || w == "at" || w == "after" ||
        w == "nach" || w == "wahrend" || w == "im" || w == "following" || w == "amid") {
      return true;
    }
    // "said on a visit to Peking", "on his return from Belgrade"; not
    // "commented on talks with".
    if (travel && (w == "on" || w == "upon" || w == "auf")) return true;
    if (Cls(j - 1) != WordClass::kDeterminer && Cls(j - 1) != WordClass::kOther) return false;
    if (mention_at_[j - 1] != kNone) return false;
  }
  return false;
}

bool SentenceCoder::PurposePhrase(uint32_t b) const {
  // "für den Kampf gegen Israel", "for talks with": an aim, not an event.
  for (uint32_t j = b, steps = 0; j > 0 && steps < 3; --j, ++steps) {
    const std::string& w = Norm(j - 1);
    if (w == "fur" || w == "zur" || w == "zum" || w == "toward" || w == "towards") return true;
    if (Cls(j - 1) != WordClass::kDeterminer && s_.tokens[j - 1].capitalized == false &&
        !(lang_ == Lang::kDe && w.size() > 3)) {
      return false;
    }
  }
  return false;
}

bool SentenceCoder::UnknownSubjectAt(uint32_t from, uint32_t to) const {
  static const std::set<std::string_view> kAdverbs = {
      "dann", "danach", "zuvor", "spater", "anschliessend", "zudem", "ausserdem", "nun", "jetzt",
      "erneut", "auch", "deshalb", "daher", "dort", "hier", "heute", "gestern", "morgen", "bereits",
      "zuletzt", "inzwischen", "kurzlich", "unterdessen", "indes", "demnach", "dabei", "damit", "so",
      "zunachst", "bislang", "bisher", "schon", "doch", "aber", "und", "laut", "erstmals", "wieder",
      "offenbar", "angeblich", "nach", "vor", "allerdings", "jedoch", "trotzdem", "immer", "noch"};
  // The dateline ("Madrid – ") is no part of the clause.
  while (from < to && from < n_ && s_.tokens[from].start < s_.dateline_end) ++from;
  if (from >= to || from >= n_) return false;
  if (mention_at_[from] != kNone) return false;
  // A prefield holding a prepositional phrase is an adverbial ("Gut zwei
  // Monate nach der Wahl hat X ..."), not an unknown subject.
  for (uint32_t j = from; j < to && j < n_; ++j) {
    if (Cls(j) == WordClass::kPreposition && mention_at_[j] == kNone) return false;
  }
  for (const TimeExpression& te : s_.times) {
    if (s_.tokens[from].start >= te.start && s_.tokens[from].start < te.end) return false;
  }
  const Token& t = s_.tokens[from];
  if (t.kind != TokenKind::kWord) return false;
  WordClass c = Cls(from);
  if (c == WordClass::kPreposition || c == WordClass::kAgent || c == WordClass::kSubordinator ||
      c == WordClass::kCoordinator || kAdverbs.count(t.norm) > 0) {
    return false;
  }
  if (c == WordClass::kDeterminer) {
    // "die Polizei", "ein palästinensischer Angreifer": unknown unless the
    // phrase is (or ends in) a mention.
    for (uint32_t j = from + 1; j < to && j < from + 4; ++j) {
      if (mention_at_[j] != kNone) return false;
      if (s_.tokens[j].capitalized) return j + 1 >= n_ || mention_at_[j + 1] == kNone;
    }
    return false;
  }
  // A capitalised noun ("Aktivisten") not followed by a mention.
  return t.capitalized && (from + 1 >= n_ || mention_at_[from + 1] == kNone) &&
         lex_.Find(lang_, t.norm) == nullptr;
}

std::optional<Match> SentenceCoder::MatchAt(uint32_t i, const FormEntry& e) const {
  const TriggerPattern& p = lex_.pattern(e.pattern);
  Match m;
  m.pattern = e.pattern;
  m.flags = e.flags;
  m.head = i;
  // Pre-head words ("phone" in "phone call").
  if (p.pre_head.size() > i) return std::nullopt;
  m.phrase_begin = i - static_cast<uint32_t>(p.pre_head.size());
  for (size_t k = 0; k < p.pre_head.size(); ++k) {
    if (Norm(m.phrase_begin + static_cast<uint32_t>(k)) != p.pre_head[k]) return std::nullopt;
  }
  // "a team that left for Washington": "that" before a past form is a
  // relative pronoun, not a determiner.
  const bool relative_that = lang_ == Lang::kEn && !p.noun && i > 0 && Norm(i - 1) == "that" &&
                             (e.flags & kFormParticiple) != 0;
  if (p.noun ? !NounContextOk(m.phrase_begin) : !(VerbContextOk(i) || relative_that)) return std::nullopt;
  const ClauseSpan& cl = ClauseAt(i);
  std::vector<bool> used(n_, false);
  used[i] = true;
  // German separable verbs: the particle closes the clause.
  if ((e.flags & kFormSplit) && !p.particle.empty()) {
    bool found = false;
    for (uint32_t j = i + 1; j < cl.end; ++j) {
      if (Norm(j) == p.particle && mention_at_[j] == kNone && ParticleClosesClause(j)) {
        m.literal_tokens.push_back(j);
        used[j] = true;
        found = true;
        break;
      }
    }
    if (!found) return std::nullopt;
    m.score += 2;
  }
  // Literal words.
  uint32_t pos = i + 1;
  for (size_t k = 0; k < p.literals.size(); ++k) {
    const bool before_target = p.target_after == static_cast<int>(k) + 1;
    int hit = kNone;
    if (lang_ == Lang::kEn || p.noun) {
      // Nominal triggers take their prepositional phrase right after them
      // in both languages ("Telefonat mit", "talks with").
      uint32_t limit = pos + (p.noun ? 3 : 4);
      // "talks on signing an economic pact with Hungary": a topic phrase
      // may stand between the noun and its partner.
      const bool topic = lang_ == Lang::kEn && p.noun && k == 0 && pos < n_ &&
                         (Norm(pos) == "on" || Norm(pos) == "about" || Norm(pos) == "over");
      if (topic) limit = pos + 8;
      // "the visit of the Chinese premier to Thailand", "Manöver der USA
      // mit Südkorea": the noun's agent in a genitive before the partner.
      const int genitive = p.noun && k == 0 && p.target_after > 0 ? GenitiveAgent(i) : kNone;
      if (genitive != kNone) limit = s_.mentions[static_cast<size_t>(genitive)].end_token + 3;
      for (uint32_t j = pos; j < cl.end && j < limit; ++j) {
        if (Norm(j) == p.literals[k] && mention_at_[j] == kNone) {
          hit = static_cast<int>(j);
          break;
        }
        if (topic && j >= pos + 3 && (mention_at_[j] != kNone || s_.tokens[j].kind == TokenKind::kPunct)) break;
      }
    } else {
      for (uint32_t j = cl.begin; j < cl.end; ++j) {
        if (used[j] || Norm(j) != p.literals[k] || mention_at_[j] != kNone) continue;
        if (before_target && MentionAfter(j + 1, j + 5, false, false) == kNone) continue;
        hit = static_cast<int>(j);
        break;
      }
    }
    if (hit == kNone) return std::nullopt;
    used[static_cast<size_t>(hit)] = true;
    m.literal_tokens.push_back(static_cast<uint32_t>(hit));
    pos = static_cast<uint32_t>(hit) + 1;
    m.score += 2;
    // A noun literal ("forderte den Rückzug") is more specific than a
    // preposition ("forderte von").
    if (lang_ == Lang::kDe && s_.tokens[static_cast<size_t>(hit)].capitalized) m.score += 1;
    if (before_target) {
      m.target = MentionAfter(static_cast<uint32_t>(hit) + 1,
                              static_cast<uint32_t>(hit) + (lang_ == Lang::kDe && p.noun ? 8 : 5), false, false);
      if (m.target == kNone) return std::nullopt;
    }
  }
  if (p.target_after == 0 && (lang_ == Lang::kEn || p.noun)) {
    // Direct object: the next bare mention after the head phrase.
    uint32_t from = m.literal_tokens.empty() ? i + 1 : std::max(i + 1, pos);
    if (lang_ == Lang::kDe && (e.flags & kFormSplit) == 0) from = i + 1;
    m.target = MentionAfter(from, from + (p.noun ? 4 : 9), true, false);
    const std::string root = p.code.substr(0, 2);
    if (m.target == kNone && lang_ == Lang::kEn && !p.noun && p.literals.empty() &&
        (root == "05" || root == "11" || root == "12" || root == "19")) {
      m.target = AttributedObject(i, root == "19");
      m.attributed = m.target != kNone;
    }
  }
  // Literal words after the target ("take T hostage").
  if (!p.after_target.empty()) {
    if (m.target == kNone && p.target_after == 0 && lang_ == Lang::kDe) {
      // German objects are resolved later; look anywhere after the head.
    }
    uint32_t after = m.target != kNone ? s_.mentions[static_cast<size_t>(m.target)].end_token
                     : lang_ == Lang::kDe ? cl.begin : i + 1;
    for (const std::string& w : p.after_target) {
      int hit = kNone;
      for (uint32_t j = after; j < cl.end && (lang_ == Lang::kDe || j < after + 4); ++j) {
        if (Norm(j) == w && !used[j]) {
          hit = static_cast<int>(j);
          break;
        }
      }
      if (hit == kNone) return std::nullopt;
      m.literal_tokens.push_back(static_cast<uint32_t>(hit));
      after = static_cast<uint32_t>(hit) + 1;
      m.score += 2;
    }
  }
  if (p.target_after > 0 || (p.target_after == 0 && lang_ == Lang::kEn)) {
    // A participle may be passive ("was received by X"): its roles are
    // settled later.
    // Arrests and releases of unnamed people keep the match for an
    // implicit target ("detained reporters").
    const std::string root = p.code.substr(0, 2);
    const bool people_ok = root == "17" || root == "18" || root == "20" || p.code == "084";
    if (m.target == kNone && !p.symmetric && (e.flags & kFormParticiple) == 0 && !people_ok) return std::nullopt;
  }
  if (m.target != kNone) m.score += 1;
  // An English object pattern that found no object ("protested in X")
  // yields to an intransitive pattern of the same verb.
  if (lang_ == Lang::kEn && !p.noun && p.target_after == 0 && m.target == kNone) m.score -= 1;
  m.score += static_cast<int>(p.pre_head.size()) * 2;
  return m;
}

bool SentenceCoder::IsPassive(const Match& m) const {
  const TriggerPattern& p = lex_.pattern(m.pattern);
  if (p.noun || (m.flags & kFormParticiple) == 0) return false;
  const ClauseSpan& cl = ClauseAt(m.head);
  if (lang_ == Lang::kEn) {
    for (uint32_t j = m.head; j > cl.begin && j + 4 > m.head; --j) {
      if (Cls(j - 1) == WordClass::kBeAux) return true;
      if (mention_at_[j - 1] != kNone) break;
    }
    return false;
  }
  bool agent = AgentMention(cl.begin, cl.end) != kNone;
  for (uint32_t j = cl.begin; j < cl.end; ++j) {
    WordClass c = Cls(j);
    if (c == WordClass::kPassiveAux && !HasUmlaut(j)) return true;
    if ((Norm(j) == "wird" || Norm(j) == "werden") && agent) return true;
  }
  return false;
}

void SentenceCoder::AssignRoles(const Match& m, int* source, int* target, bool* passive) const {
  const TriggerPattern& p = lex_.pattern(m.pattern);
  const ClauseSpan& cl = ClauseAt(m.head);
  *source = kNone;
  *target = m.target;
  *passive = IsPassive(m);
  if (*passive) {
    *source = AgentMention(m.head + 1 > cl.begin && lang_ == Lang::kEn ? m.head + 1 : cl.begin, cl.end);
    int subject = lang_ == Lang::kEn ? NearestBareLeft(m.phrase_begin, true)
                                     : FirstBareInRange(cl.begin, cl.end, *source);
    if (*target == kNone || *target == *source) *target = subject;
    if (p.self_target) *target = kNone;  // "die Ausgangssperre wurde aufgehoben"
    if (*source == kNone && DomesticCode(p.code) && (!p.code.starts_with("084") || CustodyContext())) {
      // "Ein US-Student ist in Nordkorea verurteilt worden": the state
      // where it happened acts on the patient.
      *source = LocativeState(m.head, kNone);
      if (!p.self_target) {
        *target = m.target != kNone && m.target != *source && !Locative(m.target) ? m.target
                                                                                    : PassivePatient(m, *source);
      }
      if (*source == kNone && !s_.place.id.empty()) *source = kPlace;
    }
    return;
  }
  if (p.noun) {
    // Possessor or modifier right before the phrase.
    uint32_t b = m.phrase_begin;
    if (mention_at_[m.head] != kNone) {
      *source = mention_at_[m.head];  // "US-Luftangriff"
    } else if (const int genitive = GenitiveAgent(m.head);
               genitive != kNone && !m.literal_tokens.empty() && p.target_after > 0 &&
               s_.mentions[static_cast<size_t>(genitive)].end_token <= m.literal_tokens.front()) {
      *source = genitive;  // "Militärmanöver der USA mit Südkorea", "the visit of X to Y"
    } else if (b > 0 && mention_at_[b - 1] != kNone) {
      *source = mention_at_[b - 1];
    } else if (b > 1 && (Norm(b - 1) == "'s" || Norm(b - 1) == "'") && mention_at_[b - 2] != kNone) {
      *source = mention_at_[b - 2];
    } else if (b > 1 && lang_ == Lang::kEn && mention_at_[b - 2] != kNone && Cls(b - 1) == WordClass::kOther &&
               !s_.tokens[b - 1].capitalized && s_.tokens[b - 1].kind == TokenKind::kWord &&
               lex_.Find(lang_, Norm(b - 1)) == nullptr && Cls(b - 2) != WordClass::kPreposition &&
               context_[static_cast<size_t>(mention_at_[b - 2])].governor == WordClass::kOther &&
               (Norm(b - 1) == "military" || Norm(b - 1) == "air" || Norm(b - 1) == "missile" ||
                Norm(b - 1) == "rocket" || Norm(b - 1) == "drone" || Norm(b - 1) == "naval")) {
      *source = mention_at_[b - 2];  // "Israeli air strikes", "Russian missile attack"
    }
    if (*source == kNone) *source = AgentMention(m.head + 1, std::min(cl.end, m.head + 10));
    // The clause's subject is the noun's agent only when the noun is the
    // object of a light verb ("held talks with", "führte ein Telefonat")
    // or sits in a circumstantial phrase ("in a call with", "bei einem
    // Gespräch mit"); "X condemned the attack on Y" says nothing of who
    // attacked.
    if (*source == kNone && lang_ == Lang::kEn && *target != kNone && p.code >= "02" && p.code < "07" &&
        p.target_after >= 0 && !p.literals.empty() && Norm(m.literal_tokens.front()) == "with") {
      // "... as a result of talks with Baker, Petricioli said", "joint
      // exercises with X ended, the ministry said": the speaker reports on
      // consultation or cooperation (roots 02-06) his side took part in. A
      // war or clashes "with" someone are as often reported by bystanders.
      const int speaker = Speaker(*target);
      if (speaker != kNone) {
        *source = speaker;
        return;
      }
    }
    const bool circumstantial = CircumstantialPhrase(m.phrase_begin, false);
    const bool on_trip = !circumstantial && p.code.starts_with("042") && CircumstantialPhrase(m.phrase_begin, true);
    if (*source == kNone && !LightVerbIn(cl, m.phrase_begin) && !circumstantial && !on_trip) return;
    if (*source == kNone) {
      int left = lang_ == Lang::kEn ? NearestBareLeft(m.phrase_begin, true)
                                    : FirstBareInRange(cl.begin, m.phrase_begin, *target);
      if (left != kNone && left != *target) *source = left;
    }
    // "said on his return from X": the traveller is the subject before the
    // phrase, never an actor after it.
    if (on_trip) return;
    if (*source == kNone) {
      uint32_t after = *target != kNone ? s_.mentions[static_cast<size_t>(*target)].end_token : m.head + 1;
      // "In a call with B, A praised ...": the subject after the phrase
      // (German: "In seinem Telefonat mit B lobte A ..."). Skip a mention
      // in apposition to the target ("with Treasury Secretary James Baker").
      while (after < n_ && mention_starting_[after] != kNone) {
        after = s_.mentions[static_cast<size_t>(mention_starting_[after])].end_token;
      }
      const bool intro_phrase = lang_ == Lang::kDe ||
                                (Cls(cl.begin) == WordClass::kPreposition && m.phrase_begin <= cl.begin + 4);
      if (intro_phrase) *source = FirstBareInRange(after, cl.end, *target);
      if (*source == kNone && lang_ == Lang::kEn && clause_of_[m.head] + 1 < clauses_.size() && cl.begin == 0) {
        const ClauseSpan& next = clauses_[clause_of_[m.head] + 1];
        *source = FirstBareInRange(next.begin, next.end, *target);
      }
    }
    return;
  }
  // Coordinated verbs share the subject: "met X and urged him".
  if (m.phrase_begin > cl.begin || lang_ == Lang::kDe) {
    int j = static_cast<int>(m.phrase_begin) - 1;
    while (j >= 0 && (Norm(static_cast<uint32_t>(j)) == "also" || Norm(static_cast<uint32_t>(j)) == "then" ||
                      Norm(static_cast<uint32_t>(j)) == "later" || Norm(static_cast<uint32_t>(j)) == "auch")) {
      --j;
    }
    if (j >= 0 && Cls(static_cast<uint32_t>(j)) == WordClass::kCoordinator && !verb_sources_.empty()) {
      *source = verb_sources_.back().second;
    }
  }
  // "-ing" participle clauses after a comma: "..., urging him to".
  if (*source == kNone && lang_ == Lang::kEn && Norm(m.head).ends_with("ing") && m.head > 0 &&
      (IsPunct(s_.tokens[m.head - 1], ",") || Cls(m.head - 1) == WordClass::kSubordinator)) {
    if (!verb_sources_.empty()) *source = verb_sources_.front().second;
  }
  if (*source != kNone) {
    if (*target == kNone && lang_ == Lang::kDe) {
      *target = FirstBareInRange(m.head + 1, cl.end, *source);
      if (*target == kNone) *target = FirstBareInRange(cl.begin, m.head, *source);
    }
    return;
  }
  if (lang_ == Lang::kEn) {
    // Inverted attribution ("..., warns WTO"): the actor after a
    // clause-initial verb is its subject, not its object.
    if (m.head == cl.begin && m.head > 0 && *target != kNone &&
        s_.mentions[static_cast<size_t>(*target)].first_token <= m.head + 3) {
      *source = kNone;
      return;
    }
    *source = NearestBareLeft(m.phrase_begin, true);
    return;
  }
  // German: verb-final clauses and participles/infinitives take the first
  // actor of the clause as subject; V2 main clauses the actor before the
  // verb, or the first one after it when something else is fronted.
  // The finite verb of a main clause: the first auxiliary or modal, else
  // the head itself (verb-second).
  uint32_t finite = m.head;
  if (!cl.subordinate) {
    for (uint32_t j = cl.begin; j < m.head; ++j) {
      WordClass c = Cls(j);
      if (mention_at_[j] == kNone && (c == WordClass::kHaveAux || c == WordClass::kFuture ||
                                      c == WordClass::kPassiveAux || c == WordClass::kHypothetical)) {
        finite = j;
        break;
      }
    }
  }
  const bool verb_final = cl.subordinate || finite != m.head;
  // An unresolved noun phrase in subject position ("Aktivisten machen ...",
  // "Die Polizei hat ...") means the subject is not a known actor.
  // "Wer ... nach Österreich reist": a generic subject.
  if (Norm(cl.begin) == "wer" || (cl.begin > 0 && Norm(cl.begin - 1) == "wer")) return;
  if (cl.relative && cl.begin >= 2 && cl.begin + 1 < n_ && mention_at_[cl.begin + 1] == kNone &&
      Cls(cl.begin + 1) != WordClass::kDeterminer && mention_at_[cl.begin - 2] == kNone) {
    // ", die über Ungarn nach Österreich reisen wollen": the relative
    // pronoun is the subject, and its antecedent is no actor.
    const Token& next = s_.tokens[cl.begin + 1];
    if (!next.capitalized || Cls(cl.begin + 1) == WordClass::kPreposition) return;
  }
  const uint32_t field_begin = cl.subordinate ? cl.begin + 1 : cl.begin;
  const uint32_t field_end = cl.subordinate ? cl.end : finite;
  if (FirstBareInRange(field_begin, field_end, *target) == kNone || cl.subordinate) {
    if (UnknownSubjectAt(field_begin, cl.subordinate ? cl.end : finite)) return;
  }
  if (verb_final) {
    *source = FirstBareInRange(cl.begin, cl.end, *target);
    if (*source == kNone && cl.relative && cl.begin >= 2 && mention_at_[cl.begin - 2] != kNone) {
      *source = mention_at_[cl.begin - 2];
    }
  } else {
    *source = FirstBareInRange(cl.begin, m.head, *target);
    if (*source == kNone) *source = FirstBareInRange(m.head + 1, cl.end, *target);
  }
  if (*target == kNone && p.target_after == 0) {
    *target = FirstBareInRange(m.head + 1, cl.end, *source, true);
    if (*target == kNone && verb_final) {
      int after_source = *source == kNone ? kNone : static_cast<int>(s_.mentions[static_cast<size_t>(*source)].end_token);
      if (after_source != kNone) *target = FirstBareInRange(static_cast<uint32_t>(after_source), m.head, *source, true);
    }
  }
}

bool SentenceCoder::ApplyModality(const Match& m, std::string* code, bool* negated, double* conf) const {
  const TriggerPattern& p = lex_.pattern(m.pattern);
  const ClauseSpan& cl = ClauseAt(m.head);
  if (question_ || cl.conditional) return false;
  bool future = false, refuse = false, threat = false, would = false;
  if (lang_ == Lang::kEn) {
    // Walk back from the head phrase over auxiliaries and adverbs.
    for (int j = static_cast<int>(m.phrase_begin) - 1, steps = 0;
         j >= static_cast<int>(cl.begin) && steps < 5; --j, ++steps) {
      const uint32_t u = static_cast<uint32_t>(j);
      if (mention_at_[u] != kNone || s_.tokens[u].kind == TokenKind::kPunct) break;
      if (InTime(u)) {
        --steps;  // "will this week visit": time expressions are transparent
        continue;
      }
      const std::string& w = Norm(u);
      WordClass c = Cls(u);
      if (c == WordClass::kNegation) {
        *negated = true;
        if (w == "won't") future = true;
        continue;
      }
      if (c == WordClass::kFuture) {
        future = true;
        break;
      }
      if (c == WordClass::kHypothetical || (c == WordClass::kConditional && w == "should")) return false;
      if (c == WordClass::kWould) {
        if (has_if_) return false;
        would = true;
        break;
      }
      if (w == "to" && !p.noun) {
        // An infinitive: only a plan, a refusal or a threat makes it an event.
        int g = j - 1;
        while (g >= static_cast<int>(cl.begin) && Cls(static_cast<uint32_t>(g)) == WordClass::kNegation) {
          *negated = true;
          --g;
        }
        if (g < 0) return false;
        const std::string& gw = Norm(static_cast<uint32_t>(g));
        if (IsFailureWord(lang_, gw)) {
          *negated = true;
        } else if (IsRefusalWord(lang_, gw)) {
          refuse = true;
        } else if (IsThreatWord(lang_, gw) && code->substr(0, 2) >= "10") {
          threat = true;
        } else if (IsIntentWord(lang_, gw) || Cls(static_cast<uint32_t>(g)) == WordClass::kBeAux ||
                   // headlinese: "Nakasone to visit Washington"
                   (s_.field == "title" && mention_at_[static_cast<size_t>(g)] != kNone)) {
          future = true;
        } else if (!p.aim) {
          // A purpose infinitive ("left for Tokyo to improve relations
          // with Japan") is an event only when it states an aim.
          return false;
        }
        break;
      }
      if (c == WordClass::kBeAux || c == WordClass::kHaveAux || w == "did" || w == "does" || w == "do" ||
          w == "also" || w == "reportedly" || w == "allegedly" || w == "then" || w == "later" ||
          w == "again" || w == "already" || w == "jointly" || w == "personally" || w == "repeatedly" ||
          w == "strongly" || w == "sharply" || w == "publicly" || w == "formally" || w == "finally" ||
          w == "recently" || w == "previously" || w == "never" || w == "soon" || w == "briefly") {
        continue;
      }
      if (p.noun && (c == WordClass::kDeterminer || c == WordClass::kPreposition)) continue;
      if ((w == "and" || w == "or") && steps == 0 && (m.flags & kFormInfinitive) && !p.noun) {
        // "scheduled to give a speech and meet with X": the bare verb shares
        // the governor of an earlier "to" in the clause.
        for (int k = j - 1; k > static_cast<int>(cl.begin); --k) {
          if (Norm(static_cast<uint32_t>(k)) != "to" || mention_at_[static_cast<size_t>(k)] != kNone) continue;
          const std::string& gw = Norm(static_cast<uint32_t>(k - 1));
          if (IsIntentWord(lang_, gw) || Cls(static_cast<uint32_t>(k - 1)) == WordClass::kBeAux) future = true;
          else if (IsRefusalWord(lang_, gw)) refuse = true;
          else if (!p.aim) return false;  // a purpose: see above
          break;
        }
        if (Cls(static_cast<uint32_t>(j)) == WordClass::kCoordinator && !future && !refuse) {
          // "will visit X and meet Y": look further back for will/would.
          for (int k = j - 1; k >= static_cast<int>(cl.begin) && k + 12 > j; --k) {
            WordClass kc = Cls(static_cast<uint32_t>(k));
            if (kc == WordClass::kFuture) { future = true; break; }
            if (kc == WordClass::kHypothetical) return false;
          }
        }
        break;
      }
      break;
    }
    if (p.noun && m.phrase_begin > 0 && Norm(m.phrase_begin - 1) == "no") *negated = true;
    if (p.noun && !future && !refuse && !would) {
      // "plan to discuss trade in talks in Washington": a noun in the
      // clause of a planned action is planned too.
      for (uint32_t j = cl.begin + 1; j < m.phrase_begin; ++j) {
        if (Norm(j) == "to" && mention_at_[j] == kNone && IsIntentWord(lang_, Norm(j - 1))) {
          future = true;
          break;
        }
      }
    }
  } else {
    bool infinitive_zu = m.phrase_begin > 0 && Norm(m.phrase_begin - 1) == "zu";
    if (!p.particle.empty() && (m.flags & kFormInfinitive) &&
        Norm(m.head).starts_with(p.particle + "zu")) {
      infinitive_zu = true;
    }
    bool perfect_after = false;
    for (uint32_t j = cl.begin; j < cl.end; ++j) {
      if (j == m.head || mention_at_[j] != kNone) continue;
      const std::string& w = Norm(j);
      WordClass c = Cls(j);
      if (c == WordClass::kNegation) {
        if (j + 1 < n_ && (Norm(j + 1) == "nur" || Norm(j + 1) == "zuletzt")) continue;
        if (p.noun && j > m.head) continue;
        *negated = true;
      } else if ((c == WordClass::kHypothetical && (HasUmlaut(j) || w == "kann" || w == "muss")) ||
                 (c == WordClass::kConditional && w != "ob") ||
                 // Konjunktiv II: "Er hätte keinen Journalisten getötet"
                 ((w == "hatte" || w == "hatten" || w == "ware" || w == "waren") && HasUmlaut(j))) {
        return false;
      } else if (c == WordClass::kFuture && !p.noun && (m.flags & kFormInfinitive)) {
        future = true;
      } else if ((w == "wurde" || w == "wurden") && HasUmlaut(j) && !p.noun) {
        // "würde ... treffen" folds to "wurde": future in reported speech.
        if (has_if_) return false;
        would = true;
      } else if ((w == "haben" || w == "habe") && j > m.head) {
        perfect_after = true;
      }
    }
    (void)perfect_after;
    if (infinitive_zu) {
      // Governed infinitive: look for the governing verb before it.
      bool governed = false;
      const uint32_t from = clause_of_[m.head] > 0 ? clauses_[clause_of_[m.head] - 1].begin : cl.begin;
      for (uint32_t j = from; j < m.phrase_begin; ++j) {
        const std::string& w = Norm(j);
        if (IsFailureWord(lang_, w)) {
          *negated = true;
          governed = true;
        } else if (IsRefusalWord(lang_, w) && w != "ab") {
          refuse = true;
          governed = true;
        } else if (w == "ab" && j + 1 < n_ && IsPunct(s_.tokens[j + 1], ",")) {
          refuse = true;  // "lehnte es ab, ... zu treffen"
          governed = true;
        } else if (IsThreatWord(lang_, w) && code->substr(0, 2) >= "10") {
          threat = true;
          governed = true;
        } else if (IsIntentWord(lang_, w)) {
          future = true;
          governed = true;
        }
      }
      if (!governed) return false;
    }
  }
  if (refuse) {
    *code = RefusalCode(*code);
    *negated = false;
    *conf -= 0.1;
  } else if (threat) {
    const std::string root = code->substr(0, 2);
    *code = root >= "15" ? "138" : "130";
    *conf -= 0.1;
  } else if (future || would) {
    *code = IntentCode(*code);
    *conf -= would ? 0.2 : 0.1;
  }
  return true;
}

std::string SentenceCoder::TriggerText(const Match& m) const {
  std::vector<uint32_t> toks = m.literal_tokens;
  for (uint32_t i = m.phrase_begin; i <= m.head; ++i) toks.push_back(i);
  std::sort(toks.begin(), toks.end());
  toks.erase(std::unique(toks.begin(), toks.end()), toks.end());
  std::string out;
  for (size_t k = 0; k < toks.size(); ++k) {
    if (k > 0) out += toks[k] == toks[k - 1] + 1 ? " " : " ... ";
    const Token& t = s_.tokens[toks[k]];
    out += s_.text.substr(t.start, t.end - t.start);
  }
  return out;
}

bool SentenceCoder::AllCapsTitle(const std::string& text) {
  size_t upper = 0;
  for (const char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  return upper >= 4;
}

bool SentenceCoder::CapsTitleTriggerOk(const Match& m) const {
  // Headlinese is subject-verb-object. A verb form that is as often a
  // noun ("SHELL", "RAIDS", "ARMS", "OFFER", "HELP", "BACK") counts only
  // right after its subject ("ISRAELI JETS RAID", "U.S. OFFERS CHINA");
  // a gerund with no literal is no headline verb ("PUSHING BACK"). The
  // homographs are the word class "headline-homograph" of the trigger files.
  const TriggerPattern& p = lex_.pattern(m.pattern);
  if (p.noun) return true;
  const std::string& w = Norm(m.head);
  if (m.literal_tokens.empty() && w.size() > 4 && w.ends_with("ing")) return false;
  if (lex_.InClass(lang_, "headline-homograph", w) && MentionEndingAt(m.head) == kNone) return false;
  return true;
}

bool SentenceCoder::MarketDemand(uint32_t i) const {
  // "Japanese demand for U.K. gilts", "strong demand from Japan", "domestic
  // demand for goods from the U.S.": demand as a market quantity, no
  // political demand. Singular "demand" after a nationality adjective is
  // an economy's demand; a market modifier before it, or a commodity or
  // financial word as what is demanded, marks the market sense too (the
  // word classes "market-modifier" and "market-goods" of the trigger files).
  if (lang_ != Lang::kEn) return false;
  const std::string& w = Norm(i);
  if (w != "demand" && w != "demands") return false;
  if (i > 0) {
    const int adj = MentionEndingAt(i);
    if (w == "demand" && adj != kNone && s_.mentions[static_cast<size_t>(adj)].via == MentionVia::kAdjective) {
      return true;
    }
    if (lex_.InClass(lang_, "market-modifier", Norm(i - 1))) return true;
  }
  if (i + 1 < n_ && Norm(i + 1) == "for") {
    for (uint32_t j = i + 2; j < n_ && j < i + 7; ++j) {
      // "demand for the opening of rice markets": the goods belong to
      // another noun.
      if (s_.tokens[j].kind == TokenKind::kPunct && mention_at_[j] == kNone) break;
      if (Norm(j) == "of" || Norm(j) == "to") break;
      if (lex_.InClass(lang_, "market-goods", Norm(j))) return true;
    }
  }
  return false;
}

int SentenceCoder::MentionEndingAt(uint32_t end) const {
  // The mention whose last token is end-1, looking through "(" alias ")":
  // "United Arab Emirates (UAE)".
  if (end == 0 || end > n_) return kNone;
  int m = mention_at_[end - 1];
  if (m != kNone) return m;
  if (Norm(end - 1) == ")" && end >= 3 && mention_at_[end - 2] != kNone && Norm(end - 3) == "(") {
    const ActorMention& alias = s_.mentions[static_cast<size_t>(mention_at_[end - 2])];
    if (alias.first_token == end - 2) return MentionEndingAt(end - 3);
  }
  return kNone;
}

int SentenceCoder::Speaker(int skip) const {
  for (uint32_t k = 1; k < n_; ++k) {
    const std::string& w = Norm(k);
    if (w != "said" && w != "says" && w != "told") continue;
    // "X said", "X, the minister, said" (the mention right before), or the
    // inverted ", said X".
    int m = mention_at_[k - 1];
    if (m == kNone && k + 1 < n_ && IsPunct(s_.tokens[k - 1], ",")) m = mention_starting_[k + 1];
    if (m == kNone || m == skip || !IsBare(m, false)) continue;
    if (s_.mentions[static_cast<size_t>(m)].actor.Key() == s_.mentions[static_cast<size_t>(skip)].actor.Key()) continue;
    return m;
  }
  return kNone;
}

bool SentenceCoder::NaturalDisaster(uint32_t head) const {
  static const std::set<std::string_view> kDisasters = {
      "earthquake", "quake", "tremor", "storm", "hurricane", "typhoon", "cyclone", "flood", "floods",
      "flooding", "avalanche", "landslide", "landslides", "tsunami", "eruption", "wildfire", "drought",
      "blizzard", "tornado", "erdbeben", "beben", "sturm", "wirbelsturm", "hurrikan", "taifun", "zyklon",
      "uberschwemmung", "uberschwemmungen", "hochwasser", "lawine", "erdrutsch", "tsunami", "unwetter",
      "waldbrand", "ausbruch"};
  const ClauseSpan& cl = ClauseAt(head);
  const uint32_t from = cl.begin > 0 && clause_of_[head] > 0 ? clauses_[clause_of_[head] - 1].begin : cl.begin;
  for (uint32_t j = from; j < head; ++j) {
    if (kDisasters.count(Norm(j)) > 0) return true;
  }
  return false;
}

bool SentenceCoder::Apposition(const ActorMention& a, const ActorMention& b) const {
  if (a.end_token >= b.first_token || b.first_token > n_) return false;
  const uint32_t gap = b.first_token - a.end_token;
  if (gap == 1 && Norm(a.end_token) == "(") return true;
  if (a.actor.Key() != b.actor.Key() || gap > 3 || b.actor.kind == graph::ActorKind::kState) return false;
  // "des japanischen Autoherstellers Nissan": an adjective and a title.
  if (!s_.tokens[a.end_token - 1].hyphenated && a.via != MentionVia::kAgent && a.via != MentionVia::kAdjective) {
    return false;
  }
  for (uint32_t j = a.end_token; j < b.first_token; ++j) {
    const Token& t = s_.tokens[j];
    if (t.kind != TokenKind::kWord || !t.capitalized || mention_at_[j] != kNone) return false;
  }
  return true;
}

std::vector<int> SentenceCoder::Coordinated(int mention) const {
  // Mentions joined by "and", "und" or "sowie" (not by commas, which also
  // separate appositions and intro phrases), with an
  // optional determiner: "Yugoslavia and the United Arab Emirates".
  {
    // An alias in brackets stands for the name before it: "Yugoslavia and
    // the United Arab Emirates (UAE) have agreed".
    const ActorMention& am = s_.mentions[static_cast<size_t>(mention)];
    const uint32_t f = am.first_token;
    if (f >= 2 && Norm(f - 1) == "(" && mention_at_[f - 2] != kNone && am.end_token < n_ &&
        Norm(am.end_token) == ")") {
      mention = mention_at_[f - 2];
    }
  }
  std::vector<int> out = {mention};
  auto is_conj = [&](uint32_t j) {
    const std::string& w = Norm(j);
    return w == "and" || w == "und" || w == "sowie";
  };
  // Leftwards.
  uint32_t b = s_.mentions[static_cast<size_t>(mention)].first_token;
  // A compound modifier ("Soviet-led Comecon", "US-backed forces") is part
  // of the member's phrase.
  auto modifier = [&](uint32_t j) {
    return j < n_ && s_.tokens[j].hyphenated && mention_at_[j] != kNone &&
           s_.mentions[static_cast<size_t>(mention_at_[j])].via == MentionVia::kAdjective &&
           s_.mentions[static_cast<size_t>(mention_at_[j])].end_token == j + 1;
  };
  for (int guard = 0; guard < 6; ++guard) {
    uint32_t j = b;
    if (j > 0 && modifier(j - 1)) --j;
    if (j > 0 && Cls(j - 1) == WordClass::kDeterminer) --j;
    if (j == 0 || !is_conj(j - 1)) break;
    int prev = MentionEndingAt(j - 1);
    if (prev == kNone) break;
    out.insert(out.begin(), prev);
    b = s_.mentions[static_cast<size_t>(prev)].first_token;
  }
  // Rightwards.
  uint32_t e = s_.mentions[static_cast<size_t>(mention)].end_token;
  if (e + 2 < n_ && Norm(e) == "(" && mention_at_[e + 1] != kNone && Norm(e + 2) == ")") e += 3;
  for (int guard = 0; guard < 6; ++guard) {
    if (e >= n_ || !is_conj(e)) break;
    uint32_t j = e + 1;
    if (j < n_ && Cls(j) == WordClass::kDeterminer) ++j;
    if (modifier(j) && j + 1 < n_ && mention_starting_[j + 1] != kNone) ++j;
    if (j >= n_ || mention_starting_[j] == kNone) break;
    int next = mention_starting_[j];
    out.push_back(next);
    e = s_.mentions[static_cast<size_t>(next)].end_token;
  }
  // Drop repeated actors (an alias in brackets).
  std::vector<int> uniq;
  for (int m : out) {
    bool dup = false;
    for (int u : uniq) dup = dup || s_.mentions[static_cast<size_t>(u)].actor.id == s_.mentions[static_cast<size_t>(m)].actor.id;
    if (!dup) uniq.push_back(m);
  }
  return uniq;
}

int SentenceCoder::ImplicitPeople(const Match& m, bool passive) const {
  const TriggerPattern& p = lex_.pattern(m.pattern);
  const std::string root = p.code.substr(0, 2);
  if (p.noun || !(root == "17" || root == "18" || root == "20" || p.code == "084")) return kNone;
  static const std::set<std::string_view> kPeople = {
      "journalists", "journalist", "reporters", "reporter", "activists", "activist", "protesters",
      "protestors", "demonstrators", "dissidents", "opponents", "critics", "bloggers", "blogger",
      "students", "civilians", "lawyers", "opposition", "journalisten", "aktivisten", "aktivistinnen",
      "demonstranten", "oppositionelle", "oppositionellen", "oppositionspolitiker", "regierungskritiker",
      "kritiker", "studenten", "zivilisten", "anwalte", "menschenrechtler", "menschenrechtsaktivisten",
      "journalistinnen", "reporterinnen", "dissidenten", "blogger", "person", "personen", "suspect",
      "suspects", "verdachtige", "verdachtigen", "man", "woman", "men", "women", "people", "mann",
      "frau", "manner", "frauen", "menschen", "teenager", "jugendliche", "jugendlichen", "demonstrant",
      "islamist", "islamisten", "extremist", "extremisten", "extremists", "militants", "rebels", "attentater",
      "prisoners", "detainees", "hostages", "defendant", "defendants", "angeklagte", "angeklagten",
      "angeklagter", "beschuldigte", "beschuldigten", "tater", "taterin", "gefangene", "gefangenen", "haftlinge", "haftlingen", "geiseln"};
  const ClauseSpan& cl = ClauseAt(m.head);
  const bool en_object = lang_ == Lang::kEn && !passive;
  const uint32_t from = en_object ? m.head + 1 : cl.begin;
  const uint32_t to = en_object ? std::min(cl.end, m.head + 6) : lang_ == Lang::kEn ? m.head : cl.end;
  for (uint32_t j = from; j < to; ++j) {
    if (mention_at_[j] != kNone || j == m.head) continue;
    if (kPeople.count(Norm(j)) > 0) return static_cast<int>(j);
    // "ein 30-Jähriger", "a 41-year-old": a person by age.
    const std::string& w = Norm(j);
    if (w.ends_with("-jahriger") || w.ends_with("-jahrige") || w.ends_with("-year-old")) return static_cast<int>(j);
  }
  return kNone;
}

std::vector<int> SentenceCoder::Expand(int mention) const {
  std::vector<int> out;
  const uint32_t g = s_.mentions[static_cast<size_t>(mention)].group;
  if (g == 0) return Coordinated(mention);
  for (uint32_t k = 0; k < s_.mentions.size(); ++k) {
    if (s_.mentions[k].group == g) out.push_back(static_cast<int>(k));
  }
  return out;
}

bool SentenceCoder::UnnamedSideBefore(uint32_t between, int target) const {
  uint32_t first = s_.mentions[static_cast<size_t>(target)].first_token;
  for (int m : Expand(target)) first = std::min(first, s_.mentions[static_cast<size_t>(m)].first_token);
  for (uint32_t j = between + 1; j < first; ++j) {
    if (Cls(j) == WordClass::kCoordinator) return true;
  }
  return false;
}

std::vector<int> SentenceCoder::CompoundModifier(int mention, uint32_t phrase_begin) const {
  const ActorMention& m = s_.mentions[static_cast<size_t>(mention)];
  std::vector<int> out = {mention};
  if (m.end_token != phrase_begin) return out;
  // "U.S.-Japan talks": the abbreviation's dot ends a token of its own.
  if (m.first_token >= 2 && s_.tokens[m.first_token - 1].start == s_.tokens[m.first_token - 2].end &&
      s_.tokens[m.first_token].start == s_.tokens[m.first_token - 1].end && IsPunct(s_.tokens[m.first_token - 1], "-")) {
    const int before = MentionEndingAt(m.first_token - 1);
    if (before != kNone) return {before, mention};
  }
  if (m.first_token + 1 != m.end_token || !s_.tokens[m.first_token].hyphenated) return out;
  out.clear();
  for (uint32_t k = 0; k < s_.mentions.size(); ++k) {
    const ActorMention& o = s_.mentions[k];
    if (o.first_token == m.first_token && o.end_token == m.end_token) out.push_back(static_cast<int>(k));
  }
  return out;
}

std::vector<CodedEvent> SentenceCoder::Run() {
  std::vector<CodedEvent> out;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  // Pass 1: the best pattern at every token.
  std::vector<Match> matches;
  // The match whose literal a token is ("talks" in "held talks"), or -1.
  std::vector<int> consumed(n_, -1);
  // An all-caps headline ("SHELL U.S. EARNINGS", "IRAQ REPORTS RAIDS")
  // hides nouns and names among verbs: its triggers are weak evidence.
  const bool caps_title = lang_ == Lang::kEn && s_.field == "title" && AllCapsTitle(s_.text);
  for (uint32_t i = 0; i < n_; ++i) {
    const Token& t = s_.tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    std::string compound_tail;
    if (mention_at_[i] != kNone) {
      // "US-Luftangriff": a compound whose first part names the actor.
      const ActorMention& am = s_.mentions[static_cast<size_t>(mention_at_[i])];
      const size_t dash = t.norm.rfind('-');
      if (!t.hyphenated || am.first_token != i || am.end_token != i + 1 || dash == std::string::npos) continue;
      compound_tail = t.norm.substr(dash + 1);
    }
    const std::string& form = compound_tail.empty() ? t.norm : compound_tail;
    const std::vector<FormEntry>* entries = lex_.Find(lang_, form);
    if (entries == nullptr && lang_ == Lang::kDe && t.capitalized) {
      entries = lex_.FindCompoundSuffix(lang_, form);
    }
    if (entries == nullptr) continue;
    std::optional<Match> best;
    for (const FormEntry& e : *entries) {
      std::optional<Match> m = MatchAt(i, e);
      if (!m) continue;
      if (caps_title && !CapsTitleTriggerOk(*m)) continue;
      if (!best || m->score > best->score) best = std::move(m);
    }
    if (!best) continue;
    for (uint32_t lt : best->literal_tokens) consumed[lt] = static_cast<int>(matches.size());
    matches.push_back(std::move(*best));
  }
  // Pass 2: roles and modality; a noun that is a literal of another
  // pattern ("ein Treffen abhalten", "held talks with") is not coded twice.
  for (Match& match : matches) {
    const uint32_t i = match.head;
    const Token& t = s_.tokens[i];
    if (consumed[i] >= 0) {
      // "held talks on rice with the United States": the verb's pattern
      // has no partner, the noun's has; the noun speaks.
      const Match& by = matches[static_cast<size_t>(consumed[i])];
      if (by.target != kNone || match.target == kNone || lex_.pattern(by.pattern).target_after >= 0) continue;
    }
    const Match* best = &match;
    const TriggerPattern& p = lex_.pattern(best->pattern);
    if (p.code.empty()) continue;  // a blocking pattern won
    if (MarketDemand(i)) continue;
    if (p.noun && PurposePhrase(best->phrase_begin)) continue;
    int source = kNone, target = kNone;
    bool passive = false;
    AssignRoles(*best, &source, &target, &passive);
    if (p.reverse && p.target_after < 0 && target == kNone && source >= 0) {
      // "Eriwan erlitt eine Niederlage, als die Truppen von Baku ...": the
      // actor of the following als/when clause inflicted it.
      target = WhenClauseSubject(i);
    }
    if (p.reverse) std::swap(source, target);
    if (p.reverse && p.code.starts_with("19") && source >= 0) {
      // A defeat is military only when armed forces or a state inflicted
      // it; parties and candidates are defeated in elections.
      const graph::Actor& winner = s_.mentions[static_cast<size_t>(source)].actor;
      if (winner.kind != graph::ActorKind::kState && winner.sector != "MIL" && winner.sector != "REB") continue;
    }
    if (debug_) {
      std::fprintf(stderr, "coder: %s %s src=%d tgt=%d passive=%d\n", t.norm.c_str(), p.origin.c_str(), source,
                   target, passive ? 1 : 0);
    }
    if (!p.noun && source >= 0) verb_sources_.push_back({i, source});
    std::string code = p.code;
    if ((code == "173" || code == "112") && Norm(i).starts_with("charg")) {
      // Charging is legal action (173) when the judiciary or the police
      // charge; anyone else charging someone "with" something accuses
      // (112); a bare "charge" of theirs is a price ("the price they
      // charge Japanese steelmakers") or an unclear claim.
      const bool judicial = source >= 0 && (s_.mentions[static_cast<size_t>(source)].actor.sector == "JUD" ||
                                            s_.mentions[static_cast<size_t>(source)].actor.sector == "POL");
      if (judicial) {
        code = "173";
      } else if (code == "173") {
        continue;
      }
    }
    bool negated = false;
    double conf = 0.75 + (best->literal_tokens.empty() ? 0.0 : 0.1) - (p.noun ? 0.05 : 0.0) -
                  (passive ? 0.05 : 0.0);
    const bool placed_protest = p.code.starts_with("14") && source == kNone && target >= 0 && Locative(target) &&
                                s_.mentions[static_cast<size_t>(target)].actor.kind == graph::ActorKind::kState;
    if ((p.self_target && p.code.starts_with("14")) || placed_protest) {
      // "Thousands protested in Japan", "protested against the verdict in
      // Turkey": protests with no actor named are the people of the place
      // against their state; a named actor protesting without an
      // addressee is no event.
      if (!placed_protest && (source != kNone || target != kNone)) continue;
      const int loc = placed_protest ? target : LocativeState(i, kNone);
      if (loc != kNone) CodePlaceOrSelf(*best, loc, kNone, code, negated, conf, &seen, &out, /*force_self=*/true);
      continue;
    }
    if (source == kPlace || (p.self_target && source >= 0 && target == kNone)) {
      CodePlaceOrSelf(*best, source, target, code, negated, conf, &seen, &out);
      continue;
    }
    const bool between = !best->literal_tokens.empty() &&
                         (Norm(best->literal_tokens.back()) == "between" ||
                          Norm(best->literal_tokens.back()) == "zwischen");
    if (source == kNone && !(between && p.symmetric)) continue;
    if (between && target != kNone && UnnamedSideBefore(best->literal_tokens.back(), target)) continue;
    if (!ApplyModality(*best, &code, &negated, &conf)) continue;
    if ((code.starts_with("18") || code.starts_with("19") || code.starts_with("20")) && NaturalDisaster(i)) {
      continue;  // "an earthquake that struck Japan killed two people"
    }
    // Pairs: coordinated groups expand; a symmetric action without a
    // separate target pairs the members of the source's group.
    std::vector<std::pair<int, int>> pairs;
    bool symmetric = p.symmetric;
    const bool same_group = target != kNone && source != kNone &&
                            s_.mentions[static_cast<size_t>(target)].group != 0 &&
                            s_.mentions[static_cast<size_t>(target)].group ==
                                s_.mentions[static_cast<size_t>(source)].group;
    if (same_group) target = p.symmetric ? kNone : target;
    if (!p.symmetric && target != kNone && source != kNone && !best->attributed) {
      // Members of one coordination ("von Apple, Google und Microsoft
      // unterstützt", "in Ungarn, Österreich oder Deutschland") act
      // together; one does not act on another unless the action is joint.
      const std::vector<int> members = Expand(source);
      if (std::find(members.begin(), members.end(), target) != members.end()) continue;
    }
    if (target == kNone && !p.symmetric && source != kNone && p.target_after >= 0) {
      // "Azerbaijan detained reporters": a class of people without a
      // country, acted on by a state actor, belongs to that state.
      int people = ImplicitPeople(*best);
      if (people != kNone) {
        const ActorMention& sm = s_.mentions[static_cast<size_t>(source)];
        if (!sm.actor.country.empty()) {
          CodedEvent ev;
          ev.source = static_cast<uint32_t>(source);
          ev.target = static_cast<uint32_t>(source);
          ev.implicit_target_token = people;
          ev.code = code;
          ev.trigger = TriggerText(*best);
          ev.trigger_token = i;
          ev.trigger_start = t.start;
          ev.trigger_end = t.end;
          ev.negated = negated;
          ev.confidence = std::clamp(conf - 0.15, 0.05, 0.95);
          auto key = std::make_tuple(sm.actor.id, std::string("people:") + Norm(static_cast<uint32_t>(people)),
                                     code.substr(0, 2));
          if (seen.insert(key).second) out.push_back(std::move(ev));
        }
      }
      continue;
    }
    if (target == kNone || (between && p.symmetric)) {
      if (!p.symmetric) continue;
      std::vector<int> group = Expand(target == kNone ? source : target);
      if (group.size() == 1 && p.noun && target == kNone) group = CompoundModifier(source, best->phrase_begin);
      for (size_t a = 0; a < group.size(); ++a) {
        for (size_t b = a + 1; b < group.size(); ++b) pairs.push_back({group[a], group[b]});
      }
    } else {
      for (int s : Expand(source)) {
        for (int g : Expand(target)) pairs.push_back({s, g});
      }
    }
    if (best->attributed && code.substr(0, 2) == "19") code = "111";  // "attacked proposals made by X"
    if ((code.substr(0, 2) == "19" || code.substr(0, 2) == "18") && !p.noun && target != kNone) {
      // "attacked Japan's fiscal policy": a policy is attacked with words.
      const uint32_t after = s_.mentions[static_cast<size_t>(target)].end_token;
      if (after < n_ && (Norm(after) == "'s" || Norm(after) == "'")) code = "111";
    }
    if ((code == "040" || code == "041" || code == "046") && lang_ == Lang::kEn && !p.noun && target != kNone &&
        p.literals.empty()) {
      // "what he called Japan's failure", "met Japan's demands": the object
      // is a thing the target owns, not the target.
      const uint32_t after = s_.mentions[static_cast<size_t>(target)].end_token;
      if (after < n_ && (Norm(after) == "'s" || Norm(after) == "'")) continue;
    }
    if (code.substr(0, 2) == "19" && !pairs.empty()) {
      // Violence by or against individuals and civilians, not between
      // armed forces, is assault (18), as CAMEO codes it.
      const graph::Actor& a = s_.mentions[static_cast<size_t>(pairs.front().first)].actor;
      const graph::Actor& b = s_.mentions[static_cast<size_t>(pairs.front().second)].actor;
      // A head of state or government who bombs a state wages war ("Putin
      // bombardiert Syrien").
      const bool a_civil = a.kind == graph::ActorKind::kPeople ||
                           (a.kind == graph::ActorKind::kPerson && a.sector != "MIL" &&
                            !(a.sector == "GOV" && b.kind == graph::ActorKind::kState));
      const bool b_civil = b.kind == graph::ActorKind::kPeople || (b.kind == graph::ActorKind::kPerson && b.sector != "MIL");
      if (a_civil || (b_civil && a.sector != "MIL" && a.kind != graph::ActorKind::kState)) code = "182";
    }
    for (const auto& [src, tgt] : pairs) {
      if (src == tgt) continue;
      const ActorMention& sm = s_.mentions[static_cast<size_t>(src)];
      const ActorMention& tm = s_.mentions[static_cast<size_t>(tgt)];
      if (sm.actor.id == tm.actor.id) continue;
      // Adjacent mentions are one noun phrase ("U.S. Treasury Secretary
      // James Baker"), not two parties.
      if ((sm.end_token == tm.first_token || tm.end_token == sm.first_token) && sm.actor.Key() == tm.actor.Key()) {
        continue;
      }
      // So are a title compound and its name ("FPÖ-Chef Heinz Christian
      // Strache") and a name with its party or alias in brackets ("Alois
      // Stöger (SPÖ)").
      if (Apposition(sm, tm) || Apposition(tm, sm)) continue;
      // Praising or defending one's own state ("Gros defended Brazil's
      // record") is no act between two parties.
      if (code.starts_with("05") && tm.actor.kind == graph::ActorKind::kState && !tm.actor.country.empty() &&
          sm.actor.kind != graph::ActorKind::kState && sm.actor.country == tm.actor.country) {
        continue;
      }
      // Travelling to one's own country ("has returned to Argentina") is no visit.
      if (code.starts_with("042") && tm.actor.kind == graph::ActorKind::kState && !tm.actor.country.empty() &&
          sm.actor.country == tm.actor.country) {
        continue;
      }
      // Talking to a news outlet is an interview ("im Gespräch mit der
      // APA", "told Reuters"), not a consultation between parties.
      if (code.starts_with("04") && (sm.actor.sector == "MED" || tm.actor.sector == "MED")) continue;
      auto key = std::make_tuple(sm.actor.id, tm.actor.id, code.substr(0, 2));
      if (!seen.insert(key).second) continue;
      if (symmetric && seen.count(std::make_tuple(tm.actor.id, sm.actor.id, code.substr(0, 2))) > 0) continue;
      CodedEvent ev;
      ev.source = static_cast<uint32_t>(src);
      ev.target = static_cast<uint32_t>(tgt);
      ev.code = code;
      ev.trigger = TriggerText(*best);
      ev.trigger_token = i;
      ev.trigger_start = t.start;
      ev.trigger_end = t.end;
      ev.negated = negated;
      ev.symmetric = symmetric;
      double c = conf;
      if (sm.via == MentionVia::kPronoun || tm.via == MentionVia::kPronoun) c -= 0.1;
      if (sm.via == MentionVia::kAdjective || tm.via == MentionVia::kAdjective) c -= 0.05;
      ev.confidence = std::clamp(c, 0.05, 0.95);
      out.push_back(std::move(ev));
    }
  }
  return out;
}

}  // namespace coder_internal

using coder_internal::SentenceCoder;

std::string IntentCode(const std::string& code) {
  const std::string root = code.substr(0, 2);
  if (root == "02" || root == "03" || root == "10" || root == "11" || root == "12" || root == "13" ||
      root == "14") {
    return code;
  }
  if (root == "04") return code == "045" ? "039" : "036";
  if (root == "05") return "030";
  if (root == "06") {
    if (code == "061") return "0311";
    if (code == "062") return "0312";
    if (code == "063") return "0313";
    if (code == "064") return "0314";
    return "031";
  }
  if (root == "07") return "033";
  if (root == "08") return "035";
  if (root == "09") return "030";
  if (root == "15" || root == "19" || root == "20" || root == "18") return "138";
  return "130";
}

std::string RefusalCode(const std::string& code) {
  const std::string root = code.substr(0, 2);
  if (root == "04" || root == "03") return "125";
  if (root == "06" || root == "07") return "121";
  if (root == "08") return "124";
  return "120";
}

std::vector<CodedEvent> EventCoder::CodeSentence(const Sentence& sentence, Lang lang) const {
  if (sentence.tokens.empty() || (sentence.mentions.empty() && sentence.place.id.empty())) return {};
  SentenceCoder coder(lexicon_, sentence, lang);
  return coder.Run();
}

}  // namespace dipgraph::extract
