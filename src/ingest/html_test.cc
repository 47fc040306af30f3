#include "ingest/html.h"

#include <gtest/gtest.h>

#include <string>

namespace tocsin {
namespace {

// A news page with the usual furniture around a short article.
constexpr char kFullPage[] = R"(<!DOCTYPE html>
<html lang="fr-FR"><head>
<meta charset="utf-8">
<title>Le port rouvre - Gazette du Nord</title>
<meta property="og:title" content="Le port de Brest rouvre apr&egrave;s la gr&egrave;ve">
<meta property="og:url" content="https://gazette.example/port-brest">
<meta property="article:published_time" content="2023-03-14T09:30:00+01:00">
<style>p { color: red; }</style>
<script>var tracking = "<p>not text</p>";</script>
</head><body>
<header><a href="/">Gazette du Nord</a><nav><ul><li>Monde</li><li>Sport</li></ul></nav></header>
<div class="cookie-banner">Nous utilisons des cookies. <button>Accepter</button></div>
<main>
<article>
<h1>Le port de Brest rouvre</h1>
<div class="social-share"><a>Partager sur Facebook</a><a>Tweeter</a></div>
<p>Les dockers ont voté   la reprise
du travail mardi matin.</p>
<p>Le syndicat a obtenu une hausse de 4&nbsp;% des salaires.<br>Les navires attendent au large.</p>
<aside>À lire aussi : la grève de 2019</aside>
<figure><img src="a.jpg"><figcaption>Des navires à quai.</figcaption></figure>
<form class="newsletter"><input type="email"><p>Recevez notre lettre</p></form>
<section id="comments"><p>Premier commentaire !</p></section>
</article>
</main>
<footer><p>© Gazette du Nord</p></footer>
<!-- a comment that is not text -->
</body></html>)";

TEST(ParseHtml, KeepsArticleDropsBoilerplate) {
  StatusOr<Document> doc = ParseHtml(kFullPage, "page.html");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text,
            "Le port de Brest rouvre\n\n"
            "Les dockers ont voté la reprise du travail mardi matin.\n\n"
            "Le syndicat a obtenu une hausse de 4\u00A0% des salaires.\n\n"
            "Les navires attendent au large.\n\n"
            "Des navires à quai.");
  EXPECT_EQ(doc->title, "Le port de Brest rouvre après la grève");
  EXPECT_EQ(doc->published, "2023-03-14T09:30:00+01:00");
  EXPECT_EQ(doc->url, "https://gazette.example/port-brest");
  EXPECT_EQ(doc->language, "fr");
  EXPECT_EQ(doc->source, "page.html");
}

struct MetaCase {
  const char* name;
  const char* html;
  const char* title;
  const char* published;
  const char* url;
  const char* language;
};

TEST(ParseHtml, MetadataSources) {
  const MetaCase cases[] = {
      {"title tag then h1 fallback",
       "<html><head><title> Floods  in Dhaka "
       "</title></head><body><h1>Other</h1>"
       "<p>Rivers rose overnight.</p></body></html>",
       "Floods in Dhaka", "", "", ""},
      {"h1 when no title",
       "<body><article><h1>Talks resume</h1><p>Envoys met in Oslo.</p>"
       "<time datetime=\"2021-06-02\">2 June</time></article></body>",
       "Talks resume", "2021-06-02", "", ""},
      {"json-ld graph",
       R"(<html lang="en-GB"><head><script type="application/ld+json">
       {"@context":"https://schema.org","@graph":[
         {"@type":"WebSite","name":"Daily"},
         {"@type":["NewsArticle"],"headline":"Ceasefire holds",
          "datePublished":"2022-11-20T07:15:00Z","url":"https://daily.example/c"}]}
       </script></head><body><p>The ceasefire held for a third day.</p></body></html>)",
       "Ceasefire holds", "2022-11-20T07:15:00Z", "https://daily.example/c",
       "en"},
      {"json-ld top-level array and canonical link",
       R"(<head><link rel="canonical" href="https://x.example/a">
       <script type="application/ld+json">[{"@type":"Organization"},
       {"@type":"Article","datePublished":"Tue, 04 Oct 2022 10:00:00 +0200"}]
       </script></head><body><p>Text.</p></body>)",
       "", "2022-10-04T10:00:00+02:00", "https://x.example/a", ""},
      {"broken json-ld ignored, meta name=date used",
       R"(<head><meta name="date" content="2020-01-31">
       <script type="application/ld+json">{"@type": "NewsArticle",</script>
       </head><body><p>Text.</p></body>)",
       "", "2020-01-31", "", ""},
      {"unparseable date skipped for the next source",
       R"(<head><meta property="article:published_time" content="soon">
       <meta name="dc.date" content="2019-05-06"></head><body><p>T.</p></body>)",
       "", "2019-05-06", "", ""},
      {"og:locale when no lang",
       R"(<head><meta property="og:locale" content="fr_CA"></head><body><p>Bonjour.</p></body>)",
       "", "", "", "fr"},
  };
  for (const MetaCase& c : cases) {
    SCOPED_TRACE(c.name);
    StatusOr<Document> doc = ParseHtml(c.html, "t.html");
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_EQ(doc->title, c.title);
    EXPECT_EQ(doc->published, c.published);
    EXPECT_EQ(doc->url, c.url);
    EXPECT_EQ(doc->language, c.language);
  }
}

struct TextCase {
  const char* name;
  const char* html;
  const char* text;
};

TEST(ParseHtml, TextExtraction) {
  const TextCase cases[] = {
      {"truncated page keeps what there is",
       "<html><body><article><p>First paragraph.</p><p>Second para",
       "First paragraph.\n\nSecond para"},
      {"entities and inline markup",
       "<p>AT&amp;T and <b>Cr&eacute;dit</b> <i>Agricole</i>&nbsp;: "
       "ac<span>cord</span>.</p>",
       "AT&T and Crédit Agricole\u00A0: accord."},
      {"articleBody preferred over article",
       "<article><p>Teaser one.</p><div itemprop=\"articleBody\"><p>Body.</p>"
       "</div></article>",
       "Body."},
      {"largest article wins",
       "<article><p>Short teaser.</p></article><article><p>The real story is "
       "much longer than any teaser.</p></article>",
       "The real story is much longer than any teaser."},
      {"wrapper named like boilerplate is kept when it holds the text",
       "<div class=\"content social-affairs\"><p>Pension reform passed the "
       "senate on Thursday after a night of debate.</p><p>The opposition "
       "promised to challenge the vote before the constitutional council, "
       "which has a month to rule on it.</p></div>"
       "<div class=\"share\">Share</div>",
       "Pension reform passed the senate on Thursday after a night of "
       "debate.\n\nThe opposition promised to challenge the vote before the "
       "constitutional council, which has a month to rule on it."},
      {"aspnet form wrapper kept",
       "<body><form id=\"aspnetForm\"><p>The court ruled against the "
       "ministry on Monday, ordering it to publish the full report on the "
       "dam failure within thirty days and to pay the costs of the "
       "residents who brought the case.</p></form></body>",
       "The court ruled against the ministry on Monday, ordering it to "
       "publish the full report on the dam failure within thirty days and to "
       "pay the costs of the residents who brought the case."},
      {"hidden and aria-hidden dropped",
       "<p>Visible.</p><p hidden>Hidden.</p><div "
       "aria-hidden=\"true\">Icon</div>",
       "Visible."},
      {"roles and French class names dropped",
       "<div role=\"navigation\">Menu</div><p>Le texte.</p>"
       "<div class=\"bloc-partage\">Partager</div><div class=\"lire-aussi\">"
       "Autre</div><div id=\"fil-ariane\">Accueil</div>",
       "Le texte."},
      {"camelCase class names split",
       "<p>Story.</p><div class=\"relatedArticles\">More</div>"
       "<ul class=\"articleShareButtons\"><li>X</li></ul>",
       "Story."},
      {"table cells separated by spaces",
       "<table><tr><td>Paris</td><td>12</td></tr><tr><td>Lyon</td><td>7</td>"
       "</tr></table>",
       "Paris 12\n\nLyon 7"},
      {"empty paragraphs vanish",
       "<p>&nbsp;</p><p> A </p><div>\n\t</div><p>B</p>", "A\n\nB"},
  };
  for (const TextCase& c : cases) {
    SCOPED_TRACE(c.name);
    StatusOr<Document> doc = ParseHtml(c.html, "t.html");
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_EQ(doc->text, c.text);
  }
}

TEST(ParseHtml, NoTextIsAnError) {
  for (const char* html :
       {"",
        "<html><head><title>Only a title</title></head><body></body></html>",
        "<script>var x = 1;</script>", "<!-- nothing -->"}) {
    StatusOr<Document> doc = ParseHtml(html, "empty.html");
    ASSERT_FALSE(doc.ok()) << html;
    EXPECT_EQ(doc.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(doc.status().message(), "no article text");
  }
}

TEST(ParseHtml, OnlyBoilerplateFallsBackToWholePage) {
  // The chosen <article> holds only a share bar; the page still has text.
  StatusOr<Document> doc = ParseHtml(
      "<body><article><div class=\"share\">Share</div></article>"
      "<div><p>Main text outside the article.</p></div></body>",
      "t.html");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Main text outside the article.");
}

TEST(HtmlFragmentToText, FeedBodies) {
  EXPECT_EQ(HtmlFragmentToText("<p>One.</p><p>Two &amp; three.</p>"),
            "One.\n\nTwo & three.");
  EXPECT_EQ(HtmlFragmentToText("Plain words, no tags"), "Plain words, no tags");
  EXPECT_EQ(HtmlFragmentToText(""), "");
}

TEST(HtmlSafePrefixLength, CutsOnlyAbsurdNesting) {
  const std::string normal = kFullPage;
  EXPECT_EQ(HtmlSafePrefixLength(normal), normal.size());
  std::string unclosed_paragraphs;
  for (int i = 0; i < 20000; ++i) unclosed_paragraphs += "<p>para<li>item<br>";
  EXPECT_EQ(HtmlSafePrefixLength(unclosed_paragraphs),
            unclosed_paragraphs.size());
  std::string closed;
  for (int i = 0; i < 20000; ++i) closed += "<div><span>x</span></div>";
  EXPECT_EQ(HtmlSafePrefixLength(closed), closed.size());
  std::string deep = "<p>kept</p>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  const size_t cut = HtmlSafePrefixLength(deep);
  EXPECT_LT(cut, deep.size());
  EXPECT_GT(cut, 1000u);
}

std::string Repeat(std::string_view unit, size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += unit;
  return out;
}

TEST(HtmlSafePrefixLength, KeepsSloppyButRealMarkup) {
  const std::string pages[] = {
      Repeat("<div class=a><p>Text <b>bold</b> and <a href=x>link</a>.<p>More"
             "<ul><li>one<li>two</ul></div>",
             1 << 20),
      "<table>" + Repeat("<tr><td>a<td>b<th>c", 1 << 20) + "</table>",
      "<dl>" + Repeat("<dt>term<dd>definition", 1 << 20) + "</dl>",
      "<select>" + Repeat("<option>a<optgroup><option>b", 1 << 20),
      Repeat("<h2>Title<h3>Sub</h3><p>x<form><input></form>", 1 << 20),
      Repeat("<svg><path d='M0'/><g><rect/></g></svg><p>t", 1 << 20),
  };
  for (const std::string& page : pages) {
    EXPECT_EQ(HtmlSafePrefixLength(page), page.size()) << page.substr(0, 60);
  }
}

// Each of these made gumbo run for tens of seconds per megabyte before the
// guard modelled it. The guard must cut each page, and what comes before the
// cut must survive; how long the parse takes is measured in
// bench/html_bench.cc, not asserted here.
TEST(ParseHtml, PathologicalNestingIsCutShort) {
  for (const char* unit :
       {"<div>", "<b><div></b>", "<li><dd><tr>", "<h1><h1></form><form>",
        "<p><b><i><u><s>x</p>", "</p><li><tr><div><ul> ", "<tr><template>",
        "<span> <div></ul><center></span><svg><html>"}) {
    const std::string page = "<p>Kept.</p>" + Repeat(unit, 1 << 20);
    StatusOr<Document> doc = ParseHtml(page, "bad.html");
    EXPECT_LT(HtmlSafePrefixLength(page), page.size()) << unit;
    ASSERT_TRUE(doc.ok()) << unit;
    EXPECT_EQ(doc->text.substr(0, 5), "Kept.") << unit;
  }
}

TEST(ParseHtml, DeepNestingIsCutAndSafe) {
  std::string deep = "<p>Opening sentence.</p>";
  for (int i = 0; i < 200000; ++i) deep += "<div>";
  deep += "lost";
  EXPECT_LT(HtmlSafePrefixLength(deep), deep.size());
  StatusOr<Document> doc = ParseHtml(deep, "deep.html");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Opening sentence.");
}

}  // namespace
}  // namespace tocsin
