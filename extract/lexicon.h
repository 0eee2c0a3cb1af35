// Lexicon holds the actor dictionary: states, international organisations,
// institutions, groups, persons (office holders) and agent nouns ("foreign
// minister", "Außenminister") with their English and German surface names.
//
// Sources, in the order they are added:
//  - the data files compiled into the binary (extract/embedded_files.h),
//  - user directories (`--lexicon DIR`: every *.txt file in them),
//  - TABARI/PETRARCH `.actors` dictionaries (`--actors-dict FILE`).
//
// The text format is specified in doc/lexicon.md: `[KIND ID]` headers
// followed by `key: value` lines, `|` between alternatives, `#` comments.
// A malformed header or a line without ':' is an error "FILE:LINE: reason";
// unknown keys are ignored.
//
// Generated forms (so the data need not list them):
//  - German adjective stems (de.adj "armenisch") get -e/-en/-er/-es/-em.
//  - German names get a genitive -s ("Armeniens", "Putins") unless they
//    end in s, ß, x or z.
//  - Agent nouns get plurals (en: -s/-ies; de: -n/-en/-s and -in/-innen).
//
// PETRARCH import: NAME_ lines with +SYNONYM_ lines and indented
// [CODE DATE-RANGE] lines. A 3-letter code is a state; a longer code is
// country + sector (AZEGOV -> country AZE, sector GOV; USR -> SUN). Dated
// codes become offices. See AddActorsDictText().
//
// Thread-safety: building is single-threaded; a built Lexicon is immutable
// and safe to share.

#ifndef DIPGRAPH_EXTRACT_LEXICON_H_
#define DIPGRAPH_EXTRACT_LEXICON_H_

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "base/status.h"
#include "graph/actor.h"

namespace dipgraph::extract {

enum class EntryKind { kState, kIgo, kInstitution, kGroup, kPerson, kAgent };

// False for the other data files that share extract/lexicon/ but have
// their own format (triggers_en.txt, triggers_de.txt: doc/triggers.md).
bool IsActorLexiconFile(std::string_view file_name);

// "state", "igo", ... as written in headers.
std::string_view EntryKindName(EntryKind kind);

// A closed range of days (base::DaysFromCivil); open ends are the limits.
struct DayRange {
  int64_t from = std::numeric_limits<int64_t>::min();
  int64_t to = std::numeric_limits<int64_t>::max();

  bool Contains(int64_t day) const { return day >= from && day <= to; }
  bool open_end() const { return to == std::numeric_limits<int64_t>::max(); }
  bool unbounded() const {
    return from == std::numeric_limits<int64_t>::min() && open_end();
  }
};

// Parses "FROM..TO" with YYYY[-MM[-DD]] ends, either end may be empty; FROM
// is the first day of its period, TO the last. Returns InvalidArgument for
// anything else.
base::Result<DayRange> ParseDayRange(std::string_view text);

// How a surface name refers to its entry.
enum class NameType {
  kName,       // en:/de: names
  kAdjective,  // en.adj:/de.adj: (and generated inflections)
  kPeople,     // en.people:/de.people: demonyms
  kCapital,    // en.capital:/de.capital: capitals, seats, metonyms
};

struct Alias {
  std::string text;          // as written (or generated)
  bool german = false;       // from a de* key
  NameType type = NameType::kName;
  bool generated = false;    // an inflection the loader made
};

struct Office {
  std::string role;  // "foreign minister"
  DayRange term;
};

struct LexiconEntry {
  EntryKind kind = EntryKind::kState;
  std::string id;       // "ARM", "NATO", "P:nikol-pashinyan", "foreign-minister"
  std::string name;     // display name
  std::string country;  // ISO alpha-3; for states the id
  std::string org;      // IGO id of an IGO official
  std::string sector;
  std::string role;
  graph::ActorKind agent_kind = graph::ActorKind::kPerson;  // agents: kind:
  DayRange valid;       // valid: (historical entries)
  // parts: the present-day states that lay in a historical state during
  // its valid: range ("SUN": RUS, UKR, ...), for places named by a city.
  std::vector<std::string> parts;
  std::vector<Alias> aliases;
  std::vector<Office> offices;
  std::string origin;   // "states.txt:120"

  // The actor this entry stands for (agents: their role without a state).
  graph::Actor ToActor() const;
};

class Lexicon {
 public:
  Lexicon() = default;

  // The embedded data files plus every *.txt of `dirs`. Returns the first
  // parse error (InvalidArgument "FILE:LINE: reason") or IOError/NotFound
  // for unreadable directories.
  static base::Result<Lexicon> Load(const std::vector<std::string>& dirs,
                                    bool include_embedded = true);

  // Parses `text` in the lexicon format; `file_name` names it in errors.
  base::Status AddText(std::string_view text, std::string_view file_name);

  // Adds every *.txt file in `dir` (sorted by name).
  base::Status AddDirectory(const std::string& dir);

  // Adds a TABARI/PETRARCH .actors dictionary from `path` / from `text`.
  base::Status AddActorsDict(const std::string& path);
  base::Status AddActorsDictText(std::string_view text, std::string_view file_name);

  const std::vector<LexiconEntry>& entries() const { return entries_; }

  // Entries with a name, adjective, capital or id that contains `query`
  // (folded, so case- and accent-insensitive); exact matches first.
  std::vector<const LexiconEntry*> Search(std::string_view query) const;

 private:
  std::vector<LexiconEntry> entries_;
};

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_LEXICON_H_
