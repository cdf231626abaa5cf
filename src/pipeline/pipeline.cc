#include "entente/pipeline.h"

#include "actors/actor_recognizer.h"
#include "common/date.h"
#include "dict/dictionaries.h"
#include "events/event_coder.h"
#include "extract/extractor.h"
#include "segment/segmenter.h"
#include "time/event_dating.h"
#include "time/time_tagger.h"

namespace entente {

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  DictionaryOptions dopt;
  dopt.dir = options.dictionary_dir;
  dopt.wordnet_dir = options.wordnet_dir;
  dopt.extra_files = options.dictionary_files;
  dopt.builtin = options.builtin_dictionaries;
  auto dicts = Dictionaries::Load(dopt);
  if (!dicts.ok()) return dicts.status();
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->options_ = options;
  p->dicts_ = std::move(dicts.value());
  return p;
}

const std::vector<std::string>& Pipeline::dictionary_diagnostics() const { return dicts_->diagnostics; }

Result<Analysis> Pipeline::Process(const Document& doc) const { return Process(doc, nullptr); }

Result<Analysis> Pipeline::Process(const Document& doc, const FieldOptions* field) const {
  if (!field && dicts_->field_options.any()) field = &dicts_->field_options;
  if (field && !field->any()) field = nullptr;
  ExtractOptions eopt;
  eopt.keep_all = options_.keep_boilerplate;
  auto article = Extract(doc, eopt);
  if (!article.ok()) return article.status();
  Analysis a;
  a.article = std::move(article.value());
  a.warnings = a.article.warnings;  // page cut, nesting flattened, bad charset bytes
  if (a.article.language != "en" && a.article.language != "un")
    a.warnings.push_back(doc.origin + ": language '" + a.article.language + "' is not English; events are not coded");
  a.sentences = Segment(a.article.text, &dicts_->lemmatizer);
  std::optional<DateValue> published;
  if (!a.article.published.empty()) {
    auto d = ParseIsoDate(a.article.published);
    if (d && d->precision == DateValue::Precision::kDay) published = *d;
  }
  ActorOptions aopt;
  if (published) aopt.day = ToDays(*published);
  // TABARI's COMMA: comma-delimited phrases are dropped before actors and events (the
  // analysis keeps the shortened sentences, which mentions' token ranges refer to). The
  // minimum sentence length counts the words before they are dropped, and a sentence
  // holding a discard phrase keeps it.
  std::vector<uint8_t> too_short;
  if (field && field->comma) {
    for (Sentence& s : a.sentences) {
      int words = 0;
      for (const Token& x : s.tokens) words += !x.punct && x.norm != "'s";
      too_short.push_back(words < field->min_words);
      if (!dicts_->discards.Match(s.tokens, aopt.day)) DropCommaPhrases(*field, &s);
    }
  }
  aopt.field = field;
  MentionSet mentions = RecognizeActors(a.sentences, *dicts_, aopt);
  if (a.article.language == "en" || a.article.language == "un") {
    CoderOptions copt;
    copt.day = aopt.day;
    copt.field = field;
    if (!too_short.empty()) copt.too_short = &too_short;
    CodedEvents coded = CodeEvents(a.sentences, mentions, *dicts_, a.article.text, copt);
    TimeContext tctx;
    tctx.published = published;
    a.times = TagTimes(a.sentences, a.article.text, tctx);
    DateEvents(coded, a.sentences, a.times, published, a.article.text, &mentions.mentions);
    a.events = std::move(coded.events);
    if (options_.dedupe) DedupeEvents(a.events);
    for (Event& e : a.events) e.doc_id = doc.id;
  }
  a.mentions = std::move(mentions.mentions);
  return a;
}

}  // namespace entente
