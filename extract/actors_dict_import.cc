// Lexicon::AddActorsDictText: import of TABARI/PETRARCH `.actors`
// dictionaries (declared in extract/lexicon.h).
//
// Format: an entry starts with a NAME_ line at column 0 (words joined by
// "_", a trailing "_" marks a word end), optionally followed on the same
// line by [CODE]; "+SYNONYM_" lines add names; indented "[CODE DATES]" lines
// give codes, DATES being "<YYMMDD" (until), ">YYMMDD" (from) or
// "YYMMDD-YYMMDD". "#" starts a comment.

#include <string>
#include <string_view>
#include <vector>

#include "base/civil_date.h"
#include "extract/lexicon.h"
#include "extract/text_fold.h"

namespace dipgraph::extract {

namespace {

struct DictCode {
  std::string code;  // "AZEGOV"
  DayRange range;
};

struct DictEntry {
  std::vector<std::string> names;  // display-cased, first is the main name
  std::vector<DictCode> codes;
  int line = 0;
};

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// "AYAZ_MUTALIBOV_" -> "Ayaz Mutalibov".
std::string DisplayName(std::string_view raw) {
  std::string out;
  bool word_start = true;
  for (char c : raw) {
    if (c == '_') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      word_start = true;
      continue;
    }
    if (c >= 'A' && c <= 'Z') {
      out.push_back(word_start ? c : static_cast<char>(c + 32));
    } else {
      out.push_back(c);
    }
    word_start = c == '-' || c == '\'';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// YYMMDD (00..30 -> 20xx, else 19xx) or YYYYMMDD.
bool ParseYymmdd(std::string_view s, bool last, int64_t* day) {
  if (s.size() != 6 && s.size() != 8) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  auto num = [&](size_t at, size_t len) {
    int v = 0;
    for (size_t k = at; k < at + len; ++k) v = v * 10 + (s[k] - '0');
    return v;
  };
  size_t ylen = s.size() - 4;  // YYMMDD or YYYYMMDD
  int y = num(0, ylen);
  if (ylen == 2) y = y <= 30 ? 2000 + y : 1900 + y;
  int m = num(ylen, 2);
  int d = num(ylen + 2, 2);
  if (m < 1 || m > 12) return false;
  if (d == 0) d = last ? base::DaysInMonth(y, m) : 1;
  if (!base::IsValidCivilDay(y, m, d)) return false;
  *day = base::DaysFromCivil({y, m, d});
  return true;
}

bool ParseCode(std::string_view inner, DictCode* out) {
  inner = TrimView(inner);
  size_t sp = inner.find(' ');
  out->code = std::string(inner.substr(0, sp));
  if (out->code.empty() || out->code[0] == '~') return false;
  if (sp == std::string_view::npos) return true;
  std::string_view dates = TrimView(inner.substr(sp + 1));
  if (dates.empty()) return true;
  if (dates[0] == '<') return ParseYymmdd(dates.substr(1), true, &out->range.to);
  if (dates[0] == '>') return ParseYymmdd(dates.substr(1), false, &out->range.from);
  size_t dash = dates.find('-');
  if (dash == std::string_view::npos) return false;
  return ParseYymmdd(dates.substr(0, dash), false, &out->range.from) &&
         ParseYymmdd(dates.substr(dash + 1), true, &out->range.to);
}

std::string CountryOf(std::string_view code) {
  std::string c(code.substr(0, 3));
  if (c == "USR") return "SUN";
  return c;
}

std::string SectorRole(std::string_view sector) {
  if (sector == "GOV") return "government";
  if (sector == "MIL") return "military";
  if (sector == "ELI") return "elite";
  if (sector == "LEG") return "legislature";
  if (sector == "JUD") return "judiciary";
  if (sector == "OPP") return "opposition";
  if (sector == "REB") return "rebel";
  if (sector == "SPY") return "intelligence";
  if (sector == "COP") return "police";
  return std::string(sector);
}

// "ayaz mutalibov" -> "ayaz-mutalibov" (dots dropped).
std::string Hyphenate(std::string_view folded) {
  std::string out;
  for (char c : folded) {
    if (c == ' ' || c == '-') {
      if (!out.empty() && out.back() != '-') out.push_back('-');
    } else if (c != '.' && c != ',') {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// True if a name reads like an organisation rather than a person.
bool LooksInstitutional(std::string_view folded) {
  for (std::string_view w : {"ministry", "council", "army", "party", "police", "court",
                             "government", "parliament", "forces", "bank", "agency",
                             "front", "movement", "committee", "department", "office",
                             "assembly", "union", "navy", "guard", "service"}) {
    if (folded.find(w) != std::string_view::npos) return true;
  }
  return false;
}

LexiconEntry ToLexiconEntry(const DictEntry& d, std::string_view file_name) {
  LexiconEntry e;
  e.origin = std::string(file_name) + ":" + std::to_string(d.line);
  e.name = d.names.front();
  // The code in force last decides the entry's country and sector.
  const DictCode* latest = &d.codes.front();
  for (const DictCode& c : d.codes) {
    if (c.range.to >= latest->range.to) latest = &c;
  }
  std::string country = CountryOf(latest->code);
  std::string sector = latest->code.size() > 3 ? latest->code.substr(3, 3) : "";
  std::string folded = Fold(e.name);
  if (country == "IGO" || country == "NGO" || country == "MNC") {
    // IGOUNO... : an organisation (or its official); the next three letters
    // name it (UNO -> UN).
    std::string org = sector == "UNO" ? "UN" : sector;
    bool person = !LooksInstitutional(folded) && folded.find(' ') != std::string::npos &&
                  d.codes.size() == 1 && latest->range.from != DayRange().from;
    if (person) {
      e.kind = EntryKind::kPerson;
      e.id = "P:" + Hyphenate(folded);
      e.org = org;
      for (const DictCode& c : d.codes) e.offices.push_back({"official", c.range});
    } else {
      e.kind = country == "IGO" ? EntryKind::kIgo : EntryKind::kGroup;
      e.id = org.empty() ? Hyphenate(folded) : org;
      if (latest->code.size() > 6) e.id = latest->code.substr(3);
      if (e.id == "UNO") e.id = "UN";
    }
    e.sector = country == "IGO" ? "IGO" : country;
  } else if (sector.empty()) {
    e.kind = EntryKind::kState;
    e.id = country;
    e.country = country;
  } else if (!LooksInstitutional(folded) && folded.find(' ') != std::string::npos) {
    e.kind = EntryKind::kPerson;
    e.id = "P:" + Hyphenate(folded);
    e.country = country;
    e.sector = sector;
    for (const DictCode& c : d.codes) {
      if (c.code.size() > 3) e.offices.push_back({SectorRole(c.code.substr(3, 3)), c.range});
    }
  } else {
    e.kind = sector == "REB" || sector == "OPP" ? EntryKind::kGroup : EntryKind::kInstitution;
    e.id = country + "-" + sector + "-";
    for (char c : folded) e.id.push_back(c == ' ' ? '-' : c);
    e.country = country;
    e.sector = sector;
    e.role = SectorRole(sector);
  }
  for (const std::string& n : d.names) {
    for (bool german : {false, true}) e.aliases.push_back({n, german, NameType::kName, false});
  }
  return e;
}

}  // namespace

base::Status Lexicon::AddActorsDictText(std::string_view text, std::string_view file_name) {
  std::vector<DictEntry> dict;
  size_t pos = 0;
  int line_no = 0;
  auto error = [&](const std::string& reason) {
    return base::Status::InvalidArgument(std::string(file_name) + ":" +
                                         std::to_string(line_no) + ": " + reason);
  };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    size_t hash = raw.find('#');
    if (hash != std::string_view::npos) raw = raw.substr(0, hash);
    std::string_view line = TrimView(raw);
    if (line.empty()) continue;
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    std::string_view codes;
    if (line[0] == '[') {
      if (dict.empty()) return error("code line before the first name");
      codes = line;
    } else if (line[0] == '+') {
      if (dict.empty()) return error("synonym line before the first name");
      std::string_view name = TrimView(line.substr(1));
      size_t br = name.find('[');
      if (br != std::string_view::npos) {
        codes = name.substr(br);
        name = TrimView(name.substr(0, br));
      }
      if (!name.empty()) dict.back().names.push_back(DisplayName(name));
    } else if (!indented) {
      std::string_view name = line;
      size_t br = line.find('[');
      if (br != std::string_view::npos) {
        codes = line.substr(br);
        name = TrimView(line.substr(0, br));
      }
      dict.emplace_back();
      dict.back().line = line_no;
      dict.back().names.push_back(DisplayName(name));
    } else if (!dict.empty()) {
      dict.back().names.push_back(DisplayName(line.substr(0, line.find('['))));
      size_t br = line.find('[');
      if (br != std::string_view::npos) codes = line.substr(br);
    } else {
      return error("expected NAME_, +SYNONYM_ or [CODE]");
    }
    while (!codes.empty()) {
      size_t open = codes.find('[');
      if (open == std::string_view::npos) break;
      size_t close = codes.find(']', open);
      if (close == std::string_view::npos) return error("missing ']'");
      DictCode c;
      std::string_view inner = codes.substr(open + 1, close - open - 1);
      // Real dictionaries hold typos in dates ("9008223"): such a code is
      // kept without its dates rather than failing the whole import.
      if (!ParseCode(inner, &c) && !c.code.empty() && c.code[0] != '~') c.range = DayRange();
      // "[---]" marks a name that is deliberately not coded.
      if (!c.code.empty() && c.code[0] != '~' && c.code[0] != '-') {
        for (char ch : c.code) {
          bool ok = (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
          if (!ok) return error("bad code '" + std::string(inner) + "'");
        }
        dict.back().codes.push_back(std::move(c));
      }
      codes = codes.substr(close + 1);
    }
  }
  for (const DictEntry& d : dict) {
    if (d.codes.empty() || d.names.front().empty()) continue;
    entries_.push_back(ToLexiconEntry(d, file_name));
  }
  return base::Status::OK();
}

}  // namespace dipgraph::extract
