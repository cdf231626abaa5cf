#include "extract/html_semantics.h"

#include "common/text.h"

#include <array>
#include <unordered_map>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

namespace entente {
namespace {

constexpr uint32_t kSemCommentary = 1u << 31;  // internal: "commentary" is an opinion piece, not comments

struct Pattern {
  const char* text;
  uint32_t flags;
};

// Substrings of the normalised names (lowercase, '-' and '_' removed, one space between names).
constexpr Pattern kSubstrings[] = {
    // The article body.
    {"articlebody", kSemBody}, {"articletext", kSemBody}, {"articlecontent", kSemBody}, {"storybody", kSemBody},
    {"storycontent", kSemBody}, {"storytext", kSemBody}, {"entrycontent", kSemBody}, {"entrybody", kSemBody},
    {"postcontent", kSemBody}, {"postbody", kSemBody}, {"posttext", kSemBody}, {"postentry", kSemBody},
    {"newscontent", kSemBody}, {"newstext", kSemBody}, {"newsbody", kSemBody}, {"contentbody", kSemBody},
    {"bodytext", kSemBody}, {"bodycopy", kSemBody}, {"fieldnamebody", kSemBody}, {"fieldbody", kSemBody},
    {"thecontent", kSemBody}, {"singlecontent", kSemBody}, {"artcontent", kSemBody}, {"articletxt", kSemBody},
    {"articlecopy", kSemBody}, {"blogcontent", kSemBody}, {"blogpostcontent", kSemBody},
    {"postarticle", kSemBody}, {"mainarticle", kSemBody}, {"articlemain", kSemBody},
    // Readability's positive and "maybe a candidate" words.
    {"article", kSemPositive | kSemKeep}, {"body", kSemPositive | kSemKeep}, {"content", kSemPositive | kSemKeep},
    {"entry", kSemPositive}, {"hentry", kSemPositive | kSemArticle}, {"main", kSemPositive | kSemKeep},
    {"page", kSemPositive}, {"post", kSemPositive}, {"text", kSemPositive}, {"blog", kSemPositive},
    {"story", kSemPositive}, {"column", kSemKeep}, {"shadow", kSemKeep},
    // Readability's negative words.
    {"combx", kSemNegative}, {"comment", kSemNegative | kSemComments}, {"contact", kSemNegative},
    {"foot", kSemNegative}, {"masthead", kSemNegative | kSemHeader}, {"media", kSemNegative},
    {"meta", kSemNegative | kSemMeta}, {"outbrain", kSemNegative | kSemRelated}, {"promo", kSemNegative | kSemAd},
    {"related", kSemNegative | kSemRelated}, {"scroll", kSemNegative}, {"shoutbox", kSemNegative},
    {"sidebar", kSemNegative | kSemSidebar}, {"skyscraper", kSemNegative | kSemAd},
    {"sponsor", kSemNegative | kSemAd}, {"shopping", kSemNegative}, {"tool", kSemNegative},
    {"widget", kSemNegative | kSemSidebar}, {"banner", kSemNegative | kSemAd}, {"gdpr", kSemNegative | kSemConsent},
    {"commentary", kSemCommentary},
    // Navigation.
    {"navigation", kSemNav}, {"navbar", kSemNav}, {"navmenu", kSemNav}, {"mainnav", kSemNav}, {"subnav", kSemNav},
    {"topnav", kSemNav}, {"sitenav", kSemNav}, {"breadcrumb", kSemNav}, {"pagination", kSemNav},
    {"menu", kSemNav}, {"skiplink", kSemNav}, {"skipto", kSemNav}, {"jumpto", kSemNav},
    {"postnavigation", kSemNav | kSemRelated}, {"navlinks", kSemNav | kSemRelated},
    // Comments.
    {"disqus", kSemComments}, {"respond", kSemComments}, {"replies", kSemComments}, {"comments", kSemComments},
    // Share bars and tools.
    {"share", kSemShare}, {"sharing", kSemShare}, {"social", kSemShare}, {"sociable", kSemShare},
    {"addthis", kSemShare}, {"addtoany", kSemShare}, {"a2a", kSemShare}, {"shariff", kSemShare},
    {"printfriendly", kSemShare}, {"emailthis", kSemShare}, {"followus", kSemShare}, {"likebutton", kSemShare},
    {"articletools", kSemShare}, {"posttools", kSemShare},
    // Related stories.
    {"recommend", kSemRelated}, {"morestories", kSemRelated}, {"morearticles", kSemRelated},
    {"morenews", kSemRelated}, {"moreposts", kSemRelated}, {"morefrom", kSemRelated}, {"alsolike", kSemRelated},
    {"mightlike", kSemRelated}, {"mayalsolike", kSemRelated}, {"mostpopular", kSemRelated},
    {"mostread", kSemRelated}, {"mostviewed", kSemRelated}, {"popular", kSemRelated}, {"trending", kSemRelated},
    {"taboola", kSemRelated}, {"zergnet", kSemRelated}, {"yarpp", kSemRelated}, {"readnext", kSemRelated},
    {"nextpost", kSemRelated}, {"prevpost", kSemRelated}, {"previouspost", kSemRelated},
    {"crosslink", kSemRelated}, {"otherstories", kSemRelated}, {"topstories", kSemRelated},
    {"editorspick", kSemRelated}, {"recirc", kSemRelated}, {"relatedposts", kSemRelated},
    {"latestnews", kSemRelated}, {"latestposts", kSemRelated}, {"latestarticles", kSemRelated},
    {"recentposts", kSemRelated}, {"recentnews", kSemRelated}, {"readmore", kSemRelated},
    {"seealso", kSemRelated}, {"weitere", kSemRelated}, {"newsletter", kSemConsent},
    // Ads.
    {"advert", kSemAd}, {"adsense", kSemAd}, {"adslot", kSemAd}, {"adunit", kSemAd}, {"adwrap", kSemAd},
    {"adcontainer", kSemAd}, {"adbox", kSemAd}, {"googlead", kSemAd}, {"gptad", kSemAd}, {"dfpad", kSemAd},
    {"doubleclick", kSemAd}, {"commercial", kSemAd}, {"adholder", kSemAd}, {"adplaceholder", kSemAd},
    {"adzone", kSemAd}, {"anzeige", kSemAd}, {"werbung", kSemAd},
    // Cookie notices, sign-ups, paywalls, popups.
    {"cookie", kSemConsent}, {"consent", kSemConsent}, {"subscribe", kSemConsent},
    {"subscription", kSemConsent}, {"signup", kSemConsent}, {"paywall", kSemConsent}, {"login", kSemConsent},
    {"modal", kSemConsent}, {"popup", kSemConsent}, {"onesignal", kSemConsent},
    // Site footers and headers.
    {"footer", kSemFooter}, {"copyright", kSemFooter}, {"colophon", kSemFooter}, {"siteinfo", kSemFooter},
    {"impressum", kSemFooter}, {"siteheader", kSemHeader}, {"topbar", kSemHeader}, {"branding", kSemHeader},
    // Sidebars.
    {"sidebox", kSemSidebar}, {"sidecol", kSemSidebar}, 
    {"complementary", kSemSidebar}, {"aside", kSemSidebar},
    // Post metadata.
    {"byline", kSemMeta | kSemByline}, {"author", kSemMeta | kSemByline}, {"dateline", kSemMeta | kSemDate},
    {"timestamp", kSemMeta | kSemDate}, {"postedon", kSemMeta | kSemDate}, {"pubdate", kSemMeta | kSemDate},
    {"published", kSemMeta | kSemDate}, {"datetime", kSemMeta | kSemDate}, {"date", kSemDate},
    {"category", kSemMeta | kSemTags}, {"categories", kSemMeta | kSemTags}, {"taglist", kSemMeta | kSemTags},
    {"tagcloud", kSemMeta | kSemTags}, {"tagged", kSemMeta | kSemTags}, {"tags", kSemMeta | kSemTags},
    {"keywords", kSemMeta | kSemTags}, {"catlinks", kSemMeta | kSemTags}, {"entryfooter", kSemMeta | kSemFooter},
    {"postinfo", kSemMeta}, {"articleinfo", kSemMeta}, {"writer", kSemByline}, {"autor", kSemByline},
    {"authorbio", kSemAuthorBio}, {"aboutauthor", kSemAuthorBio}, {"abouttheauthor", kSemAuthorBio},
    {"authorbox", kSemAuthorBio}, {"authorinfo", kSemAuthorBio}, {"authordescription", kSemAuthorBio},
    {"authorprofile", kSemAuthorBio}, {"biography", kSemAuthorBio},
    // Captions.
    {"caption", kSemCaption}, {"credit", kSemCaption}, {"figcaption", kSemCaption},
    // Hidden.
    {"sronly", kSemHidden}, {"screenreader", kSemHidden},
    {"visuallyhidden", kSemHidden}, {"tooltip", kSemHidden}, {"popover", kSemHidden}, {"rollover", kSemHidden}, {"offscreen", kSemHidden}, {"elementinvisible", kSemHidden},
    {"displaynone", kSemHidden},
    // Titles and leads.
    {"headline", kSemTitle}, {"title", kSemTitle}, {"standfirst", kSemLead}, {"articlelead", kSemLead},
    {"leadtext", kSemLead}, {"introtext", kSemLead}, {"articleintro", kSemLead}, {"subheadline", kSemLead},
    {"subtitle", kSemLead},
};

// Whole tokens (split at non-alphanumerics).
constexpr Pattern kTokens[] = {
    {"ad", kSemAd | kSemNegative}, {"ads", kSemAd | kSemNegative}, {"adv", kSemAd}, {"dfp", kSemAd},
    {"gpt", kSemAd}, {"sponsored", kSemAd}, {"nav", kSemNav}, {"navi", kSemNav}, {"logo", kSemHeader},
    {"pager", kSemNav}, {"email", kSemShare}, {"whatsapp", kSemShare},
    {"facebook", kSemShare}, {"twitter", kSemShare}, {"pinterest", kSemShare}, {"linkedin", kSemShare},
    {"reply", kSemComments}, {"responses", kSemComments}, {"header", kSemHeader},
    {"rail", kSemSidebar}, {"secondary", kSemSidebar}, {"tag", kSemTags | kSemMeta}, {"bio", kSemAuthorBio},
    {"by", kSemByline}, {"time", kSemDate}, {"datum", kSemDate}, {"fecha", kSemDate}, {"hed", kSemTitle},
    {"lead", kSemLead}, {"intro", kSemLead}, {"summary", kSemLead}, {"teaser", kSemLead}, {"deck", kSemLead},
    {"dek", kSemLead}, {"excerpt", kSemLead}, {"and", kSemKeep}, {"article", kSemArticle}, {"post", kSemArticle},
    {"story", kSemArticle}, {"hnews", kSemArticle}, {"blogpost", kSemArticle}, {"cmp", kSemConsent},
    {"more", kSemRelated}, {"foot", kSemFooter}, {"toolbar", kSemShare}, {"tools", kSemShare},
};

constexpr int kAlpha = 37;  // a-z, 0-9, separator

inline int CharClass(unsigned char c) {
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= '0' && c <= '9') return 26 + (c - '0');
  return 36;
}

class Automaton {
 public:
  Automaton() {
    next_.emplace_back();
    next_.back().fill(-1);
    out_.push_back(0);
    for (const Pattern& p : kSubstrings) Add(p.text, p.flags);
    Build();
  }
  uint32_t Scan(const std::string& s) const {
    uint32_t flags = 0;
    int state = 0;
    for (unsigned char c : s) {
      state = next_[state][CharClass(c)];
      flags |= out_[state];
    }
    return flags;
  }

 private:
  void Add(const char* text, uint32_t flags) {
    int state = 0;
    for (const char* p = text; *p; ++p) {
      int c = CharClass(static_cast<unsigned char>(*p));
      if (next_[state][c] < 0) {
        next_[state][c] = static_cast<int>(next_.size());
        next_.emplace_back();
        next_.back().fill(-1);
        out_.push_back(0);
      }
      state = next_[state][c];
    }
    out_[state] |= flags;
  }
  void Build() {
    std::vector<int> fail(next_.size(), 0), queue;
    for (int c = 0; c < kAlpha; ++c) {
      int s = next_[0][c];
      if (s < 0) {
        next_[0][c] = 0;
      } else {
        fail[s] = 0;
        queue.push_back(s);
      }
    }
    for (size_t qi = 0; qi < queue.size(); ++qi) {
      int r = queue[qi];
      out_[r] |= out_[fail[r]];
      for (int c = 0; c < kAlpha; ++c) {
        int s = next_[r][c];
        if (s < 0) {
          next_[r][c] = next_[fail[r]][c];
        } else {
          fail[s] = next_[fail[r]][c];
          queue.push_back(s);
        }
      }
    }
  }
  std::vector<std::array<int, kAlpha>> next_;
  std::vector<uint32_t> out_;
};

const Automaton& TheAutomaton() {
  static const Automaton a;
  return a;
}

uint32_t Classify(std::string_view names);

}  // namespace

uint32_t ClassifyNames(std::string_view names) { return Classify(names); }

namespace {

// What one token says: Sem flags (low 32 bits) and its role in the rules below.
enum : uint64_t {
  kTiModifier = 1ull << 32,      // "has", "no", "with": the next token is a property of the page
  kTiState = 1ull << 33,         // "open", "enabled": the previous token is a state
  kTiHideWord = 1ull << 34,      // "hidden", "hide", "invisible"
  kTiBeforeHidden = 1ull << 35,  // "is", "visually", "sr": "is-hidden" is hidden
  kTiScreen = 1ull << 36,        // "xs", "print", "mobile": "hidden-xs" is not hidden
  kTiBodyPart = 1ull << 37,      // "body", "content": a BEM element that is the body
};

struct TokenInfoTable {
  std::unordered_map<std::string_view, uint64_t> map;
  TokenInfoTable() {
    for (const Pattern& p : kTokens) map[p.text] |= p.flags;
    for (const char* t : {"has", "with", "no", "without", "enable", "enabled", "disable", "disabled", "show", "allow",
                          "can"})
      map[t] |= kTiModifier;
    for (const char* t : {"enabled", "disabled", "open", "opened", "closed", "active"}) map[t] |= kTiState;
    for (const char* t : {"hidden", "hide", "invisible"}) map[t] |= kTiHideWord;
    for (const char* t : {"is", "visually", "u", "js", "element", "sr", "screen", "reader", "a11y", "ui", "all", "d",
                          "el"})
      map[t] |= kTiBeforeHidden;
    for (const char* t : {"xs", "sm", "md", "lg", "xl", "xxl", "print", "mobile", "tablet", "desktop", "phone",
                          "small", "medium", "large", "for", "until", "up", "down", "on"})
      map[t] |= kTiScreen;
    for (const char* t : {"body", "content", "text", "copy", "main", "inner", "wrapper", "container", "article", "wrap",
                          "entry", "story", "richtext"})
      map[t] |= kTiBodyPart;
  }
  uint64_t Of(std::string_view tok) const {
    if (tok.size() > 12) return 0;
    auto it = map.find(tok);
    return it == map.end() ? 0 : it->second;
  }
};

uint32_t Classify(std::string_view names) {
  // Normalise: lowercase, '-' and '_' (any non-alphanumeric) dropped inside a name, one
  // space between names. Tokens are the alphanumeric runs.
  // Reused buffers: classification runs for every distinct class string of every page.
  static const TokenInfoTable table;
  thread_local std::string norm, body_norm, lower;  // body_norm: the names that may mark the body
  thread_local std::vector<std::string_view> toks;
  thread_local std::vector<uint64_t> infos;
  norm.clear();
  body_norm.clear();
  lower.assign(names);
  uint32_t flags = 0;
  bool dnone = false, dshown = false, not_body = false;
  for (char& ch : lower)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  auto alnum = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'); };
  size_t i = 0;
  while (i < lower.size()) {
    // One class name (up to whitespace).
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t' || lower[i] == '\n')) ++i;
    size_t start = i;
    while (i < lower.size() && lower[i] != ' ' && lower[i] != '\t' && lower[i] != '\n') ++i;
    std::string_view name(lower.data() + start, i - start);
    if (name.empty()) continue;
    // A one-word BEM modifier ("section--ads", "teaser--large") is a variant, not a kind.
    size_t mod = name.find("--");
    if (mod != std::string_view::npos && mod > 0 && name.find_first_of("-_", mod + 2) == std::string_view::npos)
      name = name.substr(0, mod);
    toks.clear();
    infos.clear();
    for (size_t k = 0; k < name.size();) {
      while (k < name.size() && !alnum(name[k])) ++k;
      size_t t0 = k;
      while (k < name.size() && alnum(name[k])) ++k;
      if (k > t0) {
        toks.push_back(name.substr(t0, k - t0));
        infos.push_back(table.Of(toks.back()));
      }
    }
    if (name.size() >= 5 && name[0] == 'd' && name[1] == '-') {
      if (name == "d-none") dnone = true;
      if (StartsWith(name, "d-sm-") || StartsWith(name, "d-md-") || StartsWith(name, "d-lg-") ||
          StartsWith(name, "d-xl-") || StartsWith(name, "d-xxl-"))
        dshown = true;
    }
    // BEM "block__element": an element of the article body is not the body itself.
    size_t bem = name.rfind("__");
    if (bem != std::string_view::npos && bem > 0 && !(table.Of(name.substr(bem + 2)) & kTiBodyPart)) not_body = true;
    size_t name_start = norm.size();
    if (!norm.empty()) norm.push_back(' ');
    for (size_t t = 0; t < toks.size(); ++t) {
      std::string_view tok = toks[t];
      uint64_t info = infos[t];
      // "has-sidebar", "no-comments", "with-ads": a property of the page, not this element.
      // "modal-enabled", "menu-open": a state of the page.
      if (t + 1 < toks.size() && ((info & kTiModifier) || (infos[t + 1] & kTiState))) {
        ++t;
        continue;
      }
      if (info & kTiHideWord) {
        // Hidden: "hidden", "is-hidden", "visually-hidden"; not "label-hidden" (its label is)
        // nor "hidden-xs" (on small screens only).
        bool ok = t == 0 || (infos[t - 1] & kTiBeforeHidden);
        if (t + 1 < toks.size() && (infos[t + 1] & kTiScreen)) ok = false;
        if (ok) flags |= kSemHidden | kSemNegative;
        norm.append(tok == "hidden" ? "hid" : tok);  // keep the automaton off "hidden"
        continue;
      }
      flags |= static_cast<uint32_t>(info);
      norm.append(tok);
    }
    if (!not_body) body_norm.append(norm, name_start, std::string::npos);
    not_body = false;
  }
  flags |= TheAutomaton().Scan(norm);
  if (dnone && !dshown) flags |= kSemHidden;  // Bootstrap's d-none, not shown again on larger screens
  if ((flags & kSemBody) && body_norm.size() != norm.size() && !(TheAutomaton().Scan(body_norm) & kSemBody))
    flags &= ~kSemBody;
  // "social-media-embed", "embed-twitter": embedded posts are quoted content.
  if ((flags & kSemShare) && norm.find("embed") != std::string::npos) flags &= ~kSemShare;
  if (flags & kSemCommentary) {
    // "commentary" alone names an opinion article, not a comment section.
    if (norm.find("comments") == std::string::npos) flags &= ~(kSemComments | kSemNegative);
    flags &= ~kSemCommentary;
  }
  return flags;
}

}  // namespace

}  // namespace entente
