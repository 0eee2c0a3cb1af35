// Article is one input news item (SCHEMA.md §1): its id, publication date,
// language and text fields. It is what extraction reads and what the store
// records as provenance.
//
// Thread-safety: plain value type.

#ifndef DIPGRAPH_GRAPH_ARTICLE_H_
#define DIPGRAPH_GRAPH_ARTICLE_H_

#include <optional>
#include <string>

#include "base/civil_date.h"

namespace dipgraph::graph {

struct Article {
  std::string id;                        // required, unique
  std::optional<base::CivilDay> date;    // publication day, if given
  std::string date_text;                 // the date as given ("2024-04-28T10:00Z")
  std::string lang;                      // "en", "de" or empty (detect)
  std::string title;
  std::string text;                      // required
  std::string url;
  std::string source;
};

}  // namespace dipgraph::graph

#endif  // DIPGRAPH_GRAPH_ARTICLE_H_
