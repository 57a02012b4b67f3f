#include "indexer/progress_line.hh"

#include <doctest/doctest.h>

using namespace news;

TEST_SUITE("progress_line") {
  TEST_CASE("the time left is the bytes left at the rate of the bytes so far") {
    const Progress half{8u << 20, 16u << 20, 0, 1, 5000};
    CHECK(seconds_left(half, 5.0) == doctest::Approx(5.0));
    CHECK(progress_line("add", half, 5.0) ==
          "add: 8.0 of 16.0 MB (50%), 0/1 files, 1000 articles/s, about 5 s left");
  }

  TEST_CASE("bug: a mixed run's estimate counted files, not their bytes") {
    // Nine small files done of ten, the tenth as large as the nine: half the
    // bytes are read, so half the time is left (files said a ninth).
    const Progress mixed{9000, 18000, 9, 10, 9};
    CHECK(seconds_left(mixed, 1.0) == doctest::Approx(1.0));
  }

  TEST_CASE("no estimate before a byte is read, none left when all are") {
    const Progress none{0, 1000, 0, 3, 0};
    CHECK(seconds_left(none, 2.0) < 0);
    CHECK(progress_line("sync", none, 0.0) == "sync: 0.0 of 0.0 MB (0%), 0/3 files, 0 articles/s");
    const Progress done{1000, 1000, 3, 3, 30};
    CHECK(seconds_left(done, 2.0) == 0);
    const Progress nothing_to_read{0, 0, 2, 2, 0};
    CHECK(progress_line("add", nothing_to_read, 1.0) ==
          "add: 0.0 of 0.0 MB (100%), 2/2 files, 0 articles/s");
  }
}
