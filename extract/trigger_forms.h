// Surface forms of trigger heads: the inflection rules that let the trigger
// lexicon list a verb once ("urge", "auf|fordern") and still match "urged",
// "urging", "forderte ... auf", "aufgefordert", "aufzufordern". Regular
// forms are generated; irregular ones (met, sprach, gesprochen) come from
// the data and are merged in. Over-generation ("meeted") is harmless: such
// strings never occur in text.
//
// Thread-safety: pure functions.

#ifndef DIPGRAPH_EXTRACT_TRIGGER_FORMS_H_
#define DIPGRAPH_EXTRACT_TRIGGER_FORMS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dipgraph::extract {

// A generated form with its FormFlags (extract/trigger_lexicon.h).
struct SurfaceForm {
  std::string form;  // folded
  uint8_t flags = 0;
};

// English verb `lemma` (folded): base, -s, -ed, -ing (with e-drop, y->i and
// consonant doubling variants) plus `irregular` forms (marked participle).
std::vector<SurfaceForm> EnglishVerbForms(const std::string& lemma,
                                          const std::vector<std::string>& irregular);

// English noun: singular and plural (-s, -es, -ies) plus `irregular`.
std::vector<SurfaceForm> EnglishNounForms(const std::string& noun,
                                          const std::vector<std::string>& irregular);

// German verb `lemma` (folded; "auf|fordern" marks a separable particle):
// present and past of weak conjugation, the participle (with or without
// ge-, by prefix and -ieren), zu-infinitive, plus `irregular` forms (those
// starting with "ge" or equal to the lemma count as participles). For a
// separable verb the bare finite forms carry kFormSplit and the fused
// forms (auffordern, aufgefordert, aufzufordern, aufforderte) do not.
std::vector<SurfaceForm> GermanVerbForms(const std::string& lemma,
                                         const std::vector<std::string>& irregular);

// German noun: the form plus the usual case/plural endings (-s, -es, -e,
// -en, -n, -er, -ern) plus `irregular`; all carry kFormCompound.
std::vector<SurfaceForm> GermanNounForms(const std::string& noun,
                                         const std::vector<std::string>& irregular);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_TRIGGER_FORMS_H_
