// City names across languages and scripts (common/city_names): ICU's
// exemplar cities of the time zones and the table of cities without one.
#include "common/city_names.hh"

#include <doctest/doctest.h>

#include "common/cjk_entities.hh"
#include "common/entity_extractor.hh"
#include "common/exemplar_cities.hh"
#include "common/gazetteer.hh"

using namespace news;

TEST_SUITE("city_names") {
  TEST_CASE("bug: Москва was transliterated as Moskva, not found as Moscow") {
    const CityNames& names = CityNames::instance();
    for (const char* name : {"Москва", "Moskau", "Moscou", "Moscú", "Mosca", "莫斯科", "モスクワ",
                             "Μόσχα", "Москве", "Москвы", "МОСКВА"}) {
      CAPTURE(name);
      CHECK(names.find(name) == "Moscow");
    }
    CHECK(Gazetteer::instance().place("Москве") == "Moscow");
    CHECK(cjk_place("莫斯科") == "Moscow");
  }

  TEST_CASE("London, Paris, Berlin and Tokyo from the time zones, Beijing from the table") {
    const CityNames& names = CityNames::instance();
    CHECK(names.find("Londres") == "London");
    CHECK(names.find("Лондон") == "London");
    CHECK(names.find("倫敦") == "London");
    CHECK(names.find("伦敦") == "London");
    CHECK(names.find("Париж") == "Paris");
    CHECK(names.find("パリ") == "Paris");
    CHECK(names.find("Берлин") == "Berlin");
    CHECK(names.find("ベルリン") == "Berlin");
    CHECK(names.find("Tokio") == "Tokyo");
    CHECK(names.find("Токио") == "Tokyo");
    CHECK(names.find("Peking") == "Beijing");
    CHECK(names.find("Pékin") == "Beijing");
    CHECK(names.find("Пекина") == "Beijing"); // a case form of the table's name
  }

  TEST_CASE("only the names other than the English one are kept") {
    const CityNames& names = CityNames::instance();
    CHECK_FALSE(names.find("Moscow")); // the canonical name is no other language's
    CHECK_FALSE(names.find("Davis"));  // an Antarctic station: not a place in English text
    CHECK_FALSE(names.find("Paris"));
    CHECK_FALSE(names.find("París")); // only its accents differ
    CHECK(names.size() > 1000);
  }

  TEST_CASE("the exemplar cities built in are those of the ICU the program runs with") {
    // The build read them once (tools/city_table_main.cc); an ICU updated since would differ.
    const std::vector<ExemplarCity> icu = read_exemplar_cities();
    const auto built = lists::exemplar_cities();
    REQUIRE(built.size() == icu.size());
    CHECK(icu.size() > 1000);
    for (std::size_t i = 0; i < icu.size(); ++i) {
      CAPTURE(icu[i].name);
      const ExemplarCity in_table{std::string(built[i].language), std::string(built[i].name),
                                  std::string(built[i].canonical)};
      CHECK(in_table == icu[i]);
    }
  }

  TEST_CASE("a Russian article's Москве is the place Moscow") {
    Article article;
    article.title = "Весна";
    article.body = "Мэр Москвы сообщил, что паводок в Москве закончился.";
    const Entities entities = extract_entities(article);
    CHECK(entities.place == std::vector<std::string>{"Moscow"});
  }
}
