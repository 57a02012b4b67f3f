// What the entity tests share: the entities of an article made of a text,
// and whether a list of names (or forms) holds one.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "common/article.hh"
#include "common/entity_extractor.hh"

namespace news::test {

/** The entities of an article of this body and title, in `language` as the
 *  indexer would have determined it (empty: undetermined). */
inline Entities from_body(const std::string& body, const std::string& title = "T",
                          const std::string& language = "") {
  Article article;
  article.title = title;
  article.body = body;
  article.language = language;
  return extract_entities(article);
}

/** Whether `names` holds `name`, as it is spelled. */
inline bool has(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace news::test
