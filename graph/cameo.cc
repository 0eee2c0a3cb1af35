#include "graph/cameo.h"

#include <algorithm>
#include <array>

namespace dipgraph::graph {

namespace {

constexpr CameoCode kTable[] = {
#include "graph/cameo_table.inc"
};

}  // namespace

std::span<const CameoCode> AllCameoCodes() { return kTable; }

const CameoCode* FindCameoCode(std::string_view code) {
  // The table is sorted by code string, so a binary search works.
  const auto* end = std::end(kTable);
  const auto* it = std::lower_bound(
      std::begin(kTable), end, code,
      [](const CameoCode& c, std::string_view v) { return c.code < v; });
  if (it == end || it->code != code) return nullptr;
  return it;
}

int QuadOfRoot(int root) {
  if (root < 1 || root > 20) return 0;
  if (root <= 5) return 1;
  if (root <= 9) return 2;
  if (root <= 14) return 3;
  return 4;
}

int QuadOfCode(std::string_view code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' ||
      code[1] > '9') {
    return 0;
  }
  return QuadOfRoot((code[0] - '0') * 10 + (code[1] - '0'));
}

std::string_view QuadName(int quad) {
  switch (quad) {
    case 1: return "verbal cooperation";
    case 2: return "material cooperation";
    case 3: return "verbal conflict";
    case 4: return "material conflict";
    default: return "unknown";
  }
}

}  // namespace dipgraph::graph
