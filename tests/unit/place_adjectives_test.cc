// Russian adjectives made of a city's name (common/place_adjectives).
#include "common/place_adjectives.hh"

#include <algorithm>

#include <doctest/doctest.h>

#include "common/entity_extractor.hh"
#include "common/gazetteer.hh"
#include "tests/unit/entity_test_support.hh"

using namespace news;
using test::has;

namespace {

std::optional<std::string> city(std::string_view word) {
  return city_of_adjective(word, Gazetteer::instance());
}

} // namespace

TEST_SUITE("place_adjectives") {
  TEST_CASE("an adjective in any case and gender names its city") {
    CHECK(city("парижской") == "Paris");
    CHECK(city("Парижская") == "Paris");
    CHECK(city("берлинскими") == "Berlin");
    CHECK(city("лондонский") == "London");
    CHECK(city("минского") == "Minsk");    // Минск-ий: the city ends in -ск
    CHECK(city("венском") == "Vienna");    // Вен-ский: Вена
    CHECK(city("московских") == "Moscow"); // Моск-ов-ский: Москва
    CHECK(city("стокгольмское") == "Stockholm");
  }
  TEST_CASE("no city: a country's adjective, a short stem, another name's, a common word") {
    CHECK_FALSE(city("российский"));     // Russian: a nationality, as in English
    CHECK_FALSE(city("люксембургский")); // a city that is a country: its adjective too
    CHECK_FALSE(city("римский"));        // Рим: three letters (and Рима is its genitive)
    CHECK_FALSE(city("уральского"));     // the Urals', not Uralsk's
    CHECK_FALSE(city("городской"));
    CHECK_FALSE(city("парижанин")); // not an adjective
  }
  TEST_CASE("a Russian article's city adjectives are its places") {
    Article article;
    article.title = "Т";
    article.body = "Она училась в берлинской школе. Потом он работал в Московском университете.";
    article.language = "ru";
    const Entities e = extract_entities(article);
    CHECK(has(e.place, "Berlin"));
    CHECK(has(e.place, "Moscow"));
    const auto& forms = e.mentions[static_cast<std::size_t>(EntityKind::Place)].at("Berlin");
    CHECK(std::find(forms.begin(), forms.end(), "берлинской") != forms.end());
    article.language = "uk"; // Ukrainian adjectives are others (`берлінська`)
    CHECK_FALSE(has(extract_entities(article).place, "Berlin"));
  }
}
