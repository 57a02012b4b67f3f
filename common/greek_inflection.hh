// The genitive of Greek place names, the case an article most often puts a
// country or city in (`της Γαλλίας`, `του Βελγίου`): feminine names in -α, -η
// take -ς (Γαλλία -> Γαλλίας, Αθήνα -> Αθήνας), neuter ones in -ο and
// masculine ones in -ος take -ου (Βέλγιο -> Βέλγιου, Λίβανος -> Λίβανου). The
// accent may move (Βελγίου): names are compared without it (country_name_key).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace news {

/** The genitive of a one-word Greek place name (not the name itself), or nothing. */
std::vector<std::string> greek_place_forms(std::string_view nominative);

} // namespace news
