// Fuzzes the event JSON reader used by `ingest --events`: never a crash,
// and an accepted event must survive a write/read round trip unchanged.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/event_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  auto event = dipgraph::extract::ParseEventJson(line);
  if (!event.ok()) return 0;
  auto again = dipgraph::extract::ParseEventJson(dipgraph::extract::EventToJson(*event));
  if (!again.ok()) std::abort();
  if (!(again->source == event->source) || again->action.code != event->action.code) std::abort();
  return 0;
}
