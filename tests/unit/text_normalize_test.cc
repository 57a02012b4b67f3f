#include "common/text_normalize.hh"

#include <doctest/doctest.h>

#include "common/utf8.hh"

using namespace news;

TEST_SUITE("text_normalize") {
  TEST_CASE("diacritics fold to base letters, case is kept") {
    CHECK(fold_for_search("Zürich café") == "Zurich cafe");
    CHECK(fold_for_search("Kraków, Łódź, Ørsted") == "Krakow, Lodz, Orsted");
    CHECK(fold_for_search("Straße Œuvre æther") == "Strasse OEuvre aether");
    CHECK(fold_for_search("Vinícius Júnior") == "Vinicius Junior");
  }

  TEST_CASE("typographic quotes become ASCII, other text is unchanged") {
    CHECK(fold_for_search("Putin\xE2\x80\x99s \xE2\x80\x9Cno-limits\xE2\x80\x9D") ==
          "Putin's \"no-limits\"");
    CHECK(fold_for_search("a\xC2\xA0"
                          "b") == "a b");
    CHECK(fold_for_search("Москва 北京 — 2024") == "Москва 北京 — 2024");
    CHECK(fold_for_search("") == "");
  }

  TEST_CASE("Russian ё is е, capital or not; other Cyrillic is kept") {
    CHECK(fold_for_search("ещё Ёлка") == "еще Елка");
    CHECK(fold_punctuation("ещё") == "ещё");
  }

  TEST_CASE("Windows-1252 decoding") {
    CHECK(windows1252_to_utf8("caf\xE9") == "café");
    CHECK(windows1252_to_utf8("\x93quoted\x94 \x80 5") == "“quoted” € 5");
    CHECK(is_valid_utf8(windows1252_to_utf8("\x81\x8D\xFF")));
  }
}
