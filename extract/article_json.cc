#include "extract/article_json.h"

#include <rapidjson/document.h>
#include <rapidjson/encodings.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "base/utf8.h"
#include "extract/json_util.h"

namespace dipgraph::extract {

namespace {

using base::Status;

// kParseValidateEncodingFlag rejects invalid UTF-8 inside strings. Trailing
// garbage after the object is reported by RapidJSON itself. The iterative
// parser keeps its nesting stack on the heap: the default recursive one
// overflows the call stack on a line of a million "[" (a crash, not an
// error message).
constexpr unsigned kParseFlags =
    rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;

// RapidJSON lets an unpaired "\udc00" escape through as invalid UTF-8;
// check every string we keep.
Status CheckUtf8(const char* name, const std::string& value) {
  const size_t bad = base::FindInvalidUtf8(value);
  if (bad == value.size()) return Status::OK();
  return Status::InvalidArgument(std::string("invalid UTF-8 in field \"") + name +
                                 "\" at byte " + std::to_string(bad) +
                                 " (an unpaired surrogate escape?)");
}

// Reads optional string member `name` into *out. Returns an error if the
// member exists but is neither a string nor null.
Status OptionalString(const rapidjson::Value& obj, const char* name,
                      std::string* out) {
  auto it = obj.FindMember(name);
  if (it == obj.MemberEnd() || it->value.IsNull()) return Status::OK();
  if (!it->value.IsString()) {
    return Status::InvalidArgument(std::string("field \"") + name +
                                   "\" must be a string");
  }
  out->assign(it->value.GetString(), it->value.GetStringLength());
  return CheckUtf8(name, *out);
}

Status RequiredString(const rapidjson::Value& obj, const char* name,
                      std::string* out) {
  auto it = obj.FindMember(name);
  if (it == obj.MemberEnd() || it->value.IsNull()) {
    return Status::InvalidArgument(std::string("missing field \"") + name +
                                   "\"");
  }
  if (!it->value.IsString()) {
    return Status::InvalidArgument(std::string("field \"") + name +
                                   "\" must be a string");
  }
  out->assign(it->value.GetString(), it->value.GetStringLength());
  return CheckUtf8(name, *out);
}

}  // namespace

base::Result<graph::Article> ParseArticleJson(std::string_view line) {
  rapidjson::Document doc;
  doc.Parse<kParseFlags>(line.data(), line.size());
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
  graph::Article a;
  DIPGRAPH_RETURN_IF_ERROR(RequiredString(doc, "id", &a.id));
  if (a.id.empty()) return Status::InvalidArgument("field \"id\" is empty");
  DIPGRAPH_RETURN_IF_ERROR(RequiredString(doc, "text", &a.text));
  DIPGRAPH_RETURN_IF_ERROR(OptionalString(doc, "date", &a.date_text));
  DIPGRAPH_RETURN_IF_ERROR(OptionalString(doc, "lang", &a.lang));
  DIPGRAPH_RETURN_IF_ERROR(OptionalString(doc, "title", &a.title));
  DIPGRAPH_RETURN_IF_ERROR(OptionalString(doc, "url", &a.url));
  DIPGRAPH_RETURN_IF_ERROR(OptionalString(doc, "source", &a.source));
  if (!a.date_text.empty()) {
    a.date = base::ParseIsoDay(a.date_text);
    if (!a.date) {
      return Status::InvalidArgument("unparseable date \"" + a.date_text +
                                     "\" (want YYYY-MM-DD or ISO 8601)");
    }
  }
  if (!a.lang.empty() && a.lang != "en" && a.lang != "de") {
    return Status::InvalidArgument("unsupported lang \"" + a.lang +
                                   "\" (want \"en\" or \"de\")");
  }
  return a;
}

std::string ArticleToJson(const graph::Article& a) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  auto put = [&w](const char* key, const std::string& value, bool always) {
    if (value.empty() && !always) return;
    w.Key(key);
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  };
  put("id", a.id, true);
  put("date", a.date_text, false);
  put("lang", a.lang, false);
  put("title", a.title, false);
  put("text", a.text, true);
  put("url", a.url, false);
  put("source", a.source, false);
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace dipgraph::extract
