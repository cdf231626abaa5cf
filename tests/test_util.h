// Shared helpers for tests: the shipped dictionaries, loaded once.
#pragma once

#include <memory>
#include <string>

#include "dict/dictionaries.h"
#include "entente/pipeline.h"

namespace entente::testing {

inline std::string SourceDir() { return ENTENTE_SOURCE_DIR; }

inline const Dictionaries& ShippedDictionaries() {
  static std::shared_ptr<const Dictionaries> d = [] {
    DictionaryOptions o;
    o.dir = SourceDir() + "/dictionaries";
    auto r = Dictionaries::Load(o);
    if (!r.ok()) std::abort();
    return r.value();
  }();
  return *d;
}

inline const Pipeline& ShippedPipeline() {
  static std::unique_ptr<Pipeline> p = [] {
    PipelineOptions o;
    o.dictionary_dir = SourceDir() + "/dictionaries";
    auto r = Pipeline::Create(o);
    if (!r.ok()) std::abort();
    return std::move(r.value());
  }();
  return *p;
}

inline Document TextDoc(const std::string& text, const std::string& published = "", const std::string& id = "t") {
  Document d;
  d.id = id;
  d.origin = id;
  d.bytes = text;
  d.published = published;
  return d;
}

}  // namespace entente::testing
