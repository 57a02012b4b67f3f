#include "indexer/readers/feed.hh"

#include <doctest/doctest.h>

using namespace news;

TEST_SUITE("feed") {
  TEST_CASE("RSS 2.0 items") {
    const std::string rss = R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Gazette</title><language>en</language>
<item><title>One</title><link>https://g/1</link><guid>g-1</guid>
<pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate><dc:creator>Sam</dc:creator>
<description>Short.</description><content:encoded><![CDATA[<p>Full <b>text</b>.</p><p>More.</p>]]></content:encoded></item>
<item><title>Two</title><link>https://g/2</link><pubDate>whenever</pubDate>
<description>&lt;p&gt;Escaped &amp;amp; HTML.&lt;/p&gt;</description></item>
<item><title></title><description></description></item>
</channel></rss>)";
    ParsedFile out;
    read_feed(rss, out);
    CHECK(feed_format_name(rss) == "rss");
    REQUIRE(out.articles.size() == 2);
    const Article& one = out.articles[0];
    CHECK(one.id == "g-1");
    CHECK(one.title == "One");
    CHECK(one.url == "https://g/1");
    CHECK(one.author == "Sam");
    CHECK(one.body == "Full text.\nMore.");
    CHECK(one.source == "Gazette");
    CHECK(one.language == "en");
    CHECK(one.record == 1u);
    REQUIRE(one.date);
    CHECK(format_iso8601(*one.date) == "2024-05-06T09:00:00Z");
    const Article& two = out.articles[1];
    CHECK(two.id.empty()); // analyse_article falls back to the URL
    CHECK(two.body == "Escaped & HTML.");
    CHECK_FALSE(two.date);
    REQUIRE(out.problems.size() == 2);
    CHECK(out.problems[0].record == 2u);
    CHECK(out.problems[0].message.find("\"whenever\"") != std::string::npos);
    CHECK(out.problems[1].record == 3u);
    CHECK(out.problems[1].severity == Problem::Severity::Warning);
  }

  TEST_CASE("Atom entries") {
    const std::string atom = R"(<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>Updates</title>
<entry><title type="html">A &lt;b&gt;bold&lt;/b&gt; title</title>
<link rel="self" href="https://u/self"/><link rel="alternate" href="https://u/1"/>
<id>urn:1</id><published>2024-06-01T08:00:00Z</published><updated>2024-06-02T08:00:00Z</updated>
<author><name>Kim</name></author><author><name>Lee</name></author>
<summary>Sum.</summary><content type="html">&lt;p&gt;Body.&lt;/p&gt;</content></entry>
<entry><title>Two</title><link href="https://u/2"/><id>urn:2</id><updated>2024-06-03T00:00:00Z</updated>
<summary>Only summary.</summary></entry>
</feed>)";
    ParsedFile out;
    read_feed(atom, out);
    CHECK(feed_format_name(atom) == "atom");
    REQUIRE(out.articles.size() == 2);
    CHECK(out.articles[0].title == "A bold title");
    CHECK(out.articles[0].url == "https://u/1");
    CHECK(out.articles[0].id == "urn:1");
    CHECK(out.articles[0].author == "Kim, Lee");
    CHECK(out.articles[0].body == "Body.");
    CHECK(out.articles[0].language == "de");
    CHECK(out.articles[0].source == "Updates");
    CHECK(format_day(*out.articles[0].date) == "2024-06-01");
    CHECK(out.articles[1].body == "Only summary.");
    CHECK(format_day(*out.articles[1].date) == "2024-06-03");
    CHECK(out.problems.empty());
  }

  TEST_CASE("feed detection by root element") {
    CHECK(looks_like_feed("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"));
    CHECK(looks_like_feed("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    CHECK(looks_like_feed("<rdf:RDF xmlns:rdf=\"x\">"));
    CHECK_FALSE(looks_like_feed("<html><body>rss feeds</body></html>"));
    CHECK_FALSE(looks_like_feed("<feedback>"));
  }

  TEST_CASE("bug: named HTML entities are dropped in feeds, & in URLs mangled") {
    const std::string rss = R"(<?xml version="1.0"?>
<rss version="2.0"><channel><title>Caf&eacute; news</title>
<item><title>testing &aacute; entity</title><link>https://n/?a=1&b=2&c</link>
<description>It&rsquo;s here &mdash; caf&eacute; &amp; bar &#233;. &lt;p&gt;Cr&amp;egrave;me&lt;/p&gt;</description>
</item>
<item><title>Raw &lt;Sidro SA&gt; buys</title>
<description>&lt;p&gt;Sold to &lt;Sidro SA&gt; of Belgium &amp;amp; more.&lt;/p&gt;</description>
</item>
<item><title><![CDATA[Kept &aacute; as written]]></title>
<description><![CDATA[<p>D&eacute;j&agrave; vu</p>]]></description></item>
</channel></rss>)";
    ParsedFile out;
    read_feed(rss, out);
    REQUIRE(out.articles.size() == 3);
    CHECK(out.articles[0].source == "Café news");
    CHECK(out.articles[0].title == "testing á entity");
    CHECK(out.articles[0].url == "https://n/?a=1&b=2&c");
    CHECK(out.articles[0].body == "It’s here — café & bar é.\nCrème");
    CHECK(out.articles[1].title == "Raw <Sidro SA> buys");
    CHECK(out.articles[1].body == "Sold to <Sidro SA> of Belgium & more.");
    CHECK(out.articles[2].title == "Kept á as written");
    CHECK(out.articles[2].body == "Déjà vu");
    CHECK(out.problems.empty());
  }
}
