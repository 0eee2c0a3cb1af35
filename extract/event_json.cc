#include "extract/event_json.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>

#include "base/utf8.h"
#include "extract/json_util.h"
#include "graph/cameo.h"

namespace dipgraph::extract {

namespace {

using base::Status;
using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void PutString(Writer& w, const char* key, std::string_view value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

// Empty strings are written as null (SCHEMA: country/sector/role may be null).
void PutNullable(Writer& w, const char* key, const std::string& value) {
  w.Key(key);
  if (value.empty()) {
    w.Null();
  } else {
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  }
}

void WriteActorFields(Writer& w, const graph::Actor& a) {
  PutString(w, "id", a.id);
  PutString(w, "name", a.name);
  PutString(w, "kind", graph::ActorKindName(a.kind));
  PutNullable(w, "country", a.country);
  PutNullable(w, "sector", a.sector);
  PutNullable(w, "role", a.role);
}

void WriteEventActor(Writer& w, const char* key, const graph::EventActor& ea) {
  w.Key(key);
  w.StartObject();
  WriteActorFields(w, ea.actor);
  w.Key("mention");
  w.StartObject();
  PutString(w, "text", ea.mention.text);
  w.Key("start");
  w.Uint(ea.mention.start);
  w.Key("end");
  w.Uint(ea.mention.end);
  w.EndObject();
  w.EndObject();
}

// --- reading ---------------------------------------------------------------

const rapidjson::Value* Member(const rapidjson::Value& obj, const char* name) {
  if (!obj.IsObject()) return nullptr;
  auto it = obj.FindMember(name);
  if (it == obj.MemberEnd() || it->value.IsNull()) return nullptr;
  return &it->value;
}

Status GetString(const rapidjson::Value& obj, const char* name, bool required,
                 std::string* out, const std::string& path) {
  const rapidjson::Value* v = Member(obj, name);
  if (v == nullptr) {
    if (required) {
      return Status::InvalidArgument("missing field \"" + path + name + "\"");
    }
    out->clear();
    return Status::OK();
  }
  if (!v->IsString()) {
    return Status::InvalidArgument("field \"" + path + name +
                                   "\" must be a string");
  }
  out->assign(v->GetString(), v->GetStringLength());
  if (!base::IsValidUtf8(*out)) {
    return Status::InvalidArgument("invalid UTF-8 in field \"" + path + name +
                                   "\" (an unpaired surrogate escape?)");
  }
  return Status::OK();
}

Status GetUint(const rapidjson::Value& obj, const char* name, uint32_t* out,
               const std::string& path) {
  const rapidjson::Value* v = Member(obj, name);
  if (v == nullptr) {
    *out = 0;
    return Status::OK();
  }
  if (!v->IsUint()) {
    return Status::InvalidArgument("field \"" + path + name +
                                   "\" must be a non-negative integer");
  }
  *out = v->GetUint();
  return Status::OK();
}

Status ReadActor(const rapidjson::Value& doc, const char* key,
                 graph::EventActor* out) {
  const rapidjson::Value* v = Member(doc, key);
  if (v == nullptr || !v->IsObject()) {
    return Status::InvalidArgument(std::string("missing object \"") + key +
                                   "\"");
  }
  const std::string path = std::string(key) + ".";
  graph::Actor& a = out->actor;
  DIPGRAPH_RETURN_IF_ERROR(GetString(*v, "id", true, &a.id, path));
  if (a.id.empty()) {
    return Status::InvalidArgument("field \"" + path + "id\" is empty");
  }
  std::string kind;
  DIPGRAPH_RETURN_IF_ERROR(GetString(*v, "kind", false, &kind, path));
  if (kind.empty()) {
    a.kind = graph::ActorKind::kState;
  } else if (auto k = graph::ParseActorKind(kind)) {
    a.kind = *k;
  } else {
    return Status::InvalidArgument("field \"" + path + "kind\" has unknown value \"" + kind + "\"");
  }
  DIPGRAPH_RETURN_IF_ERROR(GetString(*v, "name", false, &a.name, path));
  DIPGRAPH_RETURN_IF_ERROR(GetString(*v, "country", false, &a.country, path));
  DIPGRAPH_RETURN_IF_ERROR(GetString(*v, "sector", false, &a.sector, path));
  DIPGRAPH_RETURN_IF_ERROR(GetString(*v, "role", false, &a.role, path));
  if (a.name.empty()) a.name = a.id;
  if (const rapidjson::Value* m = Member(*v, "mention")) {
    const std::string mpath = path + "mention.";
    DIPGRAPH_RETURN_IF_ERROR(GetString(*m, "text", false, &out->mention.text, mpath));
    DIPGRAPH_RETURN_IF_ERROR(GetUint(*m, "start", &out->mention.start, mpath));
    DIPGRAPH_RETURN_IF_ERROR(GetUint(*m, "end", &out->mention.end, mpath));
  }
  return Status::OK();
}

void WriteAction(Writer& w, const std::string& code, const std::string& trigger,
                 bool with_trigger) {
  const graph::CameoCode* cameo = graph::FindCameoCode(code);
  w.Key("action");
  w.StartObject();
  PutString(w, "code", code);
  PutString(w, "root", std::string_view(code).substr(0, 2));
  PutString(w, "label", cameo ? cameo->label : std::string_view());
  if (with_trigger) PutString(w, "trigger", trigger);
  w.Key("goldstein");
  w.Double(cameo ? cameo->goldstein : 0.0);
  w.Key("quad");
  w.Int(graph::QuadOfCode(code));
  if (cameo && !cameo->plover.empty()) PutString(w, "plover", cameo->plover);
  w.EndObject();
}

void WriteDateValue(Writer& w, const graph::EventDate& date) {
  w.Key("value");
  if (date.known) {
    const std::string v = date.Value();
    w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
  } else {
    w.Null();
  }
  w.Key("granularity");
  if (date.known) {
    const auto g = graph::GranularityName(date.granularity);
    w.String(g.data(), static_cast<rapidjson::SizeType>(g.size()));
  } else {
    w.Null();
  }
}

std::string IsoTime(int64_t seconds) {
  const int64_t days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  const int64_t rem = seconds - days * 86400;
  const base::CivilDay d = base::CivilFromDays(days);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", base::FormatIsoDay(d).c_str(),
                static_cast<int>(rem / 3600), static_cast<int>(rem / 60 % 60),
                static_cast<int>(rem % 60));
  return buf;
}

}  // namespace

std::string CanonicalEventToJson(const graph::EventRecord& r,
                                 const graph::Actor& source,
                                 const graph::Actor& target) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("id");
  w.Uint64(r.id);
  w.Key("source");
  w.StartObject();
  WriteActorFields(w, source);
  w.EndObject();
  w.Key("target");
  w.StartObject();
  WriteActorFields(w, target);
  w.EndObject();
  WriteAction(w, r.code, "", false);
  w.Key("date");
  w.StartObject();
  WriteDateValue(w, r.date);
  w.EndObject();
  w.Key("negated");
  w.Bool(r.negated);
  w.Key("symmetric");
  w.Bool(r.symmetric);
  w.Key("mentions");
  w.Uint(r.mentions);
  w.Key("articles");
  w.Uint(r.articles);
  w.Key("sources");
  w.Uint(r.sources);
  PutString(w, "first_seen", IsoTime(r.first_seen));
  PutString(w, "last_seen", IsoTime(r.last_seen));
  w.Key("confidence");
  w.Double(r.confidence);
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

std::string ActorToJson(const graph::Actor& actor) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  WriteActorFields(w, actor);
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

std::string EventToJson(const graph::Event& e) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  PutString(w, "article", e.provenance.article);
  PutString(w, "field", e.provenance.field);
  w.Key("sentence");
  w.Uint(e.provenance.sentence);
  w.Key("span");
  w.StartArray();
  w.Uint(e.provenance.span_start);
  w.Uint(e.provenance.span_end);
  w.EndArray();
  PutString(w, "text", e.provenance.text);
  WriteEventActor(w, "source", e.source);
  WriteEventActor(w, "target", e.target);
  WriteAction(w, e.action.code, e.action.trigger, true);
  w.Key("date");
  w.StartObject();
  WriteDateValue(w, e.date);
  PutString(w, "basis", graph::DateBasisName(e.date.basis));
  w.Key("expr");
  if (e.date.expr.empty()) {
    w.Null();
  } else {
    w.String(e.date.expr.data(), static_cast<rapidjson::SizeType>(e.date.expr.size()));
  }
  w.EndObject();
  w.Key("negated");
  w.Bool(e.negated);
  w.Key("symmetric");
  w.Bool(e.symmetric);
  w.Key("confidence");
  w.Double(e.confidence);
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

base::Result<graph::Event> ParseEventJson(std::string_view line) {
  rapidjson::Document doc;
  // Iterative: the recursive parser overflows the stack on deep nesting.
  doc.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(
      line.data(), line.size());
  if (doc.HasParseError()) {
    if (doc.GetParseError() == rapidjson::kParseErrorStringInvalidEncoding) {
      return Status::InvalidArgument("invalid UTF-8 at offset " +
                                     std::to_string(doc.GetErrorOffset()));
    }
    return Status::InvalidArgument(
        JsonParseErrorMessage(doc.GetParseError(), doc.GetErrorOffset()));
  }
  if (!doc.IsObject()) {
    return Status::InvalidArgument("a line must hold one JSON object");
  }
  graph::Event e;
  graph::Provenance& p = e.provenance;
  DIPGRAPH_RETURN_IF_ERROR(GetString(doc, "article", true, &p.article, ""));
  if (p.article.empty()) return Status::InvalidArgument("field \"article\" is empty");
  DIPGRAPH_RETURN_IF_ERROR(GetString(doc, "field", false, &p.field, ""));
  if (p.field.empty()) p.field = "text";
  DIPGRAPH_RETURN_IF_ERROR(GetUint(doc, "sentence", &p.sentence, ""));
  if (const rapidjson::Value* span = Member(doc, "span")) {
    if (!span->IsArray() || span->Size() != 2 || !(*span)[0].IsUint() ||
        !(*span)[1].IsUint()) {
      return Status::InvalidArgument("field \"span\" must be [start, end]");
    }
    p.span_start = (*span)[0].GetUint();
    p.span_end = (*span)[1].GetUint();
  }
  DIPGRAPH_RETURN_IF_ERROR(GetString(doc, "text", false, &p.text, ""));
  DIPGRAPH_RETURN_IF_ERROR(ReadActor(doc, "source", &e.source));
  DIPGRAPH_RETURN_IF_ERROR(ReadActor(doc, "target", &e.target));
  const rapidjson::Value* action = Member(doc, "action");
  if (action == nullptr || !action->IsObject()) {
    return Status::InvalidArgument("missing object \"action\"");
  }
  DIPGRAPH_RETURN_IF_ERROR(GetString(*action, "code", true, &e.action.code, "action."));
  if (graph::FindCameoCode(e.action.code) == nullptr) {
    return Status::InvalidArgument("action.code \"" + e.action.code +
                                   "\" is not a CAMEO code");
  }
  DIPGRAPH_RETURN_IF_ERROR(GetString(*action, "trigger", false, &e.action.trigger, "action."));
  if (const rapidjson::Value* d = Member(doc, "date")) {
    if (!d->IsObject()) return Status::InvalidArgument("field \"date\" must be an object");
    std::string value, basis_name, expr;
    DIPGRAPH_RETURN_IF_ERROR(GetString(*d, "value", false, &value, "date."));
    DIPGRAPH_RETURN_IF_ERROR(GetString(*d, "basis", false, &basis_name, "date."));
    DIPGRAPH_RETURN_IF_ERROR(GetString(*d, "expr", false, &expr, "date."));
    graph::DateBasis basis = graph::DateBasis::kUnknown;
    if (!basis_name.empty()) {
      auto b = graph::ParseDateBasis(basis_name);
      if (!b) return Status::InvalidArgument("date.basis \"" + basis_name + "\" is unknown");
      basis = *b;
    }
    if (!value.empty()) {
      auto parsed = graph::EventDate::ParseValue(value, basis);
      if (!parsed) {
        return Status::InvalidArgument("date.value \"" + value + "\" is not a date");
      }
      e.date = *parsed;
    } else {
      e.date = graph::EventDate::Unknown();
      e.date.basis = basis;
    }
    e.date.expr = expr;
  }
  if (const rapidjson::Value* v = Member(doc, "negated")) {
    if (!v->IsBool()) return Status::InvalidArgument("field \"negated\" must be true or false");
    e.negated = v->GetBool();
  }
  if (const rapidjson::Value* v = Member(doc, "symmetric")) {
    if (!v->IsBool()) return Status::InvalidArgument("field \"symmetric\" must be true or false");
    e.symmetric = v->GetBool();
  }
  if (const rapidjson::Value* v = Member(doc, "confidence")) {
    if (!v->IsNumber()) return Status::InvalidArgument("field \"confidence\" must be a number");
    e.confidence = v->GetDouble();
    if (e.confidence < 0 || e.confidence > 1) {
      return Status::InvalidArgument("field \"confidence\" must be within [0, 1]");
    }
  }
  return e;
}

}  // namespace dipgraph::extract
