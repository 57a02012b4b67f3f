#include "indexer/readers/body_text.hh"

#include <doctest/doctest.h>

using namespace news;

TEST_SUITE("body_text") {
  TEST_CASE("one paragraph per line, spaces collapsed") {
    CHECK(tidy_body("  First  line.\n\n\tSecond\tline. \n") == "First line.\nSecond line.");
  }

  TEST_CASE("hard-wrapped newswire text is re-flowed at indented lines") {
    CHECK(
        tidy_body("Showers continued throughout\nthe week in the zone,\nalleviating the drought.\n"
                  "    The dry period means\nthe crop will be late.\n") ==
        "Showers continued throughout the week in the zone, alleviating the drought.\n"
        "The dry period means the crop will be late.");
  }

  TEST_CASE("long lines are paragraphs already") {
    const std::string a(90, 'a'), b(90, 'b'), c(90, 'c'), d(90, 'd');
    CHECK(tidy_body(a + "\n" + b + "\n" + c + "\n" + d) == a + "\n" + b + "\n" + c + "\n" + d);
  }

  TEST_CASE("furniture goes before re-flowing") {
    CHECK(tidy_body("Line one\nline two\nline three\nline four.\nREAD ALSO: other") ==
          "Line one line two line three line four.");
  }

  TEST_CASE("collapse_spaces") {
    CHECK(collapse_spaces("  a \n b\t\tc  ") == "a b c");
    CHECK(collapse_spaces("") == "");
  }
}
