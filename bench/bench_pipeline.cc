// Throughput of `entente code` over the throughput corpus (../shared/corpus/*.jsonl):
// documents/s and sentences/s, single-threaded, release build, file reading excluded.
//   build/bench_pipeline --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
// The corpus lives outside the repository; without it the benchmarks skip.
#include <benchmark/benchmark.h>

#include "bench_corpus.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dict/dictionaries.h"
#include "entente/pipeline.h"
#include "ingest/input_reader.h"
#include "segment/segmenter.h"
#include "actors/actor_recognizer.h"
#include "events/event_coder.h"

namespace {

using namespace entente;

using bench::Corpus;
using bench::SharedPipeline;

void BM_CodeCorpus(benchmark::State& state) {
  const auto& docs = Corpus();
  if (docs.empty()) {
    state.SkipWithError("corpus not found (../shared/corpus); set ENTENTE_CORPUS");
    return;
  }
  const Pipeline& p = SharedPipeline();
  size_t sentences = 0, events = 0, bytes = 0;
  for (auto _ : state) {
    sentences = events = bytes = 0;
    for (const Document& d : docs) {
      auto a = p.Process(d);
      if (!a.ok()) continue;
      sentences += a->sentences.size();
      events += a->events.size();
      bytes += d.bytes.size();
      benchmark::DoNotOptimize(a->events.data());
    }
  }
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(docs.size()), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["MB/s"] = benchmark::Counter(static_cast<double>(bytes) / 1e6, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["events"] = static_cast<double>(events);
}
BENCHMARK(BM_CodeCorpus)->Unit(benchmark::kMillisecond)->Iterations(1);

// Actors + events alone over pre-segmented sentences (the coder's own speed).
void ActorsEvents(benchmark::State& state, const Pipeline* p) {
  const auto& docs = Corpus();
  if (docs.empty() || !p) {
    state.SkipWithError("corpus or dictionaries not found (../shared)");
    return;
  }
  const Dictionaries& dicts = p->dictionaries();
  std::vector<std::pair<std::string, std::vector<Sentence>>> segmented;
  size_t sentences = 0;
  for (const Document& d : docs) {
    segmented.emplace_back(d.bytes, Segment(d.bytes, &dicts.lemmatizer));
    sentences += segmented.back().second.size();
  }
  for (auto _ : state) {
    for (const auto& [text, sents] : segmented) {
      MentionSet m = RecognizeActors(sents, dicts, {});
      CodedEvents e = CodeEvents(sents, m, dicts, text);
      benchmark::DoNotOptimize(e.events.data());
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsIterationInvariantRate);
}
void BM_ActorsEvents(benchmark::State& state) { ActorsEvents(state, &SharedPipeline()); }
BENCHMARK(BM_ActorsEvents)->Unit(benchmark::kMillisecond)->Iterations(1);
// The same with the Phoenix actors, agents, discards and CAMEO.2.0 verbs added (--dict).
void BM_ActorsEventsPhoenix(benchmark::State& state) { ActorsEvents(state, bench::PhoenixPipeline()); }
BENCHMARK(BM_ActorsEventsPhoenix)->Unit(benchmark::kMillisecond)->Iterations(1);

// The actors stage alone, in tokens/s.
void Actors(benchmark::State& state, const Pipeline* p) {
  const auto& docs = Corpus();
  if (docs.empty() || !p) {
    state.SkipWithError("corpus or dictionaries not found");
    return;
  }
  const Dictionaries& dicts = p->dictionaries();
  std::vector<std::vector<Sentence>> segmented;
  size_t tokens = 0, sentences = 0;
  for (const Document& d : docs) {
    segmented.push_back(Segment(d.bytes, &dicts.lemmatizer));
    sentences += segmented.back().size();
    for (const Sentence& s : segmented.back()) tokens += s.tokens.size();
  }
  for (auto _ : state) {
    for (const auto& sents : segmented) {
      MentionSet m = RecognizeActors(sents, dicts, {});
      benchmark::DoNotOptimize(m.mentions.data());
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsIterationInvariantRate);
}
void BM_Actors(benchmark::State& state) { Actors(state, &SharedPipeline()); }
BENCHMARK(BM_Actors)->Unit(benchmark::kMillisecond)->Iterations(1);
void BM_ActorsPhoenix(benchmark::State& state) { Actors(state, bench::PhoenixPipeline()); }
BENCHMARK(BM_ActorsPhoenix)->Unit(benchmark::kMillisecond)->Iterations(1);

// Segmentation (sentences, tokens, lemmas).
void BM_Segment(benchmark::State& state) {
  const auto& docs = Corpus();
  if (docs.empty()) {
    state.SkipWithError("corpus not found");
    return;
  }
  const Dictionaries& dicts = SharedPipeline().dictionaries();
  size_t sentences = 0;
  for (auto _ : state) {
    sentences = 0;
    for (const Document& d : docs) sentences += Segment(d.bytes, &dicts.lemmatizer).size();
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_LoadDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    auto d = Dictionaries::Load({});
    benchmark::DoNotOptimize(d.ok());
  }
}
BENCHMARK(BM_LoadDictionaries)->Unit(benchmark::kMillisecond)->Iterations(1);

// The shipped dictionaries plus the full Phoenix actors, agents, discards and the CAMEO.2.0
// verbs, as `code --dict` loads them (issue: <= 2 s).
void BM_LoadPhoenixCameo2(benchmark::State& state) {
  std::optional<PipelineOptions> o = bench::PhoenixOptions();
  if (!o) {
    state.SkipWithError("../shared/eval/cameo/petrarch2 not found");
    return;
  }
  for (auto _ : state) {
    auto p = Pipeline::Create(*o);
    benchmark::DoNotOptimize(p.ok());
  }
}
BENCHMARK(BM_LoadPhoenixCameo2)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
