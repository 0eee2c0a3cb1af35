#include "extract/document.h"

#include "extract/language_detect.h"
#include "extract/sentence_splitter.h"
#include "extract/text_cleaner.h"
#include "extract/tokenizer.h"

namespace dipgraph::extract {

void AppendFieldSentences(std::string_view field_text, const std::string& name,
                          std::vector<Sentence>* out) {
  std::vector<TextRange> kept = CleanText(field_text);
  uint32_t index = 0;
  for (const SentenceSpan& span : SplitSentences(field_text, kept)) {
    Sentence s;
    s.field = name;
    s.index = index++;
    s.start = span.start;
    s.end = span.end;
    s.text.assign(field_text.substr(span.start, span.end - span.start));
    s.dateline_end = span.dateline_end;
    s.tokens = Tokenize(s.text);
    out->push_back(std::move(s));
  }
}

Document Document::FromArticle(const graph::Article& article,
                               const DocumentOptions& options) {
  Document doc;
  std::optional<Lang> lang = ParseLang(article.lang);
  doc.lang = lang ? *lang : DetectLanguage(article.title + "\n" + article.text);
  if (options.include_title && !article.title.empty()) {
    AppendFieldSentences(article.title, "title", &doc.sentences);
  }
  AppendFieldSentences(article.text, "text", &doc.sentences);
  return doc;
}

}  // namespace dipgraph::extract
