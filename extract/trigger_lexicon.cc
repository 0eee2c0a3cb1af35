#include "extract/trigger_lexicon.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/embedded_files.h"
#include "extract/text_fold.h"
#include "extract/trigger_forms.h"
#include "graph/cameo.h"

namespace dipgraph::extract {

namespace {

using base::Status;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  std::istringstream in{std::string(s)};
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

// Splits "meet{met,meeting}" into "meet" and {"met", "meeting"} (folded).
Status SplitIrregular(const std::string& word, std::string* head,
                      std::vector<std::string>* forms) {
  size_t brace = word.find('{');
  if (brace == std::string::npos) {
    *head = Fold(word);
    return Status::OK();
  }
  if (word.back() != '}') return Status::InvalidArgument("unclosed '{' in \"" + word + "\"");
  *head = Fold(word.substr(0, brace));
  std::string list = word.substr(brace + 1, word.size() - brace - 2);
  std::replace(list.begin(), list.end(), ',', ' ');
  for (std::string& f : SplitWords(list)) forms->push_back(Fold(f));
  return Status::OK();
}

bool IsCodeToken(std::string_view s) {
  return s == "-" || graph::FindCameoCode(s) != nullptr;
}

}  // namespace

void TriggerLexicon::Index(uint32_t pattern, const std::string& form, uint8_t flags) {
  const int l = patterns_[pattern].lang == Lang::kDe ? 1 : 0;
  forms_[l][form].push_back({pattern, flags});
  if (flags & kFormCompound) max_suffix_[l] = std::max(max_suffix_[l], form.size());
}

Status TriggerLexicon::AddFile(std::string_view name, std::string_view text, Lang lang) {
  size_t line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    std::string_view flags_part;
    if (size_t semi = line.find(';'); semi != std::string_view::npos) {
      flags_part = line.substr(semi + 1);
      line = line.substr(0, semi);
    }
    line = Trim(line);
    if (line.empty()) continue;
    const std::string where = std::string(name) + ":" + std::to_string(line_no);
    auto bad = [&](const std::string& why) { return Status::InvalidArgument(where + ": " + why); };
    std::vector<std::string> words = SplitWords(line);
    if (words.size() >= 2 && words[0] == "class") {
      // "class NAME WORD...": a word class of the coder's rules.
      auto& members = classes_[lang == Lang::kDe ? 1 : 0][words[1]];
      for (size_t k = 2; k < words.size(); ++k) members.insert(Fold(words[k]));
      continue;
    }
    if (words.size() < 3) return bad("expected CODE KIND PATTERN");
    if (!IsCodeToken(words[0])) return bad("\"" + words[0] + "\" is not a CAMEO code");
    if (words[1] != "v" && words[1] != "n") return bad("kind must be v or n, not \"" + words[1] + "\"");
    TriggerPattern p;
    p.code = words[0] == "-" ? "" : words[0];
    p.lang = lang;
    p.noun = words[1] == "n";
    p.origin = where;
    size_t i = 2;
    if (lang == Lang::kDe && !p.noun && words[i] == "sich" && i + 1 < words.size()) ++i;
    p.lemma = words[i];
    std::string head;
    std::vector<std::string> irregular;
    std::string head_word = words[i];
    if (size_t us = head_word.rfind('_', head_word.find('{')); us != std::string::npos) {
      std::string pre = head_word.substr(0, us);
      head_word = head_word.substr(us + 1);
      std::replace(pre.begin(), pre.end(), '_', ' ');
      for (std::string& w : SplitWords(pre)) p.pre_head.push_back(Fold(w));
    }
    if (Status s = SplitIrregular(head_word, &head, &irregular); !s.ok()) return bad(s.message());
    if (size_t bar = head.find('|'); bar != std::string::npos) {
      if (lang != Lang::kDe || p.noun) return bad("'|' marks a German separable verb only");
      p.particle = head.substr(0, bar);
    }
    if (head.empty()) return bad("empty head word");
    bool seen_target = false;
    p.target_after = -1;
    for (++i; i < words.size(); ++i) {
      if (words[i] == "T") {
        if (seen_target) return bad("more than one T slot");
        seen_target = true;
        p.target_after = static_cast<int>(p.literals.size());
      } else if (seen_target) {
        p.after_target.push_back(Fold(words[i]));
      } else {
        p.literals.push_back(Fold(words[i]));
      }
    }
    for (const std::string& f : SplitWords(flags_part)) {
      if (f == "sym") {
        p.symmetric = true;
      } else if (f == "rev") {
        p.reverse = true;
      } else if (f == "self") {
        p.self_target = true;
      } else if (f == "aim") {
        p.aim = true;
      } else {
        return bad("unknown flag \"" + f + "\"");
      }
    }
    const uint32_t id = static_cast<uint32_t>(patterns_.size());
    patterns_.push_back(std::move(p));
    std::vector<SurfaceForm> forms;
    if (lang == Lang::kEn) {
      forms = patterns_[id].noun ? EnglishNounForms(head, irregular) : EnglishVerbForms(head, irregular);
    } else {
      forms = patterns_[id].noun ? GermanNounForms(head, irregular) : GermanVerbForms(head, irregular);
    }
    for (const SurfaceForm& f : forms) Index(id, f.form, f.flags);
  }
  return Status::OK();
}

Status TriggerLexicon::ImportPetrarchVerbs(std::string_view name, std::string_view text) {
  std::istringstream in{std::string(text)};
  std::string line;
  std::string block_code;
  size_t line_no = 0;
  size_t added = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (size_t hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    std::string_view l = Trim(line);
    if (l.empty()) continue;
    if (l.substr(0, 3) == "---") {
      // "---  APPEAL   [020]  ---": the block's default code.
      block_code.clear();
      size_t open = l.find('[');
      size_t close = l.find(']');
      if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
        std::string code(l.substr(open + 1, close - open - 1));
        code = code.substr(0, code.find(':'));
        if (graph::FindCameoCode(code) != nullptr && code.substr(0, 2) != "01") block_code = code;
      }
      continue;
    }
    if (block_code.empty() || l[0] == '-' || l[0] == '&' || l[0] == '+') continue;
    std::string code = block_code;
    std::string entry(l);
    if (size_t open = entry.find('['); open != std::string::npos) {
      size_t close = entry.find(']', open);
      if (close == std::string::npos) continue;
      std::string own = entry.substr(open + 1, close - open - 1);
      own = own.substr(0, own.find(':'));
      if (graph::FindCameoCode(own) == nullptr) continue;
      code = own;
      entry.erase(open);
    }
    std::vector<std::string> words = SplitWords(entry);
    if (words.empty() || words[0].find('_') != std::string::npos) continue;
    std::vector<std::string> irregular;
    for (size_t k = 1; k < words.size(); ++k) {
      std::string w = words[k];
      w.erase(std::remove_if(w.begin(), w.end(), [](char c) { return c == '{' || c == '}'; }), w.end());
      if (!w.empty() && w.find('_') == std::string::npos) irregular.push_back(Fold(w));
    }
    TriggerPattern p;
    p.code = code;
    p.lang = Lang::kEn;
    p.target_after = 0;
    p.lemma = Fold(words[0]);
    p.origin = std::string(name) + ":" + std::to_string(line_no);
    const uint32_t id = static_cast<uint32_t>(patterns_.size());
    patterns_.push_back(std::move(p));
    for (const SurfaceForm& f : EnglishVerbForms(patterns_[id].lemma, irregular)) Index(id, f.form, f.flags);
    ++added;
  }
  if (added == 0) return Status::InvalidArgument(std::string(name) + ": no verb with a CAMEO code found");
  return Status::OK();
}

const std::vector<FormEntry>* TriggerLexicon::Find(Lang lang, std::string_view norm) const {
  const auto& map = forms_[lang == Lang::kDe ? 1 : 0];
  auto it = map.find(std::string(norm));
  return it == map.end() ? nullptr : &it->second;
}

bool TriggerLexicon::InClass(Lang lang, std::string_view name, const std::string& norm) const {
  const auto& classes = classes_[lang == Lang::kDe ? 1 : 0];
  const auto it = classes.find(name);
  return it != classes.end() && it->second.contains(norm);
}

const std::vector<FormEntry>* TriggerLexicon::FindCompoundSuffix(Lang lang,
                                                                 std::string_view norm) const {
  const int l = lang == Lang::kDe ? 1 : 0;
  if (norm.size() < 7) return nullptr;
  const auto& map = forms_[l];
  size_t start = norm.size() > max_suffix_[l] ? norm.size() - max_suffix_[l] : 1;
  start = std::max<size_t>(start, 3);
  for (size_t i = start; i + 4 <= norm.size(); ++i) {
    auto it = map.find(std::string(norm.substr(i)));
    if (it == map.end()) continue;
    for (const FormEntry& e : it->second) {
      if (e.flags & kFormCompound) return &it->second;
    }
  }
  return nullptr;
}

base::Result<std::unique_ptr<TriggerLexicon>> TriggerLexicon::Load(
    const std::vector<std::string>& user_dirs) {
  auto lexicon = std::make_unique<TriggerLexicon>();
  auto lang_of = [](std::string_view file) {
    return file.find("_de") != std::string_view::npos ? Lang::kDe : Lang::kEn;
  };
  for (const EmbeddedFile& f : EmbeddedFiles()) {
    if (f.name.substr(0, 9) != "triggers_") continue;
    if (Status s = lexicon->AddFile(f.name, f.content, lang_of(f.name)); !s.ok()) return s;
  }
  for (const std::string& user_dir : user_dirs) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(user_dir, ec)) return Status::NotFound(user_dir + ": no such directory");
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(user_dir, ec)) {
      const std::string file = entry.path().filename().string();
      if ((file.rfind("triggers_", 0) == 0 && entry.path().extension() == ".txt") ||
          entry.path().extension() == ".verbs") {
        files.push_back(entry.path());
      }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& path : files) {
      std::ifstream in(path, std::ios::binary);
      if (!in) return Status::IOError(path.string() + ": cannot read");
      std::stringstream ss;
      ss << in.rdbuf();
      const std::string file = path.filename().string();
      Status s = path.extension() == ".verbs"
                     ? lexicon->ImportPetrarchVerbs(path.string(), ss.str())
                     : lexicon->AddFile(path.string(), ss.str(), lang_of(file));
      if (!s.ok()) return s;
    }
  }
  return lexicon;
}

}  // namespace dipgraph::extract
