// Sports reporting, recognised by its vocabulary. In match reports states,
// capitals and demonyms name teams and athletes ("Die Belgier empfangen die
// Russen", "Paris Saint Germain ist nach London gereist"), and meetings,
// visits and defeats are fixtures: the Extractor codes no events there.
//
// Thread-safety: pure functions over immutable tables.

#ifndef DIPGRAPH_EXTRACT_SPORTS_CONTEXT_H_
#define DIPGRAPH_EXTRACT_SPORTS_CONTEXT_H_

#include <cstdint>
#include <vector>

#include "extract/sentence.h"

namespace dipgraph::extract {

// The number of sports cues in `sentence`: words of the sports vocabulary
// ("Achtelfinale", "Torhüter", "striker", "Champions-League") and match
// scores ("2:0").
uint32_t SportsCues(const Sentence& sentence);

// True if the article whose sentences are `sentences` reports on sport: at
// least three cues in at least two sentences, or a title with a cue. With
// `cues` given, also stores SportsCues() of each sentence there.
bool SportsArticle(const std::vector<Sentence>& sentences, std::vector<uint32_t>* cues = nullptr);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_SPORTS_CONTEXT_H_
