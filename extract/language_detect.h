// Language detection between English and German for articles whose `lang`
// field is empty, from function-word counts and German letters (ä ö ü ß).
//
// Thread-safety: thread-safe (pure functions).

#ifndef DIPGRAPH_EXTRACT_LANGUAGE_DETECT_H_
#define DIPGRAPH_EXTRACT_LANGUAGE_DETECT_H_

#include <optional>
#include <string_view>

#include "extract/sentence.h"

namespace dipgraph::extract {

// Returns kDe or kEn for `text` (looks at most at its first 4 KB); English
// when there is no evidence either way.
Lang DetectLanguage(std::string_view text);

// Parses "en"/"de" (case-insensitive, also "eng", "deu", "ger"); nullopt
// otherwise.
std::optional<Lang> ParseLang(std::string_view code);

// "en" or "de".
std::string_view LangCode(Lang lang);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_LANGUAGE_DETECT_H_
