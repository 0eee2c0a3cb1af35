// Hand-built Sentences for the event coder tests: the text is tokenized by
// the real tokenizer, and the actor mentions are given by the test (surface
// string, actor id, country, kind, coordination group), so the coder can be
// tested without the actor tagger.

#ifndef DIPGRAPH_TESTS_EXTRACT_EVENT_FIXTURE_H_
#define DIPGRAPH_TESTS_EXTRACT_EVENT_FIXTURE_H_

#include <string>
#include <vector>

#include "extract/event_coder.h"
#include "extract/sentence.h"
#include "extract/tokenizer.h"
#include "extract/trigger_lexicon.h"

namespace dipgraph::testing {

struct FixtureMention {
  std::string surface;   // searched in the text after the previous mention
  std::string id;        // "USA", "P:antony-blinken"
  std::string country;   // actor key country ("USA"); empty for IGOs
  graph::ActorKind kind = graph::ActorKind::kState;
  uint32_t group = 0;
  extract::MentionVia via = extract::MentionVia::kName;
};

inline extract::Sentence MakeSentence(const std::string& text, const std::vector<FixtureMention>& mentions) {
  extract::Sentence s;
  s.field = "text";
  s.text = text;
  s.end = static_cast<uint32_t>(text.size());
  s.tokens = extract::Tokenize(text);
  size_t from = 0;
  for (const FixtureMention& fm : mentions) {
    size_t at = text.find(fm.surface, from);
    if (at == std::string::npos) continue;
    from = at + fm.surface.size();
    extract::ActorMention m;
    m.start = static_cast<uint32_t>(at);
    m.end = static_cast<uint32_t>(at + fm.surface.size());
    bool first = true;
    for (uint32_t i = 0; i < s.tokens.size(); ++i) {
      if (s.tokens[i].start >= m.start && s.tokens[i].end <= m.end) {
        if (first) m.first_token = i;
        first = false;
        m.end_token = i + 1;
      }
    }
    m.actor.id = fm.id;
    m.actor.kind = fm.kind;
    m.actor.country = fm.country;
    m.actor.name = fm.surface;
    m.group = fm.group;
    m.via = fm.via;
    s.mentions.push_back(m);
  }
  return s;
}

// The shared lexicon built from the embedded trigger files.
inline const extract::TriggerLexicon& TestLexicon() {
  static const auto* lexicon = [] {
    auto r = extract::TriggerLexicon::Load();
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return *lexicon;
}

// "USA>AZE:04" strings of the coded events (keys and root), with "~" for
// negated events, for compact assertions. `place` is the country of the
// sentence's dateline (Sentence::place), empty for none.
inline std::vector<std::string> Code(const std::string& text, const std::vector<FixtureMention>& mentions,
                                     extract::Lang lang, const std::string& place = "") {
  extract::Sentence s = MakeSentence(text, mentions);
  if (!place.empty()) {
    s.place.id = place;
    s.place.country = place;
    s.place.name = place;
  }
  extract::EventCoder coder(TestLexicon());
  std::vector<std::string> out;
  for (const extract::CodedEvent& e : coder.CodeSentence(s, lang)) {
    const std::string a = e.place_source ? s.place.Key() : s.mentions[e.source].actor.Key();
    // Implicit and self targets belong to the source's country.
    const std::string b = e.self_target || e.implicit_target_token >= 0
                              ? (e.place_source ? s.place.country : s.mentions[e.source].actor.country)
                              : s.mentions[e.target].actor.Key();
    out.push_back((e.negated ? "~" : "") + a + ">" + b + ":" + e.code.substr(0, 2));
  }
  return out;
}

}  // namespace dipgraph::testing

#endif  // DIPGRAPH_TESTS_EXTRACT_EVENT_FIXTURE_H_
