// Fuzzes the TABARI/PETRARCH .actors import (Lexicon::AddActorsDictText,
// `--actors-dict FILE`): any bytes must give entries or an error naming the
// file, never a crash or a hang.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  dipgraph::extract::Lexicon lexicon;
  const auto status = lexicon.AddActorsDictText(text, "fuzz.actors");
  if (!status.ok() && status.message().find("fuzz.actors") == std::string::npos) {
    std::abort();
  }
  for (const auto& entry : lexicon.entries()) {
    (void)entry.ToActor();
  }
  (void)lexicon.Search(text.substr(0, 6));
  return 0;
}
