#include "searcher/terminal.hh"

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
}
