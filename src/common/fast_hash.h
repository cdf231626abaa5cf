// A fast hash for short strings (normalised tokens, lemmas): inline, a few multiplies,
// no library call. For hash tables looked up once or more per token of every sentence.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace entente {

inline uint64_t FastHash(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xC2B2AE3D27D4EB4Full);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  if (n) {
    uint64_t w = 0;
    if (n >= 4) {
      uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      w = (static_cast<uint64_t>(a) << 32) | b;
    } else {
      w = (static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
          (static_cast<uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) | static_cast<unsigned char>(p[n - 1]);
    }
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
  }
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 32;
  return h;
}

// Transparent hasher for unordered containers keyed by std::string.
struct FastStringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return static_cast<size_t>(FastHash(s)); }
};

}  // namespace entente
