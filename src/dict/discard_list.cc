#include "dict/discard_list.h"

#include <algorithm>

namespace entente {

void DiscardList::Add(DiscardEntry e) {
  if (e.tokens.empty()) return;
  first_flat_.Clear();
  first_lists_.clear();
  e.stem.resize(e.tokens.size(), false);
  uint32_t idx = static_cast<uint32_t>(entries_.size());
  bool stem = e.stem[0];
  if (stem) {
    by_first_stem_[e.tokens[0]].push_back(idx);
    max_stem_ = std::max(max_stem_, e.tokens[0].size());
  } else {
    by_first_[e.tokens[0]].push_back(idx);
  }
  size_t len = e.tokens[0].size();
  entries_.push_back(std::move(e));
  if (!stem) return;
  if (len < min_stem_) {
    min_stem_ = len;
    IndexStemPrefixes();
  } else {
    stem_prefix_[FastHash(std::string_view(entries_.back().tokens[0]).substr(0, min_stem_)) & 0xffff] = true;
  }
}

void DiscardList::Finish() {
  std::vector<std::pair<std::string_view, uint32_t>> keys;
  first_lists_.clear();
  for (const auto& [tok, list] : by_first_) {
    keys.emplace_back(tok, static_cast<uint32_t>(first_lists_.size()));
    first_lists_.push_back(list);
  }
  first_flat_.Build(keys);
}

void DiscardList::IndexStemPrefixes() {
  stem_prefix_.assign(1 << 16, false);
  for (const auto& [stem, list] : by_first_stem_)
    stem_prefix_[FastHash(std::string_view(stem).substr(0, min_stem_)) & 0xffff] = true;
}

bool DiscardList::MatchAt(const DiscardEntry& e, const std::vector<Token>& tokens, size_t i) const {
  if (i + e.tokens.size() > tokens.size()) return false;
  for (size_t k = 1; k < e.tokens.size(); ++k) {
    const std::string& norm = tokens[i + k].norm;
    if (e.stem[k] ? norm.compare(0, e.tokens[k].size(), e.tokens[k]) != 0 : norm != e.tokens[k]) return false;
  }
  return true;
}

const DiscardEntry* DiscardList::Match(const std::vector<Token>& tokens, int day) const {
  if (entries_.empty()) return nullptr;
  auto holds = [day](const DiscardEntry& e) { return day == INT_MIN || (e.from <= day && day < e.to); };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& norm = tokens[i].norm;
    const std::vector<uint32_t>* list = nullptr;
    if (first_flat_.built()) {
      if (const uint32_t* li = first_flat_.Find(norm)) list = &first_lists_[*li];
    } else if (auto it = by_first_.find(norm); it != by_first_.end()) {
      list = &it->second;
    }
    if (list)
      for (uint32_t idx : *list)
        if (holds(entries_[idx]) && MatchAt(entries_[idx], tokens, i)) return &entries_[idx];
    if (by_first_stem_.empty() || norm.size() < min_stem_) continue;
    if (!stem_prefix_[FastHash(std::string_view(norm).substr(0, min_stem_)) & 0xffff]) continue;
    for (size_t n = std::min(norm.size(), max_stem_); n >= min_stem_; --n) {
      auto it = by_first_stem_.find(std::string_view(norm).substr(0, n));
      if (it == by_first_stem_.end()) continue;
      for (uint32_t idx : it->second)
        if (holds(entries_[idx]) && MatchAt(entries_[idx], tokens, i)) return &entries_[idx];
    }
  }
  return nullptr;
}

}  // namespace entente
