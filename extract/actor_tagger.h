// ActorTagger finds the actors of an article: it fills Sentence::mentions of
// every sentence with ActorMentions resolved to graph::Actors (SCHEMA.md §2
// "Actors"). Run it on Document::FromArticle() output, before the
// TemporalTagger and the EventCoder.
//
// What it recognises (MentionVia in extract/sentence.h says which):
//  - lexicon names, adjectives, demonyms and capital metonyms, longest match
//    first (extract/actor_matcher.h); historical entries only inside their
//    valid: range when the article has a date;
//  - hyphen compounds: "US-Außenminister", "EU-Kommission", "Nato-Gipfel",
//    "armenisch-aserbaidschanischen" (each part that names a state or IGO);
//  - agent phrases: a state (adjective, name, genitive "Armeniens", "of
//    Russia", "Russia's", compound prefix, capital "Kremlin") with an agent
//    noun ("foreign minister", "Präsidenten") make an actor of that state.
//    Agents of kind person resolve to the lexicon office holder of that role
//    at the article date when there is one, else to the id
//    "<COUNTRY>:<agent-id>" (e.g. "ARM:foreign-minister"), with kind, sector
//    and role from the agent entry;
//  - discovered persons: agent phrase + a capitalised name not in the lexicon
//    ("Kremlin spokesman Dmitry Peskov") -> id "P:dmitry-peskov";
//  - office holders by surname: the person whose office term covers the
//    article date (one year of slack), else the most recent one; full names
//    always resolve;
//  - within-article coreference: later surnames, title-only mentions ("the
//    president", "der Premierminister"), possessives ("Aliyev's press
//    service", "der Pressedienst von Aliyev") and pronouns (he/she/him/his,
//    er/ihn/ihm/sein...) when exactly one person actor is recent;
//  - coordination: "Armenia and Azerbaijan", "die Außenminister Aserbaidschans
//    und Armeniens", "the leaders of Armenia and Azerbaijan" give one mention
//    per member sharing a group id > 0.
// Words before Sentence::dateline_end are never actors.
//
// IGO officials (persons with an `org:` whose office at the article date is
// the IGO office) are tagged as the IGO actor (id = the IGO id, kind igo)
// with the person's name and role, so that their actor key is the IGO's.
//
// Thread-safety: const methods are thread-safe after Create(); all
// per-article state (coreference) is local to TagArticle().

#ifndef DIPGRAPH_EXTRACT_ACTOR_TAGGER_H_
#define DIPGRAPH_EXTRACT_ACTOR_TAGGER_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/result.h"
#include "extract/actor_matcher.h"
#include "extract/document.h"
#include "extract/lexicon.h"
#include "extract/sentence.h"
#include "graph/article.h"

namespace dipgraph::extract {

struct ActorTaggerOptions {
  // Use the lexicon files compiled into the binary.
  // Default: true
  bool use_embedded_lexicon = true;

  // Extra lexicon directories (`--lexicon DIR`): every *.txt in them.
  // Default: none
  std::vector<std::string> lexicon_dirs;

  // TABARI/PETRARCH .actors dictionaries (`--actors-dict FILE`).
  // Default: none
  std::vector<std::string> actors_dicts;

  // Resolve pronouns to the one recent person actor.
  // Default: true
  bool resolve_pronouns = true;
};

class ActorTagger {
 public:
  // Loads the lexicon per `options` and compiles the matcher. Returns the
  // lexicon's errors (InvalidArgument "FILE:LINE: reason", NotFound).
  static base::Result<std::unique_ptr<ActorTagger>> Create(const ActorTaggerOptions& options);

  // Uses an already built lexicon (tests, tools).
  static std::unique_ptr<ActorTagger> FromLexicon(Lexicon lexicon,
                                                  const ActorTaggerOptions& options = {});

  ActorTagger(const ActorTagger&) = delete;
  ActorTagger& operator=(const ActorTagger&) = delete;
  ~ActorTagger();

  // Fills `mentions` of every sentence (replacing what was there), sorted
  // by start. `sentences` are the article's sentences in order (title
  // first), `lang` its language; the article supplies the date for term and
  // validity checks.
  void TagArticle(std::vector<Sentence>& sentences, const graph::Article& article,
                  Lang lang) const;

  // Convenience: TagArticle(doc.sentences, article, doc.lang).
  void TagDocument(Document& doc, const graph::Article& article) const {
    TagArticle(doc.sentences, article, doc.lang);
  }

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  ActorTagger(std::unique_ptr<Lexicon> lexicon, const ActorTaggerOptions& options);

  class ArticleRun;  // per-article state, defined in actor_tagger.cc

  std::unique_ptr<Lexicon> lexicon_;
  std::unique_ptr<ActorMatcher> matcher_;
  ActorTaggerOptions options_;
  // Person entries by "COUNTRY|office role", for "the Armenian foreign
  // minister" -> the office holder at the article date.
  std::unordered_map<std::string, std::vector<uint32_t>> office_holders_;
  // State entries by id, for the states of cities (extract/city_gazetteer.h).
  std::unordered_map<std::string, uint32_t> state_by_id_;
  // Historical state entries by the ids of their parts: (RUS -> SUN), for
  // a city's state on the article's day.
  std::unordered_map<std::string, std::vector<uint32_t>> part_of_;
};

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_ACTOR_TAGGER_H_
