#include "segment/lemmatizer.h"

#include <atomic>
#include <cstdlib>

#include "common/fast_hash.h"
#include "common/file.h"
#include "common/text.h"

namespace entente {

// Calls fn(line) for each line of a WordNet file (without its '\n').
template <typename Fn>
static void ForEachLine(const std::string& text, Fn fn) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    std::string_view line(text.data() + pos, eol - pos);
    pos = eol + 1;
    fn(line);
  }
}

static void ReadIndex(const std::string& text, std::unordered_set<std::string>& out) {
  ForEachLine(text, [&](std::string_view line) {
    if (line.empty() || line[0] == ' ') return;  // licence header
    std::string_view lemma = line.substr(0, line.find(' '));
    if (lemma.find('_') == std::string_view::npos) out.emplace(lemma);
  });
}

static void ReadExc(const std::string& text, std::unordered_map<std::string, std::string>& out) {
  ForEachLine(text, [&](std::string_view line) {
    auto parts = Split(Trim(line), ' ');
    if (parts.size() < 2 || parts[0].find('_') != std::string_view::npos) return;
    out.emplace(std::string(parts[0]), std::string(parts[1]));
  });
}

// data.noun: the lower-cased nouns whose every sense is a capitalised instance of a person
// (lexicographer file 18 = noun.person, pointer "@i"). WordNet lists famous people ("Putin",
// "Reagan") beside common words ("bush", "rice"); only the former are names and nothing else.
static void ReadPersonNames(const std::string& text, std::unordered_set<std::string>& out) {
  std::unordered_set<std::string> other;
  ForEachLine(text, [&](std::string_view line) {
    if (line.empty() || line[0] == ' ') return;  // licence header
    auto f = Split(line.substr(0, line.find(" | ")), ' ');
    if (f.size() < 6) return;
    const bool person_instance = f[1] == "18" && line.find(" @i ") != std::string_view::npos;
    const size_t n = std::strtoul(std::string(f[3]).c_str(), nullptr, 16);
    for (size_t k = 0; k < n && 4 + 2 * k < f.size(); ++k) {
      std::string_view w = f[4 + 2 * k];
      if (w.empty() || w.find('_') != std::string_view::npos) continue;
      std::string lower = ToLowerAscii(w);
      if (person_instance && w[0] >= 'A' && w[0] <= 'Z') out.insert(lower);
      else other.insert(std::move(lower));
    }
  });
  for (const auto& w : other) out.erase(w);
}

Status Lemmatizer::Load(const std::string& dir) {
  static std::atomic<uint64_t> loads{0};
  generation_ = ++loads;  // invalidates what Analyze() remembered of an earlier load here
  auto iv = ReadFile(dir + "/index.verb");
  auto in = ReadFile(dir + "/index.noun");
  auto ev = ReadFile(dir + "/verb.exc");
  auto en = ReadFile(dir + "/noun.exc");
  if (!iv.ok() || !in.ok() || !ev.ok() || !en.ok())
    return Status::NotFound("WordNet not found in " + dir + " (install Debian's wordnet-base); using suffix rules only");
  ReadIndex(*iv, verbs_);
  ReadIndex(*in, nouns_);
  ReadExc(*ev, verb_exc_);
  ReadExc(*en, noun_exc_);
  if (auto dn = ReadFile(dir + "/data.noun"); dn.ok()) ReadPersonNames(*dn, person_names_);
  // "be" forms are in verb.exc; a few auxiliaries WordNet lists oddly.
  for (const char* be : {"is", "are", "am", "was", "were", "been", "being", "'re", "'m"}) verb_exc_[be] = "be";
  for (const char* have : {"has", "had", "having"}) verb_exc_[have] = "have";
  for (const char* d : {"does", "did", "done"}) verb_exc_[d] = "do";
  return Status::Ok();
}

std::string Lemmatizer::Morph(std::string_view w, const std::unordered_set<std::string>& index,
                              const std::unordered_map<std::string, std::string>& exc, bool verb) const {
  std::string word(w);
  auto e = exc.find(word);
  if (e != exc.end()) return e->second;
  const bool checked = !index.empty();
  if (checked && index.count(word)) return word;
  struct Rule {
    const char* suffix;
    const char* repl;
  };
  static const Rule kVerbRules[] = {{"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
                                    {"ing", "e"}, {"ing", ""}, {"s", ""}};
  static const Rule kNounRules[] = {{"ies", "y"}, {"ches", "ch"}, {"shes", "sh"}, {"ses", "s"},
                                    {"xes", "x"}, {"zes", "z"}, {"men", "man"}, {"s", ""}};
  const Rule* rules = verb ? kVerbRules : kNounRules;
  const size_t nrules = 8;
  for (size_t i = 0; i < nrules; ++i) {
    std::string_view suf = rules[i].suffix;
    if (word.size() <= suf.size() + 1 || !EndsWith(word, suf)) continue;
    std::string base = word.substr(0, word.size() - suf.size()) + rules[i].repl;
    if (!checked) return base;
    if (index.count(base)) return base;
    // Doubled consonant: "planned" -> "plan", "stopping" -> "stop".
    if (verb && (suf == "ed" || suf == "ing") && base.size() >= 3 && base[base.size() - 1] == base[base.size() - 2]) {
      std::string undoubled = base.substr(0, base.size() - 1);
      if (index.count(undoubled)) return undoubled;
    }
  }
  return "";
}

bool Lemmatizer::InWordNet(std::string_view word) const {
  std::string w(word);
  return verbs_.count(w) || nouns_.count(w) || verb_exc_.count(w) || noun_exc_.count(w);
}

bool Lemmatizer::IsWord(std::string_view word) const {
  std::string w(word);
  if (person_names_.count(w) && !verbs_.count(w)) return false;
  return verbs_.count(w) || nouns_.count(w) || verb_exc_.count(w) || noun_exc_.count(w) ||
         verbs_.count(Lemma(w)) || nouns_.count(Lemma(w));
}

bool Lemmatizer::IsPastVerb(std::string_view word) const {
  if (word.size() < 3) return false;
  std::string w(word);
  auto e = verb_exc_.find(w);
  if (e != verb_exc_.end()) {
    // Irregular forms that are not past ("is", "has", "does") do not count.
    return !(EndsWith(w, "s") || EndsWith(w, "ing"));
  }
  if (!EndsWith(w, "ed")) return false;
  std::string v = Morph(word, verbs_, verb_exc_, true);
  return !v.empty() && v != w;
}

void Lemmatizer::Analyze(std::string_view word, std::string* lemma, bool* past_verb) const {
  struct Entry {
    std::string lemma;
    bool past;
  };
  struct Memo {
    const Lemmatizer* owner = nullptr;
    uint64_t generation = 0;
    std::unordered_map<std::string, Entry, FastStringHash, std::equal_to<>> words;
  };
  static thread_local Memo memo;
  if (memo.owner != this || memo.generation != generation_ || memo.words.size() > (1u << 18)) {
    memo.words.clear();
    memo.owner = this;
    memo.generation = generation_;
  }
  auto it = memo.words.find(word);
  if (it == memo.words.end())
    it = memo.words.emplace(std::string(word), Entry{Lemma(word), IsPastVerb(word)}).first;
  *lemma = it->second.lemma;
  *past_verb = it->second.past;
}

std::string Lemmatizer::Lemma(std::string_view word) const {
  if (word.empty() || !(word[0] >= 'a' && word[0] <= 'z')) return std::string(word);
  std::string v = Morph(word, verbs_, verb_exc_, true);
  if (!v.empty() && (loaded() || v != word)) return v;
  std::string n = Morph(word, nouns_, noun_exc_, false);
  if (!n.empty()) return n;
  return std::string(word);
}

}  // namespace entente
