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
#include "tests/unit/entity_test_support.hh"

using namespace news;
using test::from_body;
using test::has;

namespace {

using Names = std::vector<std::string>;

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
  TEST_CASE("a query's Russian name in any case stands for the indexed Latin name") {
    const Gazetteer& g = Gazetteer::instance();
    CHECK(latin_name("Владимира Путина", g) == "Vladimir Putin");
    CHECK(latin_name("Olaf Scholz", g) == "Olaf Scholz");
    const Names putina = query_name_forms("путина", g);
    CHECK(has(putina, "putin"));
    CHECK(has(putina, "putina")); // a woman's surname, or a lone surname as indexed
    CHECK(has(query_name_forms("путину", g), "putin"));
    CHECK(has(query_name_forms("зеленского", g), "zelensky"));
    CHECK(has(query_name_forms("владимира путина", g), "vladimir putin"));
    CHECK(query_name_forms("путин", g) == Names{"putin"});
    CHECK(query_name_forms("scholz", g) == Names{"scholz"});
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
  TEST_CASE("Greek places in the genitive") {
    const Entities e = from_body("Ο υπουργός μίλησε για την πολιτική της Γαλλίας. Η πρωτεύουσα "
                                 "του Βελγίου είναι όμορφη.",
                                 "T", "el");
    CHECK(has(e.place, "France"));
    CHECK(has(e.place, "Belgium"));
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

TEST_SUITE("sentences of other languages") {
  TEST_CASE("a sentence's opening preposition or conjunction is no part of the name after it") {
    CHECK(
        has(from_body("Hubo elecciones. En Italia, el gobierno cayó.", "T", "es").place, "Italy"));
    CHECK(has(from_body("Es fehlt Geld. Doch Berlin braucht neue Schulen.", "T", "de").place,
              "Berlin"));
    CHECK(has(from_body("Он уехал. После России он жил в Польше.", "T", "ru").place, "Russia"));
    const Entities e =
        from_body("Он жил в Москве. В США вышел его альбом. В 1958 году он уехал.", "T", "ru");
    CHECK(has(e.place, "United States"));
    CHECK(e.org.empty()); // not `В` (V), a lone capital letter
    CHECK(from_body("Он вернулся. В XVIII веке город рос.", "T", "ru").org.empty());
  }
  TEST_CASE("a Russian place after a noun is its genitive, after an adjective its own") {
    const Entities e = from_body("Делегация Российской Федерации прибыла. Закон Конгресса США "
                                 "принят.",
                                 "T", "ru");
    CHECK(has(e.place, "Russia"));
    CHECK(has(e.place, "United States"));
    CHECK(e.person.empty()); // not `Delegatsiya Rossiyskoy Federatsii`
    CHECK_FALSE(
        has(from_body("Он долго жил в Северной Америке.", "T", "ru").place, "United States"));
  }
  TEST_CASE("a Russian adjective opens no person's name") {
    const Entities e = from_body("Он служил в Красной Армии. Потом был в Западной Сибири. Генрих "
                                 "Манн заявил, что Андрей Петров прав.",
                                 "T", "ru");
    CHECK(e.person.size() == 2); // Генрих Манн, Андрей Петров: given names ending as adjectives
    CHECK_FALSE(has(e.person, "Krasnoy Armii"));
    CHECK_FALSE(has(e.person, "Zapadnoy Sibiri"));
    const Entities milan = from_body("Его портрет заказал герцог. Это был портрет Миланского Джан "
                                     "Галлеаццо Висконти.",
                                     "T", "ru");
    CHECK(milan.person.size() == 1);
    CHECK(milan.person.front().rfind("Dzhan", 0) == 0); // the name, without the adjective
  }
  TEST_CASE("Como opens a Spanish sentence, and is a city in an Italian one") {
    CHECK_FALSE(has(
        from_body("Llegó tarde. Como dijo el ministro, no hay dinero.", "T", "es").place, "Como"));
    CHECK(has(from_body("Siamo partiti presto. Como è una città sul lago.", "T", "it").place,
              "Como"));
  }
  TEST_CASE("places joined by y, or after another language's of") {
    const Entities e = from_body("España, Gran Bretaña y Francia firmaron. Bajo el reinado de "
                                 "Carlos III de Portugal llegó a la Convención de Londres.",
                                 "T", "es");
    for (const char* place : {"Spain", "United Kingdom", "France", "Portugal", "London"})
      CHECK_MESSAGE(has(e.place, place), std::string(place));
    CHECK(has(e.person, "Carlos III"));
    CHECK(has(from_body("Il est venu. L'intervention de la France fut brève.", "T", "fr").place,
              "France"));
    CHECK(
        has(from_body("Habló de la relación entre Cataluña y España.", "T", "es").place, "Spain"));
  }
  TEST_CASE("the other parts of a name split at a place are not guessed") {
    const Entities e =
        from_body("Ayer la Orquesta Filarmónica de Kanagawa tocó en el Partido Demócrata de "
                  "Maldivas.",
                  "T", "es");
    CHECK(has(e.place, "Kanagawa"));
    CHECK(has(e.place, "Maldives"));
    CHECK(e.person.empty()); // not `Orquesta Filarmónica`, `Partido Demócrata`
    const Entities north = from_body("La cathédrale se trouve en Irlande du Nord.", "T", "fr");
    CHECK_FALSE(has(north.place, "Ireland")); // a compass point after `du` is the name's
    CHECK_FALSE(has(north.place, "Nord"));
  }
  TEST_CASE("a known place of several words, then a person") {
    const Entities e = from_body("Es un monumento al presidente de los Estados Unidos Franklin "
                                 "Delano Roosevelt.",
                                 "T", "es");
    CHECK(has(e.place, "United States"));
    CHECK(has(e.person, "Franklin Delano Roosevelt"));
    // One word may be a given name: `Dominique` is also French for Dominica.
    CHECK(from_body("C'est un partage, souligne Dominique Richard.", "T", "fr").place.empty());
  }
  TEST_CASE("Spanish América is the continent, the English America the United States") {
    const Entities e = from_body("Tiene hoteles en Europa, América y África.", "T", "es");
    CHECK_FALSE(has(e.place, "United States"));
    CHECK(has(e.place, "Americas"));
    CHECK(has(from_body("Exports to America rose.", "T", "en").place, "United States"));
  }
}
