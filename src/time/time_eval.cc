#include "time/time_eval.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "common/date.h"
#include "segment/segmenter.h"
#include "time/time_tagger.h"
#include "time/timeml.h"

namespace entente {
namespace {

struct GoldRow {
  TimeEvalRow row;
  long char_start = 0;
  size_t context = 0;  // index into the document's contexts
  size_t byte_pos = 0;  // of `text` inside the context
};

// Characters before byte `pos` of UTF-8 `s`.
long CharIndex(const std::string& s, size_t pos) {
  long n = 0;
  for (size_t i = 0; i < pos && i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  return n;
}

std::vector<size_t> Occurrences(const std::string& hay, const std::string& needle) {
  std::vector<size_t> out;
  if (needle.empty()) return out;
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) out.push_back(p);
  return out;
}

struct Doc {
  std::string corpus, name, dct;
  std::vector<std::string> contexts;
  std::vector<GoldRow> rows;
  bool in_order = false;  // contexts are the whole text in order, rows already placed (TimeML)
};

// Places every row inside its context: the occurrence of `text` whose character offset
// agrees with `char_start` (the line's own start is learnt from rows that occur once).
void LocateRows(Doc& d) {
  std::vector<std::optional<long>> line_start(d.contexts.size());
  for (const GoldRow& g : d.rows) {
    auto occ = Occurrences(d.contexts[g.context], g.row.text);
    if (occ.size() == 1 && !line_start[g.context])
      line_start[g.context] = g.char_start - CharIndex(d.contexts[g.context], occ[0]);
  }
  for (GoldRow& g : d.rows) {
    const std::string& c = d.contexts[g.context];
    auto occ = Occurrences(c, g.row.text);
    if (occ.empty()) {
      g.byte_pos = std::string::npos;
      continue;
    }
    g.byte_pos = occ[0];
    if (occ.size() > 1 && line_start[g.context]) {
      long want = g.char_start - *line_start[g.context];
      long best = -1;
      for (size_t p : occ) {
        long diff = std::labs(CharIndex(c, p) - want);
        if (best < 0 || diff < best) best = diff, g.byte_pos = p;
      }
    }
  }
}

struct Unit {
  std::string text;
  std::vector<std::pair<GoldRow*, size_t>> rows;  // row and its byte offset in `text`
};

void Score(const Unit& u, const std::string& doc, const std::string& dct, const Lemmatizer* lemmatizer,
           TimeEvalReport& report) {
  TimeContext ctx;
  if (auto d = ParseIsoDate(dct); d && d->precision == DateValue::Precision::kDay) ctx.published = *d;
  const std::vector<Sentence> sentences = Segment(u.text, lemmatizer);
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  std::vector<GoldRow*> span_rows;
  for (auto& [g, begin] : u.rows) {
    if (begin == std::string::npos) continue;
    spans.emplace_back(static_cast<uint32_t>(begin), static_cast<uint32_t>(begin + g->row.text.size()));
    span_rows.push_back(g);
  }
  std::vector<TimeExpr> resolved = ResolveTimeSpans(sentences, u.text, ctx, spans);
  for (size_t k = 0; k < span_rows.size(); ++k) span_rows[k]->row.resolved = resolved[k].value;
  std::vector<TimeExpr> times = TagTimes(sentences, u.text, ctx);
  std::vector<bool> used(times.size(), false);
  for (auto& [g, begin] : u.rows) {
    TimeEvalRow& r = g->row;
    if (begin == std::string::npos) continue;
    size_t end = begin + r.text.size();
    const TimeExpr* best = nullptr;
    size_t best_overlap = 0;
    for (size_t k = 0; k < times.size(); ++k) {
      const TimeExpr& t = times[k];
      size_t lo = std::max<size_t>(t.begin, begin), hi = std::min<size_t>(t.end, end);
      if (hi <= lo) continue;
      used[k] = true;
      if (hi - lo > best_overlap) best_overlap = hi - lo, best = &t;
    }
    if (!best) continue;
    r.found = true;
    r.strict = best->begin == begin && best->end == end;
    r.predicted = best->value;
    r.predicted_text = u.text.substr(best->begin, best->end - best->begin);
  }
  report.tagged += static_cast<int>(times.size());
  for (size_t k = 0; k < times.size(); ++k) {
    if (used[k]) continue;
    ++report.spurious;
    const TimeExpr& t = times[k];
    size_t line_begin = u.text.rfind("\n", t.begin), line_end = u.text.find('\n', t.end);
    line_begin = line_begin == std::string::npos ? 0 : line_begin + 1;
    if (line_end == std::string::npos) line_end = u.text.size();
    report.spurious_rows.push_back({doc, u.text.substr(t.begin, t.end - t.begin), t.value,
                                    u.text.substr(line_begin, line_end - line_begin)});
  }
}

// A TimeML document as gold: every line of its text is a context, in order; every
// TIMEX3 a row. The corpus is the name of the file's folder.
Doc TimeMlGoldDoc(const std::filesystem::path& file, const TimeMlDocument& tml) {
  Doc d;
  d.corpus = file.parent_path().filename().string();
  d.name = file.filename().string();
  d.dct = tml.dct;
  d.in_order = true;
  std::vector<std::pair<size_t, size_t>> lines;  // [begin, end) of each kept line in the text
  for (size_t at = 0; at <= tml.text.size();) {
    size_t nl = tml.text.find('\n', at);
    if (nl == std::string::npos) nl = tml.text.size();
    size_t b = at, e = nl;
    while (b < e && (tml.text[b] == ' ' || tml.text[b] == '\t' || tml.text[b] == '\r')) ++b;
    while (e > b && (tml.text[e - 1] == ' ' || tml.text[e - 1] == '\t' || tml.text[e - 1] == '\r')) --e;
    if (e > b) {
      lines.emplace_back(b, e);
      d.contexts.push_back(tml.text.substr(b, e - b));
    }
    at = nl + 1;
  }
  for (const TimeMlDocument::Timex& x : tml.timexes) {
    GoldRow g;
    g.row.corpus = d.corpus;
    g.row.doc = d.name;
    g.row.dct = d.dct;
    g.row.type = x.type;
    g.row.text = tml.text.substr(x.begin, x.end - x.begin);
    g.row.gold = x.value;
    g.row.relative = x.temporal_function == "true";
    g.char_start = CharIndex(tml.text, x.begin);
    g.byte_pos = std::string::npos;
    for (size_t k = 0; k < lines.size(); ++k)
      if (x.begin >= lines[k].first && x.end <= lines[k].second && x.end > x.begin) {
        g.context = k;
        g.byte_pos = x.begin - lines[k].first;
        g.row.context = d.contexts[k];
        break;
      }
    d.rows.push_back(std::move(g));
  }
  return d;
}

// TimeML gold: one .tml file, or every .tml file of a folder and its subfolders, by name.
Status ReadTimeMlGold(const std::string& path, std::vector<Doc>* docs) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
      if (it->is_regular_file() && it->path().extension() == ".tml") files.push_back(it->path());
    if (ec) return Status::IoError(path + ": " + ec.message());
    if (files.empty()) return Status::NotFound(path + ": no .tml files");
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(path);
  }
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return Status::NotFound(f.string() + ": cannot open");
    std::string xml((std::istreambuf_iterator<char>(in)), {});
    auto tml = ReadTimeMl(xml, f.string());
    if (!tml.ok()) return tml.status();
    docs->push_back(TimeMlGoldDoc(f, tml.value()));
  }
  return Status::Ok();
}

TimeEvalReport ScoreDocs(std::vector<Doc>& docs, const Lemmatizer* lemmatizer, const TimeEvalOptions& options) {
  TimeEvalReport report;
  for (Doc& d : docs) {
    std::vector<size_t> order(d.contexts.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    if (!d.in_order) {
      LocateRows(d);
      // Lines in text order (by the first expression each holds).
      std::vector<long> first(d.contexts.size(), -1);
      for (const GoldRow& g : d.rows)
        if (first[g.context] < 0 || g.char_start < first[g.context]) first[g.context] = g.char_start;
      std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return first[a] < first[b]; });
    }
    std::vector<Unit> units;
    std::vector<std::pair<size_t, size_t>> placed(d.contexts.size());  // unit, offset of the line
    for (size_t c : order) {
      if (options.per_line || units.empty()) units.emplace_back();
      Unit& u = units.back();
      if (!u.text.empty()) u.text += "\n\n";
      placed[c] = {units.size() - 1, u.text.size()};
      u.text += d.contexts[c];
    }
    for (GoldRow& g : d.rows) {
      auto [unit, offset] = placed[g.context];
      units[unit].rows.emplace_back(&g, g.byte_pos == std::string::npos ? std::string::npos : offset + g.byte_pos);
    }
    for (const Unit& u : units) Score(u, d.name, d.dct, lemmatizer, report);
    for (GoldRow& g : d.rows) {
      const TimeEvalRow& r = g.row;
      report.by_type[r.type].Add(r);
      if (r.type == "DATE" || r.type == "TIME") {
        report.date_time.Add(r);
        report.by_corpus[r.corpus].Add(r);
        if (r.relative) report.relative.Add(r);
        if (r.gold.size() == 10 && ParseIsoDate(r.gold)) report.full_day.Add(r);
      }
      report.rows.push_back(r);
    }
  }
  return report;
}

}  // namespace

void TimeEvalCount::Add(const TimeEvalRow& r) {
  ++rows;
  found += r.found;
  strict += r.strict;
  correct += r.correct();
  tagged_correct += r.tagged_correct();
}

Result<TimeEvalReport> EvaluateTimes(const std::string& path, const Lemmatizer* lemmatizer,
                                     const TimeEvalOptions& options) {
  std::vector<Doc> docs;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec) || path.ends_with(".tml")) {
    if (Status st = ReadTimeMlGold(path, &docs); !st.ok()) return st;
    return ScoreDocs(docs, lemmatizer, options);
  }
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::map<std::pair<std::string, std::string>, size_t> doc_index;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object())
      return Status::Corrupt(path + ":" + std::to_string(line_no) + ": not a JSON object");
    auto str = [&](const char* k) { return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : ""; };
    GoldRow g;
    g.row.corpus = str("corpus");
    g.row.doc = str("doc");
    g.row.dct = str("dct");
    g.row.type = str("type");
    g.row.text = str("text");
    g.row.gold = str("value");
    g.row.context = str("context");
    g.row.relative = str("temporalFunction") == "true";
    g.char_start = j.contains("char_start") && j["char_start"].is_number() ? j["char_start"].get<long>() : 0;
    auto key = std::make_pair(g.row.corpus, g.row.doc);
    auto [it, fresh] = doc_index.emplace(key, docs.size());
    if (fresh) docs.push_back({g.row.corpus, g.row.doc, g.row.dct, {}, {}, false});
    Doc& d = docs[it->second];
    auto c = std::find(d.contexts.begin(), d.contexts.end(), g.row.context);
    g.context = static_cast<size_t>(c - d.contexts.begin());
    if (c == d.contexts.end()) d.contexts.push_back(g.row.context);
    d.rows.push_back(std::move(g));
  }

  return ScoreDocs(docs, lemmatizer, options);
}

}  // namespace entente
