#include "indexer/readers/json_fields.hh"

#include <doctest/doctest.h>

#include "common/error.hh"

using namespace news;

TEST_SUITE("json_fields") {
  TEST_CASE("every field --map can name has default member names, and only those") {
    const JsonFieldMap fields;
    for (const ArticleFieldSpec& s : kArticleFields) {
      CAPTURE(s.name);
      CHECK(fields.names(s.field).empty() == !s.mappable);
      if (s.mappable) CHECK(article_field_from_name(s.name) == s.field);
    }
  }

  TEST_CASE("a field --map cannot name is refused with the list of those it can") {
    JsonFieldMap fields;
    CHECK_THROWS_WITH_AS(fields.apply_mapping("record=n"),
                         "--map: unknown field 'record' (expected one of id, title, body, date, "
                         "url, source, author, dateline, language)",
                         Error);
    CHECK_THROWS_AS(fields.apply_mapping("path=p"), Error);
  }
}
