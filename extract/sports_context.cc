#include "extract/sports_context.h"

#include <bitset>
#include <string>
#include <string_view>
#include <unordered_set>

namespace dipgraph::extract {

namespace {

// Folded forms (extract/text_fold.h). Only words that rarely occur outside
// sport: "Sieg", "Spiel", "Finale" and "Tor" are left out ("Wahlsieg",
// "Brandenburger Tor"), and so are the Olympic Games themselves: boycotts
// of them and their hosting are diplomatic news ("Olympiasieger" stays).
const std::unordered_set<std::string_view>& SportsWords() {
  static const std::unordered_set<std::string_view> kWords = {
      // German
      "fussball", "fussballer", "fussballerin", "bundesliga", "champions-league", "europa-league",
      "champions", "achtelfinale", "viertelfinale", "halbfinale", "achtelfinal", "viertelfinal",
      "halbfinal", "torschutze", "torhuter", "tormann", "sturmer", "mittelfeldspieler", "teamchef",
      "nationalmannschaft", "nationalteam", "elfmeter", "elfer", "ruckspiel", "hinspiel",
      "heimspiel", "auswartsspiel", "heimsieg", "auswartssieg", "spieltag", "tabellenfuhrer",
      "tabellenletzter", "schlusslicht", "gruppenerster", "gruppensieger", "gruppenzweiter", "weltcup",
      "skirennen", "slalom", "riesentorlauf", "abfahrtslauf", "tennis", "tennisspieler", "satzball",
      "matchball", "grand-slam", "olympiasieger", "weltmeisterschaft",
      "europameisterschaft", "meisterschaft", "meistertitel", "trainer", "cheftrainer",
      "ablose", "torjager", "anpfiff", "abpfiff", "halbzeit", "nachspielzeit", "eigentor",
      "ausgleichstreffer", "fuhrungstreffer", "siegtreffer", "platzverweis", "grand-prix",
      "radprofi", "rennfahrer", "skirennlaufer", "skirennlauferin", "eishockey", "handball",
      "basketball", "volleyball", "nba", "nhl", "wm-qualifikation",
      "em-qualifikation", "testspiel", "freundschaftsspiel", "profis", "legionar",
      // English
      "football", "soccer", "footballer", "striker", "goalkeeper", "midfielder", "quarter-final",
      "semi-final", "quarterfinal", "semifinal", "quarter-finals", "semi-finals", "championship", "championships", "tournament", "playoff",
      "playoffs", "cricket", "rugby", "wimbledon", "medals", "goalless", "hat-trick"};
  return kWords;
}

bool ScoreAt(const Sentence& s, size_t i) {
  // "2:0", "10:1": a match score is one number token; times of day have
  // two-digit minutes ("9:30", "19:30 Uhr").
  const Token& t = s.tokens[i];
  if (t.kind != TokenKind::kNumber) return false;
  const size_t colon = t.norm.find(':');
  if (colon == std::string::npos || colon == 0 || colon > 2 || t.norm.size() != colon + 2) return false;
  return i + 1 >= s.tokens.size() || s.tokens[i + 1].norm != "uhr";
}

size_t Prefix(std::string_view w) {
  const auto b0 = static_cast<unsigned char>(w.empty() ? 0 : w[0]);
  const auto b1 = static_cast<unsigned char>(w.size() < 2 ? 0 : w[1]);
  return (static_cast<size_t>(b0) << 8) | b1;
}

// The first two bytes of the sports words: a cheap filter before the hash
// lookup, which almost every token fails.
const std::bitset<65536>& SportsPrefixes() {
  static const std::bitset<65536> kPrefixes = [] {
    std::bitset<65536> b;
    for (std::string_view w : SportsWords()) b.set(Prefix(w));
    return b;
  }();
  return kPrefixes;
}

}  // namespace

uint32_t SportsCues(const Sentence& sentence) {
  uint32_t n = 0;
  const auto& words = SportsWords();
  const auto& prefixes = SportsPrefixes();
  for (size_t i = 0; i < sentence.tokens.size(); ++i) {
    const Token& t = sentence.tokens[i];
    if (t.kind == TokenKind::kWord && t.norm.size() >= 3 && prefixes.test(Prefix(t.norm)) &&
        words.count(t.norm) > 0) {
      ++n;
    }
    if (ScoreAt(sentence, i)) ++n;
  }
  return n;
}

bool SportsArticle(const std::vector<Sentence>& sentences, std::vector<uint32_t>* cues_out) {
  uint32_t cues = 0, with_cues = 0;
  bool title = false;
  if (cues_out != nullptr) cues_out->assign(sentences.size(), 0);
  for (size_t k = 0; k < sentences.size(); ++k) {
    const uint32_t c = SportsCues(sentences[k]);
    if (cues_out != nullptr) (*cues_out)[k] = c;
    if (c == 0) continue;
    title = title || sentences[k].field == "title";
    cues += c;
    ++with_cues;
  }
  return title || (cues >= 3 && with_cues >= 2);
}

}  // namespace dipgraph::extract
