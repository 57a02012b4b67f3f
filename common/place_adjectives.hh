// Russian adjectives made of a city's name, which name the city as the
// English attributive does (`a Paris court`): `парижской` (Париж), `берлинская`
// (Берлин), `минский` (Минск), `венский` (Вена), `московский` (Москва), in any
// case and capitalised or not (`Парижской мирной конференции`). Cities only:
// a country's adjective (`российский`) is a nationality, as `Russian` is in
// English, and names no place (nor does a city's that is a country's:
// `люксембургский`). The city is one CityNames knows (city_names.hh), of at
// least four letters (`римский`, Roman, is left).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/entity.hh"

namespace news {

class Gazetteer;

/** The canonical city a Russian adjective is made of (`парижской` -> `Paris`), or nullopt. */
std::optional<std::string> city_of_adjective(std::string_view word, const Gazetteer& gazetteer);

/** Adds the cities of the Russian city adjectives in `text` (an article in Russian). */
void add_place_adjectives(std::string_view text, Entities& entities, const Gazetteer& gazetteer);

} // namespace news
