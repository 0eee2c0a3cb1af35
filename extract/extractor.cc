#include "extract/extractor.h"

#include <string>
#include <string_view>
#include <utility>

#include "base/civil_date.h"
#include "extract/actor_tagger.h"
#include "extract/date_attachment.h"
#include "extract/event_coder.h"
#include "extract/sports_context.h"
#include "extract/temporal_tagger.h"
#include "extract/trigger_lexicon.h"

namespace dipgraph::extract {

namespace {

graph::EventActor MakeEventActor(const Sentence& s, const ActorMention& m) {
  graph::EventActor a;
  a.actor = m.actor;
  a.mention.start = m.start;
  a.mention.end = m.end;
  a.mention.text = s.text.substr(m.start, m.end - m.start);
  return a;
}

// People, groups and institutions named without a country ("reporters",
// "protesters") acted on by, or acting against, a state actor belong to
// that actor's country: "Azerbaijan detained reporters" is a self-event.
void InheritCountry(graph::Actor* bare, const graph::Actor& other) {
  if (!bare->country.empty() || other.country.empty()) return;
  if (bare->kind != graph::ActorKind::kPeople) return;
  bare->country = other.country;
}

// A person of unknown country arrested, sentenced or released by a state's
// police or courts is taken to be of that state ("Saudi court upholds the
// sentence of blogger X").
void InheritPatientCountry(graph::Actor* patient, const graph::Actor& state_actor, const std::string& code) {
  if (!patient->country.empty() || state_actor.country.empty()) return;
  if (patient->kind != graph::ActorKind::kPerson || !patient->id.starts_with("P:")) return;
  if (!code.starts_with("17") && !code.starts_with("084")) return;
  if (state_actor.kind == graph::ActorKind::kPerson || state_actor.kind == graph::ActorKind::kPeople ||
      state_actor.kind == graph::ActorKind::kGroup) {
    return;
  }
  patient->country = state_actor.country;
}

// A person with neither a country nor an organisation.
bool Stateless(const graph::Actor& a) {
  return a.kind == graph::ActorKind::kPerson && a.country.empty();
}

// The actor of a state named only by its country code.
graph::Actor StateActor(const std::string& country) {
  graph::Actor a;
  a.id = country;
  a.kind = graph::ActorKind::kState;
  a.country = country;
  a.name = country;
  return a;
}

}  // namespace

Extractor::~Extractor() = default;

base::Result<std::unique_ptr<Extractor>> Extractor::Create(const ExtractorOptions& options) {
  std::unique_ptr<Extractor> x(new Extractor());
  x->options_ = options;
  ActorTaggerOptions topts;
  topts.use_embedded_lexicon = options.use_embedded_lexicon;
  topts.lexicon_dirs = options.lexicon_dirs;
  DIPGRAPH_ASSIGN_OR_RETURN(x->tagger_, ActorTagger::Create(topts));
  // Trigger files: the embedded ones plus those in each user directory.
  DIPGRAPH_ASSIGN_OR_RETURN(x->triggers_, TriggerLexicon::Load(options.lexicon_dirs));
  x->coder_ = std::make_unique<EventCoder>(*x->triggers_);
  return x;
}

Document Extractor::Tag(const graph::Article& article) const {
  DocumentOptions dopts;
  dopts.include_title = options_.include_title;
  Document doc;
  if (options_.force_lang.empty()) {
    doc = Document::FromArticle(article, dopts);
  } else {
    graph::Article copy = article;
    copy.lang = options_.force_lang;
    doc = Document::FromArticle(copy, dopts);
  }
  tagger_->TagDocument(doc, article);
  for (Sentence& s : doc.sentences) TagSentenceTimes(&s, doc.lang, article.date);
  return doc;
}

std::vector<graph::Event> Extractor::Extract(const graph::Article& article) const {
  const Document doc = Tag(article);
  // Agency copy often dates its news only in the lead ("Am Montag ...");
  // later undated sentences report the same day.
  const graph::EventDate news_day = NewsDay(doc.sentences, article.date);
  std::vector<graph::Event> events;
  // Match reports name teams by their country or city; a sentence with
  // sports words reads the same way in any article.
  std::vector<uint32_t> sports_cues;
  if (SportsArticle(doc.sentences, &sports_cues)) return events;
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    if (s.mentions.empty() && s.place.id.empty()) continue;
    if (sports_cues[k] > 0) continue;
    for (const CodedEvent& c : coder_->CodeSentence(s, doc.lang)) {
      graph::Event e;
      e.provenance = {article.id, s.field, s.index, s.start, s.end, s.text};
      if (c.place_source) {
        // The dateline's state; the mention is empty (it may lie in
        // another sentence).
        e.source.actor = s.place;
      } else {
        e.source = MakeEventActor(s, s.mentions[c.source]);
      }
      if (c.self_target) {
        const Token& tok = s.tokens[static_cast<size_t>(c.implicit_target_token)];
        e.target.actor = e.source.actor.kind == graph::ActorKind::kState ? e.source.actor
                                                                          : StateActor(e.source.actor.country);
        e.target.mention = {s.text.substr(tok.start, tok.end - tok.start), tok.start, tok.end};
      } else if (c.implicit_target_token >= 0) {
        // A people noun of the source's own country ("detained reporters").
        const Token& tok = s.tokens[static_cast<size_t>(c.implicit_target_token)];
        e.target.actor.id = e.source.actor.country + ":" + tok.norm;
        e.target.actor.kind = graph::ActorKind::kPeople;
        e.target.actor.country = e.source.actor.country;
        e.target.actor.name = s.text.substr(tok.start, tok.end - tok.start);
        e.target.mention = {e.target.actor.name, tok.start, tok.end};
      } else {
        e.target = MakeEventActor(s, s.mentions[c.target]);
      }
      InheritPatientCountry(&e.target.actor, e.source.actor, c.code);
      InheritCountry(&e.target.actor, e.source.actor);
      InheritCountry(&e.source.actor, e.target.actor);
      if (e.source.actor.Key() == e.target.actor.Key() && e.source.actor.Key().empty()) continue;
      // A person of no known state or organisation resolves to no actor key
      // (eval/ANNOTATION.md: both actors must), so the event cannot be placed
      // in the graph of states.
      if (Stateless(e.source.actor) || Stateless(e.target.actor)) continue;
      e.action.code = c.code;
      e.action.trigger = c.trigger;
      e.date = AttachDate(s, doc.lang, c.trigger_start, c.trigger_end, article.date,
                          c.code.substr(0, 2) == "03", news_day);
      if (article.date && e.date.known && e.date.basis == graph::DateBasis::kText &&
          e.action.code.substr(0, 2) != "03" &&
          (e.date.FirstDay() > base::DaysFromCivil(*article.date) || PointsAhead(e.date.expr, doc.lang))) {
        // "Nakasone's visit to Washington next week": still to come, so an
        // announced intent (root 03), dated at the announcement.
        e.action.code = IntentCode(e.action.code);
        e.date = AttachDate(s, doc.lang, c.trigger_start, c.trigger_end, article.date, true);
      }
      e.negated = c.negated;
      e.symmetric = c.symmetric;
      e.confidence = c.confidence;
      events.push_back(std::move(e));
    }
  }
  return events;
}

}  // namespace dipgraph::extract
