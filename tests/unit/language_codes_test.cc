#include "common/language_codes.hh"

#include <doctest/doctest.h>

using news::language_named;
using news::language_tag_code;

TEST_SUITE("language codes") {
  TEST_CASE("declared tags become bare codes") {
    CHECK(language_tag_code("en-US") == "en");
    CHECK(language_tag_code("EN_gb") == "en");
    CHECK(language_tag_code("fr") == "fr");
    CHECK(language_tag_code("zh-Hant") == "zh");
    CHECK(language_tag_code("iw") == "he");
    CHECK(language_tag_code("english").empty());
    CHECK(language_tag_code("e").empty());
    CHECK(language_tag_code("und").empty());
    CHECK(language_tag_code("").empty());
  }

  TEST_CASE("a three-letter code is the two-letter one where ISO 639-1 has it") {
    CHECK(language_tag_code("deu") == "de");
    CHECK(language_tag_code("ger") == "de"); // the bibliographic code
    CHECK(language_tag_code("eng-GB") == "en");
    CHECK(language_tag_code("rus") == "ru");
    CHECK(language_tag_code("haw") == "haw"); // Hawaiian has no two-letter code
  }

  TEST_CASE("bug: a language named otherwise than by its bare code was no language") {
    // `--lang DE`, `--lang de-AT` and `lang:german` searched without stems.
    CHECK(language_named("de") == "de");
    CHECK(language_named("DE") == "de");
    CHECK(language_named("de-AT") == "de");
    CHECK(language_named("deu") == "de");
    CHECK(language_named("German") == "de");
    CHECK(language_named("german") == "de");
    CHECK(language_named("Deutsch") == "de");
    CHECK(language_named("русский") == "ru");
    CHECK(language_named("РУССКИЙ") == "ru");
    CHECK(language_named("français") == "fr");
    CHECK(language_named("Francais") == "fr"); // a query's text has its accents folded
    CHECK(language_named("Español") == "es");
    CHECK(language_named("Japanese") == "ja");
    CHECK(language_named("日本語") == "ja");
    CHECK(language_named("iw") == "he");
  }

  TEST_CASE("what names no language is refused") {
    CHECK_FALSE(language_named("xx"));
    CHECK_FALSE(language_named("zz"));
    CHECK_FALSE(language_named("martian"));
    CHECK(language_named("klingon") == "tlh"); // ICU knows it
    CHECK_FALSE(language_named("und"));
    CHECK_FALSE(language_named(""));
    CHECK_FALSE(language_named("de de"));
    CHECK_FALSE(language_named("d"));
    CHECK_FALSE(language_named("G\xe9rman\xc3")); // not UTF-8
  }
}
