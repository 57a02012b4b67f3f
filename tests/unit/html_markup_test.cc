#include "indexer/readers/html_markup.hh"

#include <doctest/doctest.h>

#include "indexer/readers/html_text.hh"

using namespace news;

TEST_SUITE("html_markup") {
  TEST_CASE("HTML is told by its element names, not by angle brackets") {
    CHECK(looks_like_html("<p>One</p>"));
    CHECK(looks_like_html("a<br>b"));
    CHECK(looks_like_html("a<BR/>b"));
    CHECK(looks_like_html("see <a href=\"https://x/?a=1&b=2\">this</a>"));
    CHECK(looks_like_html("<P>Old style</P>"));
    CHECK(looks_like_html("text <!-- a comment -->"));
    CHECK(looks_like_html("<img src=x>"));
    CHECK(looks_like_html("<video controls>"));
    CHECK(looks_like_html("Word's <o:p></o:p>"));
    CHECK_FALSE(looks_like_html("holding in <New London Oil\nLtd> of London"));
    CHECK_FALSE(looks_like_html("<Video Display Corp> said"));
    CHECK_FALSE(looks_like_html("Sears Roebuck <S> and <DD> rose"));
    CHECK_FALSE(looks_like_html("Entertainment Marketing Inc <em> offer"));
    CHECK_FALSE(looks_like_html("<A/S Dampskibsselskabet Torm>"));
    CHECK_FALSE(looks_like_html("a < b and c > d"));
    CHECK_FALSE(looks_like_html("AT&T and S&P"));
  }

  TEST_CASE("character references in text without tags are decoded, its lines kept") {
    CHECK(decode_references("caf&eacute;\n&#233;&#xE9;&#x1F600; &amp;nbsp;") == "café\néé😀 &nbsp;");
    CHECK(decode_references("S&P 500; AT&T; &notanentity; &#; &#0; &#xD800; &#99999999999;") ==
          "S&P 500; AT&T; &notanentity; &#; \uFFFD \uFFFD \uFFFD");
    CHECK(markup_to_text("One &mdash; a\n\nTwo <Sidro SA>") == "One — a\n\nTwo <Sidro SA>");
  }

  TEST_CASE("bug: text in angle brackets inside HTML is dropped") {
    CHECK(escape_text_brackets("<p>sold to <Sidro SA> of Belgium</p>") ==
          "<p>sold to &lt;Sidro SA> of Belgium</p>");
    CHECK(escape_text_brackets("<b>x</b> a<b <!-- <c> --> <br/>") ==
          "<b>x</b> a&lt;b <!-- <c> --> <br/>");
    CHECK(escape_text_brackets("<a title=\"<Sidro SA>\">x</a>") == "<a title=\"<Sidro SA>\">x</a>");
    CHECK(html_fragment_to_text("<p>majority holding in <New London Oil\nLtd> of London to "
                                "<Sidro SA>, <S> and <em>.</p><p>Next.</p>") ==
          "majority holding in <New London Oil Ltd> of London to <Sidro SA>, <S> and <em>.\n"
          "Next.");
    CHECK(html_fragment_to_text("<div>S&P rose &amp; AT&T fell <b>1%</b></div>") ==
          "S&P rose & AT&T fell 1%");
  }

  TEST_CASE("an unclosed quote costs no more than one pass") {
    std::string text;
    for (int i = 0; i < 20000; ++i)
      text += "<a href=\"x ";
    CHECK(looks_like_html(text) == false);
    CHECK(escape_text_brackets(text).size() == text.size() + 3 * 20000);
  }

  TEST_CASE("bug: named HTML entities in XML are dropped") {
    CHECK(xml_with_html_references("<t>testing &aacute; &rsquo;&mdash;&eacute;</t>") ==
          "<t>testing &#225; &#8217;&#8212;&#233;</t>");
    CHECK(xml_with_html_references("<l>https://x/?a=1&b=2&c</l>") ==
          "<l>https://x/?a=1&amp;b=2&amp;c</l>");
    CHECK(xml_with_html_references("<l a='&x'>&</l>") == "<l a='&amp;x'>&amp;</l>");
    // XML's own references, numeric ones, declared names, CDATA and comments stay.
    CHECK_FALSE(xml_with_html_references(
        "<!DOCTYPE t [<!ENTITY mine \"&#233;\">]><t>&amp;&lt;&gt;&quot;&apos;&#233;&#xE9;&mine;"
        "<![CDATA[&aacute; & ]]><!-- & --></t>"));
    CHECK(xml_with_html_references("<t>&#;&#x;</t>") == "<t>&amp;#;&amp;#x;</t>");
  }
}
