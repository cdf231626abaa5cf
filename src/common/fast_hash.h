// A fast hash for short strings (normalised tokens, lemmas): inline, a few multiplies,
// no library call. For hash tables looked up once or more per token of every sentence.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

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

namespace entente {

// A read-only map from strings to uint32_t, built once from another map: open addressing
// over FastHash, keys in one buffer it owns (copyable). For tables looked up per token.
class FlatStringMap {
 public:
  template <typename Map>
  void Build(const Map& m) {
    size_t cap = 16;
    while (cap < m.size() * 2) cap <<= 1;
    slots_.assign(cap, Slot{});
    keys_.clear();
    for (const auto& [key, value] : m) keys_ += key;
    size_t offset = 0;
    for (const auto& [key, value] : m) {
      const uint64_t h = FastHash(key);
      size_t i = h & (cap - 1);
      while (slots_[i].used) i = (i + 1) & (cap - 1);
      slots_[i] = Slot{h, static_cast<uint32_t>(offset), static_cast<uint32_t>(key.size()), value, true};
      offset += key.size();
    }
  }
  void Clear() {
    slots_.clear();
    keys_.clear();
  }
  bool built() const { return !slots_.empty(); }
  // The value of `key`, or nullptr.
  const uint32_t* Find(std::string_view key) const {
    const uint64_t h = FastHash(key);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.hash == h && s.len == key.size() && std::memcmp(keys_.data() + s.offset, key.data(), key.size()) == 0)
        return &s.value;
    }
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0, len = 0;
    uint32_t value = 0;
    bool used = false;
  };
  std::vector<Slot> slots_;
  std::string keys_;
};

// The same for uint64_t keys (trie edges: node << 32 | token).
class FlatU64Map {
 public:
  template <typename Map>
  void Build(const Map& m) {
    size_t cap = 16;
    shift_ = 60;
    while (cap < m.size() * 2) cap <<= 1, --shift_;
    slots_.assign(cap, Slot{});
    for (const auto& [key, value] : m) {
      size_t i = Index(key);
      while (slots_[i].used) i = (i + 1) & (cap - 1);
      slots_[i] = Slot{key, value, true};
    }
  }
  void Clear() { slots_.clear(); }
  bool built() const { return !slots_.empty(); }
  const uint32_t* Find(uint64_t key) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = Index(key);; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.key == key) return &s.value;
    }
  }

 private:
  size_t Index(uint64_t key) const { return static_cast<size_t>(((key ^ (key >> 29)) * 0x9E3779B97F4A7C15ull) >> shift_); }
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
    bool used = false;
  };
  std::vector<Slot> slots_;
  int shift_ = 60;
};

}  // namespace entente
