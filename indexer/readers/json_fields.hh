// Which JSON member holds which article field, for JSON Lines and JSON files.
//
// Defaults cover what news APIs and dumps use; names are matched
// case-insensitively, and the first one present wins:
//
//   id        id, guid, uuid
//   title     title, headline
//   body      body, text, content, article
//   date      date, published, published_at, publishedAt, pubDate, datePublished, timestamp
//   url       url, link
//   source    source, publisher, site      (a nested {"name": ...} object is read too)
//   author    author, authors, byline      (a string, or a list of strings or {"name": ...})
//   dateline  dateline
//   language  lang, language
//
// `news-index add --map title=headline_text` puts one name first; a dotted
// name (`--map source=meta.outlet`) reaches into nested objects.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "common/article_fields.hh"

namespace news {

/** The field `name` names, if --map may name it; throws news::Error (usage) otherwise. */
ArticleField article_field_from_name(std::string_view name);

class JsonFieldMap {
public:
  /** The defaults listed above. */
  JsonFieldMap();

  /** Applies one `FIELD=NAME` mapping; throws news::Error (usage) when malformed. */
  void apply_mapping(std::string_view mapping);

  /** Member names to try for a field, in order; a name may be dotted. */
  const std::vector<std::string>& names(ArticleField field) const {
    return names_[static_cast<std::size_t>(field)];
  }

private:
  std::array<std::vector<std::string>, kArticleFields.size()> names_; // empty: not mappable
};

} // namespace news
