// Shared by the benchmarks: the throughput corpus (../shared/corpus/*.jsonl, or
// $ENTENTE_CORPUS) read once, and one pipeline with the shipped dictionaries.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <memory>
#include <string>
#include <vector>

#include "entente/pipeline.h"
#include "ingest/input_reader.h"

namespace entente::bench {

inline std::string CorpusDir() {
  if (const char* env = std::getenv("ENTENTE_CORPUS")) return env;
  return std::string(ENTENTE_SOURCE_DIR) + "/../shared/corpus";
}

// Every document of the corpus; empty when the corpus is absent.
inline const std::vector<Document>& Corpus() {
  static std::vector<Document> docs = [] {
    std::vector<Document> out;
    InputOptions in;
    std::error_code ec;
    for (auto& e : std::filesystem::directory_iterator(CorpusDir(), ec))
      if (e.path().extension() == ".jsonl") in.jsonl.push_back(e.path().string());
    if (in.jsonl.empty()) return out;
    std::sort(in.jsonl.begin(), in.jsonl.end());
    ReadInputs(in, [&](Result<Document> d) {
      if (d.ok()) out.push_back(std::move(d.value()));
    });
    return out;
  }();
  return docs;
}

inline const Pipeline& SharedPipeline() {
  static std::unique_ptr<Pipeline> p = [] {
    auto r = Pipeline::Create({});
    if (!r.ok()) std::abort();
    return std::move(r.value());
  }();
  return *p;
}

// The shipped dictionaries plus the Phoenix actor dictionaries, agents, discards and the
// CAMEO.2.0 verbs (`--dict` of each); nullptr when ../shared is absent.
// The options that add them; nullopt when ../shared is absent.
inline std::optional<PipelineOptions> PhoenixOptions() {
  std::string dir = std::string(ENTENTE_SOURCE_DIR) + "/../shared/eval/cameo/petrarch2/";
  PipelineOptions o;
  for (const char* f : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt",
                        "CAMEO.2.0.txt"}) {
    if (!std::filesystem::exists(dir + f)) return std::nullopt;
    o.dictionary_files.push_back(dir + f);
  }
  return o;
}

inline const Pipeline* PhoenixPipeline() {
  static std::unique_ptr<Pipeline> p = []() -> std::unique_ptr<Pipeline> {
    std::optional<PipelineOptions> o = PhoenixOptions();
    if (!o) return nullptr;
    auto r = Pipeline::Create(*o);
    if (!r.ok()) std::abort();
    return std::move(r.value());
  }();
  return p.get();
}

}  // namespace entente::bench
