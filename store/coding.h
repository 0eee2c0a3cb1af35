// Byte-level encodings shared by the store's keys and values: big-endian
// fixed-width integers (so that byte order equals numeric order in keys),
// sign-flipped signed integers (so that negative values sort before
// positive ones), LEB128 varints and length-prefixed strings for values,
// and Decoder, a bounds-checked reader over an encoded value.
//
// The formats are specified in doc/store_format.md; changing any of them
// requires a new format version.
//
// Thread-safety: the free functions are pure; a Decoder is used by one
// thread at a time.

#ifndef DIPGRAPH_STORE_CODING_H_
#define DIPGRAPH_STORE_CODING_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dipgraph::store {

// Appends `v` as 4 or 8 big-endian bytes.
void PutFixed32BE(std::string* dst, uint32_t v);
void PutFixed64BE(std::string* dst, uint64_t v);

// Appends a signed value as big-endian bytes with the sign bit flipped:
// INT_MIN encodes as 00..00, -1 as 7F..FF, 0 as 80..00. Byte-wise
// comparison of the encodings then agrees with numeric comparison.
void PutOrderedInt32(std::string* dst, int32_t v);
void PutOrderedInt64(std::string* dst, int64_t v);

// Reads what the Put functions above wrote. REQUIRES: `p` points at enough
// bytes (4 or 8).
uint32_t DecodeFixed32BE(const char* p);
uint64_t DecodeFixed64BE(const char* p);
// The first `n` (<= 8) bytes at p, zero-padded to 8, read as a big-endian
// or little-endian 64-bit value (key prefixes, hash words).
uint64_t DecodePaddedFixed64BE(const char* p, size_t n);
uint64_t DecodePaddedFixed64LE(const char* p, size_t n);
int32_t DecodeOrderedInt32(const char* p);
int64_t DecodeOrderedInt64(const char* p);

// Appends an unsigned LEB128 varint (1-10 bytes).
void PutVarint64(std::string* dst, uint64_t v);
// Appends a zigzag-encoded signed varint.
void PutVarsint64(std::string* dst, int64_t v);
// Appends varint(size) followed by the bytes of `s`.
void PutLengthPrefixed(std::string* dst, std::string_view s);
// Appends the 8 bytes of an IEEE double (little-endian bit pattern).
void PutDouble(std::string* dst, double v);

// Decoder reads a value that the Put functions built, in the same order.
// Every getter returns false (and leaves the decoder failed) when the input
// is too short or malformed, so callers can report Corruption instead of
// reading out of bounds.
class Decoder {
 public:
  explicit Decoder(std::string_view input) : rest_(input) {}

  bool GetByte(uint8_t* v);
  bool GetFixed32BE(uint32_t* v);
  bool GetFixed64BE(uint64_t* v);
  bool GetVarint64(uint64_t* v);
  bool GetVarint32(uint32_t* v);
  bool GetVarsint64(int64_t* v);
  bool GetLengthPrefixed(std::string_view* v);
  bool GetString(std::string* v);
  bool GetDouble(double* v);

  // True when every byte has been consumed.
  bool done() const { return rest_.empty(); }
  std::string_view rest() const { return rest_; }

 private:
  std::string_view rest_;
};

}  // namespace dipgraph::store

#endif  // DIPGRAPH_STORE_CODING_H_
