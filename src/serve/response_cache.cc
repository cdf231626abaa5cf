#include "serve/response_cache.h"


namespace entente::serve {

std::optional<ApiResponse> ResponseCache::Get(const std::string& key, const std::string& version) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = index_.find(key);
  if (it == index_.end()) return std::nullopt;
  if (it->second->version != version) {  // stale: the database changed
    bytes_ -= it->second->body->size() + key.size();
    lru_.erase(it->second);
    index_.erase(it);
    return std::nullopt;
  }
  lru_.splice(lru_.begin(), lru_, it->second);
  return ApiResponse{200, *it->second->body};
}

void ResponseCache::Put(const std::string& key, const std::string& version, const ApiResponse& r) {
  size_t size = r.body.size() + key.size();
  if (r.status != 200 || max_bytes_ == 0 || size > max_bytes_ / 8) return;
  auto body = std::make_shared<const std::string>(r.body);
  std::lock_guard<std::mutex> lock(mu_);
  if (auto it = index_.find(key); it != index_.end()) {
    bytes_ -= it->second->body->size() + key.size();
    lru_.erase(it->second);
    index_.erase(it);
  }
  lru_.push_front({key, version, std::move(body)});
  index_[key] = lru_.begin();
  bytes_ += size;
  while (bytes_ > max_bytes_ && !lru_.empty()) {
    const Entry& last = lru_.back();
    bytes_ -= last.body->size() + last.key.size();
    index_.erase(last.key);
    lru_.pop_back();
  }
}

size_t ResponseCache::bytes() const {
  std::lock_guard<std::mutex> lock(mu_);
  return bytes_;
}

size_t ResponseCache::entries() const {
  std::lock_guard<std::mutex> lock(mu_);
  return lru_.size();
}

std::string CacheKey(const std::string& path, const Query& q) {
  // Separators that no path, name or value holds, so two requests never share a key.
  std::string key = path;
  for (const auto& [k, v] : q) {  // a multimap: in key order
    key += '\x1e';
    key += k;
    key += '\x1f';
    key += v;
  }
  return key;
}

}  // namespace entente::serve
