// Fuzzes the text front end of extraction (text cleaner, sentence splitter,
// tokenizer) through Document::FromArticle. Any bytes, including invalid
// UTF-8 and NUL, must give sentences whose offsets lie inside the field,
// whose text is exactly that slice, and whose tokens lie inside the
// sentence, in order and never empty.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/document.h"
#include "extract/sentence_splitter.h"
#include "extract/text_cleaner.h"
#include "extract/tokenizer.h"
#include "graph/article.h"

namespace {

using dipgraph::extract::Sentence;

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckSentence(const Sentence& s, std::string_view field) {
  Check(s.start <= s.end && s.end <= field.size());
  Check(field.substr(s.start, s.end - s.start) == s.text);
  Check(s.dateline_end <= s.text.size());
  uint32_t last_end = 0;
  for (const auto& t : s.tokens) {
    Check(t.start < t.end && t.end <= s.text.size());
    Check(t.start >= last_end);
    last_end = t.end;
    for (const auto& part : dipgraph::extract::CompoundParts(s.text, t)) {
      Check(part.start <= part.end && part.end <= s.text.size());
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  // The first line is the title, the rest the text; the first byte also
  // picks the language so both rule sets run.
  dipgraph::graph::Article article;
  article.id = "fuzz";
  const size_t nl = input.find('\n');
  if (nl != std::string_view::npos) {
    article.title = std::string(input.substr(0, nl));
    article.text = std::string(input.substr(nl + 1));
  } else {
    article.text = std::string(input);
  }
  if (size > 0) article.lang = (data[0] & 1) ? "de" : "en";

  const auto doc = dipgraph::extract::Document::FromArticle(article);
  uint32_t title_index = 0;
  uint32_t text_index = 0;
  for (const auto& s : doc.sentences) {
    if (s.field == "title") {
      Check(s.index == title_index++);
      CheckSentence(s, article.title);
    } else {
      Check(s.field == "text");
      Check(s.index == text_index++);
      CheckSentence(s, article.text);
    }
  }

  // The splitter on its own, over the cleaner's ranges.
  const auto ranges = dipgraph::extract::CleanText(input);
  for (const auto& r : ranges) Check(r.start <= r.end && r.end <= size);
  for (const auto& span : dipgraph::extract::SplitSentences(input, ranges)) {
    Check(span.start <= span.end && span.end <= size);
    Check(span.dateline_end <= span.end - span.start);
  }
  Check(dipgraph::extract::DatelineLength(input) <= size);
  return 0;
}
