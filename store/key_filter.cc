#include "store/key_filter.h"

#include <algorithm>
#include <functional>

namespace dipgraph::store {

namespace {

// Bits set per key inside its block: with 10 bits per key, 6 probes give
// about 1 % false positives (a little more than an unblocked filter).
constexpr int kProbes = 6;

}  // namespace

KeyFilter::KeyFilter(size_t capacity)
    : capacity_(std::max<size_t>(capacity, 1)),
      // 10 bits per key, 512 bits per block.
      blocks_((capacity_ * 10 + 511) / 512) {}

KeyFilter::Probe KeyFilter::ProbeOf(std::string_view key) const {
  const uint64_t h = std::hash<std::string_view>()(key);
  Probe p;
  // The block from the low half (multiply-shift: no modulo; fewer than
  // 2^32 blocks), the bits inside it by double hashing from the high half.
  p.block = static_cast<size_t>(((h & 0xffffffffu) * blocks_.size()) >> 32);
  p.first = h >> 32;
  p.step = ((h * 0x9e3779b97f4a7c15ull) >> 32) | 1;
  return p;
}

void KeyFilter::Add(std::string_view key) {
  const Probe p = ProbeOf(key);
  Block& b = blocks_[p.block];
  uint64_t a = p.first;
  for (int i = 0; i < kProbes; ++i, a += p.step) {
    const unsigned bit = static_cast<unsigned>(a & 511);
    b.words[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  ++added_;
}

bool KeyFilter::MayContain(std::string_view key) const {
  const Probe p = ProbeOf(key);
  const Block& b = blocks_[p.block];
  uint64_t a = p.first;
  for (int i = 0; i < kProbes; ++i, a += p.step) {
    const unsigned bit = static_cast<unsigned>(a & 511);
    if ((b.words[bit >> 6] & (uint64_t{1} << (bit & 63))) == 0) return false;
  }
  return true;
}

}  // namespace dipgraph::store
