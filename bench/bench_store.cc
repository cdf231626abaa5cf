// Query speed of the store on a large database (the one bench/make_events_db.py builds):
//   ENTENTE_BENCH_DB=/tmp/big.db build/bench_store --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
// BM_SeriesBusiest  monthly series of the busiest dyad (PRK-CHN both directions)
// BM_SeriesMix      monthly series of dyads drawn among the 30 busiest countries
// BM_EventsPage     one page (50) of fused events of a dyad, with evidence
// BM_Network        the network of one year
// Skipped when ENTENTE_BENCH_DB is not set.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <random>

#include "store/store.h"

namespace entente {
namespace {

std::unique_ptr<Store> OpenBenchDb(benchmark::State& state) {
  const char* path = std::getenv("ENTENTE_BENCH_DB");
  if (!path) {
    state.SkipWithError("ENTENTE_BENCH_DB not set (build one with bench/make_events_db.py)");
    return nullptr;
  }
  auto s = Store::Open(path, true);
  if (!s.ok()) {
    state.SkipWithError(s.status().ToString().c_str());
    return nullptr;
  }
  return std::move(*s);
}

const char* kCountries[] = {"PRK", "CHN", "RUS", "USA", "KOR", "JPN", "MNG", "CUB", "VNM", "LAO",
                            "IRN", "SYR", "UKR", "GBR", "FRA", "DEU", "IND", "PAK", "ISR", "PSE",
                            "TUR", "EGY", "SAU", "IRQ", "AFG", "BRA", "MEX", "CAN", "AUS", "IDN"};

void BM_SeriesBusiest(benchmark::State& state) {
  auto store = OpenBenchDb(state);
  if (!store) return;
  EventFilter f;
  f.source = "PRK", f.target = "CHN";
  for (auto _ : state) {
    auto r = store->Series(f, "month");
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SeriesBusiest)->Unit(benchmark::kMillisecond);

void BM_SeriesMix(benchmark::State& state) {
  auto store = OpenBenchDb(state);
  if (!store) return;
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> pick(0, 29);
  for (auto _ : state) {
    EventFilter f;
    f.source = kCountries[pick(rng)];
    do f.target = kCountries[pick(rng)]; while (f.target == f.source);
    auto r = store->Series(f, "month");
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SeriesMix)->Unit(benchmark::kMillisecond);

void BM_EventsPage(benchmark::State& state) {
  auto store = OpenBenchDb(state);
  if (!store) return;
  EventFilter f;
  f.source = "PRK", f.target = "CHN", f.limit = 50;
  for (auto _ : state) {
    auto r = store->Events(f, true);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EventsPage)->Unit(benchmark::kMillisecond);

void BM_Network(benchmark::State& state) {
  auto store = OpenBenchDb(state);
  if (!store) return;
  EventFilter f;
  f.from = "2024", f.to = "2024";
  for (auto _ : state) {
    auto r = store->NetworkOf(f);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Network)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace entente

BENCHMARK_MAIN();
