// Names across languages and scripts: transliteration, the nominative of
// Russian names, titles and determiners of other languages, Cyrillic and
// Greek names, elided places.
#include "common/names_across_scripts.hh"

#include <algorithm>

#include <doctest/doctest.h>

#include "common/entity_extractor.hh"
#include "common/gazetteer.hh"
#include "common/script_text.hh"
#include "common/transliteration.hh"

using namespace news;

namespace {

using Names = std::vector<std::string>;

// `language` as the indexer determines it before extraction (English, and
// undetermined Latin-script text, go to the tagger; docs/entities.md).
Entities from_body(const std::string& body, const std::string& title = "T",
                   const std::string& language = "") {
  Article article;
  article.title = title;
  article.body = body;
  article.language = language;
  return extract_entities(article);
}

bool has(const Names& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace

TEST_SUITE("transliteration") {
  TEST_CASE("Cyrillic as the news agencies write it") {
    CHECK(latin_transliteration("Владимир Путин") == "Vladimir Putin");
    CHECK(latin_transliteration("Дмитрий Медведев") == "Dmitry Medvedev");
    CHECK(latin_transliteration("Сергей Лавров") == "Sergey Lavrov");
    CHECK(latin_transliteration("Хрущёв") == "Khrushchev");
    CHECK(latin_transliteration("Ольга") == "Olga"); // the soft sign's prime removed
  }
  TEST_CASE("Greek and other scripts") {
    CHECK(latin_transliteration("Κυριάκος Μητσοτάκης") == "Kyriakos Mitsotakis");
    CHECK(latin_transliteration("Olaf Scholz") == "Olaf Scholz"); // Latin: unchanged
    CHECK(latin_transliteration("Zürich") == "Zürich");
  }
  TEST_CASE("entity keys meet across scripts") {
    CHECK(entity_key("Путин") == entity_key("Putin"));
    CHECK(entity_key("Владимир Путин") == "vladimir putin");
  }
}

TEST_SUITE("script_text") {
  TEST_CASE("case in every script") {
    CHECK(word_case("Путин").capitalised);
    CHECK_FALSE(word_case("путин").capitalised);
    CHECK(word_case("США").all_caps);
    CHECK(word_case("Αθήνα").capitalised);
    CHECK(unicode_lower("ГЕРМАНИЯ") == "германия");
    CHECK(has_non_latin_letters("Путин"));
    CHECK_FALSE(has_non_latin_letters("Zürich"));
  }
}

TEST_SUITE("names_across_scripts") {
  TEST_CASE("the nominative of a Russian name") {
    const Gazetteer& g = Gazetteer::instance();
    CHECK(cyrillic_nominative("Путиным", g) == "Путин");
    CHECK(cyrillic_nominative("Путину", g) == "Путин");
    CHECK(cyrillic_nominative("Зеленского", g) == "Зеленский");
    CHECK(cyrillic_nominative("Владимира Путина", g) == "Владимир Путин");
    CHECK(cyrillic_nominative("Владимир Путин", g) == "Владимир Путин");
  }
  TEST_CASE("Russian people under their Latin names, their forms as mentions") {
    const Entities e = from_body("Президент России Владимир Путин заявил, что встреча прошла "
                                 "хорошо. Позже Путин сказал, что переговоры продолжатся.");
    CHECK(has(e.person, "Vladimir Putin"));
    CHECK_FALSE(has(e.person, "Putin"));
    CHECK(has(e.place, "Russia"));
    const auto& forms = e.mentions[0].at("Vladimir Putin");
    CHECK(std::find(forms.begin(), forms.end(), "Владимир Путин") != forms.end());
  }
  TEST_CASE("a Russian name in the genitive") {
    const Entities e = from_body("Министр встретился с помощником. Визит Владимира Путина в "
                                 "Германию начался.");
    CHECK(has(e.person, "Vladimir Putin"));
    CHECK(has(e.place, "Germany"));
  }
  TEST_CASE("Greek capitalised names are found") {
    const Entities e =
        from_body("Ο πρωθυπουργός Κυριάκος Μητσοτάκης δήλωσε ότι η Ελλάδα θα βοηθήσει.");
    CHECK(has(e.person, "Kyriakos Mitsotakis"));
  }
}

TEST_SUITE("titles and determiners of other languages") {
  TEST_CASE("German titles and nouns are not part of names") {
    const Entities e = from_body("Bundeskanzler Olaf Scholz besuchte Paris. Der Autokonzern "
                                 "Volkswagen meldete Gewinne. Frau Anna Berg sagte nichts.");
    CHECK(has(e.person, "Olaf Scholz"));
    CHECK(has(e.person, "Anna Berg"));
    CHECK_FALSE(has(e.person, "Autokonzern Volkswagen"));
    CHECK_FALSE(has(e.org, "Der Autokonzern Volkswagen"));
  }
  TEST_CASE("French titles, determiners and elided places") {
    const Entities e = from_body("Le président Emmanuel Macron a reçu M. Jean Dupont. Mme Claire "
                                 "Martin est arrivée de l'Allemagne hier.");
    CHECK(has(e.person, "Emmanuel Macron"));
    CHECK(has(e.person, "Jean Dupont"));
    CHECK(has(e.person, "Claire Martin"));
    CHECK(has(e.place, "Germany"));
    CHECK_FALSE(has(e.person, "Le Emmanuel Macron"));
  }
  TEST_CASE("Spanish determiners and titles") {
    const Entities e = from_body("El presidente Pedro Sánchez viajó a Alemania. Los Países Bajos "
                                 "respondieron.",
                                 "T", "es");
    CHECK(has(e.person, "Pedro Sánchez"));
    CHECK(has(e.place, "Germany"));
    CHECK(has(e.place, "Netherlands"));
  }
  TEST_CASE("Russian lowercase titles before a surname") {
    const Entities e = from_body("Вчера президент Путин прилетел в Казахстан.");
    CHECK(has(e.person, "Putin"));
  }
}
