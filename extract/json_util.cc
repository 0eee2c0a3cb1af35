#include "extract/json_util.h"

#include <rapidjson/error/en.h>
#include <rapidjson/error/error.h>

namespace dipgraph::extract {

std::string JsonParseErrorMessage(int code, size_t offset) {
  std::string msg = "not valid JSON at offset ";
  msg += std::to_string(offset);
  msg += ": ";
  msg += rapidjson::GetParseError_En(static_cast<rapidjson::ParseErrorCode>(code));
  return msg;
}

}  // namespace dipgraph::extract
