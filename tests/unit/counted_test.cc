#include "common/counted.hh"

#include <doctest/doctest.h>

using namespace news;

TEST_SUITE("counted") {
  TEST_CASE("one takes the singular, every other count the plural") {
    CHECK(counted(1, "article") == "1 article");
    CHECK(counted(0, "article") == "0 articles");
    CHECK(counted(2, "file") == "2 files");
    CHECK(counted(21578, "article") == "21578 articles");
    CHECK(noun_for(1, "file") == "file");
    CHECK(noun_for(11, "file") == "files");
  }
}
