#include "store/coding.h"

#include <bit>
#include <cstring>

namespace dipgraph::store {

void PutFixed32BE(std::string* dst, uint32_t v) {
  char buf[4];
  for (int i = 3; i >= 0; --i) {
    buf[i] = static_cast<char>(v & 0xff);
    v >>= 8;
  }
  dst->append(buf, 4);
}

void PutFixed64BE(std::string* dst, uint64_t v) {
  char buf[8];
  for (int i = 7; i >= 0; --i) {
    buf[i] = static_cast<char>(v & 0xff);
    v >>= 8;
  }
  dst->append(buf, 8);
}

void PutOrderedInt32(std::string* dst, int32_t v) {
  PutFixed32BE(dst, static_cast<uint32_t>(v) ^ 0x80000000u);
}

void PutOrderedInt64(std::string* dst, int64_t v) {
  PutFixed64BE(dst, static_cast<uint64_t>(v) ^ 0x8000000000000000ull);
}

uint32_t DecodeFixed32BE(const char* p) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(p[i]);
  return v;
}

uint64_t DecodeFixed64BE(const char* p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<unsigned char>(p[i]);
  return v;
}

uint64_t DecodePaddedFixed64BE(const char* p, size_t n) {
  char b[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  std::memcpy(b, p, n);
  return DecodeFixed64BE(b);
}

uint64_t DecodePaddedFixed64LE(const char* p, size_t n) {
  uint64_t v = 0;
  std::memcpy(&v, p, n);  // the low bytes on a little-endian host
  if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
  return v;
}

int32_t DecodeOrderedInt32(const char* p) {
  return static_cast<int32_t>(DecodeFixed32BE(p) ^ 0x80000000u);
}

int64_t DecodeOrderedInt64(const char* p) {
  return static_cast<int64_t>(DecodeFixed64BE(p) ^ 0x8000000000000000ull);
}

void PutVarint64(std::string* dst, uint64_t v) {
  while (v >= 0x80) {
    dst->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  dst->push_back(static_cast<char>(v));
}

void PutVarsint64(std::string* dst, int64_t v) {
  // Zigzag: small magnitudes of either sign stay short.
  const uint64_t u = (static_cast<uint64_t>(v) << 1) ^
                     static_cast<uint64_t>(v >> 63);
  PutVarint64(dst, u);
}

void PutLengthPrefixed(std::string* dst, std::string_view s) {
  PutVarint64(dst, s.size());
  dst->append(s.data(), s.size());
}

void PutDouble(std::string* dst, double v) {
  uint64_t bits = 0;
  static_assert(sizeof(bits) == sizeof(v));
  std::memcpy(&bits, &v, sizeof(v));
  for (int i = 0; i < 8; ++i) {
    dst->push_back(static_cast<char>(bits & 0xff));
    bits >>= 8;
  }
}

bool Decoder::GetByte(uint8_t* v) {
  if (rest_.empty()) return false;
  *v = static_cast<uint8_t>(rest_[0]);
  rest_.remove_prefix(1);
  return true;
}

bool Decoder::GetFixed32BE(uint32_t* v) {
  if (rest_.size() < 4) return false;
  *v = DecodeFixed32BE(rest_.data());
  rest_.remove_prefix(4);
  return true;
}

bool Decoder::GetFixed64BE(uint64_t* v) {
  if (rest_.size() < 8) return false;
  *v = DecodeFixed64BE(rest_.data());
  rest_.remove_prefix(8);
  return true;
}

bool Decoder::GetVarint64(uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; shift <= 63 && !rest_.empty(); shift += 7) {
    const auto byte = static_cast<unsigned char>(rest_[0]);
    rest_.remove_prefix(1);
    result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) {
      *v = result;
      return true;
    }
  }
  rest_ = {};
  return false;
}

bool Decoder::GetVarint32(uint32_t* v) {
  uint64_t wide = 0;
  if (!GetVarint64(&wide) || wide > 0xffffffffull) return false;
  *v = static_cast<uint32_t>(wide);
  return true;
}

bool Decoder::GetVarsint64(int64_t* v) {
  uint64_t u = 0;
  if (!GetVarint64(&u)) return false;
  *v = static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1);
  return true;
}

bool Decoder::GetLengthPrefixed(std::string_view* v) {
  uint64_t n = 0;
  if (!GetVarint64(&n) || n > rest_.size()) return false;
  *v = rest_.substr(0, n);
  rest_.remove_prefix(n);
  return true;
}

bool Decoder::GetString(std::string* v) {
  std::string_view view;
  if (!GetLengthPrefixed(&view)) return false;
  v->assign(view.data(), view.size());
  return true;
}

bool Decoder::GetDouble(double* v) {
  if (rest_.size() < 8) return false;
  uint64_t bits = 0;
  for (int i = 7; i >= 0; --i) {
    bits = (bits << 8) | static_cast<unsigned char>(rest_[static_cast<size_t>(i)]);
  }
  std::memcpy(v, &bits, sizeof(*v));
  rest_.remove_prefix(8);
  return true;
}

}  // namespace dipgraph::store
