// Rule and gazetteer extraction of people, organisations and places.
//
//   "Russian President Vladimir Putin's visit to China" ->
//     person Vladimir Putin (title and possessive stripped), place Russia
//     (demonym), place China (gazetteer)
//
// How a capitalised name is classified, in order: titles before it (person),
// the gazetteer (places, organisations), organisation words in it (`Corp`,
// `Ministry`...), acronyms, a place preposition before it (`in`, `at`...), a
// speech verb after it (`said`), a known given name, then the shape of the
// name (common/rule_classifier, over the runs of common/rule_spans). Later
// bare surnames are linked to the full name. Titles in capitals only confirm
// what the body or the gazetteer knows. See docs/entities.md.
#pragma once

#include "common/article.hh"
#include "common/entity.hh"

namespace news {

/**
 * Entities of an article, from its title, dateline and body: the tagger's
 * names (common/entity_tagging.cc), with the rules' below as its evidence;
 * the rules' alone when no tagger model is built in.
 */
Entities extract_entities(const Article& article);

/** The rules' entities of an article (what the tagger is given as features). */
Entities rule_entities(const Article& article);

} // namespace news
