// Throughput of the extract stage on real pages: the development HTML of both extraction
// benchmarks (../shared/eval/extraction/{scrapinghub,trafilatura}/html/*.html.gz),
// single-threaded, release build, pages decompressed into memory before timing.
//
//   build/bench_extract --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// BM_ParseOnly       MyHTML's parse of each page (the parser's own speed, the ceiling)
// BM_Extract         Extract(): charset, guard, parse, DOM, container, blocks, text,
//                    offset map, metadata (title, date, byline) and CLD2 language
// BM_ExtractNoLang   the same without language identification
// Argument /0: both sets, /1: scrapinghub only, /2: trafilatura only.
// Counters: pages/s and bytes/s (HTML bytes). Without ../shared the benchmarks skip.
#include <benchmark/benchmark.h>
#include <myhtml/api.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "entente/document.h"
#include "extract/extractor.h"

namespace {

using namespace entente;

std::string EvalDir() {
  if (const char* env = std::getenv("ENTENTE_EXTRACTION_EVAL")) return env;
  return std::string(ENTENTE_SOURCE_DIR) + "/../shared/eval/extraction";
}

std::string Gunzip(const std::string& path) {
  std::string out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  gzclose(f);
  return out;
}

// Pages of one set ("scrapinghub", "trafilatura") or of both ("").
const std::vector<Document>& Pages(const std::string& only = "") {
  static std::map<std::string, std::vector<Document>> cache;
  auto it = cache.find(only);
  if (it != cache.end()) return it->second;
  std::vector<Document>& pages = cache[only];
  pages = [&] {
    std::vector<Document> out;
    for (const char* set : {"scrapinghub", "trafilatura"}) {
      if (!only.empty() && only != set) continue;
      std::vector<std::string> files;
      std::error_code ec;
      for (auto& e : std::filesystem::directory_iterator(EvalDir() + "/" + set + "/html", ec))
        if (e.path().string().size() > 3 && e.path().string().ends_with(".gz")) files.push_back(e.path().string());
      std::sort(files.begin(), files.end());
      for (const auto& f : files) {
        Document d;
        d.id = std::filesystem::path(f).filename().string();
        d.origin = f;
        d.kind = Document::Kind::kHtml;
        d.bytes = Gunzip(f);
        if (!d.bytes.empty()) out.push_back(std::move(d));
      }
    }
    return out;
  }();
  return pages;
}

const char* SetOf(const benchmark::State& state) {
  switch (state.range(0)) {
    case 1: return "scrapinghub";
    case 2: return "trafilatura";
    default: return "";
  }
}

void Count(benchmark::State& state, size_t pages, size_t bytes) {
  state.counters["pages/s"] = benchmark::Counter(static_cast<double>(pages), benchmark::Counter::kIsRate);
  state.counters["bytes/s"] = benchmark::Counter(static_cast<double>(bytes), benchmark::Counter::kIsRate,
                                                 benchmark::Counter::kIs1024);
}

void BM_ParseOnly(benchmark::State& state) {
  const auto& pages = Pages(SetOf(state));
  if (pages.empty()) {
    state.SkipWithError("extraction pages not found (../shared/eval/extraction); set ENTENTE_EXTRACTION_EVAL");
    return;
  }
  myhtml_t* m = myhtml_create();
  myhtml_init(m, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0);
  myhtml_tree_t* tree = myhtml_tree_create();
  myhtml_tree_init(tree, m);
  size_t n = 0, bytes = 0;
  for (auto _ : state) {
    for (const Document& d : pages) {
      myhtml_tree_clean(tree);
      myhtml_parse(tree, MyENCODING_UTF_8, d.bytes.data(), d.bytes.size());
      benchmark::DoNotOptimize(myhtml_tree_get_document(tree));
      ++n;
      bytes += d.bytes.size();
    }
  }
  Count(state, n, bytes);
  myhtml_tree_destroy(tree);
  myhtml_destroy(m);
}

void ExtractAll(benchmark::State& state, bool language) {
  const auto& pages = Pages(SetOf(state));
  if (pages.empty()) {
    state.SkipWithError("extraction pages not found (../shared/eval/extraction); set ENTENTE_EXTRACTION_EVAL");
    return;
  }
  ExtractOptions o;
  o.detect_language = language;
  size_t n = 0, bytes = 0, failed = 0;
  for (auto _ : state) {
    for (const Document& d : pages) {
      auto a = Extract(d, o);
      if (!a.ok()) ++failed;
      benchmark::DoNotOptimize(a);
      ++n;
      bytes += d.bytes.size();
    }
  }
  Count(state, n, bytes);
  state.counters["failed"] = static_cast<double>(failed) / static_cast<double>(state.iterations());
}

void BM_Extract(benchmark::State& state) { ExtractAll(state, true); }
void BM_ExtractNoLang(benchmark::State& state) { ExtractAll(state, false); }

// Argument: 0 both sets, 1 scrapinghub, 2 trafilatura.
BENCHMARK(BM_ParseOnly)->Unit(benchmark::kMillisecond)->Arg(0)->Arg(1)->Arg(2);
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond)->Arg(0)->Arg(1)->Arg(2);
BENCHMARK(BM_ExtractNoLang)->Unit(benchmark::kMillisecond)->Arg(0);

}  // namespace

BENCHMARK_MAIN();
