// Roles the event coder finds outside the plain subject/object slots:
// places as actors (the state where an agentless domestic action
// happened, from a locative phrase or the dateline; `self` patterns whose
// target is the source's own state; protests without an addressee),
// defeats inflicted by the actor of an als/when clause, and English
// reactions whose target owns the object ("condemned allegations by X").

#include <algorithm>

#include "extract/sentence_coder.h"
#include "graph/actor.h"

namespace dipgraph::extract::coder_internal {

bool SentenceCoder::CustodyContext() const {
  static const std::set<std::string_view> kCustody = {
      "prison", "jail", "custody", "detention", "gefangnis", "haft", "gewahrsam", "untersuchungshaft",
      "hausarrest", "arbeitslager", "straflager", "haftanstalt", "jailed", "imprisoned", "inhaftiert",
      "inhaftierte", "inhaftierter", "inhaftierten", "haftling", "haftlinge", "haftlingen", "bail", "kaution"};
  for (const Token& t : s_.tokens) {
    if (kCustody.count(t.norm) > 0) return true;
  }
  return false;
}

bool SentenceCoder::Locative(int m) const {
  static const std::set<std::string_view> kLocativePreps = {
      "in", "im", "auf", "bei", "beim", "nahe", "at", "near", "inside", "across", "throughout"};
  const ActorMention& am = s_.mentions[static_cast<size_t>(m)];
  for (int j = static_cast<int>(am.first_token) - 1, steps = 0; j >= 0 && steps < 7; --j, ++steps) {
    const uint32_t u = static_cast<uint32_t>(j);
    const Token& t = s_.tokens[u];
    if (t.kind == TokenKind::kPunct) return false;
    if (mention_at_[u] != kNone) {
      // "der libanesischen Hauptstadt Beirut": an adjective mention inside
      // the place phrase.
      if (s_.mentions[static_cast<size_t>(mention_at_[u])].via != MentionVia::kAdjective) return false;
      continue;
    }
    if (kLocativePreps.count(t.norm) > 0) return true;
    WordClass c = Cls(u);
    if (c == WordClass::kDeterminer || c == WordClass::kGenitive) continue;
    if (lang_ == Lang::kDe) {
      // Nouns ("Flughafen", "Südosten") and inflected adjectives of the
      // place phrase; a verb form ends it unless an article or
      // preposition shows it attributive ("im besetzten Gebiet").
      const bool after_article = j > 0 && (Cls(u - 1) == WordClass::kDeterminer ||
                                           Cls(u - 1) == WordClass::kPreposition);
      if (lex_.Find(lang_, t.norm) != nullptr && !after_article) return false;
      if (t.capitalized) {
        // A noun of the place phrase stands right before the name
        // ("Hauptstadt Beirut") or before a genitive ("Südosten der").
        const Token& next = s_.tokens[u + 1];
        const bool linked = u + 1 == am.first_token || mention_at_[u + 1] != kNone ||
                            next.norm == "der" || next.norm == "des";
        if (!linked) return false;
        continue;
      }
      if (t.norm.ends_with("e") || t.norm.ends_with("en") || t.norm.ends_with("er") ||
          t.norm.ends_with("es") || t.norm.ends_with("em")) {
        continue;
      }
      return false;
    }
    if (t.norm == "capital" || t.norm == "city" || t.norm == "airport" || t.norm == "province" ||
        t.norm == "region" || t.norm == "town" || t.norm == "north" || t.norm == "south" ||
        t.norm == "east" || t.norm == "west" || t.norm == "border" || t.norm == "prison") {
      continue;
    }
    return false;
  }
  return false;
}

int SentenceCoder::LocativeState(uint32_t near, int skip) const {
  int best = kNone;
  uint32_t best_dist = 0;
  for (uint32_t k = 0; k < s_.mentions.size(); ++k) {
    const ActorMention& am = s_.mentions[k];
    if (static_cast<int>(k) == skip || am.actor.country.empty()) continue;
    if (am.actor.kind != graph::ActorKind::kState || !Locative(static_cast<int>(k))) continue;
    const uint32_t d = am.first_token > near ? am.first_token - near : near - am.first_token;
    if (best == kNone || d < best_dist) {
      best = static_cast<int>(k);
      best_dist = d;
    }
  }
  return best;
}

int SentenceCoder::PassivePatient(const Match& m, int skip) const {
  const ClauseSpan& cl = ClauseAt(m.head);
  const uint32_t end = lang_ == Lang::kEn ? m.phrase_begin : cl.end;
  for (uint32_t j = cl.begin; j < end && j < n_; ++j) {
    int k = mention_starting_[j];
    if (k == kNone || k == skip || !IsBare(k, true) || Locative(k)) continue;
    if (skip >= 0 && s_.mentions[static_cast<size_t>(k)].actor.id == s_.mentions[static_cast<size_t>(skip)].actor.id) {
      continue;
    }
    return k;
  }
  return kNone;
}

void SentenceCoder::CodePlaceOrSelf(const Match& m, int source, int target, std::string code, bool negated,
                                    double conf, std::set<std::tuple<std::string, std::string, std::string>>* seen,
                                    std::vector<CodedEvent>* out, bool force_self) const {
  const TriggerPattern& p = lex_.pattern(m.pattern);
  if (!ApplyModality(m, &code, &negated, &conf)) return;
  const bool place = source == kPlace;
  const std::string& source_id = place ? s_.place.id : s_.mentions[static_cast<size_t>(source)].actor.id;
  const std::string& country = place ? s_.place.country : s_.mentions[static_cast<size_t>(source)].actor.country;
  if (country.empty()) return;
  const Token& head = s_.tokens[m.head];
  auto make = [&](uint32_t tgt) {
    CodedEvent ev;
    ev.source = place ? tgt : static_cast<uint32_t>(source);
    ev.target = tgt;
    ev.place_source = place;
    ev.code = code;
    ev.trigger = TriggerText(m);
    ev.trigger_token = m.head;
    ev.trigger_start = head.start;
    ev.trigger_end = head.end;
    ev.negated = negated;
    ev.confidence = std::clamp(conf - 0.15, 0.05, 0.95);
    return ev;
  };
  if ((p.self_target || force_self) && target == kNone) {
    // "verhängte eine Ausgangssperre": the measure's noun stands for the
    // state's own population.
    uint32_t noun = m.literal_tokens.empty() ? m.head : m.literal_tokens.front();
    for (uint32_t lt : m.literal_tokens) {
      if (s_.tokens[lt].capitalized || lang_ == Lang::kEn) {
        noun = lt;
        break;
      }
    }
    if (!seen->insert(std::make_tuple(source_id, std::string("self:") + country, code.substr(0, 2))).second) return;
    CodedEvent ev = make(place ? 0 : static_cast<uint32_t>(source));
    ev.self_target = true;
    ev.implicit_target_token = static_cast<int>(noun);
    out->push_back(std::move(ev));
    return;
  }
  if (target >= 0) {
    for (int t : Expand(target)) {
      const ActorMention& tm = s_.mentions[static_cast<size_t>(t)];
      if (tm.actor.id == source_id) continue;
      if (!seen->insert(std::make_tuple(source_id, tm.actor.id, code.substr(0, 2))).second) continue;
      out->push_back(make(static_cast<uint32_t>(t)));
    }
    return;
  }
  // "Ein bekannter Islamist ist festgenommen worden": a people noun of the
  // place's own country.
  int people = ImplicitPeople(m, /*passive=*/true);
  if (people == kNone || !place) return;
  if (!seen->insert(std::make_tuple(source_id, std::string("people:") + Norm(static_cast<uint32_t>(people)),
                                    code.substr(0, 2)))
           .second) {
    return;
  }
  CodedEvent ev = make(0);
  ev.implicit_target_token = people;
  out->push_back(std::move(ev));
}

int SentenceCoder::WhenClauseSubject(uint32_t head) const {
  const uint32_t c = clause_of_[head] + 1;
  if (c >= clauses_.size()) return kNone;
  const ClauseSpan& next = clauses_[c];
  if (next.begin >= n_) return kNone;
  uint32_t b = next.begin;
  if (b < n_ && s_.tokens[b].kind == TokenKind::kPunct) ++b;
  if (b >= n_) return kNone;
  const std::string& w = Norm(b);
  if (w != "als" && w != "when" && w != "as") return kNone;
  return FirstBareInRange(b + 1, next.end, kNone);
}

int SentenceCoder::AttributedObject(uint32_t head, bool attack_verb) const {
  // "condemned as unacceptable allegations by Rwanda", "welcomed the
  // ending of a ban imposed by Australian unions", "attacked budget
  // proposals made by the EC's Commission".
  static const std::set<std::string_view> kVerbalThings = {
      "proposal", "proposals", "policy", "policies", "plan", "plans", "remarks", "statement", "statements",
      "decision", "decisions", "report", "stance", "comments", "budget", "allegations", "accusations"};
  const ClauseSpan& cl = ClauseAt(head);
  uint32_t clause_end = cl.end;
  if (head + 1 < n_ && Norm(head + 1) == "as" && clause_of_[head] + 1 < clauses_.size() &&
      clauses_[clause_of_[head] + 1].begin == head + 1) {
    clause_end = clauses_[clause_of_[head] + 1].end;  // "as" opened a clause of its own
  }
  const uint32_t end = std::min(clause_end, head + 12);
  // "militants backed by Yemeni troops": a reduced passive, not an object.
  if (head + 1 < n_ && Cls(head + 1) == WordClass::kAgent) return kNone;
  bool verbal_thing = false;
  for (uint32_t j = head + 1; j < end; ++j) {
    const WordClass c = Cls(j);
    const std::string& w = Norm(j);
    if (w == "as" && j == head + 1) continue;  // "rejected as baseless ..."
    if (c == WordClass::kSubordinator || c == WordClass::kConditional) return kNone;
    if (c == WordClass::kPreposition && w != "from") return kNone;  // "after", "in": the phrase has ended
    if (kVerbalThings.count(w) > 0) verbal_thing = true;
    const int m = mention_starting_[j];
    if (m != kNone) {
      const ActorMention& am = s_.mentions[static_cast<size_t>(m)];
      const bool possessive = am.end_token < n_ && (Norm(am.end_token) == "'s" || Norm(am.end_token) == "'");
      uint32_t b = j;
      while (b > head + 1 && Cls(b - 1) == WordClass::kDeterminer) --b;
      const std::string& before = Norm(b - 1);
      if (!(possessive || before == "by" || before == "of" || before == "from")) return kNone;
      // Force ("attacked the positions of the rebels") is coded as such;
      // only words ("attacked proposals made by X") are attributed.
      if (attack_verb && !verbal_thing) return kNone;
      return m;
    }
  }
  return kNone;
}

}  // namespace dipgraph::extract::coder_internal
