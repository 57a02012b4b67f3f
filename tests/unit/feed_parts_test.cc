// The pieces of the feed reader: author names, base64, and their bounds on hostile input.
#include <doctest/doctest.h>

#include "indexer/readers/base64.hh"
#include "indexer/readers/feed.hh"
#include "indexer/readers/feed_author.hh"
#include "indexer/readers/feed_links.hh"

using namespace news;

TEST_SUITE("feed parts") {
  TEST_CASE("an author's name without the email beside it") {
    struct Case {
      const char* written;
      const char* name;
    };
    const Case cases[] = {
        {"Example editor (me@example.com)", "Example editor"},
        {"me@example.com (Example editor)", "Example editor"},
        {"Example editor <me@example.com>", "Example editor"},
        {"  Example   editor  (me@example.com) ", "Example editor"},
        {"Example editor (mailto:me@example.com)", "Example editor"},
        {"first.last+news@mail.example.co.uk (First Last)", "First Last"},
        {"me@example.com", "me@example.com"},
        {"(me@example.com)", "(me@example.com)"},
        {"Sam Ortiz", "Sam Ortiz"},
        {"Sam @ the desk", "Sam @ the desk"}, // no email
        {"", ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.written);
      CHECK(author_name(c.written) == c.name);
    }
  }

  TEST_CASE("base64 decodes, white space skipped, other characters refused") {
    CHECK(decode_base64("aGVsbG8=") == "hello");
    CHECK(decode_base64("aGVs\n  bG8gd29y\r\nbGQ=") == "hello world");
    CHECK(decode_base64("aGk") == "hi"); // padding may be left out
    CHECK(decode_base64("") == "");
    CHECK_FALSE(decode_base64("aGVs*bG8="));
    CHECK_FALSE(decode_base64("<p>not base64</p>"));
  }

  TEST_CASE("hostile feeds stay bounded: huge xml:base, nested brackets, large base64") {
    // A 1 MB xml:base on the channel, and 2,000 items with relative links:
    // the base is no URL and is ignored, not copied into each item.
    std::string rss = "<rss version=\"2.0\"><channel xml:base=\"https://b.example/" +
                      std::string(1 << 20, 'x') + "/\"><title>T</title>";
    for (int i = 0; i < 2000; ++i)
      rss += "<item><title>t</title><link>a/" + std::to_string(i) + "</link></item>";
    rss += "</channel></rss>";
    ParsedFile out;
    read_feed(rss, out);
    REQUIRE(out.articles.size() == 2000);
    CHECK(out.articles[7].url == "a/7");
    CHECK(kMaxBaseLength < (1u << 20));

    // An author email in 100,000 nested brackets: one pass.
    const std::string nested = std::string(100000, '(') + "a@b.example" + std::string(100000, ')');
    CHECK(author_name(nested) == nested);
    CHECK(author_name("Name " + nested) == "Name");

    // 4 MB of base64 content decodes in one pass.
    std::string encoded;
    for (int i = 0; i < (1 << 20); ++i)
      encoded += "YWJj"; // "abc"
    const std::string atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>t</title>"
                             "<content type=\"application/octet-stream\">" +
                             encoded + "</content></entry></feed>";
    ParsedFile big;
    read_feed(atom, big);
    REQUIRE(big.articles.size() == 1);
    CHECK(big.articles[0].body.size() == 3u << 20);
  }
}
