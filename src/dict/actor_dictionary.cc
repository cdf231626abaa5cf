#include "dict/actor_dictionary.h"

#include <algorithm>
#include <functional>

#include "common/date.h"
#include "common/file.h"
#include "common/text.h"
#include "segment/segmenter.h"

namespace entente {

const char* ActorKindName(ActorKind k) {
  switch (k) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kPerson: return "person";
    case ActorKind::kOrg: return "org";
    case ActorKind::kAgent: return "agent";
    case ActorKind::kContextual: return "contextual";
  }
  return "?";
}

uint32_t ActorDictionary::Intern(const std::string& tok) {
  auto [it, inserted] = vocab_.emplace(tok, static_cast<uint32_t>(vocab_.size()));
  if (inserted && vocab_flat_.built()) vocab_flat_.Clear();
  return it->second;
}

namespace {

constexpr uint64_t kSlipBase = 1000003;

// Polynomial hash of a word (sum of c_i * B^(n-1-i), modulo 2^64).
uint64_t SlipHash(std::string_view w) {
  uint64_t h = 0;
  for (unsigned char c : w) h = h * kSlipBase + c;
  return h;
}

}  // namespace

uint32_t ActorDictionary::TokenId(std::string_view norm) const {
  if (vocab_flat_.built()) {
    if (const uint32_t* id = vocab_flat_.Find(norm)) return *id;
  } else if (auto it = vocab_.find(norm); it != vocab_.end()) {
    return it->second;
  }
  // Not a dictionary word: the longest stem it starts with ("argentina" -> "argentin").
  if (stems_.empty() || norm.size() < min_stem_) return kUnknownToken;
  for (size_t n = std::min(norm.size(), max_stem_); n >= min_stem_; --n) {
    auto s = stems_.find(norm.substr(0, n));
    if (s != stems_.end()) return s->second;
  }
  return kUnknownToken;
}

void ActorDictionary::Add(const std::string& name, ActorEntry entry) {
  if (name.find('*') == std::string::npos && name.find(kNameGap) == std::string::npos) {
    AddTokens(NormTokens(name), {}, std::move(entry));
    return;
  }
  // "Argentin*": a word ending in '*' is a stem.
  std::vector<std::string> toks;
  std::vector<bool> stem;
  for (auto w : Split(name, ' ')) {
    w = Trim(w);
    if (w == kNameGap) {
      toks.push_back(kNameGap);
      stem.push_back(false);
      continue;
    }
    bool is_stem = w.size() > 1 && w.back() == '*';
    if (is_stem) w.remove_suffix(1);
    for (auto& t : NormTokens(w)) {
      if (t == "*") continue;
      toks.push_back(t);
      stem.push_back(false);
    }
    if (is_stem && !stem.empty()) stem.back() = true;
  }
  AddTokens(std::move(toks), stem, std::move(entry));
}

void ActorDictionary::AddTokens(std::vector<std::string> toks, const std::vector<bool>& stem, ActorEntry entry) {
  // A trailing possessive in a name is dropped; text matching ignores it too.
  while (!toks.empty() && toks.back() == "'s") toks.pop_back();
  if (toks.empty()) return;
  uint32_t node = 0;
  for (size_t k = 0; k < toks.size(); ++k) {
    const std::string& t = toks[k];
    uint32_t id = Intern(t);
    if (t == kNameGap) gap_id_ = id;
    if (k < stem.size() && stem[k]) {
      stems_.emplace(t, id);
      min_stem_ = std::min(min_stem_, t.size());
      max_stem_ = std::max(max_stem_, t.size());
    }
    uint64_t key = (static_cast<uint64_t>(node) << 32) | id;
    auto it = edges_.find(key);
    if (it == edges_.end()) {
      uint32_t next = static_cast<uint32_t>(node_entries_.size());
      node_entries_.emplace_back();
      edges_.emplace(key, next);
      edges_flat_.Clear();
      node = next;
    } else {
      node = it->second;
    }
  }
  const bool person = entry.kind == ActorKind::kPerson;
  entries_.push_back(std::move(entry));
  node_entries_[node].push_back(static_cast<uint32_t>(entries_.size() - 1));
  if (person && toks.size() >= 2 && toks.back().size() >= 3) surnames_[toks.back()].push_back(static_cast<uint32_t>(entries_.size() - 1));
  if (person && toks.size() >= 2) given_names_.insert(toks.front());
  if (entries_.back().slips && toks.size() == 1 && toks[0].size() >= 7 && stem.empty()) {
    const std::string& w = toks[0];
    const uint32_t e = static_cast<uint32_t>(near_words_.size());
    near_words_.emplace_back(w, static_cast<uint32_t>(entries_.size() - 1));
    // The first letter stays: a slip never falls on it (see MisspelledCountry).
    auto add_key = [&](std::string key) {
      if (key.size() <= 32 && key[0] >= 'a' && key[0] <= 'z') {
        near_hashes_.push_back(SlipHash(key));
        near_lengths_[key[0] - 'a'] |= 1u << (key.size() - 1);
      }
      near_countries_[std::move(key)].push_back(e);
    };
    add_key(w);
    for (size_t k = 1; k < w.size(); ++k) add_key(w.substr(0, k) + w.substr(k + 1));
  }
}

void ActorDictionary::Finish() {
  std::sort(near_hashes_.begin(), near_hashes_.end());
  near_hashes_.erase(std::unique(near_hashes_.begin(), near_hashes_.end()), near_hashes_.end());
  std::vector<std::pair<uint64_t, uint32_t>> hashes;
  for (uint64_t h : near_hashes_) hashes.emplace_back(h, 0);
  if (!hashes.empty()) near_hash_set_.Build(hashes);
  vocab_flat_.Build(vocab_);
  edges_flat_.Build(edges_);
  stem_alt_.assign(vocab_.size(), kUnknownToken);
  if (stems_.empty()) return;
  for (const auto& [tok, id] : vocab_) {
    if (tok.size() < 2) continue;
    // The longest stem that is a proper prefix of a dictionary word.
    for (size_t n = std::min(tok.size() - 1, max_stem_); n >= min_stem_ && n > 0; --n) {
      auto s = stems_.find(tok.substr(0, n));
      if (s != stems_.end()) {
        stem_alt_[id] = s->second;
        break;
      }
    }
  }
}

void ActorDictionary::Walk(const std::vector<uint32_t>& ids, size_t i, uint32_t node, size_t pos,
                           NameMatch* best) const {
  WalkWords(ids, i, node, pos, best);
  // A gap word: the rest of the name after up to four other tokens (or none). Tried after
  // the words themselves: on a tie the consecutive name wins.
  if (gap_id_ == kUnknownToken) return;
  const uint32_t g = Next(node, gap_id_);
  if (g != kUnknownToken)
    for (size_t s = 0; s <= 4 && i + s < ids.size(); ++s) Walk(ids, i + s, g, pos, best);
}

void ActorDictionary::WalkWords(const std::vector<uint32_t>& ids, size_t i, uint32_t node, size_t pos,
                                NameMatch* best) const {
  if (i >= ids.size() || ids[i] == kUnknownToken) return;
  for (uint32_t id : {ids[i], ids[i] < stem_alt_.size() ? stem_alt_[ids[i]] : kUnknownToken}) {
    if (id == kUnknownToken) continue;
    const uint32_t next = Next(node, id);
    if (next == kUnknownToken) continue;
    if (!node_entries_[next].empty() && i - pos + 1 > best->length) {
      best->length = static_cast<uint32_t>(i - pos + 1);
      best->entries = &node_entries_[next];
    }
    Walk(ids, i + 1, next, pos, best);
  }
}

namespace {

// Optimal string alignment distance of a and b is at most one.
bool WithinOneEdit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;
  if (a.size() == b.size())
    return a.substr(i + 1) == b.substr(i + 1) ||
           (i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2));
  return a.substr(i) == b.substr(i + 1);
}

}  // namespace

std::vector<uint32_t> ActorDictionary::MisspelledCountry(std::string_view norm) const {
  std::vector<uint32_t> out;
  if (near_countries_.empty() || norm.size() < 7 || norm.size() > 31 || norm[0] < 'a' || norm[0] > 'z') return out;
  // The filter: a key of the word's length (as is) or one less (a letter deleted) with its
  // first letter, then a key with the hash of the word or of one of its deletions.
  const uint32_t lengths = near_lengths_[norm[0] - 'a'];
  if (!(lengths & (3u << (norm.size() - 2)))) return out;
  const size_t n = norm.size();
  uint64_t prefix[33], power[33];
  prefix[0] = 0, power[0] = 1;
  for (size_t i = 0; i < n; ++i) {
    prefix[i + 1] = prefix[i] * kSlipBase + static_cast<unsigned char>(norm[i]);
    power[i + 1] = power[i] * kSlipBase;
  }
  if (!near_hash_set_.built()) return out;
  auto known = [&](uint64_t h) { return near_hash_set_.Find(h) != nullptr; };
  bool any = known(prefix[n]);
  for (size_t k = 1; k < n && !any; ++k) {
    // Hash of norm without letter k: prefix(k) shifted over the n-1-k letters after it.
    const uint64_t tail = prefix[n] - prefix[k + 1] * power[n - k - 1];
    any = known(prefix[k] * power[n - 1 - k] + tail);
  }
  if (!any) return out;
  std::string w(norm);
  std::string del;
  del.reserve(w.size());
  bool ambiguous = false;
  auto collect = [&](const std::string& key) {
    auto it = near_countries_.find(key);
    if (it == near_countries_.end()) return;
    for (uint32_t i : it->second) {
      const auto& [name, e] = near_words_[i];
      // The deletion keys also pair words two edits apart ("xab"/"aby"): keep one-edit names.
      // Typing slips rarely hit the first letter; "Olivia" is no "Bolivia".
      if (name[0] != w[0] || !WithinOneEdit(name, w) || std::find(out.begin(), out.end(), e) != out.end()) continue;
      if (!out.empty() && entries_[out.front()].code != entries_[e].code) ambiguous = true;
      out.push_back(e);
    }
  };
  collect(w);
  for (size_t k = 1; k < w.size(); ++k) {
    del.assign(w, 0, k);
    del.append(w, k + 1, std::string::npos);
    collect(del);
  }
  if (ambiguous) out.clear();  // two countries: no guess
  return out;
}

const std::vector<uint32_t>* ActorDictionary::BySurname(std::string_view norm) const {
  auto it = surnames_.find(norm);
  return it == surnames_.end() ? nullptr : &it->second;
}

NameMatch ActorDictionary::LongestMatch(const std::vector<uint32_t>& ids, size_t pos) const {
  NameMatch best;
  if ((!stems_.empty() && !stem_alt_.empty()) || gap_id_ != kUnknownToken) {
    Walk(ids, pos, 0, pos, &best);
    return best;
  }
  uint32_t node = 0;
  for (size_t i = pos; i < ids.size(); ++i) {
    if (ids[i] == kUnknownToken) break;
    node = Next(node, ids[i]);
    if (node == kUnknownToken) break;
    if (!node_entries_[node].empty()) {
      best.length = static_cast<uint32_t>(i - pos + 1);
      best.entries = &node_entries_[node];
    }
  }
  return best;
}

std::string ActorDictionary::Resolve(const std::vector<uint32_t>& candidates, int day, uint32_t* chosen) const {
  const ActorEntry* undated = nullptr;
  uint32_t undated_i = 0;
  const ActorEntry* latest = nullptr;
  uint32_t latest_i = 0;
  for (uint32_t i : candidates) {
    const ActorEntry& e = entries_[i];
    if (!e.dated) {
      if (!undated) undated = &e, undated_i = i;
      continue;
    }
    if (day != INT_MIN && e.from <= day && day < e.to) {
      if (chosen) *chosen = i;
      return e.code;
    }
    if (day == INT_MIN) {
      // Unknown date: the most recent role describes the actor best.
      if (!latest || e.from > latest->from) latest = &e, latest_i = i;
    } else if (e.from <= day && (!latest || e.to > latest->to)) {
      latest = &e, latest_i = i;  // the most recent role that ended before `day`
    }
  }
  if (undated) {
    if (chosen) *chosen = undated_i;
    return undated->code;
  }
  if (day == INT_MIN && latest) {
    if (chosen) *chosen = latest_i;
    return latest->code;
  }
  // A person outside every role: their country, not its government.
  const ActorEntry* any = latest ? latest : (candidates.empty() ? nullptr : &entries_[candidates.front()]);
  if (!any) return "";
  if (chosen) *chosen = latest ? latest_i : candidates.front();
  return any->code.substr(0, 3);
}

Status ActorDictionary::LoadFile(const std::string& path, std::vector<std::string>* diagnostics) {
  auto text = ReadFile(path, size_t{256} << 20);
  if (!text.ok()) return text.status();
  return LoadText(*text, path, diagnostics);
}

static bool ValidCode(std::string_view code, bool agent) {
  if (code.size() < 3 || code.size() > 15) return false;
  if (code == "###" || code == "+++") return true;  // PETRARCH's discard and complex codes
  // '-' stands for an unknown part ("---" unknown country, "---EDU"), as in CAMEO data.
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

Status ActorDictionary::LoadText(std::string_view text, const std::string& name,
                                 std::vector<std::string>* diagnostics) {
  return Parse(
      text, name, diagnostics, [this](const std::string& n, ActorEntry e) { Add(n, std::move(e)); }, &discards_);
}

Status ActorDictionary::Parse(std::string_view text, const std::string& name, std::vector<std::string>* diagnostics,
                              const std::function<void(const std::string&, ActorEntry)>& add,
                              std::vector<DiscardEntry>* discards) {
  ActorKind kind = ActorKind::kCountry;
  bool discard_section = false;  // @kind discard
  size_t lineno = 0;
  size_t pos = 0;
  auto diag = [&](const std::string& m) {
    if (diagnostics) diagnostics->push_back(name + ":" + std::to_string(lineno) + ": " + m);
  };
  if (size_t bad = FindInvalidUtf8(text); bad != std::string_view::npos) {
    lineno = LineOf(text, bad);
    diag("invalid UTF-8; the rest of the file is skipped");
    text = text.substr(0, text.rfind('\n', bad) == std::string_view::npos ? 0 : text.rfind('\n', bad));
  }
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++lineno;
    // Comments: '#' at the start or after whitespace.
    for (size_t h = line.find('#'); h != std::string_view::npos; h = line.find('#', h + 1)) {
      if (h == 0 || line[h - 1] == ' ' || line[h - 1] == '\t') {
        line = line.substr(0, h);
        break;
      }
    }
    line = Trim(line);
    if (line.empty()) continue;
    if (line[0] == '@') {
      auto parts = Split(line, ' ');
      std::string_view k = parts.size() >= 2 ? Trim(parts.back()) : std::string_view();
      if (!StartsWith(line, "@kind")) diag("unknown directive '" + std::string(line) + "'");
      else if ((discard_section = k == "discard")) continue;
      else if (k == "country") kind = ActorKind::kCountry;
      else if (k == "person") kind = ActorKind::kPerson;
      else if (k == "org") kind = ActorKind::kOrg;
      else if (k == "agent") kind = ActorKind::kAgent;
      else if (k == "contextual") kind = ActorKind::kContextual;
      else diag("unknown kind '" + std::string(k) + "'");
      continue;
    }
    size_t eq = line.find(" = ");
    if (eq == std::string_view::npos) {
      diag("expected 'CODE [FROM..TO] = name | name'");
      continue;
    }
    std::string_view head = Trim(line.substr(0, eq));
    std::string_view names = Trim(line.substr(eq + 3));
    ActorEntry e;
    e.kind = kind;
    e.slips = kind == ActorKind::kCountry;
    e.origin = name + ":" + std::to_string(lineno);
    // Context requirement: {PRK KOR}
    size_t brace = head.find('{');
    if (brace != std::string_view::npos) {
      size_t close = head.find('}', brace);
      if (close == std::string_view::npos) {
        diag("unclosed '{'");
        continue;
      }
      for (auto c : Split(head.substr(brace + 1, close - brace - 1), ' '))
        if (!Trim(c).empty()) e.requires_codes.emplace_back(Trim(c));
      head = Trim(std::string(head.substr(0, brace)) == "" ? std::string_view() : head.substr(0, brace));
    }
    auto parts = Split(head, ' ');
    std::vector<std::string_view> fields;
    for (auto p : parts)
      if (!Trim(p).empty()) fields.push_back(Trim(p));
    // Agents: "~GOV" (appended, the default) or "NGO~" (put before the actor's code).
    if (kind == ActorKind::kAgent && !discard_section && !fields.empty() && fields[0].size() > 1) {
      if (fields[0].front() == '~') {
        fields[0].remove_prefix(1);
      } else if (fields[0].back() == '~') {
        fields[0].remove_suffix(1);
        e.agent_prefix = true;
      }
    }
    if (discard_section && !fields.empty() && fields[0] != "SENTENCE" && fields[0] != "STORY" &&
        fields[0] != "COMPLEX") {
      diag("a discard line starts with SENTENCE, STORY or COMPLEX, not '" + std::string(fields[0]) + "'");
      continue;
    }
    if (fields.empty() || !ValidCode(fields[0], kind == ActorKind::kAgent)) {
      diag("bad actor code '" + std::string(fields.empty() ? "" : fields[0]) + "'");
      continue;
    }
    e.code = std::string(fields[0]);
    bool ok = true;
    if (fields.size() >= 2) {
      std::string_view range = fields[1];
      size_t dots = range.find("..");
      if (dots == std::string_view::npos || fields.size() > 2) {
        diag("expected a date range FROM..TO after the code, got '" + std::string(range) + "'");
        continue;
      }
      std::string_view from = range.substr(0, dots), to = range.substr(dots + 2);
      if (!from.empty()) {
        auto d = ParseIsoDate(from);
        if (!d) ok = false;
        else e.from = ToDays(*d);
      }
      if (!to.empty()) {
        auto d = ParseIsoDate(to);
        if (!d) ok = false;
        else e.to = ToDays(*d);
      }
      if (!ok || e.from >= e.to) {
        diag("bad date range '" + std::string(range) + "'");
        continue;
      }
      e.dated = true;
    }
    bool first = true;
    if (discard_section) {
      for (auto n : Split(names, '|')) {
        n = Trim(n);
        if (n.empty()) continue;
        first = false;
        DiscardEntry de;
        de.story = e.code == "STORY";
        de.kind = e.code == "COMPLEX" ? '+' : '#';
        de.from = e.from;
        de.to = e.to;
        de.phrase = std::string(n);
        de.origin = e.origin;
        for (auto w : Split(n, ' ')) {
          w = Trim(w);
          bool is_stem = w.size() > 1 && w.back() == '*';
          if (is_stem) w.remove_suffix(1);
          for (auto& t : NormTokens(w)) {
            de.tokens.push_back(t);
            de.stem.push_back(false);
          }
          if (is_stem && !de.stem.empty()) de.stem.back() = true;
        }
        if (!de.tokens.empty() && discards) discards->push_back(std::move(de));
      }
      if (first) diag("no phrases after '='");
      continue;
    }
    for (auto n : Split(names, '|')) {
      n = Trim(n);
      if (n.empty()) continue;
      if (first) {  // the canonical name, without stem marks
        e.name = std::string(n);
        e.name.erase(std::remove(e.name.begin(), e.name.end(), '*'), e.name.end());
      }
      first = false;
      ActorEntry variant = e;
      size_t letters = 0, upper = 0;
      for (char c : n) {
        if (c >= 'A' && c <= 'Z') ++letters, ++upper;
        else if (c >= 'a' && c <= 'z') ++letters;
      }
      variant.acronym = letters >= 2 && upper == letters && n.size() <= 8;
      add(std::string(n), std::move(variant));
    }
    if (first) diag("no names after '='");
  }
  return Status::Ok();
}

}  // namespace entente
