#include "dict/petrarch_reader.h"

#include <map>

#include "common/text.h"
#include "dict/pattern_compiler.h"
#include "dict/tabari_reader.h"
#include "segment/segmenter.h"

namespace entente {

namespace {


// PETRARCH comments: '#' to the end of the line (read_FIN_line cuts at any '#').
std::string_view CutHash(std::string_view line) {
  size_t h = line.find('#');
  return h == std::string_view::npos ? line : line.substr(0, h);
}

// Lines with comments removed, one per input line (blank when nothing is left); bad
// bytes are reported and the line blanked.
std::vector<std::string> CleanLines(std::string_view text, LineCtx& ctx, ReadStats* stats) {
  std::vector<std::string> lines = SplitLines(text, true);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (std::string bad = BadBytes(lines[i]); !bad.empty()) {
      ctx.lineno = i + 1;
      ctx.Diag(bad + "; line skipped");
      stats->Skip("invalid bytes");
      lines[i].clear();
      continue;
    }
    // read_FIN_line skips lines that start "<!" (also a malformed "<! -- ... -->").
    if (StartsWith(Trim(lines[i]), "<!")) {
      lines[i].clear();
      continue;
    }
    lines[i] = std::string(CutHash(lines[i]));
  }
  return lines;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return out;
}

}  // namespace

// ---------------------------------------------------------------- actors

void ReadPetrarchActors(std::string_view text, const std::string& name, DictContent* out,
                        std::vector<std::string>* diags) {
  LineCtx ctx{name, diags};
  std::vector<std::string> lines = CleanLines(text, ctx, &out->stats);
  ActorLineReader reader(ctx, out, /*agents=*/false, /*special_codes=*/false,
                         [&](std::string_view phrase, ActorRoot* root) {
                           std::vector<std::string> words;
                           std::vector<bool> stems;
                           bool gapped = false;
                           SplitPhrase(phrase, false, &words, &stems, &gapped, &out->stats);
                           if (words.empty()) return false;
                           root->words.push_back(std::move(words));
                           root->stems.push_back(std::move(stems));
                           return true;
                         });
  for (const std::string& raw : lines) {
    ++ctx.lineno;
    std::string_view t = Trim(raw);
    if (t.empty()) continue;
    ++out->stats.lines;
    reader.Line(t);
  }
  reader.Finish();
}

// ---------------------------------------------------------------- agents

void ReadPetrarchAgents(std::string_view text, const std::string& name, DictContent* out,
                        std::vector<std::string>* diags) {
  LineCtx ctx{name, diags};
  std::vector<std::string> lines = CleanLines(text, ctx, &out->stats);
  std::map<std::string, std::vector<std::string>> marks;  // "PERSON" -> MAN, MEN, ...
  for (const std::string& raw : lines) {
    ++ctx.lineno;
    std::string_view t = Trim(raw);
    if (t.empty()) continue;
    ++out->stats.lines;
    size_t bang = t.find('!');
    if (bang != std::string_view::npos && t.find('=') != std::string_view::npos && t.find('[') == std::string_view::npos) {
      size_t end = t.find('!', bang + 1);
      size_t eq = t.find('=');
      if (end == std::string_view::npos || eq < end) {
        ctx.Diag("substitution set not of the form '!NAME! = A, B'");
        out->stats.Skip("bad substitution set");
        continue;
      }
      auto& list = marks[std::string(t.substr(bang + 1, end - bang - 1))];
      list.clear();
      for (auto item : Split(t.substr(eq + 1), ','))
        if (!Trim(item).empty()) list.emplace_back(Trim(item));
      continue;
    }
    size_t br = t.find('[');
    if (br == std::string_view::npos) {
      ctx.Diag("an agent needs a code in '[...]'");
      out->stats.Skip("agent without a code");
      continue;
    }
    size_t close = t.find(']', br);
    if (close == std::string_view::npos) {
      ctx.Diag("'[' without ']'");
      out->stats.Skip("bad code");
      continue;
    }
    ActorRoot root;
    root.origin = ctx.Origin();
    CodeGroup g;
    std::string err = ParseCodeGroup(t.substr(br + 1, close - br - 1), true, &g, &out->stats);
    if (!err.empty()) {
      ctx.Diag(err + "; line skipped");
      out->stats.Skip("bad code");
      continue;
    }
    root.groups.push_back(std::move(g));
    std::string phrase(Trim(t.substr(0, br)));
    std::vector<std::string> phrases;
    if (size_t m1 = phrase.find('!'); m1 != std::string::npos) {
      size_t m2 = phrase.find('!', m1 + 1);
      if (m2 == std::string::npos || !marks.count(phrase.substr(m1 + 1, m2 - m1 - 1))) {
        ctx.Diag("unknown substitution set in '" + phrase + "'; line skipped");
        out->stats.Skip("unknown substitution set");
        continue;
      }
      for (const auto& sub : marks[phrase.substr(m1 + 1, m2 - m1 - 1)])
        phrases.push_back(phrase.substr(0, m1) + sub + phrase.substr(m2 + 1));
    } else {
      std::string plural;
      bool explicit_plural = false;
      if (size_t b = phrase.find('{'); b != std::string::npos) {
        size_t e = phrase.find('}', b);
        if (e == std::string::npos) {
          ctx.Diag("'{' without '}'; line skipped");
          out->stats.Skip("bad plural");
          continue;
        }
        plural = std::string(Trim(std::string_view(phrase).substr(b + 1, e - b - 1)));
        phrase = std::string(Trim(std::string_view(phrase).substr(0, b)));
        explicit_plural = true;
      }
      if (phrase.empty()) {
        ctx.Diag("an agent code without a phrase");
        out->stats.Skip("code without a phrase");
        continue;
      }
      if (!explicit_plural) {  // PETRARCH's rule: Y -> IES, S -> SES, else + S
        std::string up = Upper(phrase);
        if (up.back() == 'Y') plural = phrase.substr(0, phrase.size() - 1) + "IES";
        else if (up.back() == 'S') plural = phrase + "ES";
        else plural = phrase + "S";
      }
      phrases.push_back(phrase);
      if (!plural.empty()) phrases.push_back(plural);
    }
    for (const auto& p : phrases) {
      std::vector<std::string> words;
      std::vector<bool> stems;
      bool gapped = false;
      SplitPhrase(p, false, &words, &stems, &gapped, &out->stats);
      if (words.empty()) continue;
      root.words.push_back(std::move(words));
      root.stems.push_back(std::move(stems));
    }
    EmitRoot(root, true, out);
  }
}

// ---------------------------------------------------------------- discards

void ReadPetrarchDiscards(std::string_view text, const std::string& name, DictContent* out,
                          std::vector<std::string>* diags) {
  LineCtx ctx{name, diags};
  std::vector<std::string> lines = CleanLines(text, ctx, &out->stats);
  for (const std::string& raw : lines) {
    ++ctx.lineno;
    std::string_view t = Trim(raw);
    if (t.empty()) continue;
    ++out->stats.lines;
    ++out->stats.roots;
    DiscardEntry d;
    if (t.front() == '+') {
      d.story = true;
      t = Trim(t.substr(1));
    }
    bool whole = !t.empty() && t.back() == '_';
    std::string phrase(t);
    for (char& c : phrase)
      if (c == '_') c = ' ';
    d.phrase = std::string(Trim(phrase));
    d.origin = ctx.Origin();
    d.tokens = NormTokens(d.phrase);
    if (d.tokens.empty()) {
      ctx.Diag("an empty discard phrase");
      out->stats.Skip("empty phrase");
      continue;
    }
    d.stem.assign(d.tokens.size(), false);
    d.stem.back() = !whole;
    out->discards.push_back(std::move(d));
    ++out->stats.entries;
  }
}

// ---------------------------------------------------------------- verbs

namespace {

bool SplitCode(std::string_view s, std::string_view* body, std::string* code) {
  size_t close = s.rfind(']');
  if (close == std::string_view::npos) return false;
  size_t open = s.rfind('[', close);
  if (open == std::string_view::npos) return false;
  *body = Trim(s.substr(0, open));
  *code = std::string(Trim(s.substr(open + 1, close - open - 1)));
  return true;
}

struct VerbLine {
  std::string phrase, code, origin;
  std::vector<std::string> forms;
  bool multi = false;
};

}  // namespace

void ReadPetrarchVerbs(std::string_view text, const std::string& name, const Lemmatizer& lemmatizer,
                       DictContent* out, std::vector<std::string>* diags) {
  LineCtx ctx{name, diags};
  std::vector<std::string> lines = CleanLines(text, ctx, &out->stats);
  PatternCompiler::Options opt;
  opt.synset_phrases_adjacent = true;
  opt.synset_plurals = true;
  opt.phrase_structure = true;
  PatternCompiler pc(lemmatizer, opt);
  // Pass 1: synsets ("&NAME" then "+member" lines), anywhere in the file.
  {
    std::string current;
    bool plural = true;
    for (const std::string& raw : lines) {
      std::string_view t = Trim(raw);
      if (t.empty()) continue;
      if (t[0] == '&') {
        std::string n(Trim(t.substr(0, t.find_first_of(" \t"))));
        plural = n.back() != '_';
        while (!n.empty() && n.back() == '_') n.pop_back();
        current = n;
        pc.AddSynsetMember(current, "", false);  // defines an empty set
      } else if (t[0] == '+' && !current.empty()) {
        pc.AddSynsetMember(current, t.substr(1), plural);
      } else {
        current.clear();
      }
    }
  }
  std::string block_code = "---", block_origin;
  std::vector<VerbLine> verbs;
  struct Pending {
    std::string body, code, origin;
  };
  std::vector<Pending> patterns;
  bool in_block = false;
  auto fail = [&](const std::string& origin, const std::string& err) {
    if (diags) diags->push_back(origin + ": " + err + "; pattern skipped");
    std::string why = err;
    if (StartsWith(why, "undefined synset")) why = "undefined synset";
    else if (StartsWith(why, "bad CAMEO code") || StartsWith(why, "bad paired code")) why = "bad event code";
    else if (StartsWith(why, "more than ") && why.find("patterns") != std::string::npos) why = "too many synset expansions";
    out->stats.Skip(why);
  };
  auto flush = [&] {
    if (!in_block) return;
    in_block = false;
    size_t before = out->patterns.size();
    // Shapes: all single-word verbs together, each multi-word verb alone.
    std::vector<VerbShape> shapes;
    std::vector<std::string> single_forms;
    std::string single_phrase;
    for (const VerbLine& v : verbs) {
      VerbShape shape;
      std::string err;
      if (!pc.MakeVerb(v.phrase, v.forms, true, &shape, &err)) {
        if (diags) diags->push_back(v.origin + ": " + err + "; verb skipped");
        out->stats.Skip("bad verb");
        continue;
      }
      ++out->stats.roots;
      // The verb's own pattern: its code, else the block's.
      std::vector<PatternUnit> bare(1);
      bare[0].kind = PatternUnit::Kind::kVerb;
      err = pc.Compile(bare, shape, v.code.empty() ? block_code : v.code, v.origin, &out->patterns, &out->stats);
      if (!err.empty()) fail(v.origin, err);
      if (v.multi) {
        shapes.push_back(std::move(shape));
      } else {
        if (single_phrase.empty()) single_phrase = v.phrase;
        else single_forms.push_back(v.phrase);
        single_forms.insert(single_forms.end(), v.forms.begin(), v.forms.end());
      }
    }
    if (!single_phrase.empty()) {
      VerbShape shape;
      std::string err;
      if (pc.MakeVerb(single_phrase, single_forms, true, &shape, &err)) shapes.insert(shapes.begin(), std::move(shape));
    }
    for (const Pending& p : patterns) {
      ++out->stats.roots;
      if (shapes.empty()) {
        fail(p.origin, "a pattern of a block without verbs");
        continue;
      }
      std::vector<PatternUnit> units;
      std::string err;
      if (!pc.Scan(p.body, &units, &err)) {
        fail(p.origin, err);
        continue;
      }
      for (const VerbShape& shape : shapes) {
        err = pc.Compile(units, shape, p.code, p.origin, &out->patterns, &out->stats);
        if (!err.empty()) {
          fail(p.origin, err);
          break;
        }
      }
    }
    out->stats.entries += out->patterns.size() - before;
    verbs.clear();
    patterns.clear();
  };
  bool synset_context = false;
  for (const std::string& raw : lines) {
    ++ctx.lineno;
    std::string_view t = Trim(raw);
    if (t.empty()) continue;
    ++out->stats.lines;
    if (t[0] == '&') {
      synset_context = true;
      continue;
    }
    if (t[0] == '+' && synset_context) continue;  // synset member, read in pass 1
    synset_context = false;
    if (StartsWith(t, "---")) {
      flush();
      std::string_view body;
      std::string code;
      block_code = SplitCode(t, &body, &code) ? code : "---";
      if (block_code.empty()) block_code = "---";
      block_origin = ctx.Origin();
      in_block = true;
      continue;
    }
    if (t[0] == '-') {
      if (!in_block) {
        ctx.Diag("a pattern outside a verb block");
        out->stats.Skip("pattern outside a block");
        continue;
      }
      std::string_view body;
      std::string code;
      if (!SplitCode(t.substr(1), &body, &code)) {
        ctx.Diag("a pattern without '[code]'");
        out->stats.Skip("pattern without a code");
        continue;
      }
      if (body.find('(') != std::string_view::npos || body.find('{') != std::string_view::npos)
        out->stats.Lossy("phrase structure {NP} (PP) read as words in order");
      patterns.push_back({std::string(body), code, ctx.Origin()});
      continue;
    }
    if (t[0] == '~') {
      out->stats.Skip("verb transformation (not supported)");
      continue;
    }
    if (!in_block) {
      ctx.Diag("a verb outside a verb block");
      out->stats.Skip("verb outside a block");
      continue;
    }
    VerbLine v;
    v.origin = ctx.Origin();
    std::string_view body = t;
    std::string code;
    if (t.back() == ']' && SplitCode(t, &body, &code)) v.code = code;
    std::string phrase(body);
    if (size_t b = phrase.find('{'); b != std::string::npos) {
      size_t e = phrase.find('}', b);
      if (e == std::string::npos) {
        ctx.Diag("'{' without '}'; verb skipped");
        out->stats.Skip("bad verb");
        continue;
      }
      for (auto f : Split(std::string_view(phrase).substr(b + 1, e - b - 1), ' '))
        if (!Trim(f).empty()) v.forms.emplace_back(Trim(f));
      phrase = std::string(Trim(std::string_view(phrase).substr(0, b)));
    }
    if (phrase.find_first_of(",/*()") != std::string::npos) {
      ctx.Diag("a verb is one word or words joined by '_': '" + phrase + "'; verb skipped");
      out->stats.Skip("bad verb");
      continue;
    }
    if (size_t sp = phrase.find_first_of(" \t"); sp != std::string::npos) {
      // PETRARCH-1 reads only the first word of "LASH OUT" (use LASH_OUT for the phrase).
      phrase = phrase.substr(0, sp);
      out->stats.Lossy("verb with blanks: only its first word is the verb (as PETRARCH reads it)");
    }
    v.phrase = phrase;
    v.multi = phrase.find('_') != std::string::npos;
    verbs.push_back(std::move(v));
  }
  flush();
}

}  // namespace entente
