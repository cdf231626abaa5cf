// Sample fused events for the export tests.
#pragma once

#include "store/store.h"

namespace entente::exports::testing {

inline StoredEvent SampleEvent() {
  StoredEvent e;
  e.id = 42;
  e.date = "2024-03-19";
  e.source_actor = "PRK";
  e.source_code = "PRKGOV";
  e.source_name = "Kim Jong Un";
  e.target_actor = "CHN";
  e.target_code = "CHNGOV";
  e.target_name = "Xi Jinping";
  e.code = "0431";
  e.root = "04";
  e.plover = "CONSULT";
  e.factuality = "asserted";
  e.quad = 1;
  e.goldstein = 1.9;
  e.mentions = 3;
  e.articles = 2;
  e.sources = 2;
  e.text = "Kim Jong Un met Xi Jinping in Beijing on Tuesday.";
  Evidence ev;
  ev.event_id = 42;
  ev.doc_id = "doc1";
  ev.title = "Kim visits Beijing";
  ev.url = "https://www.example.com/a?x=1";
  ev.publisher = "example.com";
  ev.published = "2024-03-21";
  ev.sentence = 2;
  ev.text = e.text;
  ev.span_start = 0;
  ev.span_end = 26;  // "Kim Jong Un met Xi Jinping"
  ev.source_text = "Kim Jong Un";
  ev.target_text = "Xi Jinping";
  ev.pattern = "meet";
  ev.factuality = "asserted";
  e.evidence.push_back(ev);
  ev.doc_id = "doc2";
  ev.url = "https://other.example.org/b";
  ev.sentence = 0;
  e.evidence.push_back(ev);
  return e;
}

}  // namespace entente::exports::testing
