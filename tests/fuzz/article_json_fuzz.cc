// Fuzzes the article JSON reader: any byte string must give an Article or a
// clear InvalidArgument, never a crash; accepted articles must round-trip.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/article_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  auto article = dipgraph::extract::ParseArticleJson(line);
  if (!article.ok()) {
    if (article.status().message().empty()) std::abort();
    return 0;
  }
  auto again = dipgraph::extract::ParseArticleJson(dipgraph::extract::ArticleToJson(*article));
  if (!again.ok() || again->id != article->id || again->text != article->text) std::abort();
  return 0;
}
