#include "cli/actor_resolver.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <utility>

#include "extract/lexicon.h"
#include "extract/text_fold.h"

namespace dipgraph::cli {

const graph::Actor* ActorResolver::Find(std::string_view id) {
  auto it = cache_.find(std::string(id));
  if (it != cache_.end()) return it->second.get();
  if (all_loaded_) return nullptr;  // LoadAll() saw every actor
  std::unique_ptr<graph::Actor> actor;
  auto got = store_.GetActor(id);
  if (!got.ok()) {
    if (status_.ok()) status_ = got.status();
  } else if (got->has_value()) {
    actor = std::make_unique<graph::Actor>(std::move(**got));
  }
  const graph::Actor* out = actor.get();
  cache_.emplace(std::string(id), std::move(actor));
  return out;
}

base::Status ActorResolver::LoadAll() { return EnsureAll(); }

base::Status ActorResolver::EnsureAll() {
  if (all_loaded_) return base::Status::OK();
  DIPGRAPH_RETURN_IF_ERROR(store_.ForEachActor([this](const graph::Actor& a) {
    auto& slot = cache_[a.id];
    if (!slot) slot = std::make_unique<graph::Actor>(a);
    return true;
  }));
  // Drop cached misses so that all_ holds real actors only.
  all_.clear();
  for (auto& [id, actor] : cache_) {
    if (actor) all_.push_back(actor.get());
  }
  std::sort(all_.begin(), all_.end(),
            [](const graph::Actor* a, const graph::Actor* b) { return a->id < b->id; });
  all_loaded_ = true;
  return base::Status::OK();
}

std::vector<std::string> ActorResolver::MembersOf(const graph::ActorSelector& selector) {
  if (!selector.by_key) return {selector.value};
  std::vector<std::string> out;
  for (const graph::Actor* a : all_) {
    if (selector.Matches(*a)) out.push_back(a->id);
  }
  return out;
}

ResolvedActor ActorResolver::Make(const graph::Actor& actor, bool exact) {
  ResolvedActor r;
  r.actor = actor;
  r.selector = graph::ActorSelector::For(actor, exact);
  r.members = MembersOf(r.selector);
  return r;
}

namespace {

// Display names of the lexicon's states by id, loaded once per process.
const std::unordered_map<std::string, graph::Actor>& StatesOfLexicon() {
  static const auto* states = [] {
    auto* out = new std::unordered_map<std::string, graph::Actor>();
    auto lexicon = extract::Lexicon::Load({});
    if (lexicon.ok()) {
      for (const extract::LexiconEntry& e : lexicon->entries()) {
        if (e.kind == extract::EntryKind::kState) out->try_emplace(e.id, e.ToActor());
      }
    }
    return out;
  }();
  return *states;
}

}  // namespace

const graph::Actor* ActorResolver::LexiconState(std::string_view id) {
  auto it = states_.find(std::string(id));
  if (it != states_.end()) return it->second.get();
  const auto& states = StatesOfLexicon();
  auto s = states.find(std::string(id));
  std::unique_ptr<graph::Actor> actor;
  if (s != states.end()) actor = std::make_unique<graph::Actor>(s->second);
  const graph::Actor* out = actor.get();
  states_.emplace(std::string(id), std::move(actor));
  return out;
}

// A state for `key` if stored actors carry it as their country, named as
// the lexicon names it.
std::optional<graph::Actor> ActorResolver::StateOfKey(std::string_view key) {
  for (const graph::Actor* a : all_) {
    if (a->kind != graph::ActorKind::kIgo && a->country == key) {
      if (const graph::Actor* known = LexiconState(key)) return *known;
      graph::Actor state;
      state.id = std::string(key);
      state.kind = graph::ActorKind::kState;
      state.country = std::string(key);
      state.sector = "GOV";
      state.name = std::string(key);
      return state;
    }
  }
  return std::nullopt;
}

namespace {

base::Status Ambiguous(std::string_view query, const std::vector<graph::Actor>& actors) {
  std::string msg = "\"" + std::string(query) + "\" is ambiguous:";
  for (size_t i = 0; i < actors.size() && i < 8; ++i) {
    msg += (i ? ", " : " ") + actors[i].id + " (" + actors[i].name + ")";
  }
  if (actors.size() > 8) msg += ", ...";
  return base::Status::InvalidArgument(msg + "; give an id");
}

// Distinct by id, in order.
std::vector<graph::Actor> Distinct(std::vector<graph::Actor> actors) {
  std::set<std::string> seen;
  std::erase_if(actors, [&](const graph::Actor& a) { return !seen.insert(a.id).second; });
  return actors;
}

}  // namespace

base::Result<ResolvedActor> ActorResolver::Resolve(std::string_view query, bool exact) {
  DIPGRAPH_RETURN_IF_ERROR(EnsureAll());
  if (query.empty()) return base::Status::InvalidArgument("an empty actor name");

  // 1 and 2: an id, or a key that stored actors carry.
  if (const graph::Actor* a = Find(query)) return Make(*a, exact);
  if (auto state = StateOfKey(query)) return Make(*state, exact);

  // 3: the store's aliases, exact.
  DIPGRAPH_ASSIGN_OR_RETURN(auto found, store_.FindActors(query, store::AliasMatch::kExact, 16));
  found = Distinct(std::move(found));
  if (found.size() == 1) return Make(found[0], exact);
  if (found.size() > 1) return Ambiguous(query, found);

  // 4: the lexicon, for names the store has not seen in this form.
  auto lexicon = extract::Lexicon::Load({});
  if (lexicon.ok()) {
    const std::string folded = extract::Fold(query);
    std::vector<graph::Actor> hits;
    for (const extract::LexiconEntry* e : lexicon->Search(query)) {
      if (e->kind == extract::EntryKind::kAgent) continue;
      const bool same = extract::Fold(e->id) == folded ||
                        std::any_of(e->aliases.begin(), e->aliases.end(),
                                    [&](const extract::Alias& al) {
                                      return extract::Fold(al.text) == folded;
                                    });
      if (!same) continue;
      if (const graph::Actor* a = Find(e->id)) {
        hits.push_back(*a);
      } else if (e->kind == extract::EntryKind::kState) {
        if (auto state = StateOfKey(e->id)) hits.push_back(*state);
      }
    }
    hits = Distinct(std::move(hits));
    if (hits.size() == 1) return Make(hits[0], exact);
    if (hits.size() > 1) return Ambiguous(query, hits);
  }

  // 5: the store's aliases, prefix.
  DIPGRAPH_ASSIGN_OR_RETURN(found, store_.FindActors(query, store::AliasMatch::kPrefix, 16));
  found = Distinct(std::move(found));
  if (found.size() == 1) return Make(found[0], exact);
  if (found.size() > 1) return Ambiguous(query, found);
  return base::Status::NotFound("no actor matches \"" + std::string(query) + "\"");
}

}  // namespace dipgraph::cli
