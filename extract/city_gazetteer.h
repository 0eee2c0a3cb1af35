// CityGazetteer maps the names of major cities that are not capitals
// ("Aleppo", "Mossul", "Neapel") to the state they lie in, from the
// embedded table extract/lexicon/cities.txt. The ActorTagger uses it to
// place a sentence ("in Aleppo" -> SYR) and an article's dateline
// ("Neapel – " -> ITA); cities are never actors themselves.
//
// Thread-safety: immutable after construction; Embedded() is built once.

#ifndef DIPGRAPH_EXTRACT_CITY_GAZETTEER_H_
#define DIPGRAPH_EXTRACT_CITY_GAZETTEER_H_

#include <bitset>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/sentence.h"

namespace dipgraph::extract {

class CityGazetteer {
 public:
  // Parses `text`: lines "STATE: Name | Name ..."; '#' starts a comment.
  // Malformed lines are skipped (the table is compiled in and tested).
  explicit CityGazetteer(std::string_view text);

  // The gazetteer of the embedded cities.txt.
  static const CityGazetteer& Embedded();

  // If a city name starts at token `i` of `tokens` (its first word
  // capitalised), returns the id of the state it lies in today and sets
  // *end to the token after the name. Returns an empty view otherwise.
  // The state of an earlier day (the Soviet Union before 1992) is the
  // lexicon's: see LexiconEntry::parts.
  std::string_view StateAt(const std::vector<Token>& tokens, size_t i, size_t* end) const;

  size_t size() const { return size_; }

 private:
  struct City {
    std::vector<std::string> norms;  // folded token forms
    std::string state;
  };
  // Cities by their first token's folded form, longest names first.
  std::unordered_map<std::string, std::vector<City>> by_first_;
  // The first two bytes of every first token: a cheap filter before the
  // hash lookup, which most tokens fail.
  std::bitset<65536> prefixes_;
  size_t size_ = 0;
};

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_CITY_GAZETTEER_H_
