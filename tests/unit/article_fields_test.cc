#include "common/article_fields.hh"

#include <algorithm>

#include <doctest/doctest.h>

#include "common/article_json.hh"
#include "common/byte_escape.hh"

using namespace news;

TEST_SUITE("article_fields") {
  TEST_CASE("inspect shows every field once, the search and CSV only fields of the table") {
    for (const ArticleFieldSpec& s : kArticleFields) {
      CAPTURE(s.name);
      CHECK(std::count(kInspectFields.begin(), kInspectFields.end(), s.field) == 1);
      CHECK(std::count(kHitFields.begin(), kHitFields.end(), s.field) <= 1);
      CHECK(std::count(kCsvColumns.begin(), kCsvColumns.end(), s.field) <= 1);
    }
    // Entities come after the hit's own members (score, similar, snippet).
    CHECK(std::count(kHitFields.begin(), kHitFields.end(), ArticleField::Entities) == 0);
  }

  TEST_CASE("--map's field names, in the order its help and its errors list them") {
    CHECK(mappable_field_names() ==
          "id, title, body, date, url, source, author, dateline, language");
  }

  TEST_CASE("as text and as JSON: bytes escaped, empty as null unless always a string") {
    Article a;
    a.id = "caf\xe9";
    a.path = "/archive/caf\xe9.txt";
    a.title = "A title";
    a.record = 3;
    a.date = parse_date("2024-03-28T10:00:00Z");
    a.date_source = DateSource::Path;
    a.entities.person = {"Ada Lovelace"};
    CHECK(field_text(a, ArticleField::Id) == escape_bytes(a.id));
    CHECK(field_text(a, ArticleField::Path) == escape_bytes(a.path));
    CHECK(field_text(a, ArticleField::Date) == "2024-03-28T10:00:00Z");
    CHECK(field_text(a, ArticleField::DateSource) == "path");
    CHECK(field_text(a, ArticleField::Record) == "3");
    CHECK(field_json(a, ArticleField::Record) == 3);
    CHECK(field_json(a, ArticleField::Title) == "A title");
    CHECK(field_json(a, ArticleField::Author).is_null());
    CHECK(field_json(a, ArticleField::Body) == ""); // always a string
    CHECK(field_json(a, ArticleField::Format) == "");
    CHECK(field_json(a, ArticleField::Entities).dump() ==
          R"({"person":["Ada Lovelace"],"org":[],"place":[]})");
    a.date.reset();
    a.record.reset();
    a.path.clear();
    CHECK(field_json(a, ArticleField::Date).is_null());
    CHECK(field_json(a, ArticleField::DateSource).is_null());
    CHECK(field_json(a, ArticleField::Record).is_null());
    CHECK(field_json(a, ArticleField::Path).is_null());
    CHECK(field_text(a, ArticleField::Date).empty());
  }
}
