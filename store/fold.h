// Alias folding for actor search: "Präsident Macron", "PRÄSIDENT-MACRON"
// and "praesident macron"... fold to comparable keys. Folding lower-cases
// ASCII, maps Latin-1 and Latin Extended-A letters to their base letter
// (ä -> a, ł -> l, ß -> ss, æ -> ae), turns every run of other ASCII
// characters (spaces, punctuation) into one space and trims; other
// non-ASCII characters are kept as they are.
//
// Thread-safety: pure function.

#ifndef DIPGRAPH_STORE_FOLD_H_
#define DIPGRAPH_STORE_FOLD_H_

#include <string>
#include <string_view>

namespace dipgraph::store {

std::string FoldAlias(std::string_view text);

}  // namespace dipgraph::store

#endif  // DIPGRAPH_STORE_FOLD_H_
