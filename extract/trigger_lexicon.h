// TriggerLexicon maps the words that signal an event (verbs, verb +
// particle/preposition patterns, nominal triggers) to CAMEO codes, for
// English and German. Its data are the files triggers_en.txt and
// triggers_de.txt compiled into the binary, plus any triggers_*.txt in a
// user directory (--lexicon DIR); the line format is documented in
// doc/triggers.md. A PETRARCH `.verbs` dictionary can be imported too
// (English verbs and their default codes).
//
// Each pattern has a head (a verb lemma or a noun, inflected automatically:
// English regular forms, German weak conjugation and separable prefixes;
// irregular forms are listed in the data) and optional literal words
// (particles, prepositions) with a target slot. The lexicon indexes every
// surface form, so the event coder looks a token's folded norm up once.
//
// Thread-safety: immutable after Load(); concurrent lookups are safe.

#ifndef DIPGRAPH_EXTRACT_TRIGGER_LEXICON_H_
#define DIPGRAPH_EXTRACT_TRIGGER_LEXICON_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/result.h"
#include "base/status.h"
#include "extract/sentence.h"

namespace dipgraph::extract {

// One line of a trigger file.
struct TriggerPattern {
  std::string code;   // CAMEO code ("041"); empty for a blocking pattern
  Lang lang = Lang::kEn;
  bool noun = false;  // a nominal trigger ("talks with T")
  // Folded words that must stand directly before the head, in order
  // ("phone" in "phone_call").
  std::vector<std::string> pre_head;
  // Folded literal words after the head (English: following it in order;
  // German: anywhere in the clause, in order), e.g. "with", "on".
  std::vector<std::string> literals;
  // Where the target stands: after literal number `target_after` (1-based),
  // 0 = directly as the object of the head, -1 = the pattern has no target
  // slot (intransitive: "X and Y met").
  int target_after = 0;
  // Folded literal words that must follow the target ("accuse T of").
  std::vector<std::string> after_target;
  bool symmetric = false;  // joint action: "X and Y met", "talks between"
  // The roles are reversed: the subject receives, the T slot acts
  // ("received aid from T", "erhielt Hilfe aus T").
  bool reverse = false;
  // A domestic measure without an actor as object ("lifted the curfew",
  // "verhängte den Ausnahmezustand"): the target is the source's own state.
  bool self_target = false;
  // An aim: a purpose infinitive states the subject's intent ("left for
  // Tokyo to improve relations with T"), so no plan word is needed.
  bool aim = false;
  std::string particle;    // German separable particle ("auf"), folded
  std::string lemma;       // the head as written in the file ("auf|fordern")
  std::string origin;      // "triggers_en.txt:120" for diagnostics
};

// How a surface form relates to its pattern's head.
enum FormFlags : uint8_t {
  kFormBase = 0,
  kFormParticiple = 1,   // may be a past participle (passive, perfect)
  kFormSplit = 2,        // German finite stem of a separable verb: the
                         // particle must close the clause ("forderte .. auf")
  kFormInfinitive = 4,   // the bare infinitive/lemma
  kFormCompound = 8,     // German noun form that may end a compound
};

struct FormEntry {
  uint32_t pattern = 0;  // index into patterns()
  uint8_t flags = kFormBase;
};

class TriggerLexicon {
 public:
  TriggerLexicon() = default;
  TriggerLexicon(const TriggerLexicon&) = delete;
  TriggerLexicon& operator=(const TriggerLexicon&) = delete;

  // Builds the lexicon from the embedded triggers_en.txt/triggers_de.txt and
  // every triggers_*.txt and *.verbs file in each of `user_dirs` (a file's
  // language is its suffix: triggers_de_extra.txt is German; .verbs files
  // are English). Returns InvalidArgument naming FILE:LINE for a malformed
  // line, NotFound if a directory does not exist.
  static base::Result<std::unique_ptr<TriggerLexicon>> Load(
      const std::vector<std::string>& user_dirs = {});

  // Parses one trigger file's `text` in language `lang` and adds its
  // patterns; `name` is used in error messages.
  base::Status AddFile(std::string_view name, std::string_view text, Lang lang);

  // Imports a PETRARCH/TABARI verb dictionary: every verb of a block whose
  // block code is a CAMEO code becomes an English verb pattern with that
  // code; listed irregular forms are kept. Patterns inside blocks are
  // skipped. Returns InvalidArgument if nothing usable is found.
  base::Status ImportPetrarchVerbs(std::string_view name, std::string_view text);

  // Candidate patterns whose head has the folded surface form `norm`.
  // Returns nullptr when there is none.
  const std::vector<FormEntry>* Find(Lang lang, std::string_view norm) const;

  // German nouns may end a compound ("Luftangriff" ends in "angriff"):
  // returns the entries of the longest indexed compound-capable suffix of
  // `norm` (at least 4 letters, leaving at least 3), or nullptr.
  const std::vector<FormEntry>* FindCompoundSuffix(Lang lang,
                                                   std::string_view norm) const;

  // True if the folded word `norm` belongs to the word class `name` of
  // `lang` (lines "class NAME WORD..." of the trigger files: words the
  // coder's rules consult, such as the market senses of "demand").
  bool InClass(Lang lang, std::string_view name, const std::string& norm) const;

  const TriggerPattern& pattern(uint32_t i) const { return patterns_[i]; }
  size_t pattern_count() const { return patterns_.size(); }

 private:
  void Index(uint32_t pattern, const std::string& form, uint8_t flags);

  std::vector<TriggerPattern> patterns_;
  std::unordered_map<std::string, std::vector<FormEntry>> forms_[2];
  size_t max_suffix_[2] = {0, 0};
  // Word classes by name, per language.
  std::map<std::string, std::unordered_set<std::string>, std::less<>> classes_[2];
};

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_TRIGGER_LEXICON_H_
