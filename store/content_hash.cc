#include "store/content_hash.h"

namespace dipgraph::store {

namespace {
constexpr uint64_t kFnvPrime = 0x100000001b3ull;
}

void ContentHash::Add(std::string_view field) {
  uint64_t n = field.size();
  for (int i = 0; i < 8; ++i) {  // the length first, as 8 bytes
    state_ = (state_ ^ (n & 0xff)) * kFnvPrime;
    n >>= 8;
  }
  for (char c : field) {
    state_ = (state_ ^ static_cast<unsigned char>(c)) * kFnvPrime;
  }
}

uint64_t ContentHash::Finish() const {
  // splitmix64's finaliser spreads FNV's weak high bits.
  uint64_t z = state_;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

}  // namespace dipgraph::store
