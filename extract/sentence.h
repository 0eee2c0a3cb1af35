// The units the extraction stages pass along: a Sentence of one article
// field with its Tokens, the ActorMentions found in it and the
// TimeExpressions found in it. All offsets are UTF-8 byte offsets into
// Sentence::text (and Sentence::start/end into the article field), as
// SCHEMA.md §2 requires.
//
// Pipeline: Document (cleaning, sentence splitting, tokens) -> ActorTagger
// (mentions, coreference) -> TemporalTagger (dates) -> EventCoder (events).
//
// Thread-safety: plain value types.

#ifndef DIPGRAPH_EXTRACT_SENTENCE_H_
#define DIPGRAPH_EXTRACT_SENTENCE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "graph/actor.h"
#include "graph/event_date.h"

namespace dipgraph::extract {

enum class Lang { kEn, kDe };

enum class TokenKind { kWord, kNumber, kPunct };

struct Token {
  uint32_t start = 0;  // byte offsets into Sentence::text, [start, end)
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  // first letter upper case in the text
  bool hyphenated = false;   // a hyphen compound ("US-Außenminister"); see
                             // extract/tokenizer.h CompoundParts()
  std::string norm;          // case- and accent-folded form ("außenminister" -> "aussenminister")
};

// How a mention was recognised; later stages weigh them differently.
enum class MentionVia {
  kName,        // a lexicon name ("Armenia", "Antony Blinken", "Nato")
  kAdjective,   // a state adjective alone ("armenische")
  kCapital,     // a capital/seat metonym ("Eriwan", "the Kremlin")
  kAgent,       // state + role noun ("US-Außenminister", "the Russian army")
  kDiscovered,  // title + unknown name ("Kremlin spokesman Dmitry Peskov")
  kCoref,       // surname, title-only or possessive back-reference
  kPronoun,     // "he", "er", "ihn" resolved to an earlier actor
};

struct ActorMention {
  uint32_t first_token = 0;  // token range [first_token, end_token)
  uint32_t end_token = 0;
  uint32_t start = 0;        // byte range in the sentence text
  uint32_t end = 0;
  graph::Actor actor;
  MentionVia via = MentionVia::kName;
  // Mentions expanded from one coordination ("Armenia and Azerbaijan",
  // "die Außenminister Aserbaidschans und Armeniens") share a group id > 0.
  uint32_t group = 0;
};

struct TimeExpression {
  uint32_t start = 0;  // byte range in the sentence text
  uint32_t end = 0;
  graph::EventDate date;  // resolved value; basis kText, or known == false
  // True for "did not say when" / "gab nicht an, wann": the time is
  // explicitly unknown.
  bool unknown_marker = false;
};

struct Sentence {
  std::string field;     // "title" or "text"
  uint32_t index = 0;    // 0-based within the field
  uint32_t start = 0;    // byte span of the sentence within the field
  uint32_t end = 0;
  std::string text;      // the sentence (a copy of field[start, end))
  // Byte offset in `text` where a dateline prefix ends ("WASHINGTON
  // (Reuters) - ", "Gaza/Jerusalem – "); 0 = no dateline. Words before it
  // name the place of reporting, not an actor.
  uint32_t dateline_end = 0;
  // The state where the article reports from: the dateline's place
  // ("Beirut – " -> LBN) when it names one state, else empty (id ""). Set
  // by the ActorTagger on every sentence of the article. The event coder
  // takes it as the actor of domestic coercion reported without an agent
  // ("... ist festgenommen worden").
  graph::Actor place;
  std::vector<Token> tokens;
  std::vector<ActorMention> mentions;  // filled by ActorTagger, sorted by start
  std::vector<TimeExpression> times;   // filled by TemporalTagger, sorted by start
};

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_SENTENCE_H_
