// What an element's class, id, role and itemprop names say about it: article body,
// navigation, comments, share bars, related-story lists, ads, captions, metadata ...
//
// Names are matched case-insensitively, either as substrings ("sidebar" in
// "left-sidebar-wrap") or as whole tokens split at non-alphanumerics ("ad" in "ad slot"
// but not in "header"). One pass over the string (Aho-Corasick automaton built once);
// thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

namespace entente {

enum Sem : uint32_t {
  kSemBody = 1u << 0,        // the article's body: itemprop=articleBody, "entry-content", "story-body" ...
  kSemArticle = 1u << 1,     // an article or post as a whole: "article", "post", "hentry", "story"
  kSemPositive = 1u << 2,    // "content", "main", "text", "body", "entry" (readability's positive words)
  kSemNegative = 1u << 3,    // readability's negative words ("meta", "tool", "scroll", "media" ...)
  kSemNav = 1u << 4,         // navigation, menus, breadcrumbs, pagination
  kSemComments = 1u << 5,    // comment sections, replies, disqus
  kSemShare = 1u << 6,       // share bars, social buttons, print/e-mail tools
  kSemRelated = 1u << 7,     // related / recommended / popular / more stories, teasers
  kSemAd = 1u << 8,          // ads, sponsors, promos, banners
  kSemConsent = 1u << 9,     // cookie notices, newsletter sign-ups, paywalls, login, popups
  kSemFooter = 1u << 10,     // site footers, copyright lines
  kSemHeader = 1u << 11,     // site headers, mastheads
  kSemSidebar = 1u << 12,    // sidebars, widgets, rails
  kSemMeta = 1u << 13,       // post metadata: byline, author, date, tags, categories
  kSemCaption = 1u << 14,    // captions and photo credits
  kSemHidden = 1u << 15,     // visually hidden, screen-reader-only
  kSemKeep = 1u << 16,       // "and|article|body|column|content|main|shadow": not a boilerplate wrapper
  kSemByline = 1u << 17,     // byline, author
  kSemDate = 1u << 18,       // date, time, timestamp
  kSemTitle = 1u << 19,      // headline, title
  kSemAuthorBio = 1u << 20,  // about the author boxes
  kSemTags = 1u << 21,       // tag and category lists
  kSemLead = 1u << 22,       // standfirst, lead, intro, summary, teaser of this article
};

// The boilerplate categories (drop when not the article itself).
constexpr uint32_t kSemBoilerplate = kSemNav | kSemComments | kSemShare | kSemRelated | kSemAd | kSemConsent |
                                     kSemFooter | kSemHeader | kSemSidebar | kSemHidden | kSemAuthorBio;

// Flags for one element's names ("class id", already concatenated; any case).
uint32_t ClassifyNames(std::string_view names);

}  // namespace entente
