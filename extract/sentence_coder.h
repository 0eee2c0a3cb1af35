// The sentence-level state of the EventCoder (extract/event_coder.h),
// shared by the files that implement it: event_coder.cc (patterns, roles,
// modality, pairs) and domestic_roles.cc (places as actors: agentless
// domestic coercion, `self` patterns, protests; defeats; attributed
// objects). Internal to the
// extract library; nothing outside extract/ includes it.
//
// Thread-safety: a SentenceCoder lives for one CodeSentence() call.

#ifndef DIPGRAPH_EXTRACT_SENTENCE_CODER_H_
#define DIPGRAPH_EXTRACT_SENTENCE_CODER_H_

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "extract/clause.h"
#include "extract/event_coder.h"
#include "extract/sentence.h"
#include "extract/trigger_lexicon.h"

namespace dipgraph::extract::coder_internal {


constexpr int kNone = -1;
// A role filled by the sentence's place (Sentence::place), not a mention.
constexpr int kPlace = -2;

// Codes of domestic coercion and release that a state performs even when
// the text names no agent: arrests, sentences, detentions (17), release
// of persons (084) and easing of curfews or emergency rule (0813, 0814).
inline bool DomesticCode(const std::string& code) {
  return code.starts_with("17") || code.starts_with("084") || code == "0813" || code == "0814";
}

// What stands right before a mention: nothing special (a bare noun phrase:
// subject or object), a preposition, a genitive marker or a passive agent.
struct MentionContext {
  WordClass governor = WordClass::kOther;
  std::string_view word;  // the governing word's norm
  int at = -1;            // the governing word's token, -1 if none
};

// A pattern matched at a head token, before roles are assigned.
struct Match {
  uint32_t pattern = 0;
  uint8_t flags = 0;
  uint32_t head = 0;
  uint32_t phrase_begin = 0;  // first token of the head phrase (pre-head words)
  std::vector<uint32_t> literal_tokens;
  int target = kNone;  // mention index
  int score = 0;
  // The target owns the object rather than being it ("condemned
  // allegations by Rwanda", "welcomed the decision of Japan").
  bool attributed = false;
};

inline bool IsPunct(const Token& t, std::string_view chars) {
  return t.kind == TokenKind::kPunct && chars.find(t.norm) != std::string_view::npos;
}

// Sentence-level state shared by the steps below.
class SentenceCoder {
 public:
  SentenceCoder(const TriggerLexicon& lex, const Sentence& s, Lang lang)
      : lex_(lex), s_(s), lang_(lang), n_(static_cast<uint32_t>(s.tokens.size())) {
    clauses_ = SplitClauses(s, lang);
    clause_of_.assign(n_, 0);
    for (uint32_t c = 0; c < clauses_.size(); ++c) {
      for (uint32_t i = clauses_[c].begin; i < clauses_[c].end && i < n_; ++i) clause_of_[i] = c;
    }
    mention_at_.assign(n_, kNone);
    mention_starting_.assign(n_, kNone);
    for (uint32_t m = 0; m < s.mentions.size(); ++m) {
      const ActorMention& am = s.mentions[m];
      if (am.first_token >= n_) continue;
      if (mention_starting_[am.first_token] == kNone) mention_starting_[am.first_token] = static_cast<int>(m);
      for (uint32_t i = am.first_token; i < am.end_token && i < n_; ++i) mention_at_[i] = static_cast<int>(m);
    }
    for (uint32_t m = 0; m < s.mentions.size(); ++m) context_.push_back(ContextOf(m));
    question_ = n_ > 0 && IsPunct(s.tokens[n_ - 1], "?");
    for (const Token& t : s.tokens) {
      if (ClassOf(lang_, t.norm) == WordClass::kConditional && t.norm != "ob") has_if_ = true;
    }
  }

  std::vector<CodedEvent> Run();

 private:
  WordClass Cls(uint32_t i) const { return ClassOf(lang_, s_.tokens[i].norm); }
  const std::string& Norm(uint32_t i) const { return s_.tokens[i].norm; }
  const ClauseSpan& ClauseAt(uint32_t i) const { return clauses_[clause_of_[i]]; }
  // True if token i is written with an umlaut: "würde" and "wurde" fold
  // alike, but only the first is a conditional/future-in-the-past.
  bool HasUmlaut(uint32_t i) const {
    const Token& t = s_.tokens[i];
    std::string_view w(s_.text.data() + t.start, t.end - t.start);
    return w.find("\xc3\xbc") != std::string_view::npos || w.find("\xc3\xb6") != std::string_view::npos ||
           w.find("\xc3\xa4") != std::string_view::npos;
  }

  MentionContext ContextOf(uint32_t m) const;
  bool IsBare(int m, bool passive) const;
  // German: true if mention m is a genitive attribute of a noun inside a
  // prepositional phrase ("nach dem Verzicht der Regierung").
  bool GenitiveInPhrase(int m) const;
  std::optional<Match> MatchAt(uint32_t i, const FormEntry& e) const;
  bool NounContextOk(uint32_t phrase_begin) const;
  bool VerbContextOk(uint32_t i) const;
  bool ParticleClosesClause(uint32_t i) const;
  int MentionAfter(uint32_t from, uint32_t limit, bool bare_only, bool passive) const;
  int NearestBareLeft(uint32_t i, bool cross_commas) const;
  // `skip_places`: ignore mentions in a locative phrase (objects only).
  int FirstBareInRange(uint32_t b, uint32_t e, int skip, bool skip_places = false) const;
  int AgentMention(uint32_t from, uint32_t to) const;
  // The mention in a genitive right after noun `head` ("visit of X",
  // "Manöver der USA"), or kNone.
  int GenitiveAgent(uint32_t head) const;
  // German: true if the clause field starting at `from` opens with a noun
  // phrase that is no actor mention (before any mention up to `to`).
  bool UnknownSubjectAt(uint32_t from, uint32_t to) const;
  bool PurposePhrase(uint32_t phrase_begin) const;
  // True if token i lies inside one of the sentence's time expressions.
  bool InTime(uint32_t i) const;
  bool LightVerbIn(const ClauseSpan& cl, uint32_t phrase_begin) const;
  // True if the noun phrase at `phrase_begin` stands in a circumstantial
  // phrase ("in talks with", "bei einem Treffen mit"); for a `travel` noun
  // "on"/"upon" count too ("on a visit to", "on his return from").
  bool CircumstantialPhrase(uint32_t phrase_begin, bool travel) const;
  bool IsPassive(const Match& m) const;
  // True if the sentence speaks of prison or custody ("aus der Haft
  // entlassen", "released from jail"): a release without an agent is then
  // the state's, not a kidnapper's.
  bool CustodyContext() const;
  // True if mention m names a place: it ends a locative phrase ("in
  // Nordkorea", "auf dem Flughafen der libanesischen Hauptstadt Beirut",
  // "in the capital of Montenegro").
  bool Locative(int m) const;
  // The state named in a locative phrase of the sentence nearest to token
  // `near` (not `skip`); kNone if there is none.
  int LocativeState(uint32_t near, int skip) const;
  // The patient of an agentless passive: the first bare mention of the
  // clause (English: before the head) that is no place and not `skip`.
  int PassivePatient(const Match& m, int skip) const;
  void AssignRoles(const Match& m, int* source, int* target, bool* passive) const;
  // Returns false when the modality removes the event.
  bool ApplyModality(const Match& m, std::string* code, bool* negated, double* conf) const;
  std::string TriggerText(const Match& m) const;
  // "talks between banks and Mexico, Chile and Venezuela": true if a
  // coordinator stands between the "between" literal at token `between`
  // and the first member of `target`'s group, so that an unnamed party is
  // one side and the named ones are not each other's partners.
  bool UnnamedSideBefore(uint32_t between, int target) const;
  // The states of a hyphen compound right before a joint noun, as one
  // group ("U.S.-Japan talks", "deutsch-französische Gespräche"): the
  // mentions inside the one token of `mention`, if it ends at
  // `phrase_begin`; else just `mention`.
  std::vector<int> CompoundModifier(int mention, uint32_t phrase_begin) const;
  std::vector<int> Expand(int mention) const;
  // A people noun ("reporters", "Journalisten") in the object position of
  // `m` that is no actor mention; its token index, or kNone.
  // `passive`: the noun is the subject ("two activists were arrested").
  int ImplicitPeople(const Match& m, bool passive = false) const;
  // Mentions coordinated with `mention` in the text when the actor tagger
  // gave no group; always contains `mention`.
  std::vector<int> Coordinated(int mention) const;
  int MentionEndingAt(uint32_t end) const;
  // True when `text` has letters and none of them lower case.
  static bool AllCapsTitle(const std::string& text);
  // Whether a trigger in an all-caps headline is unambiguous enough.
  bool CapsTitleTriggerOk(const Match& m) const;
  // "Japanese demand for gilts": demand (noun) at token i in the market
  // sense, no political demand.
  bool MarketDemand(uint32_t i) const;
  // True if mention `b` only stands in apposition to `a` right before it:
  // a name after a title compound ("FPÖ-Chef Heinz Christian Strache") or
  // an alias or party in brackets ("Alois Stöger (SPÖ)").
  bool Apposition(const ActorMention& a, const ActorMention& b) const;
  // English: the actor who says the sentence ("X said", ", said X", "X
  // told"), not `skip` nor of its key; kNone if there is none.
  int Speaker(int skip) const;
  // True if a natural disaster ("earthquake", "Lawine") is named before the
  // head in its clause or the clause before: the killing is nobody's act.
  bool NaturalDisaster(uint32_t head) const;
  // English reactions to a thing an actor did or said: the actor after
  // "by"/"of"/"from" or before "'s" within the object phrase after `head`;
  // kNone if there is none. With `attack_verb` ("attacked") the object
  // must be something said or decided ("proposals", "policy").
  int AttributedObject(uint32_t head, bool attack_verb) const;
  // The first bare mention of the clause right after the head's clause when
  // that clause opens with "als", "when" or "as"; kNone otherwise.
  int WhenClauseSubject(uint32_t head) const;
  // Emits the events of a match whose source is the sentence's place
  // (kPlace) or whose target is the source's own state (a `self` pattern).
  void CodePlaceOrSelf(const Match& m, int source, int target, std::string code, bool negated, double conf,
                       std::set<std::tuple<std::string, std::string, std::string>>* seen,
                       std::vector<CodedEvent>* out, bool force_self = false) const;

  const TriggerLexicon& lex_;
  const Sentence& s_;
  Lang lang_;
  uint32_t n_;
  std::vector<ClauseSpan> clauses_;
  std::vector<uint32_t> clause_of_;
  std::vector<int> mention_at_;
  std::vector<int> mention_starting_;
  std::vector<MentionContext> context_;
  bool question_ = false;
  // DIPGRAPH_DEBUG_CODER set: trace matches on stderr (development aid).
  bool debug_ = std::getenv("DIPGRAPH_DEBUG_CODER") != nullptr;
  bool has_if_ = false;
  // Sources of verb triggers already coded, by head token (for coordination).
  std::vector<std::pair<uint32_t, int>> verb_sources_;
};

}  // namespace dipgraph::extract::coder_internal

#endif  // DIPGRAPH_EXTRACT_SENTENCE_CODER_H_
