// The exemplar cities of ICU's location time zones (CLDR's), in English and
// in each language of kCountryNameLanguages: what common/city_names is made
// of. Reading them from ICU costs about 150 M instructions (a resource
// look-up per zone and language), so the build reads them once
// (tools/city_table_main.cc writes exemplar_cities_table.cc) and every
// process starts from that table; unit test city_names_test checks it
// against the ICU the program runs with.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "common/country_short_names.hh"

namespace news {

/** One zone's city in one language, with its English name (never empty). */
struct ExemplarCity {
  std::string language, name, english;
  bool operator==(const ExemplarCity&) const = default;
};

/** ICU's exemplar cities now, language by language, each in the zones' order. */
std::vector<ExemplarCity> read_exemplar_cities();

namespace lists {
/** read_exemplar_cities() as the build found them (a generated source): the English name is
 *  the canonical one. */
std::span<const LocalAlias> exemplar_cities();
} // namespace lists

} // namespace news
