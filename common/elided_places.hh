// Places behind an elided article or preposition, which the name tokens
// read as one lowercase word: French `l'Allemagne`, `d'Espagne`, Italian
// `dell'Italia`, `nell'Unione`. Only names the gazetteer knows are taken.
#pragma once

#include <string_view>

#include "common/entity.hh"

namespace news {

class Gazetteer;

/** Adds the known places of `text` written after an elision (`l'`, `d'`, `dell'`...). */
void add_elided_places(std::string_view text, Entities& entities, const Gazetteer& gazetteer);

} // namespace news
