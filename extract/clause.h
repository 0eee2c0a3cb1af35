// Shallow syntax for the event coder (TABARI-style sparse parsing): the
// closed word classes of English and German that matter for finding who
// did what to whom (prepositions, determiners, auxiliaries, modals,
// negations, subordinators), and the split of a sentence's tokens into
// clauses. A clause ends at hard punctuation (; : quotes brackets ? !), at
// a comma, and before a subordinating word ("that", "dass", "which",
// "weil"); commas that only separate coordinated actor mentions
// ("Armenia, Azerbaijan and Georgia") do not end a clause.
//
// Thread-safety: pure functions over immutable tables.

#ifndef DIPGRAPH_EXTRACT_CLAUSE_H_
#define DIPGRAPH_EXTRACT_CLAUSE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/sentence.h"

namespace dipgraph::extract {

// Word classes, by folded form.
enum class WordClass : uint8_t {
  kOther,
  kPreposition,    // with, to, in, mit, gegen, ...
  kGenitive,       // of, von (as possessor marker), des
  kAgent,          // by, von, durch (passive agents)
  kDeterminer,     // the, a, his, der, einem, seinen
  kCoordinator,    // and, or, but, und, oder, sowie, aber
  kSubordinator,   // that, which, who, because, dass, weil, als, nachdem
  kConditional,    // if, unless, whether, wenn, falls, ob, sofern
  kNegation,       // not, n't, never, no, nicht, nie, kein...
  kFuture,         // will, shall, 'll, wird, werden, will (de), wollen
  kHypothetical,   // could, might, may, should, könnte, dürfte, sollte
  kWould,          // would, würde(n): future in reported speech, else hypothetical
  kBeAux,          // is, was, were, been, being, be
  kPassiveAux,     // wurde, wurden, worden (German passive)
  kHaveAux,        // has, have, had, hat, haben, hatte
  kInfinitiveMark, // to, zu
};

WordClass ClassOf(Lang lang, std::string_view norm);

// Verbs that, before "to"/"zu" + infinitive, announce a plan or intent
// ("plans to meet", "agreed to", "kündigte an ... zu besuchen").
bool IsIntentWord(Lang lang, std::string_view norm);
// Verbs of refusal ("refused to", "weigerte sich ... zu", "lehnte ab").
bool IsRefusalWord(Lang lang, std::string_view norm);
// Verbs of threat or vow ("threatened to", "vowed to", "drohte").
bool IsThreatWord(Lang lang, std::string_view norm);
// "failed to", "scheiterte": the action did not happen.
bool IsFailureWord(Lang lang, std::string_view norm);

// Token ranges [begin, end) of the clauses of `sentence`, in order.
struct ClauseSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool subordinate = false;  // opened by a subordinator or relative pronoun
  bool relative = false;     // opened by who/which/der/die/das after a comma
  bool conditional = false;  // opened by if/wenn/falls
};

std::vector<ClauseSpan> SplitClauses(const Sentence& sentence, Lang lang);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_CLAUSE_H_
