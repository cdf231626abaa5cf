// The `entente` Python module (pybind11): the pipeline and the store for notebooks.
//
//   import entente
//   p = entente.Pipeline()
//   a = p.process("Kim Jong Un met Xi Jinping in Beijing on Tuesday.", published="2024-03-21")
//   a["events"][0]["code"]                       # "040"...
//   s = entente.Store("events.db"); s.put(a); s.events(source="PRK")
//
// Results are plain Python dicts and lists. Errors raise entente.Error (a RuntimeError)
// carrying entente's own message; bad arguments raise TypeError or ValueError. The GIL is
// released while dictionaries load and while a document goes through the pipeline, so
// several threads can process documents with one Pipeline.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "common/date.h"
#include "entente/analysis.h"
#include "entente/document.h"
#include "entente/pipeline.h"
#include "entente/status.h"
#include "ingest/input_reader.h"
#include "store/store.h"

namespace py = pybind11;

namespace entente::python {
namespace {

// Raised to Python as entente.Error.
struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void Check(const Status& st) {
  if (!st.ok()) throw Error(st.message());
}

template <typename T>
T Take(Result<T>&& r) {
  if (!r.ok()) throw Error(r.status().message());
  return std::move(r).value();
}

std::string Substr(const std::string& text, uint32_t begin, uint32_t end) {
  if (begin > end || end > text.size()) return "";
  return text.substr(begin, end - begin);
}

// ---- Analysis -> dict

const char* PrecisionName(DateValue::Precision p) {
  switch (p) {
    case DateValue::Precision::kDay: return "day";
    case DateValue::Precision::kMonth: return "month";
    case DateValue::Precision::kYear: return "year";
    default: return "none";
  }
}

py::dict ActorDict(const ActorRef& a) {
  py::dict d;
  d["code"] = a.code;
  d["name"] = a.name;
  d["text"] = a.text;
  d["actor"] = DyadActor(a.code);
  return d;
}

py::dict EventDict(const Event& e, const std::string& article_text) {
  py::dict d;
  d["doc_id"] = e.doc_id;
  d["sentence"] = e.sentence;
  d["source"] = ActorDict(e.source);
  d["target"] = e.target ? py::object(ActorDict(*e.target)) : py::object(py::none());
  d["code"] = e.code;
  d["root"] = e.root;
  d["quad"] = e.quad;
  d["goldstein"] = e.goldstein;
  d["plover"] = e.plover;
  d["factuality"] = e.factuality;
  d["cues"] = e.cues;
  d["text"] = e.text;
  d["span_begin"] = e.span_begin;
  d["span_end"] = e.span_end;
  d["evidence"] = Substr(article_text, e.span_begin, e.span_end);
  d["pattern"] = e.pattern;
  d["verb"] = e.verb;
  d["reporter"] = e.reporter;
  d["date"] = e.date.ToString();
  d["date_precision"] = PrecisionName(e.date.precision);
  d["date_text"] = e.date_text;
  d["date_source"] = e.date_source;
  return d;
}

py::dict AnalysisDict(const Analysis& a) {
  const Article& art = a.article;
  py::dict article;
  article["doc_id"] = art.doc_id;
  article["url"] = art.url;
  article["title"] = art.title;
  article["byline"] = art.byline;
  article["published"] = art.published;
  article["language"] = art.language;
  article["text"] = art.text;
  article["warnings"] = art.warnings;
  py::list sentences;
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const Sentence& s = a.sentences[i];
    py::dict d;
    d["index"] = i;
    d["begin"] = s.begin;
    d["end"] = s.end;
    d["paragraph"] = s.paragraph;
    d["text"] = Substr(art.text, s.begin, s.end);
    sentences.append(d);
  }
  py::list mentions;
  for (const Mention& m : a.mentions) {
    py::dict d;
    d["sentence"] = m.sentence;
    d["first"] = m.first;
    d["last"] = m.last;
    d["begin"] = m.begin;
    d["end"] = m.end;
    d["text"] = Substr(art.text, m.begin, m.end);
    d["code"] = m.code;
    d["name"] = m.name;
    d["kind"] = m.kind;
    d["resolved_from"] = m.resolved_from;
    d["is_group"] = m.is_group;
    d["pronoun"] = m.pronoun;
    mentions.append(d);
  }
  py::list events;
  for (const Event& e : a.events) events.append(EventDict(e, art.text));
  // The time expressions, as `entente dates` prints them (resolved against `published`).
  py::list times;
  for (const TimeExpr& t : a.times) {
    py::dict x;
    x["sentence"] = t.sentence;
    x["begin"] = t.begin;
    x["end"] = t.end;
    x["text"] = Substr(art.text, t.begin, t.end);
    x["value"] = t.value;
    x["type"] = t.type;
    x["relational"] = t.relational;
    times.append(x);
  }
  py::dict d;
  d["id"] = art.doc_id;
  d["article"] = article;
  d["sentences"] = sentences;
  d["mentions"] = mentions;
  d["events"] = events;
  d["times"] = times;
  d["warnings"] = a.warnings;
  return d;
}

// ---- dict -> Analysis (what Store.put takes: a dict made by Pipeline.process, maybe edited)

template <typename T>
T Get(const py::dict& d, const char* key, T fallback) {
  if (!d.contains(key) || d[key].is_none()) return fallback;
  try {
    return d[key].cast<T>();
  } catch (const py::cast_error&) {
    throw py::type_error(std::string("analysis: field '") + key + "' has the wrong type");
  }
}

py::dict GetDict(const py::dict& d, const char* key) {
  if (!d.contains(key) || d[key].is_none()) return py::dict();
  if (!py::isinstance<py::dict>(d[key])) throw py::type_error(std::string("analysis: '") + key + "' must be a dict");
  return d[key].cast<py::dict>();
}

py::list GetList(const py::dict& d, const char* key) {
  if (!d.contains(key) || d[key].is_none()) return py::list();
  if (!py::isinstance<py::list>(d[key])) throw py::type_error(std::string("analysis: '") + key + "' must be a list");
  return d[key].cast<py::list>();
}

ActorRef ActorFromDict(const py::dict& d) {
  ActorRef a;
  a.code = Get<std::string>(d, "code", "");
  a.name = Get<std::string>(d, "name", "");
  a.text = Get<std::string>(d, "text", "");
  return a;
}

Analysis AnalysisFromDict(const py::dict& d) {
  Analysis a;
  py::dict art = GetDict(d, "article");
  a.article.doc_id = Get<std::string>(art, "doc_id", Get<std::string>(d, "id", ""));
  if (a.article.doc_id.empty()) throw py::value_error("analysis: no article doc_id");
  a.article.url = Get<std::string>(art, "url", "");
  a.article.title = Get<std::string>(art, "title", "");
  a.article.byline = Get<std::string>(art, "byline", "");
  a.article.published = Get<std::string>(art, "published", "");
  a.article.language = Get<std::string>(art, "language", "un");
  a.article.text = Get<std::string>(art, "text", "");
  const uint32_t n = static_cast<uint32_t>(a.article.text.size());
  auto in_text = [n](uint32_t b, uint32_t e, const char* what) {
    if (b > e || e > n) throw py::value_error(std::string("analysis: ") + what + " offsets outside the article text");
  };
  for (py::handle h : GetList(d, "sentences")) {
    py::dict s = h.cast<py::dict>();
    Sentence out;
    out.begin = Get<uint32_t>(s, "begin", 0);
    out.end = Get<uint32_t>(s, "end", 0);
    out.paragraph = Get<uint32_t>(s, "paragraph", 0);
    in_text(out.begin, out.end, "sentence");
    a.sentences.push_back(std::move(out));
  }
  for (py::handle h : GetList(d, "mentions")) {
    py::dict m = h.cast<py::dict>();
    Mention out;
    out.sentence = Get<uint32_t>(m, "sentence", 0);
    out.first = Get<uint32_t>(m, "first", 0);
    out.last = Get<uint32_t>(m, "last", 0);
    out.begin = Get<uint32_t>(m, "begin", 0);
    out.end = Get<uint32_t>(m, "end", 0);
    in_text(out.begin, out.end, "mention");
    out.code = Get<std::string>(m, "code", "");
    out.name = Get<std::string>(m, "name", "");
    out.kind = Get<std::string>(m, "kind", "");
    out.resolved_from = Get<std::string>(m, "resolved_from", "");
    out.is_group = Get<bool>(m, "is_group", false);
    out.pronoun = Get<bool>(m, "pronoun", false);
    a.mentions.push_back(std::move(out));
  }
  for (py::handle h : GetList(d, "events")) {
    py::dict e = h.cast<py::dict>();
    Event out;
    out.doc_id = Get<std::string>(e, "doc_id", a.article.doc_id);
    out.sentence = Get<uint32_t>(e, "sentence", 0);
    out.source = ActorFromDict(GetDict(e, "source"));
    py::dict target = GetDict(e, "target");
    if (!target.empty()) out.target = ActorFromDict(target);
    out.code = Get<std::string>(e, "code", "");
    out.root = Get<std::string>(e, "root", out.code.substr(0, std::min<size_t>(2, out.code.size())));
    out.quad = Get<int>(e, "quad", 0);
    out.goldstein = Get<double>(e, "goldstein", 0.0);
    out.plover = Get<std::string>(e, "plover", "");
    out.factuality = Get<std::string>(e, "factuality", "asserted");
    out.cues = Get<std::vector<std::string>>(e, "cues", {});
    out.text = Get<std::string>(e, "text", "");
    out.span_begin = Get<uint32_t>(e, "span_begin", 0);
    out.span_end = Get<uint32_t>(e, "span_end", 0);
    out.pattern = Get<std::string>(e, "pattern", "");
    out.verb = Get<std::string>(e, "verb", "");
    out.reporter = Get<std::string>(e, "reporter", "");
    std::string date = Get<std::string>(e, "date", "");
    if (!date.empty()) {
      auto v = ParseIsoDate(date);
      if (!v) throw py::value_error("analysis: event date is not YYYY-MM-DD, YYYY-MM or YYYY: " + date);
      out.date = *v;
    }
    out.date_text = Get<std::string>(e, "date_text", "");
    out.date_source = Get<std::string>(e, "date_source", "");
    a.events.push_back(std::move(out));
  }
  a.warnings = Get<std::vector<std::string>>(d, "warnings", {});
  return a;
}

// ---- Pipeline

// A stable id for a document given without one: FNV-1a of its bytes.
std::string HashId(const std::string& bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "doc-%016llx", static_cast<unsigned long long>(h));
  return buf;
}

class PyPipeline {
 public:
  PyPipeline(std::optional<std::string> dictionary_dir, std::vector<std::string> dict_files, bool only_dict,
             std::string wordnet_dir) {
    PipelineOptions o;
    o.dictionary_dir = dictionary_dir.value_or("");
    o.dictionary_files = std::move(dict_files);
    o.builtin_dictionaries = !only_dict;
    o.wordnet_dir = std::move(wordnet_dir);
    Result<std::unique_ptr<Pipeline>> p = Status::Internal("not created");
    {
      py::gil_scoped_release release;
      p = Pipeline::Create(o);
    }
    pipeline_ = Take(std::move(p));
  }

  py::dict Process(py::object text, const std::string& published, const std::string& id, const std::string& url,
                   const std::string& title, bool html) const {
    Document doc;
    if (py::isinstance<py::bytes>(text)) {
      doc.bytes = text.cast<std::string>();
    } else if (py::isinstance<py::str>(text)) {
      doc.bytes = text.cast<std::string>();
    } else {
      throw py::type_error("process: text must be str or bytes");
    }
    doc.kind = html ? Document::Kind::kHtml : Document::Kind::kText;
    doc.id = id.empty() ? HashId(doc.bytes) : id;
    doc.origin = "python:" + doc.id;
    doc.url = url;
    doc.title = title;
    if (!published.empty()) {
      if (!ParseIsoDate(published)) throw py::value_error("process: published is not an ISO date: " + published);
      doc.published = published.substr(0, std::min<size_t>(published.size(), 10));
    }
    Check(html ? CheckHtml(doc.bytes, doc.origin) : CheckText(doc.bytes, doc.origin));
    Result<Analysis> r = Status::Internal("not run");
    {
      py::gil_scoped_release release;
      r = pipeline_->Process(doc);
    }
    return AnalysisDict(Take(std::move(r)));
  }

  const std::vector<std::string>& diagnostics() const { return pipeline_->dictionary_diagnostics(); }

 private:
  std::unique_ptr<Pipeline> pipeline_;
};

// ---- Store

std::string Str(py::handle v, const std::string& key) {
  if (!py::isinstance<py::str>(v)) throw py::type_error("filter '" + key + "' must be a str");
  return v.cast<std::string>();
}

EventFilter FilterFrom(const py::kwargs& kw, std::initializer_list<const char*> extra_ok = {}) {
  EventFilter f;
  for (auto item : kw) {
    std::string k = item.first.cast<std::string>();
    py::handle v = item.second;
    bool extra = false;
    for (const char* e : extra_ok) extra = extra || k == e;
    if (extra || v.is_none()) continue;
    if (k == "source") f.source = Str(v, k);
    else if (k == "target") f.target = Str(v, k);
    else if (k == "actor") f.actor = Str(v, k);
    else if (k == "code") f.code = Str(v, k);
    else if (k == "from" || k == "date_from" || k == "since") f.from = Str(v, k);
    else if (k == "to" || k == "date_to" || k == "until") f.to = Str(v, k);
    else if (k == "both_directions") f.both_directions = v.cast<bool>();
    else if (k == "limit") f.limit = v.cast<int>();
    else if (k == "offset") f.offset = v.cast<int>();
    else if (k == "factuality") {
      if (py::isinstance<py::str>(v)) {
        std::string s = v.cast<std::string>();
        size_t start = 0;
        while (start <= s.size()) {
          size_t comma = std::min(s.find(',', start), s.size());
          if (comma > start) f.factuality.push_back(s.substr(start, comma - start));
          start = comma + 1;
        }
      } else {
        f.factuality = v.cast<std::vector<std::string>>();
      }
    } else {
      throw py::type_error("unknown filter '" + k +
                           "' (source, target, actor, code, from, to, factuality, both_directions, limit, offset)");
    }
  }
  if (f.limit < 0 || f.offset < 0) throw py::value_error("limit and offset must not be negative");
  return f;
}

py::dict EvidenceDict(const Evidence& ev) {
  py::dict d;
  d["event_id"] = ev.event_id;
  d["doc_id"] = ev.doc_id;
  d["title"] = ev.title;
  d["url"] = ev.url;
  d["publisher"] = ev.publisher;
  d["published"] = ev.published;
  d["sentence"] = ev.sentence;
  d["text"] = ev.text;
  d["span_start"] = ev.span_start;
  d["span_end"] = ev.span_end;
  d["evidence"] = Substr(ev.text, ev.span_start, ev.span_end);
  d["source_text"] = ev.source_text;
  d["target_text"] = ev.target_text;
  d["pattern"] = ev.pattern;
  d["factuality"] = ev.factuality;
  d["reporter"] = ev.reporter;
  return d;
}

py::dict StoredEventDict(const StoredEvent& e) {
  py::dict d;
  d["id"] = e.id;
  d["date"] = e.date;
  d["source_actor"] = e.source_actor;
  d["source_code"] = e.source_code;
  d["source_name"] = e.source_name;
  d["target_actor"] = e.target_actor;
  d["target_code"] = e.target_code;
  d["target_name"] = e.target_name;
  d["code"] = e.code;
  d["root"] = e.root;
  d["plover"] = e.plover;
  d["factuality"] = e.factuality;
  d["quad"] = e.quad;
  d["goldstein"] = e.goldstein;
  d["mentions"] = e.mentions;
  d["articles"] = e.articles;
  d["sources"] = e.sources;
  d["text"] = e.text;
  py::list ev;
  for (const Evidence& x : e.evidence) ev.append(EvidenceDict(x));
  d["evidence"] = ev;
  return d;
}

class PyStore {
 public:
  PyStore(const std::string& target, bool read_only) : target_(target) {
    store_ = Take(Store::Open(target, read_only));
  }

  Store& store() {
    if (!store_) throw Error(target_ + ": the store is closed");
    return *store_;
  }

  void Put(const py::dict& analysis, const std::string& origin) {
    Analysis a = AnalysisFromDict(analysis);
    Check(store().Put(a, origin));
  }

  void PutMany(const py::list& analyses, const std::string& origin) {
    std::vector<Analysis> all;
    for (py::handle h : analyses) {
      if (!py::isinstance<py::dict>(h)) throw py::type_error("put_many: a list of analysis dicts is expected");
      all.push_back(AnalysisFromDict(h.cast<py::dict>()));
    }
    std::vector<std::pair<const Analysis*, std::string>> docs;
    for (const Analysis& a : all) docs.emplace_back(&a, origin);
    Check(store().PutBatch(docs));
  }

  py::list Events(const py::kwargs& kw) {
    bool with_evidence = kw.contains("evidence") ? kw["evidence"].cast<bool>() : true;
    EventFilter f = FilterFrom(kw, {"evidence"});
    py::list out;
    for (const StoredEvent& e : Take(store().Events(f, with_evidence))) out.append(StoredEventDict(e));
    return out;
  }

  py::list Series(const std::string& source, const std::string& target, const std::string& by,
                  const py::kwargs& kw) {
    EventFilter f = FilterFrom(kw);
    if (!source.empty()) f.source = source;
    if (!target.empty()) f.target = target;
    py::list out;
    for (const SeriesPoint& p : Take(store().Series(f, by))) {
      py::dict d;
      d["period"] = p.period;
      d["events"] = p.events;
      d["mentions"] = p.mentions;
      d["goldstein_sum"] = p.goldstein_sum;
      d["goldstein_mean"] = p.goldstein_mean;
      d["verbal_cooperation"] = p.quad[0];
      d["material_cooperation"] = p.quad[1];
      d["verbal_conflict"] = p.quad[2];
      d["material_conflict"] = p.quad[3];
      out.append(d);
    }
    return out;
  }

  py::dict Network(const py::kwargs& kw) {
    EventFilter f = FilterFrom(kw);
    entente::Network n = Take(store().NetworkOf(f));
    py::list nodes, edges;
    for (const NetworkNode& x : n.nodes) {
      py::dict d;
      d["actor"] = x.actor;
      d["events"] = x.events;
      nodes.append(d);
    }
    for (const NetworkEdge& x : n.edges) {
      py::dict d;
      d["source"] = x.source;
      d["target"] = x.target;
      d["events"] = x.events;
      d["cooperation"] = x.cooperation;
      d["conflict"] = x.conflict;
      d["goldstein_sum"] = x.goldstein_sum;
      edges.append(d);
    }
    py::dict d;
    d["nodes"] = nodes;
    d["edges"] = edges;
    return d;
  }

  py::list Dyads(const std::string& by) {
    py::list out;
    for (const DyadRow& r : Take(store().Dyads(by))) {
      py::dict d;
      d["source"] = r.source;
      d["target"] = r.target;
      d["period"] = r.period;
      d["events"] = r.events;
      d["goldstein_mean"] = r.goldstein_mean;
      out.append(d);
    }
    return out;
  }

  py::list Documents(int limit, int offset) {
    if (limit < 0 || offset < 0) throw py::value_error("limit and offset must not be negative");
    py::list out;
    for (const DocumentRow& r : Take(store().Documents(limit, offset))) {
      py::dict d;
      d["id"] = r.id;
      d["origin"] = r.origin;
      d["url"] = r.url;
      d["publisher"] = r.publisher;
      d["title"] = r.title;
      d["byline"] = r.byline;
      d["published"] = r.published;
      d["language"] = r.language;
      d["events"] = r.events;
      out.append(d);
    }
    return out;
  }

  long long CountEvents() { return Take(store().CountEvents()); }
  long long CountFusedEvents() { return Take(store().CountFusedEvents()); }
  void Close() { store_.reset(); }

 private:
  std::string target_;
  std::unique_ptr<Store> store_;
};

}  // namespace
}  // namespace entente::python

PYBIND11_MODULE(entente, m) {
  using namespace entente::python;
  m.doc() = "entente: political events (CAMEO, PLOVER, Goldstein) from news text, and their store";
  m.attr("__version__") = "0.1.0";
  py::register_exception<Error>(m, "Error", PyExc_RuntimeError);

  py::class_<PyPipeline>(m, "Pipeline",
                         "The entente pipeline: dictionaries load once; process() analyses one document.")
      .def(py::init<std::optional<std::string>, std::vector<std::string>, bool, std::string>(),
           py::arg("dictionary_dir") = py::none(), py::arg("dict_files") = std::vector<std::string>{},
           py::arg("only_dict") = false, py::arg("wordnet_dir") = "/usr/share/wordnet",
           "dictionary_dir: None for the shipped dictionaries; dict_files: more TABARI, PETRARCH or "
           "entente dictionary files ('PATH' or 'FORMAT:PATH'); only_dict: use only dict_files.")
      .def("process", &PyPipeline::Process, py::arg("text"), py::arg("published") = "", py::arg("id") = "",
           py::arg("url") = "", py::arg("title") = "", py::arg("html") = false,
           "Analyses one document (str, or bytes of HTML in any charset with html=True). Returns a dict "
           "with id, article, sentences, mentions, events, times (TIMEX3 values) and warnings.")
      .def_property_readonly("dictionary_diagnostics", &PyPipeline::diagnostics,
                             "Bad dictionary lines found while loading ('file:line: message').");

  py::class_<PyStore>(m, "Store",
                      "An entente database: a SQLite file path or a postgresql:// URI.")
      .def(py::init<const std::string&, bool>(), py::arg("target"), py::arg("read_only") = false)
      .def("put", &PyStore::Put, py::arg("analysis"), py::arg("origin") = "python",
           "Stores one analysis dict from Pipeline.process (replacing an earlier version of the document).")
      .def("put_many", &PyStore::PutMany, py::arg("analyses"), py::arg("origin") = "python",
           "Stores many analysis dicts in one transaction.")
      .def("events", &PyStore::Events,
           "Fused events, newest first: events(source=, target=, actor=, code=, from=/date_from=, "
           "to=/date_to=, factuality=, both_directions=True, limit=100, offset=0, evidence=True).")
      .def("series", &PyStore::Series, py::arg("source") = "", py::arg("target") = "", py::arg("by") = "month",
           "A series of fused events by 'day', 'week', 'month' or 'year' (same filters as events).")
      .def("network", &PyStore::Network, "Actors and dyad edges (same filters as events).")
      .def("dyads", &PyStore::Dyads, py::arg("by") = "month",
           "Per (source, target, period): fused event count and mean Goldstein score.")
      .def("documents", &PyStore::Documents, py::arg("limit") = 100, py::arg("offset") = 0)
      .def("count_events", &PyStore::CountEvents)
      .def("count_fused_events", &PyStore::CountFusedEvents)
      .def("close", &PyStore::Close)
      .def("__enter__", [](PyStore& s) -> PyStore& { return s; }, py::return_value_policy::reference)
      .def("__exit__", [](PyStore& s, py::args) { s.Close(); });
}
