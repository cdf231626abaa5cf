#include "segment/segmenter.h"

#include <unordered_set>

#include "common/text.h"

namespace entente {
namespace {

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2018; }
bool IsDash(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

std::string NormWord(std::string_view raw) {
  std::string folded = FoldText(raw);
  std::string out;
  out.reserve(folded.size());
  for (char c : folded)
    if (c != '.') out.push_back(c);
  return out.empty() ? folded : out;
}

const std::unordered_set<std::string>& Abbreviations() {
  static const std::unordered_set<std::string> kAbbr = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "sen", "rep",
      "gov", "pres", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "no", "vs", "etc", "inc", "corp", "co", "ltd", "jr", "sr", "rev", "mt", "ft", "dept", "est", "approx",
      "fig", "vol", "op", "gov't", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m"};
  return kAbbr;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, uint32_t begin, uint32_t end, const Lemmatizer* lemmatizer) {
  std::vector<Token> out;
  size_t i = begin;
  while (i < end) {
    size_t start = i;
    char32_t cp = DecodeUtf8(text, i);
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || IsDash(cp)) continue;
    if (IsWordChar(cp)) {
      // A word: letters/digits, with inner "." for abbreviations (U.S.) and numbers (3.5, 1,000),
      // and inner apostrophes (O'Brien) but not the possessive 's.
      size_t j = i;
      bool abbrev = false;
      while (j < end) {
        size_t k = j;
        char32_t c = DecodeUtf8(text, k);
        if (IsWordChar(c)) {
          j = k;
          continue;
        }
        if ((c == '.' || c == ',') && k < end) {
          size_t m = k;
          char32_t next = DecodeUtf8(text, m);
          bool digits = (text[j - 1] >= '0' && text[j - 1] <= '9') && next >= '0' && next <= '9';
          // "U.S." : single letters separated by periods.
          bool letters = c == '.' && IsWordChar(next) && (m >= end || text[m] == '.') &&
                         (j - start == 1 || abbrev);
          if (digits || letters) {
            abbrev = abbrev || letters;
            j = m;
            continue;
          }
        }
        if (IsApostrophe(c) && k < end) {
          size_t m = k;
          char32_t next = DecodeUtf8(text, m);
          bool possessive = (next == 's' || next == 'S') && (m >= end || !IsWordChar(static_cast<unsigned char>(text[m])));
          if (IsWordChar(next) && !possessive && next != 't') {
            j = k;
            continue;
          }
        }
        break;
      }
      // Trailing period of an abbreviation ("U.S.", "N.") belongs to the token.
      if (j < end && text[j] == '.' && (abbrev || j - start == 1)) {
        bool upper_single = j - start == 1 && IsUpperLetter(static_cast<unsigned char>(text[start]));
        if (abbrev || upper_single) ++j;
      }
      Token t;
      t.begin = static_cast<uint32_t>(start);
      t.end = static_cast<uint32_t>(j);
      std::string_view raw = text.substr(start, j - start);
      t.norm = NormWord(raw);
      size_t q = 0;
      t.upper_initial = IsUpperLetter(DecodeUtf8(raw, q));
      t.all_caps = t.upper_initial;
      for (size_t r = 0; r < raw.size() && t.all_caps;) {
        char32_t c = DecodeUtf8(raw, r);
        if (IsWordChar(c) && !(c >= '0' && c <= '9') && !IsUpperLetter(c)) t.all_caps = false;
      }
      if (lemmatizer)
        lemmatizer->Analyze(t.norm, &t.lemma, &t.past_verb);
      else
        t.lemma = t.norm;
      out.push_back(std::move(t));
      i = j;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(start);
    t.punct = true;
    if (IsApostrophe(cp)) {
      // Possessive 's / s' and n't.
      size_t k = i;
      if (k < end) {
        char32_t next = DecodeUtf8(text, k);
        if (next == 's' || next == 'S') {
          t.end = static_cast<uint32_t>(k);
          t.norm = t.lemma = "'s";
          t.punct = false;
          out.push_back(std::move(t));
          i = k;
          continue;
        }
        if (next == 't' && !out.empty() && EndsWith(out.back().norm, "n")) {
          t.end = static_cast<uint32_t>(k);
          t.norm = t.lemma = "not";
          t.punct = false;
          Token& prev = out.back();
          if (prev.norm.size() > 1 && prev.norm != "can") {
            prev.norm.pop_back();
            prev.end -= 1;
            prev.lemma = lemmatizer ? lemmatizer->Lemma(prev.norm) : prev.norm;
          }
          out.push_back(std::move(t));
          i = k;
          continue;
        }
      }
    }
    t.end = static_cast<uint32_t>(i);
    t.norm = FoldText(text.substr(start, i - start));
    t.lemma = t.norm;
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<std::string> NormTokens(std::string_view name) {
  std::vector<std::string> out;
  for (Token& t : Tokenize(name, 0, static_cast<uint32_t>(name.size()), nullptr)) {
    out.push_back(std::move(t.norm));
  }
  return out;
}

static bool IsCloser(const Token& t) {
  return t.punct && (t.norm == "\"" || t.norm == "'" || t.norm == ")" || t.norm == "]");
}

std::vector<Sentence> Segment(std::string_view text, const Lemmatizer* lemmatizer) {
  std::vector<Sentence> out;
  uint32_t paragraph = 0;
  size_t line_start = 0;
  const auto& abbr = Abbreviations();
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::vector<Token> tokens =
        Tokenize(text, static_cast<uint32_t>(line_start), static_cast<uint32_t>(line_end), lemmatizer);
    size_t s = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      const Token& t = tokens[i];
      bool end_here = false;
      size_t last = i;
      if (t.punct && (t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == "…")) {
        while (last + 1 < tokens.size() && IsCloser(tokens[last + 1])) ++last;
        if (last + 1 >= tokens.size()) {
          end_here = true;
        } else {
          const Token& next = tokens[last + 1];
          bool starts = next.upper_initial || (next.norm[0] >= '0' && next.norm[0] <= '9') ||
                        next.norm == "\"" || next.norm == "'" || next.norm == "(";
          bool after_abbr = t.norm == "." && i > 0 && !tokens[i - 1].punct && tokens[i - 1].end == t.begin &&
                            abbr.count(tokens[i - 1].norm) > 0;
          end_here = starts && !after_abbr;
        }
      } else if (!t.punct && t.norm.size() <= 4 && text[t.end - 1] == '.' && i + 1 < tokens.size() &&
                 tokens[i + 1].upper_initial) {
        // An abbreviation token that swallowed the period ends a sentence only before a
        // word that cannot continue it; keep "U.S. President" together.
        end_here = false;
      }
      if (end_here) {
        Sentence sent;
        sent.paragraph = paragraph;
        sent.tokens.assign(tokens.begin() + static_cast<long>(s), tokens.begin() + static_cast<long>(last) + 1);
        sent.begin = sent.tokens.front().begin;
        sent.end = sent.tokens.back().end;
        out.push_back(std::move(sent));
        s = last + 1;
        i = last;
      }
    }
    if (s < tokens.size()) {
      Sentence sent;
      sent.paragraph = paragraph;
      sent.tokens.assign(tokens.begin() + static_cast<long>(s), tokens.end());
      sent.begin = sent.tokens.front().begin;
      sent.end = sent.tokens.back().end;
      out.push_back(std::move(sent));
    }
    line_start = line_end + 1;
    // A blank line (or any line break) starts a new paragraph.
    if (line_start < text.size() && text[line_start] == '\n') {
      ++paragraph;
      ++line_start;
    } else if (line_end < text.size()) {
      ++paragraph;
    }
  }
  return out;
}

}  // namespace entente
