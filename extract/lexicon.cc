#include "extract/lexicon.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/civil_date.h"
#include "extract/embedded_files.h"
#include "extract/text_fold.h"

namespace dipgraph::extract {

namespace {

using base::Status;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Splits a value at " | " (any '|'), trimming each alternative.
std::vector<std::string_view> SplitAlternatives(std::string_view value) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= value.size()) {
    size_t bar = value.find('|', pos);
    if (bar == std::string_view::npos) bar = value.size();
    std::string_view alt = Trim(value.substr(pos, bar - pos));
    if (!alt.empty()) out.push_back(alt);
    pos = bar + 1;
  }
  return out;
}

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// Parses one end of a range; `last` picks the last day of a month or year.
bool ParseRangeEnd(std::string_view s, bool last, int64_t* day) {
  int y = 0;
  int m = last ? 12 : 1;
  int d = 0;
  bool has_day = false;
  if (s.size() == 4) {
    if (!ParseInt(s, &y)) return false;
  } else if (s.size() == 7 && s[4] == '-') {
    if (!ParseInt(s.substr(0, 4), &y) || !ParseInt(s.substr(5, 2), &m)) return false;
  } else if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    if (!ParseInt(s.substr(0, 4), &y) || !ParseInt(s.substr(5, 2), &m) ||
        !ParseInt(s.substr(8, 2), &d)) {
      return false;
    }
    has_day = true;
  } else {
    return false;
  }
  if (m < 1 || m > 12) return false;
  if (!has_day) d = last ? base::DaysInMonth(y, m) : 1;
  if (!base::IsValidCivilDay(y, m, d)) return false;
  *day = base::DaysFromCivil({y, m, d});
  return true;
}

std::optional<EntryKind> ParseEntryKind(std::string_view s) {
  if (s == "state") return EntryKind::kState;
  if (s == "igo") return EntryKind::kIgo;
  if (s == "institution") return EntryKind::kInstitution;
  if (s == "group") return EntryKind::kGroup;
  if (s == "person") return EntryKind::kPerson;
  if (s == "agent") return EntryKind::kAgent;
  return std::nullopt;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

void AddAlias(LexiconEntry* e, std::string text, bool german, NameType type,
              bool generated) {
  for (const Alias& a : e->aliases) {
    if (a.text == text && a.type == type && a.german == german) return;
  }
  e->aliases.push_back({std::move(text), german, type, generated});
}

// Adds the forms the data files leave to the loader (see lexicon.h).
void GenerateForms(LexiconEntry* e) {
  std::vector<Alias> given = e->aliases;
  for (const Alias& a : given) {
    if (a.generated) continue;
    if (a.german && a.type == NameType::kAdjective) {
      for (std::string_view ending : {"e", "en", "er", "es", "em"}) {
        AddAlias(e, a.text + std::string(ending), true, NameType::kAdjective, true);
      }
      continue;
    }
    if (e->kind == EntryKind::kAgent) {
      if (a.german) {
        for (std::string_view ending : {"s", "n", "en", "in", "innen"}) {
          AddAlias(e, a.text + std::string(ending), true, a.type, true);
        }
      } else if (EndsWith(a.text, "man")) {
        AddAlias(e, a.text.substr(0, a.text.size() - 3) + "men", false, a.type, true);
      } else if (EndsWith(a.text, "y") && !EndsWith(a.text, "ey")) {
        AddAlias(e, a.text.substr(0, a.text.size() - 1) + "ies", false, a.type, true);
      } else if (!EndsWith(a.text, "s")) {
        AddAlias(e, a.text + "s", false, a.type, true);
      }
      continue;
    }
    bool genitive_kind = (a.type == NameType::kName &&
                          (e->kind == EntryKind::kState || e->kind == EntryKind::kPerson)) ||
                         (a.type == NameType::kCapital && e->kind == EntryKind::kState);
    if (a.german && genitive_kind && !a.text.empty()) {
      char last = a.text.back();
      bool letter = (last >= 'a' && last <= 'z') || static_cast<unsigned char>(last) >= 0x80;
      if (letter && last != 's' && last != 'x' && last != 'z' && !EndsWith(a.text, "ß")) {
        AddAlias(e, a.text + "s", true, a.type, true);
      }
    }
  }
}

// Applies one `key: value` line to *e. Returns an error message or "".
std::string ApplyKey(LexiconEntry* e, std::string_view key, std::string_view value) {
  std::vector<std::string_view> alts = SplitAlternatives(value);
  auto first = [&]() { return alts.empty() ? std::string() : std::string(alts[0]); };
  struct NameKey {
    std::string_view key;
    bool german;
    NameType type;
  };
  static constexpr NameKey kNameKeys[] = {
      {"en", false, NameType::kName},         {"de", true, NameType::kName},
      {"en.adj", false, NameType::kAdjective}, {"de.adj", true, NameType::kAdjective},
      {"en.people", false, NameType::kPeople}, {"de.people", true, NameType::kPeople},
      {"en.capital", false, NameType::kCapital}, {"de.capital", true, NameType::kCapital},
  };
  for (const NameKey& nk : kNameKeys) {
    if (key == nk.key) {
      for (std::string_view a : alts) AddAlias(e, std::string(a), nk.german, nk.type, false);
      return "";
    }
  }
  if (key == "name") {
    e->name = first();
  } else if (key == "country") {
    e->country = first();
  } else if (key == "org") {
    e->org = first();
  } else if (key == "sector") {
    e->sector = first();
  } else if (key == "role") {
    e->role = first();
  } else if (key == "kind") {
    std::optional<graph::ActorKind> k = graph::ParseActorKind(first());
    if (!k) return "unknown kind '" + first() + "'";
    e->agent_kind = *k;
  } else if (key == "valid") {
    base::Result<DayRange> r = ParseDayRange(first());
    if (!r.ok()) return r.status().message();
    e->valid = *r;
  } else if (key == "parts") {
    for (std::string_view a : alts) e->parts.emplace_back(a);
  } else if (key == "office") {
    if (alts.empty()) return "empty office";
    Office o;
    o.role = std::string(alts[0]);
    if (alts.size() > 1) {
      base::Result<DayRange> r = ParseDayRange(alts[1]);
      if (!r.ok()) return r.status().message();
      o.term = *r;
    }
    e->offices.push_back(std::move(o));
  }
  return "";  // unknown keys are ignored
}

}  // namespace

bool IsActorLexiconFile(std::string_view file_name) {
  // triggers_*.txt belong to the event coder, cities.txt to the
  // CityGazetteer (extract/city_gazetteer.h).
  return file_name.rfind("triggers", 0) != 0 && file_name != "cities.txt";
}

std::string_view EntryKindName(EntryKind kind) {
  switch (kind) {
    case EntryKind::kState: return "state";
    case EntryKind::kIgo: return "igo";
    case EntryKind::kInstitution: return "institution";
    case EntryKind::kGroup: return "group";
    case EntryKind::kPerson: return "person";
    case EntryKind::kAgent: return "agent";
  }
  return "state";
}

base::Result<DayRange> ParseDayRange(std::string_view text) {
  text = Trim(text);
  size_t dots = text.find("..");
  if (dots == std::string_view::npos) {
    return Status::InvalidArgument("bad date range '" + std::string(text) +
                                   "' (want FROM..TO)");
  }
  std::string_view from = Trim(text.substr(0, dots));
  std::string_view to = Trim(text.substr(dots + 2));
  DayRange r;
  if (!from.empty() && !ParseRangeEnd(from, false, &r.from)) {
    return Status::InvalidArgument("bad date '" + std::string(from) + "'");
  }
  if (!to.empty() && !ParseRangeEnd(to, true, &r.to)) {
    return Status::InvalidArgument("bad date '" + std::string(to) + "'");
  }
  return r;
}

graph::Actor LexiconEntry::ToActor() const {
  graph::Actor a;
  a.id = id;
  a.name = name.empty() ? id : name;
  a.sector = sector;
  a.role = role;
  switch (kind) {
    case EntryKind::kState:
      a.kind = graph::ActorKind::kState;
      a.country = country.empty() ? id : country;
      break;
    case EntryKind::kIgo:
      a.kind = graph::ActorKind::kIgo;
      if (a.sector.empty()) a.sector = "IGO";
      break;
    case EntryKind::kInstitution:
      a.kind = graph::ActorKind::kInstitution;
      a.country = country;
      break;
    case EntryKind::kGroup:
      a.kind = graph::ActorKind::kGroup;
      a.country = country;
      break;
    case EntryKind::kPerson:
      a.kind = graph::ActorKind::kPerson;
      a.country = country;
      break;
    case EntryKind::kAgent:
      a.kind = agent_kind;
      break;
  }
  return a;
}

base::Status Lexicon::AddText(std::string_view text, std::string_view file_name) {
  size_t pos = 0;
  int line_no = 0;
  size_t first_new = entries_.size();
  LexiconEntry* current = nullptr;
  auto error = [&](const std::string& reason) {
    return Status::InvalidArgument(std::string(file_name) + ":" + std::to_string(line_no) +
                                   ": " + reason);
  };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = Trim(line);
    if (line.empty()) continue;
    if (line.front() == '[') {
      if (line.back() != ']') return error("malformed header (missing ']')");
      std::string_view inner = Trim(line.substr(1, line.size() - 2));
      size_t sp = inner.find_first_of(" \t");
      if (sp == std::string_view::npos) return error("malformed header (want [KIND ID])");
      std::string_view kind = inner.substr(0, sp);
      std::string_view id = Trim(inner.substr(sp + 1));
      std::optional<EntryKind> k = ParseEntryKind(kind);
      if (!k) return error("unknown kind '" + std::string(kind) + "'");
      if (id.empty() || id.find_first_of(" \t") != std::string_view::npos) {
        return error("malformed id '" + std::string(id) + "'");
      }
      entries_.emplace_back();
      current = &entries_.back();
      current->kind = *k;
      current->id = std::string(id);
      current->origin = std::string(file_name) + ":" + std::to_string(line_no);
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) return error("expected 'key: value'");
    if (current == nullptr) return error("'key: value' before the first [KIND ID] header");
    std::string_view key = Trim(line.substr(0, colon));
    std::string_view value = Trim(line.substr(colon + 1));
    std::string msg = ApplyKey(current, key, value);
    if (!msg.empty()) return error(msg);
  }
  for (size_t i = first_new; i < entries_.size(); ++i) {
    LexiconEntry& e = entries_[i];
    if (e.kind == EntryKind::kState && e.country.empty()) e.country = e.id;
    GenerateForms(&e);
  }
  return Status::OK();
}

base::Status Lexicon::AddDirectory(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": not a directory");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    // triggers_*.txt belong to the event coder (extract/trigger_lexicon.h).
    if (entry.path().extension() == ".txt" &&
        entry.path().filename().string().rfind("triggers_", 0) != 0) {
      files.push_back(entry.path());
    }
  }
  if (ec) return Status::IOError(dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    if (!IsActorLexiconFile(p.filename().string())) continue;
    std::ifstream in(p, std::ios::binary);
    if (!in) return Status::IOError(p.string() + ": cannot read");
    std::stringstream ss;
    ss << in.rdbuf();
    DIPGRAPH_RETURN_IF_ERROR(AddText(ss.str(), p.string()));
  }
  return Status::OK();
}

base::Status Lexicon::AddActorsDict(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  return AddActorsDictText(ss.str(), path);
}

base::Result<Lexicon> Lexicon::Load(const std::vector<std::string>& dirs,
                                    bool include_embedded) {
  Lexicon lex;
  if (include_embedded) {
    for (const EmbeddedFile& f : EmbeddedFiles()) {
      if (!IsActorLexiconFile(f.name)) continue;  // the event coder's and the gazetteer's data
      DIPGRAPH_RETURN_IF_ERROR(lex.AddText(f.content, f.name));
    }
  }
  for (const std::string& d : dirs) DIPGRAPH_RETURN_IF_ERROR(lex.AddDirectory(d));
  return lex;
}

std::vector<const LexiconEntry*> Lexicon::Search(std::string_view query) const {
  std::string q = Fold(Trim(query));
  std::vector<const LexiconEntry*> exact;
  std::vector<const LexiconEntry*> partial;
  if (q.empty()) return exact;
  for (const LexiconEntry& e : entries_) {
    bool is_exact = Fold(e.id) == q || Fold(e.name) == q;
    bool is_partial = Fold(e.id).find(q) != std::string::npos ||
                      Fold(e.name).find(q) != std::string::npos;
    for (const Alias& a : e.aliases) {
      if (a.generated && !is_exact) {
        if (Fold(a.text) == q) is_exact = true;
        continue;
      }
      std::string f = Fold(a.text);
      if (f == q) is_exact = true;
      if (f.find(q) != std::string::npos) is_partial = true;
    }
    if (is_exact) {
      exact.push_back(&e);
    } else if (is_partial) {
      partial.push_back(&e);
    }
  }
  exact.insert(exact.end(), partial.begin(), partial.end());
  return exact;
}

}  // namespace dipgraph::extract
