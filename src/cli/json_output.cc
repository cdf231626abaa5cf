#include "cli/json_output.h"

namespace entente {

std::string Line(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

nlohmann::ordered_json ArticleJson(const Article& a) {
  return {{"doc", a.doc_id}, {"title", a.title},       {"published", a.published},
          {"byline", a.byline}, {"language", a.language}, {"url", a.url}, {"text", a.text}};
}

nlohmann::ordered_json MentionJson(const Analysis& a, const Mention& m) {
  nlohmann::ordered_json j = {{"doc", a.article.doc_id},
                      {"sentence", m.sentence},
                      {"text", a.article.text.substr(m.begin, m.end - m.begin)},
                      {"code", m.code},
                      {"name", m.name},
                      {"kind", m.kind},
                      {"start", m.begin},
                      {"end", m.end}};
  if (!m.resolved_from.empty()) j["resolved_from"] = m.resolved_from;
  return j;
}

static nlohmann::ordered_json ActorJson(const ActorRef& r) { return {{"code", r.code}, {"name", r.name}, {"text", r.text}}; }

nlohmann::ordered_json EventJson(const Analysis& a, const Event& e, bool explain) {
  nlohmann::ordered_json j = {{"doc", e.doc_id},
                      {"sentence", e.sentence},
                      {"date", e.date.ToString()},
                      {"source", ActorJson(e.source)},
                      {"target", e.target ? ActorJson(*e.target) : nlohmann::ordered_json(nullptr)},
                      {"code", e.code},
                      {"root", e.root},
                      {"quad", e.quad},
                      {"goldstein", e.goldstein},
                      {"plover", e.plover},
                      {"factuality", e.factuality},
                      {"text", e.text},
                      {"span", {e.span_begin, e.span_end}},
                      {"pattern", e.pattern}};
  if (!e.reporter.empty()) j["reporter"] = e.reporter;
  j["source_span"] = {a.article.offsets.ToSource(e.span_begin), a.article.offsets.ToSource(e.span_end)};
  if (explain) {
    j["explain"] = {{"evidence", a.article.text.substr(e.span_begin, e.span_end - e.span_begin)},
                    {"source", e.source.text},
                    {"target", e.target ? e.target->text : ""},
                    {"verb", e.verb},
                    {"pattern", e.pattern},
                    {"factuality_cues", e.cues},
                    {"date_text", e.date_text},
                    {"date_source", e.date_source}};
  }
  return j;
}

}  // namespace entente
