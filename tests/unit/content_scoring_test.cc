#include "indexer/readers/content_scoring.hh"

#include <doctest/doctest.h>
#include <libxml/tree.h>

#include "indexer/readers/content_hints.hh"
#include "indexer/readers/content_text.hh"
#include "indexer/readers/html_page.hh"
#include "indexer/readers/html_text.hh"

using namespace news;

namespace {

// A paragraph of prose of about 300 characters, with commas.
std::string prose(const std::string& word) {
  std::string p = "<p>";
  for (int i = 0; i < 6; ++i)
    p += "The " + word + " council met on Tuesday, and after a long debate, it voted. ";
  return p + "</p>";
}

const xmlNode* find_by_id(const xmlNode* node, const std::string& id) {
  for (; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (attribute(node, "id") == id) return node;
    if (const xmlNode* found = find_by_id(node->children, id)) return found;
  }
  return nullptr;
}

struct Scored {
  HtmlDocument doc;
  const xmlNode* body;
  ContentChoice choice;
  std::string text;
};

Scored score(const std::string& html, const std::string& title = "") {
  HtmlDocument doc = parse_html(html);
  REQUIRE(doc);
  const xmlNode* body = find_by_id(xmlDocGetRootElement(doc.get()), "root");
  REQUIRE(body != nullptr);
  const PageStats stats(body);
  ContentChoice choice = choose_content(body, stats);
  std::string text = choice.best ? content_text(choice, stats, title) : std::string();
  return {std::move(doc), body, std::move(choice), std::move(text)};
}

std::string id_of(const xmlNode* node) { return node == nullptr ? "" : attribute(node, "id"); }

} // namespace

TEST_SUITE("content_scoring") {
  TEST_CASE("text is counted without spaces, links and hidden furniture apart") {
    HtmlDocument doc =
        parse_html("<html><body id=root><p>ab, c <a href=x>de</a></p>"
                   "<script>var x = 1;</script><div hidden>secret</div></body></html>");
    const xmlNode* body = find_by_id(xmlDocGetRootElement(doc.get()), "root");
    const PageStats stats(body);
    CHECK(stats.of(body).chars == 6); // "ab,cde"
    CHECK(stats.of(body).link_chars == 2);
    CHECK(stats.of(body).commas == 1);
    CHECK(stats.of(body).has_block);
  }

  TEST_CASE("the story wins over a teaser <article> before it") {
    Scored s = score("<html><body id=root><article id=teaser><p>See also: a story elsewhere on "
                     "the site today</p></article><div id=story>" +
                     prose("city") + prose("town") + prose("county") + "</div></body></html>");
    CHECK(id_of(s.choice.best) == "story");
    REQUIRE(s.choice.ranked.size() >= 2);
    CHECK(s.choice.ranked[0].score > s.choice.ranked[1].score);
  }

  TEST_CASE("several <article>s are chosen among by score") {
    Scored s =
        score("<html><body id=root><article id=a>" + prose("one") + "</article><article id=b>" +
              prose("two") + prose("three") + prose("four") + "</article></body></html>");
    CHECK(id_of(s.choice.best) == "b");
  }

  TEST_CASE("class and id hints: a comment thread longer than the story does not win") {
    Scored s = score("<html><body id=root><div id=main-story class=story-body>" + prose("story") +
                     prose("more") + "</div><div id=comments class=comment-list>" +
                     prose("reader") + prose("reader") + prose("reader") + "</div></body></html>");
    CHECK(id_of(s.choice.best) == "main-story");
    CHECK(class_weight(find_by_id(s.body, "comments")) < 0);
    CHECK(class_weight(find_by_id(s.body, "main-story")) > 0);
  }

  TEST_CASE("a heading's slug as id says nothing: sharing-with-a-single-developer") {
    HtmlDocument doc = parse_html("<html><body><div id=sharing-with-a-single-developer "
                                  "class=section>x</div><div id=share>y</div></body></html>");
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    CHECK(class_weight(find_by_id(root, "sharing-with-a-single-developer")) == 0);
    CHECK(class_weight(find_by_id(root, "share")) < 0);
  }

  TEST_CASE("a responsive layout's hidden-xs column is not furniture, what is hidden is") {
    HtmlDocument doc = parse_html("<html><body><div id=col class='story-body hidden-xs'>x</div>"
                                  "<div id=gone hidden>y</div></body></html>");
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    CHECK(class_weight(find_by_id(root, "col")) > 0);
    CHECK_FALSE(is_hidden(find_by_id(root, "col")));
    CHECK(is_hidden(find_by_id(root, "gone")));
  }

  TEST_CASE("a story split over wrapped blocks is taken whole") {
    std::string blocks;
    for (const char* word : {"first", "second", "third", "fourth"})
      blocks += std::string("<div class=wrap><div class=inner>") + prose(word) + "</div></div>";
    Scored s = score("<html><body id=root><div id=holder>" + blocks +
                     "</div><div id=menu><a href=1>Home</a></div></body></html>");
    CHECK(id_of(s.choice.best) == "holder");
    for (const char* word : {"first", "second", "third", "fourth"})
      CHECK(s.text.find(std::string("The ") + word + " council") != std::string::npos);
  }

  TEST_CASE("sections of a story, each in wrappers of its own, join the largest") {
    Scored s = score("<html><body id=root><article><section class=part><div class=wrap><div "
                     "class=text>" +
                     prose("first") + prose("first") + prose("first") +
                     "</div></div></section><section class=part><div class=wrap><div class=text>" +
                     prose("second") + "</div></div></section></article></body></html>");
    REQUIRE(s.choice.best != nullptr);
    CHECK(attribute(s.choice.best, "class") == "part"); // up through the wrappers
    CHECK(attribute(s.choice.scored, "class") == "text");
    CHECK(s.text.find("The first council") != std::string::npos);
    CHECK(s.text.find("The second council") != std::string::npos);
  }

  TEST_CASE("siblings of prose join the best, subheads between them are kept") {
    Scored s =
        score("<html><body id=root><div id=lead>" + prose("lead") + prose("lead") +
              "</div><h2>What comes next</h2>" + prose("sibling") +
              "<div id=links><a href=1>Sports</a> <a href=2>Weather</a></div></body></html>");
    CHECK(s.choice.parts.size() == 3);
    CHECK(s.text.find("What comes next") != std::string::npos);
    CHECK(s.text.find("The sibling council") != std::string::npos);
    CHECK(s.text.find("Sports") == std::string::npos);
  }

  TEST_CASE("inside the story: captions, bylines, link lists, prompts, hidden and the headline "
            "left out, lists and quotes kept") {
    Scored s = score(
        "<html><body id=root><div id=story><h1>Council votes</h1><div class=byline>By Jane "
        "Doe</div>" +
            prose("city") + "<figure><img src=x><figcaption>A photo</figcaption></figure>" +
            "<p class=wp-caption-text>Credit: Agency</p><ul><li>One point made at length here</li>"
            "<li>Another point made at length</li></ul><blockquote>We will act, she "
            "said.</blockquote>"
            "<ul class=most-popular><li><a href=1>Popular one</a></li><li><a href=2>Popular "
            "two</a></li></ul><p><a href=3>Read more: another story</a></p>"
            "<div style='display: none'>Hidden text</div><p>Sign up for our newsletter</p>" +
            prose("town") + "</div></body></html>",
        "Council votes");
    CHECK(s.text.find("The city council") != std::string::npos);
    CHECK(s.text.find("One point made") != std::string::npos);
    CHECK(s.text.find("We will act") != std::string::npos);
    for (const char* gone : {"Council votes", "Jane Doe", "A photo", "Credit", "Popular",
                             "Read more", "Hidden", "Sign up"})
      CHECK_MESSAGE(s.text.find(gone) == std::string::npos, gone);
  }

  TEST_CASE("no paragraph of text: nothing is chosen") {
    Scored s = score("<html><body id=root><div>Short.</div></body></html>");
    CHECK(s.choice.best == nullptr);
  }

  TEST_CASE("--explain names the chosen element and the runners-up with their scores") {
    const std::string explained = explain_html_page(
        "<html><body><div id=story class=post-body>" + prose("a") + prose("b") +
        "</div><div id=side class=sidebar>" + prose("c") + "</div></body></html>");
    CHECK(explained.starts_with("chosen:\n"));
    CHECK(explained.find("div#story.post-body") < explained.find("runners-up:"));
    CHECK(explained.find("div#side.sidebar") > explained.find("runners-up:"));
    CHECK(explain_html_page("<html><body><p>x</p></body></html>").starts_with("no paragraph"));
  }

  TEST_CASE("same_headline ignores case, spaces and punctuation") {
    CHECK(same_headline("Council votes!", "council  votes"));
    CHECK_FALSE(same_headline("Council votes", "Council vetoes"));
    CHECK_FALSE(same_headline("", ""));
  }
}
