#include "dict/tabari_reader.h"

#include <algorithm>
#include <filesystem>

#include "common/text.h"
#include "dict/pattern_compiler.h"
#include "segment/segmenter.h"

namespace entente {

namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return out;
}

bool ValidActorCode(std::string_view c) {
  if (c.empty() || c.size() > 15) return false;
  if (c == "###" || c == "+++") return true;
  size_t run = 0;
  for (char ch : c) {
    if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-')) return false;
    run = (ch >= '0' && ch <= '9') ? run + 1 : 0;
    if (run >= 6) return false;  // a date glued to the code: "AAA950601"
  }
  return true;
}

// Cuts a TABARI comment: ';' to the end of the line.
std::string_view CutSemicolon(std::string_view line) {
  size_t semi = line.find(';');
  return semi == std::string_view::npos ? line : line.substr(0, semi);
}


}  // namespace

void ParseCodeGroups(std::string_view s, bool agents, const LineCtx& ctx, ActorRoot* root, ReadStats* stats) {
  size_t at = 0;
  while ((at = s.find('[', at)) != std::string_view::npos) {
    size_t close = s.find(']', at);
    if (close == std::string_view::npos) {
      ctx.Diag("'[' without ']'");
      stats->Skip("bad code");
      return;
    }
    CodeGroup g;
    std::string err = ParseCodeGroup(s.substr(at + 1, close - at - 1), agents, &g, stats);
    if (!err.empty()) {
      ctx.Diag(err + " in '" + std::string(Trim(s)) + "'; this code is skipped");
      stats->Skip("bad code");
    } else {
      root->groups.push_back(std::move(g));
    }
    at = close + 1;
  }
}

std::string ParseCodeGroup(std::string_view inside, bool agents, CodeGroup* out, ReadStats* stats) {
  std::string_view s = Trim(inside);
  if (s.empty()) return "empty code '[]'";
  if ((s[0] >= '0' && s[0] <= '9') || s[0] == '<' || s[0] == '>') return "a date restriction without a code";
  size_t sp = s.find_first_of(" \t");
  std::string code(sp == std::string_view::npos ? s : s.substr(0, sp));
  std::string rest = sp == std::string_view::npos ? "" : std::string(Trim(s.substr(sp)));
  // "<  950601", "950601 - 990815": drop the blanks inside the restriction.
  rest.erase(std::remove_if(rest.begin(), rest.end(), [](char c) { return c == ' ' || c == '\t'; }), rest.end());
  if (agents) {
    if (code.size() > 1 && code.front() == '~') {
      code.erase(0, 1);
    } else if (code.size() > 1 && code.back() == '~') {
      code.pop_back();
      out->agent_prefix = true;
    } else if (code == "~") {
      return "an agent code without a role";
    } else if (stats) {
      stats->Lossy("agent code without '~' read as a role to append");
    }
  }
  std::string up = Upper(code);
  if (up != code && stats) stats->Lossy("lower-case code read in capitals");
  for (auto part : Split(up, '/')) {
    std::string c(Trim(part));
    if (!ValidActorCode(c)) return "bad code '" + code + "'";
    out->codes.push_back(c);
  }
  if (out->codes.size() > 1 && stats) stats->Lossy("compound code A/B: one entry per code, coded as a compound");
  if (!rest.empty()) {
    std::string err = ParseRestriction(rest, &out->range);
    if (!err.empty()) return err;
  }
  return "";
}

void SplitPhrase(std::string_view phrase, bool stems, std::vector<std::string>* words, std::vector<bool>* stem,
                 bool* gapped, ReadStats* stats, bool gap_words) {
  phrase = Trim(phrase);
  size_t i = 0;
  while (i < phrase.size()) {
    if (phrase[i] == ' ' || phrase[i] == '\t') {
      if (!words->empty()) *gapped = true;
      // TABARI: other words may stand between ("PRINCE DOL_AMROTH": "Prince of Dol Amroth").
      if (gap_words && !words->empty() && words->back() != kNameGap) {
        words->push_back(kNameGap);
        stem->push_back(false);
      }
      ++i;
      continue;
    }
    if (phrase[i] == '_') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ' && phrase[j] != '\t' && phrase[j] != '_') ++j;
    std::string w(phrase.substr(i, j - i));
    bool exact = j < phrase.size() && phrase[j] == '_';
    if (!w.empty() && w.back() == '=') {  // "MOUSE=": read as a whole word
      w.pop_back();
      exact = true;
      if (stats) stats->Lossy("'=' after a word read as a whole-word match");
    }
    if (!w.empty()) {
      words->push_back(w);
      stem->push_back(stems && !exact);
    }
    i = j;
  }
}

void EmitRoot(const ActorRoot& root, bool agents, DictContent* out, bool special_codes) {
  if (root.words.empty() || root.groups.empty()) return;
  ++out->stats.roots;
  bool dated = false, three = true;
  for (const auto& g : root.groups) {
    dated = dated || g.range.dated;
    for (const auto& c : g.codes) three = three && c.size() == 3;
  }
  ActorKind kind = agents ? ActorKind::kAgent : dated ? ActorKind::kPerson : three ? ActorKind::kCountry : ActorKind::kOrg;
  std::string canonical = DisplayName(root.words[0], {});  // the name shown: no stem marks
  for (size_t p = 0; p < root.words.size(); ++p) {
    std::string display = DisplayName(root.words[p], root.stems[p]);
    if (display.empty()) continue;
    for (const auto& g : root.groups) {
      for (const auto& code : g.codes) {
        if (special_codes && (code == "###" || code == "+++")) {
          DiscardEntry d;
          d.kind = code == "###" ? '#' : '+';
          d.from = g.range.from;
          d.to = g.range.to;
          if (!g.range.dated) {
            // An undated code holds where none of the entry's dated codes does:
            // "ONODOHER [ONO <911226] [###]" discards from 1991-12-26 on.
            for (const auto& other : root.groups) {
              if (!other.range.dated) continue;
              if (other.range.from == INT_MIN && other.range.to != INT_MAX) d.from = std::max(d.from, other.range.to);
              if (other.range.to == INT_MAX && other.range.from != INT_MIN) d.to = std::min(d.to, other.range.from);
            }
          }
          d.phrase = display;
          d.origin = root.origin;
          for (size_t k = 0; k < root.words[p].size(); ++k) {
            std::vector<std::string> toks = NormTokens(root.words[p][k]);
            for (auto& t : toks) {
              d.tokens.push_back(t);
              d.stem.push_back(false);
            }
            if (!toks.empty() && root.stems[p][k]) d.stem.back() = true;
          }
          if (!d.tokens.empty()) {
            out->discards.push_back(std::move(d));
            ++out->stats.entries;
          }
          continue;
        }
        ActorEntry e;
        // TABARI's "[---]": a null-coded phrase, read as a noun (its words are no actor);
        // PETRARCH's is the unknown country.
        e.code = special_codes && code == "---" ? "" : code;
        e.name = canonical;
        e.kind = kind;
        e.from = g.range.from;
        e.to = g.range.to;
        e.dated = g.range.dated;
        e.origin = root.origin;
        e.acronym = IsAcronymName(display);
        e.agent_prefix = g.agent_prefix;
        e.any_case = special_codes && !e.acronym;  // TABARI reads text without case
        e.no_endings = root.no_endings;
        if (!agents && g.codes.size() > 1) e.compound_codes = g.codes;
        (agents ? out->agents : out->actors).push_back({display, std::move(e)});
        ++out->stats.entries;
      }
    }
  }
}

void ActorLineReader::Flush() {
  if (have_root_) {
    if (root_.groups.empty()) {
      out_->stats.Skip("root without a code");
      if (ctx_.diags)
        ctx_.diags->push_back(root_.origin + ": no code for '" + DisplayName(root_.words[0], root_.stems[0]) + "'");
    } else {
      EmitRoot(root_, agents_, out_, special_codes_);
    }
  }
  root_ = ActorRoot();
  have_root_ = false;
}

void ActorLineReader::Finish() { Flush(); }

void ActorLineReader::Line(std::string_view t) {
  auto parse_groups = [&](std::string_view g) { ParseCodeGroups(g, agents_, ctx_, &root_, &out_->stats); };
  if (t.front() == '[') {  // an indented code line
    if (!have_root_) {
      ctx_.Diag("a code line before any actor");
      out_->stats.Skip("code line without a root");
      return;
    }
    parse_groups(t);
    return;
  }
  size_t br = t.find('[');
  if (t.front() == '+') {  // a synonym
    if (!have_root_) {
      ctx_.Diag("a synonym before any actor");
      out_->stats.Skip("synonym without a root");
      return;
    }
    if (!add_phrase_(t.substr(1, br == std::string_view::npos ? std::string_view::npos : br - 1), &root_))
      ctx_.Diag("empty synonym");
    if (br != std::string_view::npos) parse_groups(t.substr(br));
    return;
  }
  Flush();
  root_.origin = ctx_.Origin();
  if (!add_phrase_(br == std::string_view::npos ? t : t.substr(0, br), &root_)) {
    ctx_.Diag("a code without a phrase");
    out_->stats.Skip("code without a phrase");
    return;
  }
  have_root_ = true;
  if (br != std::string_view::npos) parse_groups(t.substr(br));
}

// ---------------------------------------------------------------- actors, agents

void ReadTabariActors(std::string_view text, const std::string& name, bool agents, DictContent* out,
                      std::vector<std::string>* diags) {
  std::vector<std::string> lines = SplitLines(text, false);
  LineCtx ctx{name, diags};
  std::string section;  // inside <NOUN> ... </NOUN>
  ActorLineReader reader(ctx, out, agents, /*special_codes=*/true, [&](std::string_view phrase, ActorRoot* root) {
    std::vector<std::string> words;
    std::vector<bool> stems;
    bool gapped = false;
    SplitPhrase(phrase, true, &words, &stems, &gapped, &out->stats, /*gap_words=*/!agents);
    if (phrase.find('=') != std::string_view::npos) root->no_endings = true;
    while (!words.empty() && words.back() == kNameGap) words.pop_back(), stems.pop_back();
    if (words.empty()) return false;
    if (gapped && agents) out->stats.Lossy("words separated by a blank read as consecutive words");
    // Agents also stand for their regular plural ("AMBASSADOR_" -> "ambassadors"), as
    // PETRARCH, which took TABARI's agents format, generates them; so do actor names of
    // several words ("ITHILEN_GOVERNMENT_RADIO_": "Ithilen government radios"), as TABARI
    // reads noun endings on a phrase's last word.
    std::vector<std::string> plural;
    const bool several = !agents && words.size() > 1 && !root->no_endings;
    if ((agents || several) && !stems.back()) {
      plural = words;
      std::string& w = plural.back();
      char last = w.empty() ? ' ' : static_cast<char>(w.back() & ~0x20);
      if (last == 'Y' && w.size() > 1) w = w.substr(0, w.size() - 1) + "IES";
      else if (last == 'S' || last == 'X' || last == 'H') w += "ES";
      else w += "S";
    }
    root->words.push_back(std::move(words));
    root->stems.push_back(stems);
    if (!plural.empty()) {
      root->words.push_back(std::move(plural));
      root->stems.push_back(std::move(stems));
    }
    return true;
  });
  for (const std::string& raw : lines) {
    ++ctx.lineno;
    std::string_view line = raw;
    if (Trim(line).empty()) continue;
    if (std::string bad = BadBytes(line); !bad.empty()) {
      ctx.Diag(bad + "; line skipped");
      out->stats.Skip("invalid bytes");
      continue;
    }
    if (line[0] == '#') continue;  // commented-out entries
    if (StartsWith(line, "~~")) continue;  // "~~FINISH", written by TABARI
    line = CutSemicolon(line);
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    ++out->stats.lines;
    if (t.front() == '<' && t.back() == '>') {
      if (t.size() > 2 && t[1] == '/') section.clear();
      else section = std::string(t);
      continue;
    }
    if (!section.empty()) {
      out->stats.Skip("word of a " + section + " list (a parser hint, not an actor)");
      if (section == "<NOUN>" || section == "<ADJECTIVE>") {
        std::string w(t);
        while (!w.empty() && (w.back() == '_' || w.back() == ' ' || w.back() == '\t')) w.pop_back();
        if (w.find_first_of(" _\t") == std::string::npos)  // one word
          for (const auto& n : NormTokens(w)) out->parser_words.push_back(n);
      }
      continue;
    }
    reader.Line(t);
  }
  reader.Finish();
}

// ---------------------------------------------------------------- verbs

namespace {

// "BODY [CODE]" -> body, code; false when there is no code.
bool SplitCode(std::string_view s, std::string_view* body, std::string* code) {
  size_t close = s.rfind(']');
  if (close == std::string_view::npos) return false;
  size_t open = s.rfind('[', close);
  if (open == std::string_view::npos) return false;
  *body = Trim(s.substr(0, open));
  *code = std::string(Trim(s.substr(open + 1, close - open - 1)));
  return true;
}

}  // namespace

void ReadTabariVerbs(std::string_view text, const std::string& name, const Lemmatizer& lemmatizer,
                     DictContent* out, std::vector<std::string>* diags, const WordIndex* words) {
  std::vector<std::string> lines = SplitLines(text, false);
  PatternCompiler::Options opt;
  opt.stems = true;
  PatternCompiler pc(lemmatizer, opt, words);
  LineCtx ctx{name, diags};
  // Pass 1: synsets (TABARI keeps them in <SYNSETS>, but accept them anywhere).
  {
    std::string current;
    bool in_synsets = false;
    for (const std::string& raw : lines) {
      std::string_view t = Trim(CutSemicolon(raw));
      if (t == "<SYNSETS>") in_synsets = true;
      else if (t == "</SYNSETS>") in_synsets = false, current.clear();
      else if (!t.empty() && t[0] == '&') current = std::string(Trim(t.substr(0, t.find_first_of(" \t"))));
      else if (!t.empty() && t[0] == '+' && !current.empty() && in_synsets) pc.AddSynsetMember(current, t.substr(1), false);
      else if (!t.empty() && t[0] != '+') current.clear();
    }
    // Verb words of every entry (for the longest-stem rule of stem completions).
    std::vector<std::string> stems;
    std::string section;
    for (const std::string& raw : lines) {
      std::string_view t = Trim(CutSemicolon(raw));
      if (t.empty()) continue;
      if (t.front() == '<') {
        section = t.size() > 1 && t[1] == '/' ? "" : std::string(t);
        continue;
      }
      if (!section.empty() || t.front() == '-' || t.front() == '{' || t.front() == '&' || t.front() == '+' ||
          StartsWith(t, "~~"))
        continue;
      std::string_view word = t.substr(0, t.find_first_of(" \t_[{="));
      for (auto& tok : NormTokens(word)) stems.push_back(tok);
    }
    pc.SetVerbStems(std::move(stems));
  }
  struct Pending {
    std::string body, code, origin;
    size_t lineno;
  };
  std::string verb_phrase, verb_code, verb_origin;
  bool verb_exact = false;  // "BAN=": only the word as written, no endings
  size_t verb_line = 0;
  std::vector<std::string> forms;
  std::vector<Pending> patterns;
  bool have_verb = false;
  auto flush = [&] {
    if (!have_verb) return;
    have_verb = false;
    VerbShape shape;
    std::string err;
    if (!pc.MakeVerb(verb_phrase, forms, false, &shape, &err)) {
      if (diags) diags->push_back(verb_origin + ": " + err + "; the entry and its patterns are skipped");
      out->stats.Skip("bad verb entry");
      out->stats.skipped["pattern of a skipped verb entry"] += patterns.size();
      return;
    }
    if (verb_exact) {
      // "BAN=": the verb is only these surface forms (not "baning", "baned").
      std::vector<std::string> surface = NormTokens(verb_phrase);
      for (const std::string& f : forms)
        for (const std::string& tok : NormTokens(f)) surface.push_back(tok);
      shape.verb.stems.clear();
      shape.verb.words.clear();
      for (const std::string& tok : surface) {
        std::string lemma = lemmatizer.Lemma(tok);
        if (std::find(shape.verb.words.begin(), shape.verb.words.end(), lemma) == shape.verb.words.end())
          shape.verb.words.push_back(lemma);
      }
      shape.verb.forms = std::move(surface);
    }
    ++out->stats.roots;
    std::vector<PatternUnit> bare(1);
    bare[0].kind = PatternUnit::Kind::kVerb;
    size_t before = out->patterns.size();
    err = pc.Compile(bare, shape, verb_code, verb_origin, &out->patterns, &out->stats);
    if (!err.empty()) {
      if (diags) diags->push_back(verb_origin + ": " + err + "; the verb's own code is skipped");
      out->stats.Skip("bad code");
    }
    for (const Pending& p : patterns) {
      ++out->stats.roots;
      std::vector<PatternUnit> units;
      std::string perr;
      if (!pc.Scan(p.body, &units, &perr) ||
          !(perr = pc.Compile(units, shape, p.code, p.origin, &out->patterns, &out->stats)).empty()) {
        if (diags) diags->push_back(p.origin + ": " + perr + "; pattern skipped");
        std::string why = perr;
        if (StartsWith(why, "undefined synset")) why = "undefined synset";
        else if (StartsWith(why, "bad CAMEO code") || StartsWith(why, "bad paired code")) why = "bad event code";
        else if (StartsWith(why, "more than ") && why.find("patterns") != std::string::npos) why = "too many synset expansions";
        out->stats.Skip(why);
      }
    }
    out->stats.entries += out->patterns.size() - before;
    forms.clear();
    patterns.clear();
  };
  std::string section;
  for (const std::string& raw : lines) {
    ++ctx.lineno;
    if (Trim(raw).empty()) continue;
    if (std::string bad = BadBytes(raw); !bad.empty()) {
      ctx.Diag(bad + "; line skipped");
      out->stats.Skip("invalid bytes");
      continue;
    }
    std::string_view t = Trim(CutSemicolon(raw));
    if (t.empty() || StartsWith(t, "~~")) continue;
    ++out->stats.lines;
    if (t.front() == '<' && t.back() == '>') {
      if (t.size() > 2 && t[1] == '/') section.clear();
      else section = std::string(t);
      continue;
    }
    if (section == "<SYNSETS>") continue;  // read in pass 1
    if (section == "<TIME>") {
      // "KAN_WA_MA_KAN [###]", "WHEN_PEACE_COMES [+++]": a phrase that discards the
      // sentence / marks it too complex. Shifts ("LAST_WEEK [-7]"): entente dates events itself.
      size_t br = t.find('[');
      std::string_view code = br == std::string_view::npos ? std::string_view() : Trim(t.substr(br + 1));
      if (!code.empty() && code.back() == ']') code = Trim(code.substr(0, code.size() - 1));
      if ((code == "###" || code == "+++") && br > 0 && t.front() != '-') {
        DiscardEntry d;
        d.kind = code[0];
        d.phrase = std::string(Trim(t.substr(0, br)));
        d.origin = ctx.Origin();
        std::vector<std::string> words;
        std::vector<bool> stems;
        bool gapped = false;
        SplitPhrase(d.phrase, true, &words, &stems, &gapped, nullptr);
        for (size_t k = 0; k < words.size(); ++k) {
          std::vector<std::string> toks = NormTokens(words[k]);
          for (auto& tok : toks) d.tokens.push_back(tok), d.stem.push_back(false);
          if (!toks.empty() && stems[k]) d.stem.back() = true;
        }
        if (!d.tokens.empty()) {
          out->discards.push_back(std::move(d));
          ++out->stats.entries;
          continue;
        }
      }
      out->stats.Skip("<TIME> time-shift phrase (entente dates events itself)");
      continue;
    }
    if (!section.empty()) {
      out->stats.Skip("line of an unknown section " + section);
      continue;
    }
    if (t.front() == '&' || (t.front() == '+' && !have_verb)) {
      out->stats.Skip("synset outside <SYNSETS>");
      continue;
    }
    if (t.front() == '-') {
      std::string_view body;
      std::string code;
      if (!have_verb) {
        ctx.Diag("a pattern before any verb");
        out->stats.Skip("pattern without a verb");
        continue;
      }
      if (!SplitCode(t.substr(1), &body, &code)) {
        ctx.Diag("a pattern without '[code]'");
        out->stats.Skip("pattern without a code");
        continue;
      }
      patterns.push_back({std::string(body), code, ctx.Origin(), ctx.lineno});
      continue;
    }
    if (t.front() == '{') {  // irregular forms of the current verb
      if (!have_verb || t.back() != '}') {
        ctx.Diag("a '{ forms }' line that follows no verb");
        out->stats.Skip("forms without a verb");
        continue;
      }
      for (auto f : Split(t.substr(1, t.size() - 2), ' '))
        if (!Trim(f).empty()) forms.emplace_back(Trim(f));
      continue;
    }
    // A verb entry: "PHRASE [code]".
    flush();
    std::string_view body;
    std::string code;
    if (!SplitCode(t, &body, &code)) {
      ctx.Diag("a verb without '[code]'");
      out->stats.Skip("verb without a code");
      continue;
    }
    std::string phrase(body);
    if (size_t brace = phrase.find('{'); brace != std::string::npos) {  // forms on the same line
      size_t close = phrase.find('}', brace);
      if (close != std::string::npos)
        for (auto f : Split(std::string_view(phrase).substr(brace + 1, close - brace - 1), ' '))
          if (!Trim(f).empty()) forms.emplace_back(Trim(f));
      phrase = std::string(Trim(std::string_view(phrase).substr(0, brace)));
    }
    verb_exact = !phrase.empty() && phrase.back() == '=';
    if (verb_exact) phrase.pop_back();
    verb_phrase = phrase;
    verb_code = code;
    verb_origin = ctx.Origin();
    verb_line = ctx.lineno;
    have_verb = true;
  }
  flush();
  (void)verb_line;
}

// ---------------------------------------------------------------- options, project

void ReadTabariOptions(std::string_view text, const std::string& name, DictContent* out,
                       std::vector<std::string>* diags) {
  LineCtx ctx{name, diags};
  out->has_field_options = true;
  out->field_options.min_words = kTabariMinimumWords;
  out->field_options.comma = true;  // TABARI's default comma-delimited phrases
  for (const std::string& raw : SplitLines(text, false)) {
    ++ctx.lineno;
    std::string_view t = raw;
    if (size_t c = t.find("//"); c != std::string_view::npos) t = t.substr(0, c);
    t = Trim(t);
    if (t.empty() || StartsWith(t, "~~")) continue;
    if (std::string bad = BadBytes(t); !bad.empty()) {
      ctx.Diag(bad + "; line skipped");
      out->stats.Skip("invalid bytes");
      continue;
    }
    ++out->stats.lines;
    size_t colon = t.find(':');
    if (colon == std::string_view::npos) {
      ctx.Diag("expected 'COMMAND: ...'");
      out->stats.Skip("not a command");
      continue;
    }
    std::string cmd = Upper(Trim(t.substr(0, colon)));
    std::string_view arg = Trim(t.substr(colon + 1));
    if (cmd == "LABEL") {
      size_t eq = arg.find('=');
      if (eq == std::string_view::npos) {
        ctx.Diag("expected 'LABEL: code=label'");
        out->stats.Skip("bad label");
        continue;
      }
      out->labels[std::string(Trim(arg.substr(0, eq)))] = std::string(Trim(arg.substr(eq + 1)));
      ++out->stats.entries;
      continue;
    }
    out->options.push_back(cmd + ": " + std::string(arg));
    std::string error;
    if (out->field_options.Apply(t, &error)) {
      ++out->stats.entries;
      continue;
    }
    if (!error.empty()) {
      ctx.Diag(error + "; command skipped");
      out->stats.Skip("bad " + cmd + ": command");
      continue;
    }
    out->stats.Skip("option " + cmd + ": read, not applied by entente");
  }
}

void ReadTabariProject(std::string_view text, const std::string& name, DictContent* out,
                       std::vector<std::string>* diags) {
  namespace fs = std::filesystem;
  LineCtx ctx{name, diags};
  fs::path dir = fs::path(name).parent_path();
  for (const std::string& raw : SplitLines(text, false)) {
    ++ctx.lineno;
    std::string_view t = Trim(raw);
    if (t.empty()) continue;
    ++out->stats.lines;
    if (t.front() != '<') {
      out->stats.Skip("title line");
      continue;
    }
    size_t close = t.find('>');
    if (close == std::string_view::npos) {
      ctx.Diag("'<' without '>'");
      out->stats.Skip("bad line");
      continue;
    }
    std::string tag(t.substr(1, close - 1));
    std::string file(Trim(t.substr(close + 1)));
    if (tag == "actorsfile" || tag == "verbsfile" || tag == "optionsfile" || tag == "agentsfile") {
      if (file.empty()) {
        ctx.Diag("<" + tag + "> names no file");
        out->stats.Skip("bad line");
        continue;
      }
      out->files.push_back((dir / file).string());
      ++out->stats.entries;
    } else if (StartsWith(tag, "session")) {
      out->stats.Skip("<session> log line");
    } else {
      out->options.push_back(tag + " " + file);
      out->stats.Skip("<" + tag + "> (not a dictionary)");
    }
  }
}

}  // namespace entente
