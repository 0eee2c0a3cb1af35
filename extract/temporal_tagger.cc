#include "extract/temporal_tagger.h"

#include <optional>
#include <string>
#include <utility>

#include "extract/temporal_matcher.h"
#include "extract/temporal_resolver.h"
#include "extract/temporal_scanner.h"

namespace dipgraph::extract {

using temporal::Match;
using temporal::Tagger;

std::vector<TimeExpression> TagTimes(std::string_view sentence_text, Lang lang,
                                     std::optional<base::CivilDay> published) {
  Tagger tagger(sentence_text, lang);
  std::vector<Match> matches = tagger.Run();
  const ScannedText& st = tagger.scanned();
  std::vector<TimeExpression> out;
  out.reserve(matches.size());
  for (const Match& m : matches) {
    TimeExpression t;
    t.start = st.tokens[m.first].start;
    t.end = st.tokens[m.last - 1].end;
    t.unknown_marker = m.unknown_marker;
    if (!m.unknown_marker) {
      t.date = Resolve(m.spec, published);
      // Not a real date ("31. Februar", "29 February 2023"): drop it. A
      // relative expression without an anchor stays, unresolved.
      const bool absolute = m.spec.kind == TimeSpecKind::kAbsoluteDay ||
                            m.spec.kind == TimeSpecKind::kAbsoluteMonth ||
                            m.spec.kind == TimeSpecKind::kAbsoluteYear;
      if (!t.date.known && (absolute || published.has_value())) continue;
    }
    t.date.expr = std::string(sentence_text.substr(t.start, t.end - t.start));
    out.push_back(std::move(t));
  }
  return out;
}

void TagSentenceTimes(Sentence* sentence, Lang lang,
                      std::optional<base::CivilDay> published) {
  sentence->times = TagTimes(sentence->text, lang, published);
}

}  // namespace dipgraph::extract
