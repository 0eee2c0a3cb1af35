// Fuzzes the whole extraction pipeline on one article (extract/extractor.h)
// with the embedded lexicons. The input is an article line when it parses
// as one, else the raw bytes are the text (first byte: language). Every
// event must point at a real sentence of its field, with mention offsets
// inside that sentence and a CAMEO code of 2-4 digits.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "extract/article_json.h"
#include "extract/extractor.h"
#include "graph/article.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

const dipgraph::extract::Extractor& SharedExtractor() {
  static const auto* extractor = [] {
    auto x = dipgraph::extract::Extractor::Create({});
    if (!x.ok()) std::abort();
    return std::move(x).value().release();
  }();
  return *extractor;
}

void CheckMention(const dipgraph::graph::Mention& m, const std::string& sentence) {
  Check(m.start <= m.end && m.end <= sentence.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  dipgraph::graph::Article article;
  auto parsed = dipgraph::extract::ParseArticleJson(input);
  if (parsed.ok()) {
    article = std::move(parsed).value();
  } else {
    article.id = "fuzz";
    article.text = std::string(input);
    if (size > 0) article.lang = (data[0] & 1) ? "de" : "en";
  }
  const auto& extractor = SharedExtractor();
  for (const auto& e : extractor.Extract(article)) {
    const std::string& field =
        e.provenance.field == "title" ? article.title : article.text;
    Check(e.provenance.field == "title" || e.provenance.field == "text");
    Check(e.provenance.span_start <= e.provenance.span_end &&
          e.provenance.span_end <= field.size());
    Check(field.compare(e.provenance.span_start,
                        e.provenance.span_end - e.provenance.span_start,
                        e.provenance.text) == 0);
    CheckMention(e.source.mention, e.provenance.text);
    CheckMention(e.target.mention, e.provenance.text);
    Check(e.action.code.size() >= 2 && e.action.code.size() <= 4);
    for (char c : e.action.code) Check(c >= '0' && c <= '9');
  }
  (void)extractor.Tag(article);
  return 0;
}
