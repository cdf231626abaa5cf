// Keeps hostile HTML within bounds before it reaches the parser, without moving bytes
// (so that offsets into the page stay valid).
//
// MyHTML's tree construction slows down quadratically with element nesting (100,000
// nested <div>s take tens of seconds), so opening tags beyond `max_depth` open elements
// are blanked with spaces: their content stays, as children of the deepest kept element.
// The depth is a cheap estimate from a tag scan (void elements, raw-text elements,
// implied ends of p/li/td/... and end tags are accounted for).
//
// Also opens up <script type="text/template"> (and text/x-template, text/html): blogs
// ship their article as such a template for scripts to insert; the script's own tags
// are blanked so that the parser reads the markup inside.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace entente {

struct GuardReport {
  size_t max_depth_seen = 0;  // deepest nesting met (estimate)
  size_t blanked = 0;         // tags replaced by spaces
  size_t templates = 0;       // <script type="text/template"> opened up as markup
  std::vector<std::pair<uint32_t, uint32_t>> blank;    // (offset, length) of the tags to blank
  // Raw text the parser is told to skip (see html_dom.cc), found on the way:
  std::vector<std::pair<uint32_t, uint32_t>> json_ld;  // (offset, length) of each JSON-LD script's text
  std::pair<uint32_t, uint32_t> title{0, 0};           // (offset, length) of the first <title>'s text
};

// Finds the tags to blank (nested deeper than `max_depth`, the tags of prose templates)
// and where JSON-LD scripts and the <title> are. `html` is not changed.
GuardReport GuardHtml(std::string_view html, size_t max_depth = 256);

// Blanks the report's ranges in `html` (a copy of the page) with spaces.
void ApplyGuard(const GuardReport& report, std::string& html);

}  // namespace entente
