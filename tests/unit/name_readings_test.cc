#include "common/name_readings.hh"

#include <doctest/doctest.h>

using news::japanese_sound_key;
using news::latin_match_of_katakana;
using news::pinyin_name;
using Names = std::vector<std::string>;

TEST_SUITE("name readings") {
  TEST_CASE("a katakana reading and its Latin name have one sound key") {
    CHECK(japanese_sound_key("puchin") == japanese_sound_key("Putin"));
    CHECK(japanese_sound_key("urajimiru") == japanese_sound_key("Vladimir"));
    CHECK(japanese_sound_key("toranpu") == japanese_sound_key("Trump"));
    CHECK(japanese_sound_key("merukeru") == japanese_sound_key("Merkel"));
    CHECK(japanese_sound_key("zerensuki") == japanese_sound_key("Zelensky"));
    CHECK(japanese_sound_key("Putin") != japanese_sound_key("Merkel"));
    CHECK(japanese_sound_key("123").empty());
  }

  TEST_CASE("a katakana name takes the known Latin name it reads as") {
    const Names known{"Vladimir Putin", "Angela Merkel", "Donald Trump"};
    CHECK(latin_match_of_katakana("プーチン", known) == "Vladimir Putin");
    CHECK(latin_match_of_katakana("ウラジーミル・プーチン", known) == "Vladimir Putin");
    CHECK(latin_match_of_katakana("メルケル", known) == "Angela Merkel");
    CHECK(latin_match_of_katakana("トランプ", known) == "Donald Trump");
  }

  TEST_CASE("a katakana name with no known Latin match stays unmatched") {
    const Names known{"Vladimir Putin"};
    CHECK_FALSE(latin_match_of_katakana("メルケル", known));
    CHECK_FALSE(latin_match_of_katakana("プーチン", Names{}));
    CHECK_FALSE(latin_match_of_katakana("ボリス・プーチン", known)); // the given name differs
    // two different people who read the same: neither
    CHECK_FALSE(latin_match_of_katakana("プーチン", Names{"Vladimir Putin", "Anna Puten"}));
    CHECK(latin_match_of_katakana("プーチン", Names{"Putin", "Vladimir Putin"}) ==
          "Vladimir Putin");
  }

  TEST_CASE("a Chinese name in pinyin without tones, surname first") {
    CHECK(pinyin_name("习近平") == "Xi Jinping");
    CHECK(pinyin_name("李强") == "Li Qiang");
  }
}
