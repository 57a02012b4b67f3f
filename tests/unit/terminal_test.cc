#include "searcher/terminal.hh"

#include <algorithm>

#include <doctest/doctest.h>

#include "searcher/snippet.hh"

using namespace news;

TEST_SUITE("terminal") {
  TEST_CASE("display width counts characters, not bytes or marks") {
    CHECK(display_width("abc") == 3);
    CHECK(display_width("Zürich…") == 7);
    CHECK(display_width(std::string("a") + kHighlightStart + "b" + kHighlightEnd) == 2);
  }

  TEST_CASE("truncation ends in an ellipsis and closes a highlight") {
    CHECK(truncate_to("short", 10) == "short");
    CHECK(truncate_to("a longer title", 8) == "a longe…");
    CHECK(display_width(truncate_to("Zürich Zürich Zürich", 10)) == 10);
    const std::string marked = std::string("ab") + kHighlightStart + "cdefgh" + kHighlightEnd;
    CHECK(truncate_to(marked, 5) ==
          std::string("ab") + kHighlightStart + "cd" + kHighlightEnd + "…");
  }

  TEST_CASE("wrapping keeps lines within the width and marks a cut") {
    const auto lines = wrap("one two three four five six seven eight nine ten", 14, 10);
    REQUIRE(lines.size() >= 3); // the loop below checks something
    for (const std::string& line : lines)
      CHECK(display_width(line) <= 14);
    CHECK(lines.front() == "one two three");
    const auto cut = wrap("one two three four five six seven eight nine ten", 14, 2);
    REQUIRE(cut.size() == 2);
    CHECK(cut.back().ends_with("…"));
  }

  TEST_CASE("Chinese and Japanese characters take two columns, marks none") {
    CHECK(display_width("北京") == 4);
    CHECK(display_width("東京タワー") == 10);
    CHECK(display_width("ｶﾀｶﾅ") == 4);         // half-width katakana: one column each
    CHECK(display_width("\uFF21\uFF22") == 4); // full-width Latin
    CHECK(display_width("e\u0301") == 1);      // a combining accent adds none
    CHECK(display_width("서울") == 4);
    CHECK(display_width("שלום") == 4); // right-to-left: one column a letter
    CHECK(character_width('a') == 1);
    CHECK(character_width(0x200D) == 0); // zero-width joiner
  }

  TEST_CASE("CJK text is cut and padded by columns, never inside a character") {
    const std::string title = "德国总理周二抵达北京进行为期两天的访问";
    const std::string cut = truncate_to(title, 11);
    CHECK(display_width(cut) <= 11);
    CHECK(cut == "德国总理周…"); // 5 characters (10 columns) and the ellipsis
    CHECK(display_width(truncate_to(title, 12)) == 11); // a wide character does not fit in 1
    CHECK(pad_to("北京", 6) == "北京  ");
    CHECK(display_width(pad_to(title, 20)) == 20);
    CHECK(display_width(pad_to("abc", 5)) == 5);
  }

  TEST_CASE("CJK text without spaces wraps between characters, highlights kept") {
    const std::string text = std::string("路透社报道：") + kHighlightStart + "德国总理" +
                             kHighlightEnd +
                             "周二抵达北京，与中国领导人举行会谈，讨论贸易和气候问题。";
    const auto lines = wrap(text, 20, 10);
    REQUIRE(lines.size() >= 3);
    std::string joined;
    for (const std::string& line : lines) {
      CHECK(display_width(line) <= 20);
      CHECK(std::count(line.begin(), line.end(), kHighlightStart) ==
            std::count(line.begin(), line.end(), kHighlightEnd));
      joined += line;
    }
    std::string plain;
    for (char c : joined)
      if (c != kHighlightStart && c != kHighlightEnd) plain += c;
    CHECK(plain == "路透社报道：德国总理周二抵达北京，与中国领导人举行会谈，讨论贸易和气候问题。");
    CHECK(display_width(lines.front()) == 20); // the first line is filled
    const auto cut = wrap(text, 20, 2);
    REQUIRE(cut.size() == 2);
    CHECK(cut.back().ends_with("…"));
    CHECK(display_width(cut.back()) <= 20);
    // A highlighted run cut at the end of a line is closed there and opened again.
    const auto marked =
        wrap(std::string(1, kHighlightStart) + "一二三四五六七八九十" + kHighlightEnd, 10, 5);
    REQUIRE(marked.size() == 2);
    CHECK(marked[0] == std::string(1, kHighlightStart) + "一二三四五" + kHighlightEnd);
    CHECK(marked[1] == std::string(1, kHighlightStart) + "六七八九十" + kHighlightEnd);
  }
}
