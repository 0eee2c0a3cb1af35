#include "extract/city_gazetteer.h"

#include <algorithm>

#include "extract/embedded_files.h"
#include "extract/tokenizer.h"

namespace dipgraph::extract {

namespace {

size_t Prefix(std::string_view w) {
  const auto b0 = static_cast<unsigned char>(w.empty() ? 0 : w[0]);
  const auto b1 = static_cast<unsigned char>(w.size() < 2 ? 0 : w[1]);
  return (static_cast<size_t>(b0) << 8) | b1;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

CityGazetteer::CityGazetteer(std::string_view text) {
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (const size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string state(Trim(line.substr(0, colon)));
    if (state.empty()) continue;
    std::string_view names = line.substr(colon + 1);
    while (!names.empty()) {
      const size_t bar = names.find('|');
      const std::string_view name = Trim(names.substr(0, bar));
      names.remove_prefix(bar == std::string_view::npos ? names.size() : bar + 1);
      if (name.empty()) continue;
      City c;
      c.state = state;
      for (const Token& t : Tokenize(name)) c.norms.push_back(t.norm);
      if (c.norms.empty()) continue;
      prefixes_.set(Prefix(c.norms.front()));
      by_first_[c.norms.front()].push_back(std::move(c));
      ++size_;
    }
  }
  for (auto& [first, cities] : by_first_) {
    std::stable_sort(cities.begin(), cities.end(),
                     [](const City& a, const City& b) { return a.norms.size() > b.norms.size(); });
  }
}

const CityGazetteer& CityGazetteer::Embedded() {
  static const CityGazetteer* const kEmbedded = [] {
    for (const EmbeddedFile& f : EmbeddedFiles()) {
      if (f.name == "cities.txt") return new CityGazetteer(f.content);
    }
    return new CityGazetteer("");
  }();
  return *kEmbedded;
}

std::string_view CityGazetteer::StateAt(const std::vector<Token>& tokens, size_t i, size_t* end) const {
  if (i >= tokens.size() || !tokens[i].capitalized || tokens[i].kind != TokenKind::kWord) return {};
  if (!prefixes_.test(Prefix(tokens[i].norm))) return {};
  const auto it = by_first_.find(tokens[i].norm);
  if (it == by_first_.end()) return {};
  for (const City& c : it->second) {
    if (i + c.norms.size() > tokens.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < c.norms.size() && ok; ++k) ok = tokens[i + k].norm == c.norms[k];
    if (!ok) continue;
    *end = i + c.norms.size();
    return c.state;
  }
  return {};
}

}  // namespace dipgraph::extract
