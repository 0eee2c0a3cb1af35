// Actor mention output for `dipgraph extract --actors FILE`: one JSON line
// per ActorMention,
//   {"article":"a1","field":"text","sentence":3,
//    "mention":{"text":"Armenian Prime Minister Nikol Pashinyan","start":12,"end":51},
//    "actor":{...SCHEMA.md §2 actor...},"via":"agent","group":0}
// `mention` offsets are byte offsets within the sentence (as for events);
// "via" (how it was recognised, see MentionVia) and "group" (shared by the
// members of one coordination, 0 = none) are extensions.
//
// The extract command (cli/cmd_extract.cc) calls WriteActorMentionsJsonl()
// after ActorTagger::TagArticle() for each article.
//
// Thread-safety: pure functions; WriteActorMentionsJsonl writes to `out`
// without locking (serialize calls that share a FILE*).

#ifndef DIPGRAPH_EXTRACT_ACTOR_MENTION_JSON_H_
#define DIPGRAPH_EXTRACT_ACTOR_MENTION_JSON_H_

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/sentence.h"

namespace dipgraph::extract {

// "name", "adjective", "capital", "agent", "discovered", "coref", "pronoun".
std::string_view MentionViaName(MentionVia via);

// Appends the JSONL lines (each ending in '\n') of all mentions in
// `sentences` of article `article_id` to *out.
void AppendActorMentionsJsonl(std::string_view article_id,
                              const std::vector<Sentence>& sentences, std::string* out);

// Writes the same lines to `out`. Returns IOError if writing fails.
base::Status WriteActorMentionsJsonl(std::FILE* out, std::string_view article_id,
                                     const std::vector<Sentence>& sentences);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_ACTOR_MENTION_JSON_H_
