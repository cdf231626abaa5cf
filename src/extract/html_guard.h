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

namespace entente {

struct GuardReport {
  size_t max_depth_seen = 0;  // deepest nesting met (estimate)
  size_t blanked = 0;         // tags replaced by spaces
  size_t templates = 0;       // <script type="text/template"> opened up as markup
};

// Blanks tags nested deeper than `max_depth` in `html` (in place).
GuardReport LimitNesting(std::string& html, size_t max_depth = 256);

}  // namespace entente
