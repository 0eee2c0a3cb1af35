// Fuzzes the user lexicon parser (extract/lexicon.h, doc/lexicon.md): a
// `--lexicon DIR` file is user input, so any bytes must give entries or an
// error "FILE:LINE: reason" naming the file, never a crash or a hang; a
// search over what was accepted must work too.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  dipgraph::extract::Lexicon lexicon;
  const auto status = lexicon.AddText(text, "fuzz.txt");
  if (!status.ok()) {
    if (status.message().rfind("fuzz.txt:", 0) != 0) std::abort();
  }
  // Searching for a prefix of the input exercises the folding of whatever
  // the parser accepted.
  (void)lexicon.Search(text.substr(0, 8));
  // A day range from the same bytes (the valid: and office syntax).
  (void)dipgraph::extract::ParseDayRange(text.substr(0, 32));
  return 0;
}
