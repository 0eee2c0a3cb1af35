// Fuzzes the date normaliser (extract/temporal_tagger.h). The first three
// bytes pick the language and a publication day (or none); the rest is the
// sentence. Expressions must be sorted, non-overlapping and inside the
// sentence, and every known date must be a real calendar day.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "base/civil_date.h"
#include "extract/temporal_tagger.h"
#include "graph/event_date.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 3) return 0;
  const auto lang = (data[0] & 1) ? dipgraph::extract::Lang::kDe : dipgraph::extract::Lang::kEn;
  std::optional<dipgraph::base::CivilDay> published;
  if ((data[0] & 2) == 0) {
    // Any day from 1900 to about 2100, so the resolver's arithmetic runs
    // near month, year and leap-year boundaries.
    const int64_t offset = (int64_t{data[1]} << 8 | data[2]) % 73000;
    published = dipgraph::base::CivilFromDays(
        dipgraph::base::DaysFromCivil({1900, 1, 1}) + offset);
  }
  const std::string_view text(reinterpret_cast<const char*>(data) + 3, size - 3);
  const auto times = dipgraph::extract::TagTimes(text, lang, published);
  uint32_t last_end = 0;
  for (const auto& t : times) {
    Check(t.start < t.end && t.end <= text.size());
    Check(t.start >= last_end);
    last_end = t.end;
    if (!t.date.known) continue;
    // A resolved date must be a real one that its own printed value
    // parses back to (the store keys events by it).
    const auto again = dipgraph::graph::EventDate::ParseValue(
        t.date.Value(), dipgraph::graph::DateBasis::kText);
    Check(again.has_value());
    Check(again->year == t.date.year && again->month == t.date.month &&
          again->day == t.date.day && again->granularity == t.date.granularity);
  }
  return 0;
}
