// What dating events costs: the pipeline of `entente code` with and without the time
// stage (TagTimes + DateEvents) over the throughput corpus (../shared/corpus/*.jsonl),
// single-threaded, release build, file reading excluded, CPU time.
//
//   build/bench_time                        # 5 repetitions, medians reported
//
// BM_DatesShare runs, in each iteration, the whole corpus through both pipelines and the
// time stage alone, and reports:
//   dates_%   (with - without) / with, the throughput the time stage costs;
//   stage_%   the time stage alone (on already coded documents) / the full pipeline.
// The corpus lives outside the repository; without it the benchmarks skip.
#include <benchmark/benchmark.h>

#include "bench_corpus.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "actors/actor_recognizer.h"
#include "common/date.h"
#include "dict/dictionaries.h"
#include "entente/pipeline.h"
#include "events/event_coder.h"
#include "extract/extractor.h"
#include "ingest/input_reader.h"
#include "segment/segmenter.h"
#include "time/event_dating.h"
#include "time/time_tagger.h"

namespace {

using namespace entente;
// CPU time of this thread: the machine may be busy with other work.
double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

using bench::Corpus;
using bench::SharedPipeline;

std::optional<DateValue> Published(const Article& a) {
  if (a.published.empty()) return std::nullopt;
  auto d = ParseIsoDate(a.published);
  if (d && d->precision == DateValue::Precision::kDay) return *d;
  return std::nullopt;
}

// Pipeline::Process, step by step, with or without the time stage (TagTimes +
// DateEvents): extract, segment, actors, events, [time], dedupe.
size_t Process(const Dictionaries& dicts, const Document& doc, bool dates) {
  auto article = Extract(doc, {});
  if (!article.ok()) return 0;
  Analysis a;
  a.article = std::move(article.value());
  a.sentences = Segment(a.article.text, &dicts.lemmatizer);
  auto published = Published(a.article);
  ActorOptions aopt;
  if (published) aopt.day = ToDays(*published);
  MentionSet mentions = RecognizeActors(a.sentences, dicts, aopt);
  if (a.article.language == "en" || a.article.language == "un") {
    CodedEvents coded = CodeEvents(a.sentences, mentions, dicts, a.article.text);
    if (dates) {
      TimeContext tctx;
      tctx.published = published;
      std::vector<TimeExpr> times = TagTimes(a.sentences, a.article.text, tctx);
      DateEvents(coded, a.sentences, times, published, a.article.text);
    }
    a.events = std::move(coded.events);
    DedupeEvents(a.events);
    for (Event& e : a.events) e.doc_id = doc.id;
  }
  a.mentions = std::move(mentions.mentions);
  benchmark::DoNotOptimize(a.events.data());
  return a.events.size();
}

// The inputs of the time stage, computed once.
struct Coded {
  std::string text;
  std::vector<Sentence> sentences;
  std::optional<DateValue> published;
  CodedEvents coded;
};

const std::vector<Coded>& CodedCorpus() {
  static std::vector<Coded> out = [] {
    std::vector<Coded> v;
    const Dictionaries& dicts = SharedPipeline().dictionaries();
    for (const Document& doc : Corpus()) {
      auto article = Extract(doc, {});
      if (!article.ok()) continue;
      Coded c;
      c.text = article->text;
      c.sentences = Segment(c.text, &dicts.lemmatizer);
      c.published = Published(article.value());
      ActorOptions aopt;
      if (c.published) aopt.day = ToDays(*c.published);
      MentionSet mentions = RecognizeActors(c.sentences, dicts, aopt);
      c.coded = CodeEvents(c.sentences, mentions, dicts, c.text);
      v.push_back(std::move(c));
    }
    return v;
  }();
  return out;
}

size_t TimeStage(const Coded& c) {
  TimeContext ctx;
  ctx.published = c.published;
  std::vector<TimeExpr> times = TagTimes(c.sentences, c.text, ctx);
  CodedEvents coded = c.coded;
  DateEvents(coded, c.sentences, times, c.published, c.text);
  benchmark::DoNotOptimize(coded.events.data());
  return times.size();
}

void BM_DatesShare(benchmark::State& state) {
  const auto& docs = Corpus();
  if (docs.empty()) {
    state.SkipWithError("corpus not found (../shared/corpus); set ENTENTE_CORPUS");
    return;
  }
  const Pipeline& p = SharedPipeline();
  const auto& coded = CodedCorpus();
  double with = 0, without = 0, stage = 0;
  size_t expressions = 0;
  for (auto _ : state) {
    // Document by document, both ways, in alternating order: the two runs see the same
    // caches and allocator state.
    for (size_t k = 0; k < docs.size(); ++k) {
      const bool first = (k + state.iterations()) % 2 == 0;
      for (bool dates : {first, !first}) {
        double t = CpuSeconds();
        benchmark::DoNotOptimize(Process(p.dictionaries(), docs[k], dates));
        (dates ? with : without) += CpuSeconds() - t;
      }
    }
    double t2 = CpuSeconds();
    expressions = 0;
    for (const Coded& c : coded) expressions += TimeStage(c);
    double t3 = CpuSeconds();
    stage += t3 - t2;
  }
  state.counters["with_docs/s"] = static_cast<double>(docs.size()) * state.iterations() / with;
  state.counters["without_docs/s"] = static_cast<double>(docs.size()) * state.iterations() / without;
  state.counters["dates_%"] = 100.0 * (with - without) / with;
  state.counters["stage_%"] = 100.0 * stage / with;
  state.counters["expressions"] = static_cast<double>(expressions);
}
BENCHMARK(BM_DatesShare)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(5)->ReportAggregatesOnly(true);

// The time stage alone: tagging and dating already coded documents.
void BM_TimeStage(benchmark::State& state) {
  const auto& coded = CodedCorpus();
  if (coded.empty()) {
    state.SkipWithError("corpus not found (../shared/corpus); set ENTENTE_CORPUS");
    return;
  }
  size_t sentences = 0;
  for (const Coded& c : coded) sentences += c.sentences.size();
  for (auto _ : state)
    for (const Coded& c : coded) benchmark::DoNotOptimize(TimeStage(c));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_TimeStage)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

}  // namespace

BENCHMARK_MAIN();
