// Extractor is the extraction pipeline for one article: Document (cleaning,
// sentences, tokens) -> ActorTagger (mentions, coreference) ->
// TemporalTagger (time expressions) -> EventCoder (triggers, roles,
// modality) -> AttachDate (each event's own date), producing the
// graph::Events that `dipgraph extract` prints (SCHEMA.md §2) and
// `dipgraph ingest` stores. Titles are read like sentences of the text.
//
// Thread-safety: Create() builds immutable lexicons; Extract() and Tag()
// are const and safe to call concurrently from many threads.

#ifndef DIPGRAPH_EXTRACT_EXTRACTOR_H_
#define DIPGRAPH_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "extract/document.h"
#include "graph/article.h"
#include "graph/event.h"

namespace dipgraph::extract {

class ActorTagger;
class EventCoder;
class TriggerLexicon;

struct ExtractorOptions {
  // Extra lexicon directories (`--lexicon DIR`): actor files (*.txt) and
  // trigger files (triggers_*.txt, PETRARCH *.verbs).
  // Default: none
  std::vector<std::string> lexicon_dirs;

  // Use the lexicons compiled into the binary.
  // Default: true
  bool use_embedded_lexicon = true;

  // "en" or "de": overrides the article's language and detection.
  // Default: empty (the article's "lang", else detected)
  std::string force_lang;

  // Extract the title as field "title".
  // Default: true
  bool include_title = true;
};

class Extractor {
 public:
  // Loads the actor and trigger lexicons. Returns their errors
  // (InvalidArgument "FILE:LINE: reason", NotFound for a missing DIR).
  static base::Result<std::unique_ptr<Extractor>> Create(const ExtractorOptions& options);

  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;
  ~Extractor();

  // The events of `article`, in sentence order (title first). Never fails.
  std::vector<graph::Event> Extract(const graph::Article& article) const;

  // The article's document with actor mentions and time expressions
  // filled (for `dipgraph extract --actors` and diagnostics).
  Document Tag(const graph::Article& article) const;

 private:
  Extractor() = default;

  ExtractorOptions options_;
  std::unique_ptr<ActorTagger> tagger_;
  std::unique_ptr<TriggerLexicon> triggers_;
  std::unique_ptr<EventCoder> coder_;
};

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_EXTRACTOR_H_
