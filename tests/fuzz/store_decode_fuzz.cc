// Fuzzes the store's decoders (store/keys.h, store/records.h): a damaged
// or foreign database hands them arbitrary bytes, which must be rejected
// (false -> Corruption) or decoded, never read out of bounds. A value that
// decodes must re-encode to bytes that decode to the same record.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "store/coding.h"
#include "store/keys.h"
#include "store/records.h"

namespace {

namespace store = dipgraph::store;

void Check(bool ok) {
  if (!ok) std::abort();
}

// Decode, encode, decode again: the second encoding must equal the first.
template <typename T, typename Decode, typename Encode>
void RoundTrip(std::string_view value, Decode decode, Encode encode) {
  T first;
  if (!decode(value, &first)) return;
  const std::string bytes = encode(first);
  T second;
  Check(decode(bytes, &second));
  Check(encode(second) == bytes);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);

  // Keys.
  store::TimeKey t;
  uint64_t id = 0;
  if (store::DecodeIndexTail(in, &t, &id)) {
    Check(size >= store::kTimeKeySize + 8);
    std::string tail;
    store::PutTimeKey(&tail, t);
    Check(tail.size() == store::kTimeKeySize);
    (void)t.last_day();
  }
  uint64_t event_id = 0;
  std::string_view article;
  uint32_t ordinal = 0;
  if (store::DecodeMentionKey(in, &event_id, &article, &ordinal)) {
    Check(store::MentionKey(event_id, article, ordinal) == in);
  }
  std::string_view folded;
  std::string_view actor;
  if (store::DecodeAliasKey(in, &folded, &actor)) {
    Check(store::AliasKey(folded, actor) == in);
  }
  (void)store::PrefixSuccessor(std::string(in));

  // Values.
  RoundTrip<dipgraph::graph::Actor>(
      in, [](std::string_view v, dipgraph::graph::Actor* a) { return store::DecodeActor("X", v, a); },
      [](const dipgraph::graph::Actor& a) { return store::EncodeActor(a); });
  RoundTrip<store::StoredEvent>(
      in, [](std::string_view v, store::StoredEvent* e) { return store::DecodeStoredEvent(7, v, e); },
      [](const store::StoredEvent& e) { return store::EncodeStoredEvent(e); });
  RoundTrip<store::EventMention>(
      in, [](std::string_view v, store::EventMention* m) { return store::DecodeMention(v, m); },
      [](const store::EventMention& m) { return store::EncodeMention(m); });
  RoundTrip<store::ArticleInfo>(
      in, [](std::string_view v, store::ArticleInfo* a) { return store::DecodeArticle("a", v, a); },
      [](const store::ArticleInfo& a) { return store::EncodeArticle(a); });
  RoundTrip<store::Counters>(
      in, [](std::string_view v, store::Counters* c) { return store::DecodeCounters(v, c); },
      [](const store::Counters& c) { return store::EncodeCounters(c); });

  // The raw decoder, driven by the bytes themselves.
  store::Decoder d(in);
  for (int i = 0; i < 64 && !d.done(); ++i) {
    uint8_t op = 0;
    if (!d.GetByte(&op)) break;
    bool ok = true;
    switch (op % 6) {
      case 0: { uint64_t v; ok = d.GetVarint64(&v); break; }
      case 1: { uint32_t v; ok = d.GetVarint32(&v); break; }
      case 2: { int64_t v; ok = d.GetVarsint64(&v); break; }
      case 3: { std::string_view v; ok = d.GetLengthPrefixed(&v); break; }
      case 4: { double v; ok = d.GetDouble(&v); break; }
      default: { uint64_t v; ok = d.GetFixed64BE(&v); break; }
    }
    if (!ok) break;
  }
  return 0;
}
