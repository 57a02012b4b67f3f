// The people an article's byline names (`Peter Blackburn`, `By Jane Doe and
// John Roe`): its writers are people the article names, as its dateline's
// place is a place (entity_names.hh). Only what reads as a person's name: two
// to four capitalised words (name particles between), no digit or address, no
// word the gazetteer knows as a place's, an organisation's, a title or a
// non-name (`Reuters Staff`, `Business Desk`, `Associated Press`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/entity.hh"
#include "common/gazetteer.hh"

namespace news {

/** The names of the people a byline (authors joined by `, `, `and`, `&`) names. */
std::vector<std::string> byline_people(std::string_view byline, const Gazetteer& g);

/** Adds byline_people(byline) to `found` as people. */
void add_byline_people(std::string_view byline, const Gazetteer& g, Entities& found);

} // namespace news
