#include "extract/html_semantics.h"

#include <gtest/gtest.h>

namespace entente {
namespace {

bool Has(const char* names, uint32_t flag) { return (ClassifyNames(names) & flag) != 0; }

TEST(HtmlSemantics, ArticleBodyNames) {
  EXPECT_TRUE(Has("entry-content clearfix", kSemBody));
  EXPECT_TRUE(Has("article__body", kSemBody));
  EXPECT_TRUE(Has("StoryBodyCompanionColumn", kSemBody));
  EXPECT_TRUE(Has("field field--name-body", kSemBody));
  // A BEM element of the body is not the body.
  EXPECT_FALSE(Has("article-body__related", kSemBody));
  EXPECT_TRUE(Has("article-body__related", kSemRelated));
}

TEST(HtmlSemantics, Boilerplate) {
  EXPECT_TRUE(Has("main-navigation", kSemNav));
  EXPECT_TRUE(Has("breadcrumbs", kSemNav));
  EXPECT_TRUE(Has("comments-area", kSemComments));
  EXPECT_TRUE(Has("sharedaddy sd-sharing-enabled", kSemShare));
  EXPECT_TRUE(Has("jp-relatedposts", kSemRelated));
  EXPECT_TRUE(Has("ad-slot", kSemAd));
  EXPECT_TRUE(Has("ad", kSemAd));
  EXPECT_TRUE(Has("cookie-banner", kSemConsent));
  EXPECT_TRUE(Has("site-footer", kSemFooter));
  EXPECT_TRUE(Has("widget-area sidebar", kSemSidebar));
  EXPECT_TRUE(Has("author-bio", kSemAuthorBio));
  EXPECT_TRUE(Has("wp-caption-text", kSemCaption));
}

TEST(HtmlSemantics, WordsInsideOtherWordsAreNotBoilerplate) {
  EXPECT_FALSE(Has("header-and-content", kSemAd));      // "ad" only as a whole token
  EXPECT_FALSE(Has("dialog-off-canvas-main-canvas", kSemHeader));  // "logo" inside "dialog"
  EXPECT_FALSE(Has("pagerow", kSemNav));                 // "pager" only as a token
  EXPECT_FALSE(Has("commentary", kSemComments));         // an opinion piece
  EXPECT_FALSE(Has("left-side", kSemSidebar));
}

TEST(HtmlSemantics, ModifiersAndStates) {
  EXPECT_EQ(ClassifyNames("o-section--has-ads"), 0u);          // a property of the section
  EXPECT_FALSE(Has("TestReport__Section--Ads", kSemAd));        // a one-word BEM modifier
  EXPECT_FALSE(Has("modal-enabled", kSemConsent));              // a state
  EXPECT_FALSE(Has("no-sidebar", kSemSidebar));
}

TEST(HtmlSemantics, Hidden) {
  EXPECT_TRUE(Has("hidden", kSemHidden));
  EXPECT_TRUE(Has("is-hidden", kSemHidden));
  EXPECT_TRUE(Has("sr-only", kSemHidden));
  EXPECT_TRUE(Has("screen-reader-text", kSemHidden));
  EXPECT_TRUE(Has("d-none d-print-block", kSemHidden));
  EXPECT_FALSE(Has("d-none d-md-block", kSemHidden));  // shown on larger screens
  EXPECT_FALSE(Has("hidden-xs", kSemHidden));          // hidden on phones only
  EXPECT_FALSE(Has("field--label-hidden", kSemHidden));  // its label is hidden
}

TEST(HtmlSemantics, EmbeddedPostsAreNotShareBars) {
  EXPECT_FALSE(Has("social-media-embed", kSemShare));
  EXPECT_TRUE(Has("social-share", kSemShare));
}

}  // namespace
}  // namespace entente
