#include "ingest/feed.h"

#include <gtest/gtest.h>

#include <string>

namespace tocsin {
namespace {

constexpr char kRss[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Le Courrier du Port</title>
  <language>fr-fr</language>
  <item>
    <title>Les dockers &amp; la direction signent</title>
    <link>https://courrier.example/accord</link>
    <guid isPermaLink="false">courrier-1001</guid>
    <pubDate>Tue, 04 Oct 2022 10:00:00 +0200</pubDate>
    <description>Court résumé.</description>
    <content:encoded><![CDATA[<p>L'accord a été signé <b>mardi</b>.</p>
      <div class="share">Partager</div><p>Le travail reprend demain.</p>]]></content:encoded>
  </item>
  <item>
    <title>Second article</title>
    <link>https://courrier.example/second</link>
    <dc:date>2022-10-05T08:30:00Z</dc:date>
    <description>Une ligne.

Un autre paragraphe.</description>
  </item>
  <item>
    <title>Empty one</title>
    <description></description>
  </item>
</channel>
</rss>
)";

TEST(ParseFeed, Rss) {
  std::vector<InputError> errors;
  StatusOr<std::vector<Document>> docs = ParseFeed(kRss, "port.xml", &errors);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 2u);
  const Document& a = (*docs)[0];
  EXPECT_EQ(a.title, "Les dockers & la direction signent");
  EXPECT_EQ(a.url, "https://courrier.example/accord");
  EXPECT_EQ(a.id, "courrier-1001");
  EXPECT_EQ(a.published, "2022-10-04T10:00:00+02:00");
  EXPECT_EQ(a.text,
            "L'accord a été signé mardi.\n\nLe travail reprend demain.");
  EXPECT_EQ(a.language, "fr");
  EXPECT_EQ(a.source, "port.xml:7");
  const Document& b = (*docs)[1];
  EXPECT_EQ(b.id, "https://courrier.example/second");
  EXPECT_EQ(b.published, "2022-10-05T08:30:00Z");
  EXPECT_EQ(b.text, "Une ligne.\n\nUn autre paragraphe.");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].source, "port.xml");
  EXPECT_EQ(errors[0].line, 24u);
  EXPECT_EQ(errors[0].status.code(), StatusCode::kInvalidArgument);
}

constexpr char kAtom[] = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">
  <title>Harbour News</title>
  <entry>
    <title type="html">Talks &lt;em&gt;resume&lt;/em&gt;</title>
    <link rel="self" href="https://harbour.example/api/1"/>
    <link rel="alternate" type="text/html" href="https://harbour.example/talks"/>
    <id>urn:uuid:1225c695</id>
    <updated>2023-01-02T12:00:00Z</updated>
    <published>2023-01-01T09:00:00-05:00</published>
    <content type="html">&lt;p&gt;Envoys met in Oslo.&lt;/p&gt;&lt;p&gt;A deal is near.&lt;/p&gt;</content>
  </entry>
  <entry xml:lang="fr">
    <title>Deuxième</title>
    <link href="https://harbour.example/fr"/>
    <updated>2023-01-03</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Un <b>texte</b> riche.</p><p>Fin.</p></div></content>
  </entry>
  <entry>
    <title>Summary only</title>
    <summary>Plain summary &amp; nothing else.</summary>
  </entry>
</feed>
)";

TEST(ParseFeed, Atom) {
  StatusOr<std::vector<Document>> docs = ParseFeed(kAtom, "harbour.atom");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 3u);
  const Document& a = (*docs)[0];
  EXPECT_EQ(a.title, "Talks resume");
  EXPECT_EQ(a.url, "https://harbour.example/talks");
  EXPECT_EQ(a.id, "urn:uuid:1225c695");
  EXPECT_EQ(a.published, "2023-01-01T09:00:00-05:00");
  EXPECT_EQ(a.text, "Envoys met in Oslo.\n\nA deal is near.");
  EXPECT_EQ(a.language, "en");
  const Document& b = (*docs)[1];
  EXPECT_EQ(b.id, "https://harbour.example/fr");
  EXPECT_EQ(b.published, "2023-01-03");
  EXPECT_EQ(b.text, "Un texte riche.\n\nFin.");
  EXPECT_EQ(b.language, "fr");
  const Document& c = (*docs)[2];
  EXPECT_EQ(c.id, "harbour.atom#3");
  EXPECT_EQ(c.text, "Plain summary & nothing else.");
}

TEST(ParseFeed, RssOneRdf) {
  StatusOr<std::vector<Document>> docs = ParseFeed(
      R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/"><channel><title>C</title></channel>
         <item><title>T</title><link>https://r.example/1</link>
         <description>Body text.</description></item></rdf:RDF>)",
      "r.rdf");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].text, "Body text.");
}

TEST(ParseFeed, Errors) {
  const struct {
    const char* xml;
    const char* message_part;
  } cases[] = {
      {"<rss><channel><title>Empty</title></channel></rss>",
       "feed has no items"},
      {"<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>",
       "feed has no items"},
      {"<rss><channel>\n<item><title>x</title></channel></rss>",
       "malformed XML at byte"},
      {"<rss><channel>\n<item><title>x</title></channel></rss>", "(line 2)"},
      {"not xml at all", "malformed XML"},
      {"", "malformed XML"},
      {"<html><body><p>A page</p></body></html>", "not an RSS or Atom feed"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.xml);
    StatusOr<std::vector<Document>> docs = ParseFeed(c.xml, "bad.xml");
    ASSERT_FALSE(docs.ok());
    EXPECT_EQ(docs.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(docs.status().message().find(c.message_part), std::string::npos)
        << docs.status().message();
  }
}

TEST(ParseFeed, AllItemsEmptyIsNotAFeedError) {
  std::vector<InputError> errors;
  StatusOr<std::vector<Document>> docs = ParseFeed(
      "<rss><channel><item><title>a</title></item><item/></channel></rss>",
      "e.xml", &errors);
  ASSERT_TRUE(docs.ok());
  EXPECT_TRUE(docs->empty());
  EXPECT_EQ(errors.size(), 2u);
}

}  // namespace
}  // namespace tocsin
