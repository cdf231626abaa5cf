// API answers kept while the database has not changed: the dashboard asks the same
// questions again and again (every visitor's first view, every redraw), and the store's
// aggregate queries cost milliseconds each on a large database.
//
// An answer is kept under its request (path and parameters) with the database's data
// version (Store::WriteCount) at the time it was asked; it is served again only while
// the version is the same. Bounded in bytes, least recently used out first. Thread-safe.
#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "serve/api.h"
#include "serve/params.h"

namespace entente::serve {

class ResponseCache {
 public:
  explicit ResponseCache(size_t max_bytes) : max_bytes_(max_bytes) {}
  // The answer kept for `key` at `version`, if any.
  std::optional<ApiResponse> Get(const std::string& key, const std::string& version);
  // Keeps `r` (200 answers only; larger than an eighth of the cache: not kept).
  void Put(const std::string& key, const std::string& version, const ApiResponse& r);
  size_t bytes() const;
  size_t entries() const;

 private:
  struct Entry {
    std::string key, version;
    std::shared_ptr<const std::string> body;
  };
  mutable std::mutex mu_;
  size_t max_bytes_, bytes_ = 0;
  std::list<Entry> lru_;  // most recent first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
};

// The cache key of a request: the path and its parameters in order.
std::string CacheKey(const std::string& path, const Query& q);

}  // namespace entente::serve
