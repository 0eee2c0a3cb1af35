// Small shared helpers for the RapidJSON adapters of extract/: turning a
// RapidJSON parse failure into a readable reason. RapidJSON types stay in
// .cc files; this header only exposes std types.
//
// Thread-safety: pure functions.

#ifndef DIPGRAPH_EXTRACT_JSON_UTIL_H_
#define DIPGRAPH_EXTRACT_JSON_UTIL_H_

#include <cstddef>
#include <string>

namespace dipgraph::extract {

// "not valid JSON at offset 12: Missing a name for object member."
std::string JsonParseErrorMessage(int rapidjson_error_code, size_t offset);

}  // namespace dipgraph::extract

#endif  // DIPGRAPH_EXTRACT_JSON_UTIL_H_
