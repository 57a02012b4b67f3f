// German writes every noun with a capital: the rules ask for more than a
// capital letter before they make a name (common/noun_capitals.hh).
#include "common/noun_capitals.hh"

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "common/entity_extractor.hh"
#include "tests/unit/entity_test_support.hh"

using namespace news;
using test::has;

namespace {

Entities german(const std::string& body) { return test::from_body(body, "T", "de"); }

} // namespace

TEST_SUITE("noun capitals") {
  TEST_CASE("the languages, nouns of office and town endings") {
    CHECK(capitalises_nouns("de"));
    CHECK_FALSE(capitalises_nouns("en"));
    CHECK_FALSE(capitalises_nouns("fr"));
    CHECK(is_office_noun("Firmenchef"));
    CHECK(is_office_noun("Bundeswehr-Generalinspekteur"));
    CHECK(is_office_noun("Trainer"));
    CHECK(is_office_noun("Pressesprecherin"));
    CHECK(is_office_noun("US-Präsident"));
    CHECK_FALSE(is_office_noun("Samstag"));
    CHECK(has_place_name_ending("Helmstedt"));
    CHECK(has_place_name_ending("Rosenheim"));
    CHECK(has_place_name_ending("Göttingen"));
    CHECK_FALSE(has_place_name_ending("Wohnungen"));
    CHECK_FALSE(has_place_name_ending("Ordnung"));
    CHECK_FALSE(has_place_name_ending("Stadt"));
    CHECK(may_be_place_after_preposition("Dresden"));
    CHECK(may_be_place_after_preposition("Afrika"));
    CHECK(may_be_place_after_preposition("Helmstedt"));
    CHECK_FALSE(may_be_place_after_preposition("Ordnung"));
    CHECK_FALSE(may_be_place_after_preposition("Bedrängnis"));
    CHECK_FALSE(may_be_place_after_preposition("Kauf"));
    CHECK_FALSE(may_be_place_after_preposition("Mai"));
    CHECK_FALSE(may_be_place_after_preposition("Menschenrechtsfragen"));
    CHECK(is_given_name_in_noun_language("Jürgen"));
    CHECK(is_given_name_in_noun_language("Willi"));
    CHECK_FALSE(is_given_name_in_noun_language("Gute"));
  }

  TEST_CASE("bug: German nouns after a capitalised word were people, after in places") {
    const Entities e = german("Vielen Dank für alles. Gute Preise und guter Service. Am Samstag "
                              "war alles in Ordnung, und wir haben es in Erinnerung behalten.");
    CHECK_FALSE(has(e.person, "Vielen Dank"));
    CHECK_FALSE(has(e.person, "Gute Preise"));
    CHECK_FALSE(has(e.person, "Am Samstag"));
    CHECK_FALSE(has(e.place, "Ordnung"));
    CHECK_FALSE(has(e.place, "Erinnerung"));
    CHECK(e.person.empty());
    CHECK(e.place.empty());
  }

  TEST_CASE("German people and towns with evidence are still found") {
    const Entities e =
        german("Das Werk in Helmstedt schließt, das in Dresden nicht. Firmenchef Gerd Krick sagte, "
               "Herrn Klimmet "
               "sei nichts vorzuwerfen. Auch Beate Weber sagte nichts dazu. Michael Berg kam. "
               "Willi Merkel sieht sich als Pionier.");
    CHECK(has(e.place, "Helmstedt"));
    CHECK(has(e.place, "Dresden"));
    CHECK(has(e.person, "Gerd Krick"));
    CHECK(has(e.person, "Klimmet"));
    CHECK(has(e.person, "Beate Weber"));
    CHECK(has(e.person, "Michael Berg"));
    CHECK(has(e.person, "Willi Merkel"));
    CHECK_FALSE(has(e.person, "Firmenchef Gerd Krick"));
    CHECK_FALSE(has(e.person, "Herrn Klimmet"));
  }

  TEST_CASE("an office of something names no person") {
    const Entities e = german("Ein Sprecher der Gesellschaft sagte nichts. Der Sprecher des "
                              "Weißen Hauses schwieg. US-Präsident Bill Clinton kam.");
    CHECK_FALSE(has(e.person, "der Gesellschaft"));
    CHECK_FALSE(has(e.person, "des Weißen Hauses"));
    CHECK(has(e.person, "Bill Clinton"));
  }
}
