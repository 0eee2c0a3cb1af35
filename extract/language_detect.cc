#include "extract/language_detect.h"

#include <array>
#include <string>

#include "extract/text_fold.h"

namespace dipgraph::extract {

namespace {

constexpr std::array<std::string_view, 20> kEnglishWords = {
    "the", "and",  "of",  "to",   "is",   "that", "for",   "with", "was", "said",
    "on",  "has",  "by",  "from", "were", "have", "which", "will", "it",  "are"};

constexpr std::array<std::string_view, 20> kGermanWords = {
    "der", "die",  "das",  "und",  "ist",  "nicht", "mit", "von",   "den",  "dem",
    "ein", "eine", "sich", "auf",  "fur",  "zu",    "im",  "wurde", "sagte", "auch"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& set, std::string_view w) {
  for (std::string_view s : set) {
    if (s == w) return true;
  }
  return false;
}

}  // namespace

Lang DetectLanguage(std::string_view text) {
  constexpr size_t kSample = 4096;
  std::string_view sample = text.substr(0, kSample);
  int en = 0;
  int de = 0;
  size_t i = 0;
  std::string word;
  while (i <= sample.size()) {
    char32_t c = i < sample.size() ? DecodeUtf8(sample, &i) : (++i, U' ');
    if (IsLetter(c)) {
      if (c == 0xE4 || c == 0xF6 || c == 0xFC || c == 0xDF || c == 0xC4 ||
          c == 0xD6 || c == 0xDC) {
        ++de;
      }
      AppendUtf8(c, &word);
      continue;
    }
    if (!word.empty()) {
      std::string folded = Fold(word);
      if (Contains(kEnglishWords, folded)) ++en;
      if (Contains(kGermanWords, folded)) ++de;
      word.clear();
    }
  }
  return de > en ? Lang::kDe : Lang::kEn;
}

std::optional<Lang> ParseLang(std::string_view code) {
  std::string folded = Fold(code);
  if (folded == "en" || folded == "eng" || folded == "english") return Lang::kEn;
  if (folded == "de" || folded == "deu" || folded == "ger" || folded == "german") {
    return Lang::kDe;
  }
  return std::nullopt;
}

std::string_view LangCode(Lang lang) { return lang == Lang::kDe ? "de" : "en"; }

}  // namespace dipgraph::extract
