#include "extract/actor_mention_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "extract/event_json.h"

namespace dipgraph::extract {

std::string_view MentionViaName(MentionVia via) {
  switch (via) {
    case MentionVia::kName: return "name";
    case MentionVia::kAdjective: return "adjective";
    case MentionVia::kCapital: return "capital";
    case MentionVia::kAgent: return "agent";
    case MentionVia::kDiscovered: return "discovered";
    case MentionVia::kCoref: return "coref";
    case MentionVia::kPronoun: return "pronoun";
  }
  return "name";
}

void AppendActorMentionsJsonl(std::string_view article_id,
                              const std::vector<Sentence>& sentences, std::string* out) {
  for (const Sentence& s : sentences) {
    for (const ActorMention& m : s.mentions) {
      rapidjson::StringBuffer buf;
      rapidjson::Writer<rapidjson::StringBuffer> w(buf);
      w.StartObject();
      w.Key("article");
      w.String(article_id.data(), static_cast<rapidjson::SizeType>(article_id.size()));
      w.Key("field");
      w.String(s.field.data(), static_cast<rapidjson::SizeType>(s.field.size()));
      w.Key("sentence");
      w.Uint(s.index);
      w.Key("mention");
      w.StartObject();
      std::string_view text = std::string_view(s.text).substr(m.start, m.end - m.start);
      w.Key("text");
      w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
      w.Key("start");
      w.Uint(m.start);
      w.Key("end");
      w.Uint(m.end);
      w.EndObject();
      w.Key("actor");
      std::string actor = ActorToJson(m.actor);
      w.RawValue(actor.data(), actor.size(), rapidjson::kObjectType);
      w.Key("via");
      std::string_view via = MentionViaName(m.via);
      w.String(via.data(), static_cast<rapidjson::SizeType>(via.size()));
      w.Key("group");
      w.Uint(m.group);
      w.EndObject();
      out->append(buf.GetString(), buf.GetSize());
      out->push_back('\n');
    }
  }
}

base::Status WriteActorMentionsJsonl(std::FILE* out, std::string_view article_id,
                                     const std::vector<Sentence>& sentences) {
  std::string lines;
  AppendActorMentionsJsonl(article_id, sentences, &lines);
  if (!lines.empty() && std::fwrite(lines.data(), 1, lines.size(), out) != lines.size()) {
    return base::Status::IOError("cannot write actor mentions");
  }
  return base::Status::OK();
}

}  // namespace dipgraph::extract
