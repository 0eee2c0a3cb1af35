// The gdelt export: dipgraph's canonical events in the column layout of the
// GDELT 2.0 event table (61 tab-separated columns, no header, as GDELT
// publishes *.export.CSV), so existing GDELT scripts run on dipgraph data.
// Columns dipgraph does not know (ethnic and religion codes, AvgTone, all
// geography) are empty. gdelt.header.tsv holds the column names.
// GDELT needs a day: events of unknown date are skipped (and counted);
// month/year dates use their first day, as GDELT's own MonthYear/Year do.

#include <fmt/core.h>

#include <algorithm>
#include <string>

#include "base/civil_date.h"
#include "cli/export_rows.h"
#include "cli/export_sink.h"
#include "cli/table_file.h"
#include "graph/cameo.h"

namespace dipgraph::cli {

namespace {

constexpr const char* kColumns[] = {
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL"};
static_assert(sizeof(kColumns) / sizeof(kColumns[0]) == 61, "GDELT 2.0 has 61 columns");

std::string Upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  });
  return s;
}

// Tabs and line breaks would break the layout: GDELT fields never hold them.
std::string Clean(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

// Actor1Code .. Actor1Type3Code (10 columns).
void ActorColumns(const graph::Actor* a, std::vector<std::string>* row) {
  std::string code, name, country, group, type1;
  if (a != nullptr) {
    name = Upper(a->name);
    if (a->kind == graph::ActorKind::kIgo) {
      code = "IGO" + a->id;
      group = a->id;
      type1 = "IGO";
    } else {
      country = a->country;
      type1 = a->sector;
      code = country + type1;
      if (a->kind == graph::ActorKind::kGroup) group = a->id;
      if (code.empty()) code = a->id;
    }
  }
  for (const std::string& v : {code, name, country, group, std::string(), std::string(),
                               std::string(), type1, std::string(), std::string()}) {
    row->push_back(Clean(v));
  }
}

class GdeltSink : public ExportSink {
 public:
  base::Status Begin(const std::string& dir) override {
    DIPGRAPH_RETURN_IF_ERROR(file_.Open(dir + "/gdelt.export.CSV"));
    DIPGRAPH_RETURN_IF_ERROR(header_.Open(dir + "/gdelt.header.tsv"));
    std::string h;
    for (const char* c : kColumns) {
      if (!h.empty()) h += '\t';
      h += c;
    }
    header_.Write(h + "\n");
    return base::Status::OK();
  }

  void AddEvent(const ExportEvent& e) override {
    const graph::EventRecord& r = *e.record;
    counts_.mentions += e.mentions->size();
    if (!r.date.known) {
      ++counts_.skipped;
      return;
    }
    const base::CivilDay day = base::CivilFromDays(r.date.FirstDay());
    const graph::CameoCode* cameo = graph::FindCameoCode(r.code);
    bool lead = false;
    std::string url;
    for (const auto& m : *e.mentions) {
      lead = lead || m.field == "title" || m.sentence == 0;
      if (url.empty()) url = m.article;
    }
    std::vector<std::string> row;
    row.reserve(61);
    row.push_back(std::to_string(r.id));
    row.push_back(fmt::format("{:04}{:02}{:02}", day.year, day.month, day.day));
    row.push_back(fmt::format("{:04}{:02}", day.year, day.month));
    row.push_back(fmt::format("{:04}", day.year));
    row.push_back(fmt::format("{:.4f}", day.year + ((day.month - 1) * 30 + day.day) / 365.0));
    ActorColumns(e.source, &row);
    ActorColumns(e.target, &row);
    row.push_back(lead ? "1" : "0");
    row.push_back(r.code);
    row.push_back(r.code.substr(0, std::min<size_t>(3, r.code.size())));
    row.push_back(r.code.substr(0, 2));
    row.push_back(std::to_string(graph::QuadOfCode(r.code)));
    row.push_back(Num(cameo ? cameo->goldstein : 0.0));
    row.push_back(std::to_string(r.mentions));
    row.push_back(std::to_string(r.sources));
    row.push_back(std::to_string(r.articles));
    row.push_back("");                        // AvgTone
    for (int i = 0; i < 24; ++i) row.push_back("");  // three geo blocks
    const int64_t t = r.first_seen;
    const base::CivilDay added = base::CivilFromDays(t >= 0 ? t / 86400 : (t - 86399) / 86400);
    const int64_t secs = t - base::DaysFromCivil(added) * 86400;
    row.push_back(fmt::format("{:04}{:02}{:02}{:02}{:02}{:02}", added.year, added.month, added.day,
                              secs / 3600, secs / 60 % 60, secs % 60));
    if (e.articles != nullptr) {
      auto it = e.articles->find(url);
      if (it != e.articles->end() && !it->second.url.empty()) url = it->second.url;
    }
    row.push_back(url);  // the first mention's article URL, else its id
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) line += '\t';
      line += Clean(row[i]);
    }
    file_.Write(line + "\n");
    ++counts_.events;
  }

  base::Status Finish(const std::vector<const graph::Actor*>& actors,
                      const std::map<std::string, store::ArticleInfo>& articles) override {
    counts_.actors = actors.size();
    counts_.articles = articles.size();
    DIPGRAPH_RETURN_IF_ERROR(header_.Commit());
    return file_.Commit();
  }

  const ExportCounts& counts() const override { return counts_; }

 private:
  TableFile file_, header_;
  ExportCounts counts_;
};

}  // namespace

std::unique_ptr<ExportSink> MakeGdeltSink() { return std::make_unique<GdeltSink>(); }

}  // namespace dipgraph::cli
