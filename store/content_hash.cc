#include "store/content_hash.h"

#include "store/coding.h"

namespace dipgraph::store {

namespace {

constexpr uint64_t kFnvPrime = 0x100000001b3ull;

// One step of the word hash: the state absorbs a word and is stirred by an
// xor-shift and a multiply (splitmix64's first round), enough for every
// input bit to reach the high bits before the next word.
inline uint64_t Absorb(uint64_t state, uint64_t word) {
  uint64_t z = state ^ word;
  z = (z ^ (z >> 29)) * 0xbf58476d1ce4e5b9ull;
  return z ^ (z >> 32);
}

}  // namespace

void ContentHash::Add(std::string_view field) {
  uint64_t n = field.size();
  if (kind_ == Kind::kWords) {
    state_ = Absorb(state_, n);  // the length first
    const char* p = field.data();
    for (; n >= 8; n -= 8, p += 8) state_ = Absorb(state_, DecodePaddedFixed64LE(p, 8));
    if (n > 0) state_ = Absorb(state_, DecodePaddedFixed64LE(p, n));
    return;
  }
  for (int i = 0; i < 8; ++i) {  // the length first, as 8 bytes
    state_ = (state_ ^ (n & 0xff)) * kFnvPrime;
    n >>= 8;
  }
  for (char c : field) {
    state_ = (state_ ^ static_cast<unsigned char>(c)) * kFnvPrime;
  }
}

uint64_t ContentHash::Finish() const {
  // splitmix64's finaliser spreads the last bits over the whole value.
  uint64_t z = state_;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

}  // namespace dipgraph::store
