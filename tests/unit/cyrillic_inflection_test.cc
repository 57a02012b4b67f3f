// The case forms of Russian and Ukrainian names (cyrillic_inflection.hh).
#include "common/cyrillic_inflection.hh"
#include "tests/unit/entity_test_support.hh"

#include <doctest/doctest.h>

using namespace news;
using test::has;

TEST_SUITE("cyrillic_inflection") {
  TEST_CASE("case forms of place names") {
    CHECK(has(place_case_forms("Германия"), "Германии"));
    CHECK(has(place_case_forms("Германия"), "Германию"));
    CHECK(has(place_case_forms("Украина"), "Украины"));
    CHECK(has(place_case_forms("Америка"), "Америки"));
    CHECK(has(place_case_forms("Китай"), "Китае"));
    CHECK(has(place_case_forms("Иран"), "Ирана"));
    CHECK(place_case_forms("Перу").empty());            // indeclinable
    CHECK_FALSE(has(place_case_forms("Иран"), "Иран")); // not the name itself
  }
  TEST_CASE("a hushing consonant takes -ем in the instrumental, a plural name its own endings") {
    CHECK(has(place_case_forms("Париж"), "Парижем")); // городом Парижем
    CHECK_FALSE(has(place_case_forms("Париж"), "Парижом"));
    CHECK(has(place_case_forms("Лондон"), "Лондоном"));
    CHECK(has(place_case_forms("Нидерланды"), "Нидерландах"));
    CHECK(has(place_case_forms("Нидерланды"), "Нидерландов"));
  }
  TEST_CASE("an adjective agrees with the noun of a place's name in every case") {
    const std::vector<std::string> federation = place_case_forms("Российская Федерация");
    CHECK(has(federation, "Российской Федерации")); // genitive, dative, prepositional
    CHECK(has(federation, "Российскую Федерацию"));
    CHECK(has(federation, "Российской Федерацией"));
    CHECK_FALSE(has(federation, "Российская Федерации")); // the words agree
    CHECK(has(place_case_forms("Южная Корея"), "Южной Корее"));
    CHECK(has(place_case_forms("Новая Зеландия"), "Новой Зеландии"));
    CHECK(has(place_case_forms("Соединённое Королевство"), "Соединённого Королевства"));
    CHECK(has(place_case_forms("Великий Новгород"), "Великим Новгородом"));
  }
  TEST_CASE("a plural name: its adjectives and noun in the plural, words after the noun stay") {
    const std::vector<std::string> states = place_case_forms("Соединённые Штаты Америки");
    CHECK(has(states, "Соединённых Штатов Америки"));
    CHECK(has(states, "Соединённым Штатам Америки"));
    CHECK(has(states, "Соединёнными Штатами Америки"));
    CHECK(has(states, "Соединённых Штатах Америки"));
    CHECK(has(place_case_forms("Объединённые Арабские Эмираты"), "Объединённых Арабских Эмиратах"));
  }
  TEST_CASE("a noun first, then its apposition, two names joined by и each declined") {
    CHECK(has(place_case_forms("Республика Корея"), "Республики Корея"));
    CHECK(has(place_case_forms("Босния и Герцеговина"), "Боснии и Герцеговины"));
    CHECK(has(place_case_forms("Тринидад и Тобаго"), "Тринидада и Тобаго"));
    CHECK(place_case_forms("Папуа Новая Гвинея").empty()); // an indeclinable noun first
    CHECK(place_case_forms("Никарагуа").empty());
  }
  TEST_CASE("adjectives' endings") {
    CHECK(is_adjective_form("Северной"));
    CHECK(is_adjective_form("Юго-Западном"));
    CHECK(is_adjective_form("Российская"));
    CHECK_FALSE(is_adjective_form("Делегация"));
    CHECK_FALSE(is_adjective_form("Конгресса"));
    // Only an adjective ends so, no given name in any case.
    CHECK(is_adjective_case_form("Красную"));
    CHECK(is_adjective_case_form("Западной"));
    CHECK(is_adjective_case_form("Великого"));
    for (const char* name : {"Андрей", "Дмитрий", "Максим", "Артем", "Генрих", "Андрее", "Досым"})
      CHECK_FALSE_MESSAGE(is_adjective_case_form(name), std::string(name));
  }
  TEST_CASE("name stems meet across cases") {
    CHECK(name_stem("Путина") == "Путин");
    CHECK(name_stem("Путину") == "Путин");
    CHECK(name_stem("Путиным") == "Путин");
    CHECK(name_stem("Путин") == "Путин");
    CHECK(name_ending("Путиным") == "ым");
  }
}
