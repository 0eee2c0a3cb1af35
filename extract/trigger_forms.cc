#include "extract/trigger_forms.h"

#include <array>
#include <string_view>

#include "extract/trigger_lexicon.h"

namespace dipgraph::extract {

namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

void Add(std::vector<SurfaceForm>* out, std::string form, uint8_t flags) {
  for (SurfaceForm& f : *out) {
    if (f.form == form) {
      f.flags |= flags;
      return;
    }
  }
  out->push_back({std::move(form), flags});
}

// English third person singular / plural ending.
std::string AddS(const std::string& w) {
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") ||
      EndsWith(w, "sh") || EndsWith(w, "o")) {
    return w + "es";
  }
  if (w.size() > 1 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) {
    return w.substr(0, w.size() - 1) + "ies";
  }
  return w + "s";
}

// True for a final consonant-vowel-consonant that may double ("ban").
bool MayDouble(const std::string& w) {
  if (w.size() < 3) return false;
  char c = w.back();
  return !IsVowel(c) && c != 'w' && c != 'x' && c != 'y' && IsVowel(w[w.size() - 2]) &&
         !IsVowel(w[w.size() - 3]);
}

// German prefixes after which the participle takes no "ge-".
constexpr std::array<std::string_view, 9> kInseparablePrefixes = {
    "be", "ver", "ent", "er", "zer", "emp", "miss", "hinter", "ge"};

bool TakesNoGe(const std::string& base) {
  if (EndsWith(base, "ieren")) return true;
  for (std::string_view p : kInseparablePrefixes) {
    if (StartsWith(base, p) && base.size() > p.size() + 3) return true;
  }
  return false;
}

}  // namespace

std::vector<SurfaceForm> EnglishVerbForms(const std::string& lemma,
                                          const std::vector<std::string>& irregular) {
  std::vector<SurfaceForm> out;
  Add(&out, lemma, kFormInfinitive);
  Add(&out, AddS(lemma), kFormBase);
  const bool ends_e = EndsWith(lemma, "e");
  const bool cons_y = lemma.size() > 1 && lemma.back() == 'y' && !IsVowel(lemma[lemma.size() - 2]);
  if (ends_e) {
    Add(&out, lemma + "d", kFormParticiple);
  } else if (cons_y) {
    Add(&out, lemma.substr(0, lemma.size() - 1) + "ied", kFormParticiple);
  } else {
    Add(&out, lemma + "ed", kFormParticiple);
  }
  if (EndsWith(lemma, "ie")) {
    Add(&out, lemma.substr(0, lemma.size() - 2) + "ying", kFormBase);
  } else if (ends_e && !EndsWith(lemma, "ee") && !EndsWith(lemma, "ye") && !EndsWith(lemma, "oe")) {
    Add(&out, lemma.substr(0, lemma.size() - 1) + "ing", kFormBase);
  } else {
    Add(&out, lemma + "ing", kFormBase);
  }
  if (MayDouble(lemma)) {
    Add(&out, lemma + lemma.back() + "ed", kFormParticiple);
    Add(&out, lemma + lemma.back() + "ing", kFormBase);
  }
  for (const std::string& f : irregular) Add(&out, f, kFormParticiple);
  return out;
}

std::vector<SurfaceForm> EnglishNounForms(const std::string& noun,
                                          const std::vector<std::string>& irregular) {
  std::vector<SurfaceForm> out;
  Add(&out, noun, kFormBase);
  Add(&out, AddS(noun), kFormBase);
  for (const std::string& f : irregular) Add(&out, f, kFormBase);
  return out;
}

std::vector<SurfaceForm> GermanVerbForms(const std::string& lemma,
                                         const std::vector<std::string>& irregular) {
  std::string particle;
  std::string base = lemma;
  if (size_t bar = lemma.find('|'); bar != std::string::npos) {
    particle = lemma.substr(0, bar);
    base = lemma.substr(bar + 1);
  }
  std::string stem = base;
  if (EndsWith(stem, "en")) {
    stem.resize(stem.size() - 2);
  } else if (EndsWith(stem, "n")) {
    stem.resize(stem.size() - 1);
  }
  const bool no_ge = TakesNoGe(base);
  // Finite forms (present, simple past) and the participle of the base verb.
  std::vector<SurfaceForm> simple;
  Add(&simple, base, kFormInfinitive);
  for (std::string_view ending : {"e", "st", "t", "et", "te", "ten", "test", "tet", "ete", "eten", "est"}) {
    Add(&simple, stem + std::string(ending), kFormBase);
  }
  std::string participle = (no_ge ? "" : "ge") + stem + "t";
  Add(&simple, participle, kFormParticiple);
  Add(&simple, (no_ge ? "" : "ge") + stem + "et", kFormParticiple);
  if (no_ge) Add(&simple, stem + "t", kFormParticiple);
  for (const std::string& f : irregular) {
    const bool part = StartsWith(f, "ge") || f == base || (no_ge && (EndsWith(f, "en") || EndsWith(f, "t")));
    Add(&simple, f, part ? kFormParticiple : kFormBase);
  }
  if (particle.empty()) return simple;
  std::vector<SurfaceForm> out;
  for (const SurfaceForm& f : simple) {
    if (f.flags & kFormParticiple) {
      // Only the fused participle exists: "aufgefordert", "zurückgewiesen".
      Add(&out, particle + f.form, kFormParticiple);
      if (!(f.flags & kFormInfinitive)) continue;
    }
    if (f.flags & kFormInfinitive) {
      Add(&out, particle + f.form, kFormInfinitive);
      Add(&out, particle + "zu" + f.form, kFormInfinitive);
      // The present plural equals the infinitive: "sie setzen ... aus".
      Add(&out, f.form, kFormSplit);
      continue;
    }
    Add(&out, f.form, kFormSplit);        // main clause: "forderte ... auf"
    Add(&out, particle + f.form, kFormBase);  // verb-final: "dass er auffordert"
  }
  return out;
}

std::vector<SurfaceForm> GermanNounForms(const std::string& noun,
                                         const std::vector<std::string>& irregular) {
  std::vector<SurfaceForm> out;
  Add(&out, noun, kFormCompound);
  for (std::string_view ending : {"s", "es", "e", "en", "n", "er", "ern"}) {
    Add(&out, noun + std::string(ending), kFormCompound);
  }
  for (const std::string& f : irregular) Add(&out, f, kFormCompound);
  return out;
}

}  // namespace dipgraph::extract
