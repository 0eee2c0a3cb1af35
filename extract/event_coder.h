// EventCoder reads the events of one Sentence: it finds trigger words with
// the TriggerLexicon, assigns the source and target roles among the
// sentence's ActorMentions by shallow parsing (extract/clause.h), and
// applies negation and modality. It is the heart of `dipgraph extract`.
//
// Roles (TABARI-style sparse parsing, no full parser):
//  - active verbs: the source is the subject (English: the nearest actor to
//    the left in the clause; German: the actor before the finite verb, or
//    after it when something else is fronted, or the first actor of a
//    verb-final clause); the target is the object or the actor after the
//    pattern's preposition ("spoke with T", "sprach ... mit T");
//  - passive ("was urged by X", "wurde von X empfangen"): the agent is the
//    source, the subject the target; without an agent there is no event,
//    except for domestic coercion and release (arrest, sentence, release
//    from prison, curfews): the state where it happened acts, i.e. a state
//    named in a locative phrase ("in Nordkorea", "at Beirut airport"), else
//    the article's dateline state (Sentence::place);
//  - nominal triggers ("talks with", "Telefonat mit", "attack on"): the
//    source is the possessor or modifier ("Blinken's call", "Iran attack"),
//    else the subject of the clause ("In a call with B, A ...");
//  - coordinated verbs ("met X and urged him") share their subject; relative
//    clauses take the antecedent; "between A and B" and "A and B met" give
//    symmetric pairs; coordinated mention groups expand to one event per
//    source-target pair.
// Modality: negation marks the event negated; "refused to" recodes to root
// 12; plans and futures ("will meet", "plans to", "wollen sich treffen")
// recode to root 03 (036 for meetings); threats and vows of force to 13;
// conditionals, questions and hypotheticals ("could", "könnte") and
// infinitives without a governing intent ("urged him to meet") give none.
// Reported-speech attributions ("..., the ministry said") are not events.
//
// Thread-safety: immutable after construction; CodeSentence() is safe to
// call concurrently. The lexicon must outlive the coder.

#ifndef DIPGRAPH_EXTRACT_EVENT_CODER_H_
#define DIPGRAPH_EXTRACT_EVENT_CODER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "extract/sentence.h"
#include "extract/trigger_lexicon.h"

namespace dipgraph::extract {

// One event read from a sentence, with its actors as mention indices.
struct CodedEvent {
  uint32_t source = 0;  // index into Sentence::mentions
  uint32_t target = 0;  // index into Sentence::mentions
  // >= 0: the target is not a mention but the people noun at this token
  // ("detained reporters"), of the source's country; `target` is then
  // the source mention (a self-event).
  int implicit_target_token = -1;
  // The source is no mention but the sentence's place (Sentence::place):
  // domestic coercion or release reported without an agent ("Ein Islamist
  // ist in Beirut festgenommen worden"). `source` then repeats `target`.
  bool place_source = false;
  // The target is the source's own state (a `self` pattern: "lifted the
  // curfew"); `implicit_target_token` is the measure's noun.
  bool self_target = false;
  std::string code;     // CAMEO code after modality ("036")
  std::string trigger;  // the words that signalled it ("sprach ... mit")
  uint32_t trigger_token = 0;  // the head token
  uint32_t trigger_start = 0;  // byte range of the head in the sentence
  uint32_t trigger_end = 0;
  bool negated = false;
  bool symmetric = false;
  double confidence = 0.5;
};

class EventCoder {
 public:
  // REQUIRES: `lexicon` outlives the coder.
  explicit EventCoder(const TriggerLexicon& lexicon) : lexicon_(lexicon) {}

  // Returns the events of `sentence` (tokens and mentions filled) in
  // language `lang`, in order of their trigger; one per source-target-root
  // triple. Never fails: a sentence without triggers or actors yields none.
  std::vector<CodedEvent> CodeSentence(const Sentence& sentence, Lang lang) const;

 private:
  const TriggerLexicon& lexicon_;
};

// The code a planned or announced action takes (CAMEO root 03 conventions):
// meet/negotiate -> 036, material cooperation -> 031.., aid -> 033,
// yield -> 035, diplomatic cooperation -> 030; conflictual actions become
// threats (13: force -> 138); appeals, demands and criticism keep theirs.
std::string IntentCode(const std::string& code);

// The code a refusal of the action takes (root 12): meet -> 125,
// cooperation/aid -> 121, yield -> 124, else 120.
std::string RefusalCode(const std::string& code);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_EVENT_CODER_H_
