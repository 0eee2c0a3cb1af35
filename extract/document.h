// Document is the text front end of extraction: it turns one Article into
// the Sentences of its title and text fields, with tokens, ready for the
// ActorTagger, TemporalTagger and EventCoder (see extract/sentence.h).
//
// FromArticle() (1) picks the language (Article::lang, else detected),
// (2) drops boilerplate with CleanText() (extract/text_cleaner.h), (3) splits
// the kept ranges into sentences with SplitSentences()
// (extract/sentence_splitter.h), marking datelines, and (4) tokenizes each
// sentence with Tokenize() (extract/tokenizer.h). Sentence offsets are byte
// offsets into the ORIGINAL field text, so `field.substr(s.start, s.end -
// s.start) == s.text` always holds.
//
// Thread-safety: Document is a plain value; FromArticle() is thread-safe.

#ifndef DIPGRAPH_EXTRACT_DOCUMENT_H_
#define DIPGRAPH_EXTRACT_DOCUMENT_H_

#include <vector>

#include "extract/sentence.h"
#include "graph/article.h"

namespace dipgraph::extract {

struct DocumentOptions {
  // Extract the title as field "title" (before the text's sentences).
  // Default: true
  bool include_title = true;
};

struct Document {
  Lang lang = Lang::kEn;
  // Title sentences first (field "title"), then text sentences (field
  // "text"); Sentence::index counts within each field.
  std::vector<Sentence> sentences;

  // Builds the document of `article`. Never fails: text it cannot read
  // (invalid UTF-8, markup) yields fewer or odd tokens, not an error.
  static Document FromArticle(const graph::Article& article,
                              const DocumentOptions& options = {});
};

// Appends the sentences of one field (`name` is "title" or "text") to *out.
void AppendFieldSentences(std::string_view field_text, const std::string& name,
                          std::vector<Sentence>* out);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_DOCUMENT_H_
