// How a name found in a text is written as an entity, shared by the rule
// extractor and the tagger: capitals made title case unless a known acronym,
// places and organisations under the gazetteer's canonical name.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/entity.hh"
#include "common/gazetteer.hh"

namespace news {

/** `LONDON` -> `London`, but acronyms the gazetteer knows stay (`NATO`, `U.S.`). */
std::string words_in_case(const std::string& text, const Gazetteer& g);

/**
 * As words_in_case, but a name in a sentence of ordinary case (`capitals` false) keeps
 * its words in capitals as acronyms (`NFL`, `UNCTAD`, `BHP Billiton`) unless all of its
 * several words are (`NEW YORK` in a table run into a sentence).
 */
std::string words_in_case(const std::string& text, const Gazetteer& g, bool capitals);

/** A place's canonical name, also when written in capitals (`TEXAS` in a sports table). */
std::optional<std::string> known_place(const std::string& name, const Gazetteer& g);

/** The places a dateline names (`MOSCOW, April 5` -> Moscow; `YORK, England` -> York and
 *  England: the parts after the city up to a date), added to `found`. */
void add_dateline_place(const std::string& dateline, const Gazetteer& g, Entities& found);

/** A name's words, split at spaces (none empty). */
std::vector<std::string> name_words(std::string_view name);

/** Words joined by single spaces. */
std::string joined_words(const std::vector<std::string>& words);

/** `van`, `der`, `bin`: a connector that is part of a person's name (not `and`, `of`,
 *  `for`, `&`, `y`, which join two names). */
bool name_particle(std::string_view word, const Gazetteer& g);

} // namespace news
