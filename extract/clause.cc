#include "extract/clause.h"

#include <string>
#include <unordered_map>

namespace dipgraph::extract {

namespace {

using WordTable = std::unordered_map<std::string_view, WordClass>;

void Put(WordTable* t, std::initializer_list<std::string_view> words, WordClass c) {
  for (std::string_view w : words) t->emplace(w, c);
}

const WordTable& EnglishTable() {
  static const WordTable table = [] {
    WordTable t;
    Put(&t, {"with", "to", "in", "at", "on", "for", "from", "against", "into", "onto", "about",
             "between", "among", "toward", "towards", "over", "under", "after", "before", "during",
             "without", "across", "through", "near", "upon", "amid", "despite", "via", "like",
             "per", "than", "within", "beyond", "around", "behind", "outside", "inside", "since"},
        WordClass::kPreposition);
    Put(&t, {"of"}, WordClass::kGenitive);
    Put(&t, {"by"}, WordClass::kAgent);
    Put(&t, {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these",
             "those", "'s", "'", "some", "several", "two", "three", "both", "all", "another",
             "other", "top", "senior", "former", "new", "visiting", "fellow"},
        WordClass::kDeterminer);
    Put(&t, {"and", "or", "but", "as well as", "&"}, WordClass::kCoordinator);
    Put(&t, {"which", "who", "whom", "whose", "because", "although", "though", "while",
             "when", "where", "as", "until", "once", "whereas", "saying", "adding"},
        WordClass::kSubordinator);
    Put(&t, {"if", "unless", "whether", "should"}, WordClass::kConditional);
    Put(&t, {"not", "n't", "never", "no", "neither", "nor", "didn't", "doesn't", "don't",
             "won't", "wouldn't", "hasn't", "haven't", "hadn't", "isn't", "wasn't", "weren't",
             "aren't", "cannot", "can't", "couldn't"},
        WordClass::kNegation);
    Put(&t, {"will", "shall", "'ll"}, WordClass::kFuture);
    Put(&t, {"could", "might", "may", "can", "must", "ought"}, WordClass::kHypothetical);
    Put(&t, {"would", "'d"}, WordClass::kWould);
    Put(&t, {"is", "are", "was", "were", "been", "being", "be", "'re", "get", "got", "gets"},
        WordClass::kBeAux);
    Put(&t, {"has", "have", "had", "'ve"}, WordClass::kHaveAux);
    return t;
  }();
  return table;
}

const WordTable& GermanTable() {
  static const WordTable table = [] {
    WordTable t;
    Put(&t, {"mit", "zu", "zum", "zur", "in", "im", "ins", "an", "am", "ans", "auf", "aus",
             "bei", "beim", "nach", "gegen", "fur", "uber", "unter", "vor", "zwischen", "um",
             "seit", "ohne", "wegen", "trotz", "gegenuber", "laut", "durchs", "vom", "hinter",
             "neben", "bis", "innerhalb", "ausserhalb", "angesichts", "zufolge"},
        WordClass::kPreposition);
    Put(&t, {"von", "durch"}, WordClass::kAgent);
    Put(&t, {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "einen",
             "eines", "sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre",
             "ihrem", "ihren", "ihrer", "ihres", "dessen", "deren", "beide", "beiden", "alle",
             "allen", "mehrere", "mehreren", "zwei", "drei", "diese", "dieser", "diesem",
             "diesen", "dieses"},
        WordClass::kDeterminer);
    Put(&t, {"und", "oder", "sowie", "aber", "doch", "sondern"}, WordClass::kCoordinator);
    Put(&t, {"dass", "weil", "als", "nachdem", "obwohl", "wahrend", "damit", "bevor", "da",
             "sodass", "wobei", "wie", "welche", "welcher", "welches", "indem", "seitdem",
             "solange", "sobald", "worauf", "wonach", "weshalb", "nachdem"},
        WordClass::kSubordinator);
    Put(&t, {"wenn", "falls", "ob", "sofern", "sollte", "sollten"}, WordClass::kConditional);
    Put(&t, {"nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem", "keiner", "keines",
             "weder"},
        WordClass::kNegation);
    Put(&t, {"will", "wollen", "wollte", "wollten", "wolle", "soll", "sollen", "solle",
             "wird", "werden", "werde"},
        WordClass::kFuture);
    Put(&t, {"konnte", "konnten", "durfte", "durften", "musste", "mussten", "moge", "mochte",
             "mochten", "kann", "konne", "muss"},
        WordClass::kHypothetical);
    Put(&t, {"wurde", "wurden", "worden"}, WordClass::kPassiveAux);
    Put(&t, {"hat", "haben", "hatte", "hatten", "habe", "hast", "ist", "sind", "war", "waren",
             "sei", "seien", "gewesen"},
        WordClass::kHaveAux);
    return t;
  }();
  return table;
}

bool InSet(std::string_view norm, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (norm == s) return true;
  }
  return false;
}

bool IsPunct(const Token& t, std::string_view chars) {
  return t.kind == TokenKind::kPunct && chars.find(t.norm) != std::string_view::npos;
}

// "The European Community (EC) agreed": a bracket around at most four
// tokens (an abbreviation, a short aside) does not split the clause.
bool ShortBracket(const Sentence& s, uint32_t i) {
  const auto& toks = s.tokens;
  if (toks[i].norm == "(") {
    for (uint32_t j = i + 1; j < toks.size() && j <= i + 5; ++j) {
      if (toks[j].norm == ")") return true;
    }
    return false;
  }
  for (uint32_t j = i; j > 0 && j + 5 >= i; --j) {
    if (toks[j - 1].norm == "(") return true;
  }
  return false;
}

}  // namespace

WordClass ClassOf(Lang lang, std::string_view norm) {
  const WordTable& t = lang == Lang::kDe ? GermanTable() : EnglishTable();
  auto it = t.find(norm);
  return it == t.end() ? WordClass::kOther : it->second;
}

bool IsIntentWord(Lang lang, std::string_view w) {
  if (lang == Lang::kEn) {
    return InSet(w, {"plan", "plans", "planned", "planning", "intend", "intends", "intended",
                     "agree", "agrees", "agreed", "expect", "expects", "expected", "schedule",
                     "scheduled", "set", "decide", "decides", "decided", "hope", "hopes",
                     "hoped", "want", "wants", "wanted", "aim", "aims", "aimed", "seek", "seeks",
                     "sought", "offer", "offers", "offered", "promise", "promises", "promised",
                     "pledge", "pledges", "pledged", "prepare", "prepared", "ready", "willing",
                     "going", "due", "propose", "proposes", "proposed", "likely", "vow", "vows",
                     "vowed", "announce", "announced", "arrange", "arranged", "try", "tries",
                     "tried", "attempt", "attempted", "wish", "wishes", "eager", "poised"});
  }
  return InSet(w, {"plant", "planen", "plante", "planten", "geplant", "beabsichtigt",
                   "beabsichtigen", "vereinbart", "vereinbarten", "vereinbarte", "an", "bereit",
                   "angekundigt", "zugesagt", "versprach", "versprochen", "vor", "vorgenommen",
                   "entschlossen", "will", "wollen", "wollte", "wollten", "hofft", "hoffen",
                   "beschlossen", "beschloss", "entschieden", "verpflichtet", "vorgesehen"});
}

bool IsRefusalWord(Lang lang, std::string_view w) {
  if (lang == Lang::kEn) {
    return InSet(w, {"refuse", "refuses", "refused", "refusing", "decline", "declines",
                     "declined", "reject", "rejected", "rejects", "unwilling", "balked"});
  }
  return InSet(w, {"weigert", "weigerte", "weigerten", "geweigert", "ab", "abgelehnt",
                   "verweigert", "verweigerte"});
}

bool IsThreatWord(Lang lang, std::string_view w) {
  if (lang == Lang::kEn) {
    return InSet(w, {"threaten", "threatens", "threatened", "threatening", "vow", "vows",
                     "vowed", "warn", "warns", "warned", "swore", "vowing"});
  }
  return InSet(w, {"droht", "drohte", "drohten", "gedroht", "drohen", "schwor", "geschworen",
                   "kundigte", "angekundigt"});
}

bool IsFailureWord(Lang lang, std::string_view w) {
  if (lang == Lang::kEn) return InSet(w, {"fail", "fails", "failed", "failing"});
  return InSet(w, {"scheiterte", "gescheitert", "verfehlte", "versaumte", "versaumt"});
}

std::vector<ClauseSpan> SplitClauses(const Sentence& s, Lang lang) {
  std::vector<ClauseSpan> out;
  const auto& toks = s.tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  // Tokens inside mentions never open a clause.
  std::vector<int> in_mention(n, 0);
  for (const ActorMention& m : s.mentions) {
    for (uint32_t i = m.first_token; i < m.end_token && i < n; ++i) in_mention[i] = 1;
  }
  ClauseSpan cur;
  auto close = [&](uint32_t at) {
    cur.end = at;
    if (cur.end > cur.begin) out.push_back(cur);
    cur = ClauseSpan();
    cur.begin = at;
  };
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = toks[i];
    if (t.kind == TokenKind::kPunct) {
      if (IsPunct(t, ",")) {
        // "Armenia, Azerbaijan and Georgia": a comma between two mentions
        // is part of a list.
        bool list = i > 0 && i + 1 < n && in_mention[i - 1] && in_mention[i + 1];
        if (list) continue;
        close(i + 1);
        continue;
      }
      if ((t.norm == "(" || t.norm == ")") && ShortBracket(s, i)) continue;
      if (IsPunct(t, ";:()[]\"\u201c\u201d\u201e\u00ab\u00bb?!-") || t.norm == "\u201e" ||
          t.norm == "\u201c" || t.norm == "\u201d" || t.norm == "\u2013" || t.norm == "\u2014" ||
          t.norm == "\u00ab" || t.norm == "\u00bb") {
        close(i + 1);
        continue;
      }
      continue;
    }
    if (in_mention[i]) continue;
    WordClass c = ClassOf(lang, t.norm);
    const bool after_comma = i > 0 && IsPunct(toks[i - 1], ",");
    if (c == WordClass::kSubordinator || c == WordClass::kConditional ||
        (lang == Lang::kEn && t.norm == "that")) {
      if (lang == Lang::kEn && c == WordClass::kConditional && t.norm == "should" && !after_comma &&
          i != 0) {
        continue;  // "should" inside a clause is a modal, not "should X happen"
      }
      if (i > cur.begin) close(i);
      cur.subordinate = true;
      cur.conditional = c == WordClass::kConditional;
      cur.relative = t.norm == "who" || t.norm == "which" || t.norm == "whose" ||
                     t.norm == "welche" || t.norm == "welcher";
      // "a Japanese team that left": "that" right after a noun phrase
      // holding an actor is a relative pronoun.
      if (t.norm == "that" && ((i >= 1 && in_mention[i - 1]) || (i >= 2 && in_mention[i - 2]))) {
        cur.relative = true;
      }
      continue;
    }
    // German relative pronoun right after a comma: ", der ...", ", die ...".
    if (lang == Lang::kDe && after_comma &&
        (t.norm == "der" || t.norm == "die" || t.norm == "das" || t.norm == "dem" ||
         t.norm == "den" || t.norm == "deren" || t.norm == "dessen")) {
      const bool next_is_verbish = i + 1 < n && !toks[i + 1].capitalized;
      if (next_is_verbish || t.norm == "deren" || t.norm == "dessen") {
        cur.subordinate = true;
        cur.relative = true;
      }
    }
    // ", in dem der Diplomat ... vorwarf", ", mit denen ...": preposition
    // plus relative pronoun opens a verb-final relative clause.
    if (lang == Lang::kDe && after_comma && c == WordClass::kPreposition && i + 1 < n &&
        (toks[i + 1].norm == "dem" || toks[i + 1].norm == "der" || toks[i + 1].norm == "denen" ||
         toks[i + 1].norm == "welchem" || toks[i + 1].norm == "welcher" || toks[i + 1].norm == "welchen") &&
        i + 2 < n &&
        (ClassOf(lang, toks[i + 2].norm) == WordClass::kDeterminer || in_mention[i + 2] ||
         toks[i + 2].norm == "er" || toks[i + 2].norm == "sie" || toks[i + 2].norm == "es" ||
         toks[i + 2].norm == "man" || toks[i + 2].norm == "wir")) {
      cur.subordinate = true;
      cur.relative = true;
    }
  }
  close(n);
  return out;
}

}  // namespace dipgraph::extract
