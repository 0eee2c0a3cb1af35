// ActorMatcher finds lexicon names in tokenized sentences. It compiles every
// alias of a Lexicon into a token trie keyed by folded token norms (the same
// Tokenize() as the text, so "U.S.", "Bosnia-Herzegovina" and "Weißes Haus"
// split alike) and reports, left to right, the longest match starting at
// each token that is not inside an earlier match. Matching costs one hash
// lookup per token per trie step, independent of the lexicon size.
//
// Case rules, so that common words do not become actors: an alias written
// with a capital first letter matches only a capitalised token ("Turkey",
// not "turkey"; "Chad", not "chad"); an all-caps alias ("WHO", "US", "IS")
// matches only all-caps text; lower-case aliases (German adjective stems)
// match any case.
//
// Thread-safety: immutable after construction; safe to share.

#ifndef DIPGRAPH_EXTRACT_ACTOR_MATCHER_H_
#define DIPGRAPH_EXTRACT_ACTOR_MATCHER_H_

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/lexicon.h"
#include "extract/sentence.h"

namespace dipgraph::extract {

// One lexicon alias that a matched token sequence spells.
struct MatchCandidate {
  uint32_t entry = 0;  // index into Lexicon::entries()
  NameType type = NameType::kName;
  bool german = false;
  bool needs_capital = false;
  bool needs_all_caps = false;
  bool multi_token = false;
};

struct NameMatch {
  uint32_t first_token = 0;  // [first_token, end_token)
  uint32_t end_token = 0;
  std::vector<MatchCandidate> candidates;  // those whose case rules hold
};

class ActorMatcher {
 public:
  // REQUIRES: `lexicon` outlives the matcher.
  explicit ActorMatcher(const Lexicon& lexicon);

  ActorMatcher(const ActorMatcher&) = delete;
  ActorMatcher& operator=(const ActorMatcher&) = delete;

  // Appends the longest non-overlapping matches in `tokens` (of `text`),
  // starting at token `from`, to *out.
  void FindAll(std::string_view text, const std::vector<Token>& tokens, uint32_t from,
               std::vector<NameMatch>* out) const;

  // The longest match starting exactly at token `i`; end_token == i when
  // there is none.
  NameMatch LongestAt(std::string_view text, const std::vector<Token>& tokens,
                      uint32_t i) const;

  // Candidates of a one-token alias equal to `norm` (e.g. a part of a
  // hyphen compound); case rules are the caller's business. Null if none.
  const std::vector<MatchCandidate>* LookupWord(std::string_view norm) const;

  const Lexicon& lexicon() const { return lexicon_; }

 private:
  static uint64_t EdgeKey(uint32_t node, uint32_t word) {
    return (static_cast<uint64_t>(node) << 32) | word;
  }
  // Hashes std::string and std::string_view alike, so lookups by a token's
  // norm need no temporary string.
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };

  uint32_t WordId(std::string_view norm) const;  // 0 = unknown
  void Insert(const std::vector<Token>& tokens, const MatchCandidate& c);
  // LongestAt over precomputed word ids of the tokens.
  NameMatch LongestAtIds(std::string_view text, const std::vector<Token>& tokens,
                         const std::vector<uint32_t>& ids, uint32_t i) const;

  // A cheap pre-filter before the hash lookup: bit (first byte, length)
  // is set when some vocabulary word has that first byte and length.
  static size_t FilterBit(std::string_view norm) {
    return static_cast<size_t>(static_cast<unsigned char>(norm[0])) * 32 +
           std::min<size_t>(norm.size(), 31);
  }

  const Lexicon& lexicon_;
  std::bitset<256 * 32> filter_;
  std::unordered_map<std::string, uint32_t, WordHash, std::equal_to<>> words_;  // norm -> id
  std::unordered_map<uint64_t, uint32_t> edges_;         // (node, word) -> node
  std::vector<std::vector<MatchCandidate>> payload_;     // per node
};

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_ACTOR_MATCHER_H_
