#include "dict/word_index.h"

#include <algorithm>

#include "common/file.h"
#include "common/text.h"

namespace entente {

namespace {

Status ReadIndex(const std::string& path, std::vector<std::string>* out) {
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  for (auto line : Split(*text, '\n')) {
    if (line.empty() || line[0] == ' ') continue;  // licence header lines start with blanks
    std::string_view lemma = line.substr(0, line.find(' '));
    if (lemma.find_first_of("_-.'") != std::string_view::npos) continue;  // collocations
    out->emplace_back(lemma);
  }
  return Status::Ok();
}

}  // namespace

Status WordIndex::Load(const std::string& dir) {
  verbs_.clear();
  others_.clear();
  ENTENTE_RETURN_IF_ERROR(ReadIndex(dir + "/index.verb", &verbs_));
  ENTENTE_RETURN_IF_ERROR(ReadIndex(dir + "/index.noun", &others_));
  ENTENTE_RETURN_IF_ERROR(ReadIndex(dir + "/index.adj", &others_));
  others_.insert(others_.end(), verbs_.begin(), verbs_.end());
  for (auto* v : {&verbs_, &others_}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  return Status::Ok();
}

bool WordIndex::Contains(std::string_view word) const {
  return std::binary_search(others_.begin(), others_.end(), word);
}

std::vector<std::string> WordIndex::Complete(std::string_view stem, bool verbs_only, size_t extra, size_t limit) const {
  const std::vector<std::string>& list = verbs_only ? verbs_ : others_;
  std::vector<std::string> out;
  if (stem.size() < 3) return out;  // too short to say anything
  for (auto it = std::lower_bound(list.begin(), list.end(), stem); it != list.end(); ++it) {
    if (it->compare(0, stem.size(), stem) != 0) break;
    if (it->size() <= stem.size() + extra) out.push_back(*it);
  }
  std::stable_sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace entente
