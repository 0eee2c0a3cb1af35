// Reading articles (SCHEMA.md §1) from JSON lines. Each line is validated:
// it must be a JSON object, valid UTF-8, with a string `id` and `text`;
// optional fields must be strings of the right form. Errors say what is
// wrong so the caller can prefix "FILE:LINE: ".
//
// Thread-safety: pure functions.

#ifndef DIPGRAPH_EXTRACT_ARTICLE_JSON_H_
#define DIPGRAPH_EXTRACT_ARTICLE_JSON_H_

#include <string>
#include <string_view>

#include "base/result.h"
#include "graph/article.h"

namespace dipgraph::extract {

// Parses one JSON object line into an Article. Returns InvalidArgument with
// a reason ("not valid JSON at offset 12: Missing a name for object member",
// "missing string field \"id\"", "invalid UTF-8", "unparseable date
// \"2024-13-45\"") when the line is unusable.
base::Result<graph::Article> ParseArticleJson(std::string_view line);

// Serialises an article back to one JSON line (fields as in SCHEMA.md §1;
// empty optional fields are left out).
std::string ArticleToJson(const graph::Article& article);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_ARTICLE_JSON_H_
