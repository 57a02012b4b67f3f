#include "common/boilerplate.hh"

#include <doctest/doctest.h>

using namespace news;

TEST_SUITE("boilerplate") {
  TEST_CASE("trailers at the end are removed") {
    CHECK(strip_boilerplate("Body text.\nREAD ALSO: Arnaud Fostier Promoted To Partner") ==
          "Body text.");
    CHECK(strip_boilerplate("Body.\n\nRead more: other story\nRelated: more\n\n") == "Body.");
    CHECK(strip_boilerplate("Body.\nSubscribe to our newsletter\nShare this article") == "Body.");
    CHECK(strip_boilerplate("Body.\nAdvertisement") == "Body.");
    CHECK(strip_boilerplate("Body.\nRelated") == "Body.");
    CHECK(strip_boilerplate("Body.\nSign up for our daily briefing") == "Body.");
    CHECK(strip_boilerplate("Body.\n REUTER\n") == "Body."); // newswire sign-off
  }

  TEST_CASE("the article's own sentences stay") {
    CHECK(strip_boilerplate("Body.\nRelated talks resume today.") ==
          "Body.\nRelated talks resume today.");
    CHECK(strip_boilerplate("Body.\nReuters reported the figures") ==
          "Body.\nReuters reported the figures");
    CHECK(strip_boilerplate("Readers said the plan would fail.") ==
          "Readers said the plan would fail.");
    CHECK(strip_boilerplate("Relatedness is a concept.\nEnd") == "Relatedness is a concept.\nEnd");
    // A furniture start inside the text is not a trailer.
    CHECK(strip_boilerplate("Read more: this.\nThe article goes on.") ==
          "Read more: this.\nThe article goes on.");
  }

  TEST_CASE("a lone Advertisement line is removed anywhere") {
    CHECK(strip_boilerplate("One.\nAdvertisement\nTwo.") == "One.\nTwo.");
    CHECK(strip_boilerplate("One.\nADVERTISEMENT:\nTwo.") == "One.\nTwo.");
  }

  TEST_CASE("furniture lines") {
    CHECK(is_furniture_line("  READ ALSO: x "));
    CHECK(is_furniture_line("Follow us on social media"));
    CHECK_FALSE(is_furniture_line("Follow-up talks are planned."));
    CHECK_FALSE(is_furniture_line(""));
  }
}
