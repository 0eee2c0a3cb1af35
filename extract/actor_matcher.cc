#include "extract/actor_matcher.h"

#include "extract/text_fold.h"
#include "extract/tokenizer.h"

namespace dipgraph::extract {

ActorMatcher::ActorMatcher(const Lexicon& lexicon) : lexicon_(lexicon) {
  payload_.emplace_back();  // the root
  const auto& entries = lexicon.entries();
  // Sized up front: rehashing the tables while they grow took about a
  // tenth of the start-up time of every command that tags actors.
  size_t aliases = 0;
  for (const auto& e : entries) aliases += e.aliases.size();
  words_.reserve(aliases);
  edges_.reserve(aliases + aliases / 2);
  payload_.reserve(aliases + aliases / 2);
  for (uint32_t i = 0; i < entries.size(); ++i) {
    for (const Alias& a : entries[i].aliases) {
      std::vector<Token> tokens = Tokenize(a.text);
      if (tokens.empty()) continue;
      MatchCandidate c;
      c.entry = i;
      c.type = a.type;
      c.german = a.german;
      c.needs_all_caps = IsAllCaps(a.text) && a.text.size() <= 6;
      c.needs_capital = !c.needs_all_caps && StartsUpper(a.text);
      c.multi_token = tokens.size() > 1;
      Insert(tokens, c);
    }
  }
}

uint32_t ActorMatcher::WordId(std::string_view norm) const {
  if (norm.empty() || !filter_.test(FilterBit(norm))) return 0;
  auto it = words_.find(norm);
  return it == words_.end() ? 0 : it->second;
}

void ActorMatcher::Insert(const std::vector<Token>& tokens, const MatchCandidate& c) {
  uint32_t node = 0;
  for (const Token& t : tokens) {
    const std::string& n = t.norm;
    // find before emplace: emplace builds a node (a string copy) even for
    // a word that is already known, as most are.
    auto wit = words_.find(n);
    if (wit == words_.end()) {
      wit = words_.emplace(n, static_cast<uint32_t>(words_.size() + 1)).first;
    }
    if (!n.empty()) filter_.set(FilterBit(n));
    uint64_t key = EdgeKey(node, wit->second);
    auto eit = edges_.find(key);
    if (eit == edges_.end()) {
      uint32_t child = static_cast<uint32_t>(payload_.size());
      payload_.emplace_back();
      edges_.emplace(key, child);
      node = child;
    } else {
      node = eit->second;
    }
  }
  for (const MatchCandidate& old : payload_[node]) {
    if (old.entry == c.entry && old.type == c.type && old.german == c.german) return;
  }
  payload_[node].push_back(c);
}

const std::vector<MatchCandidate>* ActorMatcher::LookupWord(std::string_view norm) const {
  uint32_t w = WordId(norm);
  if (w == 0) return nullptr;
  auto it = edges_.find(EdgeKey(0, w));
  if (it == edges_.end() || payload_[it->second].empty()) return nullptr;
  return &payload_[it->second];
}

NameMatch ActorMatcher::LongestAt(std::string_view text, const std::vector<Token>& tokens,
                                  uint32_t i) const {
  std::vector<uint32_t> ids(tokens.size(), 0);
  for (uint32_t j = i; j < tokens.size(); ++j) {
    ids[j] = WordId(tokens[j].norm);
    if (ids[j] == 0) break;
  }
  return LongestAtIds(text, tokens, ids, i);
}

NameMatch ActorMatcher::LongestAtIds(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<uint32_t>& ids, uint32_t i) const {
  NameMatch best;
  best.first_token = i;
  best.end_token = i;
  uint32_t node = 0;
  for (uint32_t j = i; j < tokens.size(); ++j) {
    uint32_t w = ids[j];
    if (w == 0) break;
    auto it = edges_.find(EdgeKey(node, w));
    if (it == edges_.end()) break;
    node = it->second;
    const auto& cands = payload_[node];
    if (cands.empty()) continue;
    std::vector<MatchCandidate> ok;
    for (const MatchCandidate& c : cands) {
      if (c.needs_capital && !tokens[i].capitalized) continue;
      if (c.needs_all_caps) {
        std::string_view surface = text.substr(tokens[i].start, tokens[j].end - tokens[i].start);
        if (!IsAllCaps(surface)) continue;
      }
      ok.push_back(c);
    }
    if (!ok.empty()) {
      best.end_token = j + 1;
      best.candidates = std::move(ok);
    }
  }
  return best;
}

void ActorMatcher::FindAll(std::string_view text, const std::vector<Token>& tokens,
                           uint32_t from, std::vector<NameMatch>* out) const {
  std::vector<uint32_t> ids(tokens.size(), 0);
  for (uint32_t j = from; j < tokens.size(); ++j) ids[j] = WordId(tokens[j].norm);
  uint32_t i = from;
  while (i < tokens.size()) {
    if (ids[i] == 0) {
      ++i;
      continue;
    }
    NameMatch m = LongestAtIds(text, tokens, ids, i);
    if (m.end_token > i) {
      i = m.end_token;
      out->push_back(std::move(m));
    } else {
      ++i;
    }
  }
}

}  // namespace dipgraph::extract
