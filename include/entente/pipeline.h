// The whole pipeline over one document: extract -> segment -> actors -> events -> time.
//
//   auto p = entente::Pipeline::Create({});          // loads the dictionaries once
//   if (!p.ok()) ...;
//   entente::Result<entente::Analysis> a = (*p)->Process(doc);
//
// A Pipeline is immutable after Create; Process is thread-safe, so one instance serves
// every worker thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "entente/analysis.h"
#include "entente/document.h"
#include "entente/status.h"

namespace entente {

struct Dictionaries;
struct FieldOptions;

struct PipelineOptions {
  std::string dictionary_dir;                     // "" = the shipped dictionaries
  // More dictionary files (--dict): TABARI, PETRARCH or entente format, "PATH" or
  // "FORMAT:PATH" (docs/formats.md). Loaded after dictionary_dir's.
  std::vector<std::string> dictionary_files;
  bool builtin_dictionaries = true;               // false: only dictionary_files' actors and verbs
  std::string wordnet_dir = "/usr/share/wordnet";  // Debian's wordnet-base
  bool dedupe = true;                             // merge repeated events within a document
  bool keep_boilerplate = false;                  // skip boilerplate removal (debugging)
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);
  // Analyses one document. An error names the document (and what was wrong with it).
  Result<Analysis> Process(const Document& doc) const;
  // The same with the coding switches of a TABARI options file replaced by `field` (the
  // conformance runner's "OPTION:" records); null = the dictionaries' own.
  Result<Analysis> Process(const Document& doc, const FieldOptions* field) const;
  // Bad dictionary lines found while loading ("file:line: message").
  const std::vector<std::string>& dictionary_diagnostics() const;
  const Dictionaries& dictionaries() const { return *dicts_; }

 private:
  Pipeline() = default;
  PipelineOptions options_;
  std::shared_ptr<const Dictionaries> dicts_;
};

}  // namespace entente
