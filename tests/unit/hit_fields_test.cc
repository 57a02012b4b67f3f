#include "searcher/hit_fields.hh"

#include <doctest/doctest.h>

#include "common/error.hh"

using namespace news;

namespace {

std::vector<std::string> names_of(const std::vector<HitField>& fields) {
  std::vector<std::string> names;
  for (const HitField& field : fields)
    names.emplace_back(field.name);
  return names;
}

} // namespace

TEST_SUITE("--fields") {
  TEST_CASE("the names of the list, in its order, article fields and the hit's own") {
    const std::vector<HitField> fields = parse_hit_fields("snippet, id,body ,rank");
    CHECK(names_of(fields) == std::vector<std::string>{"snippet", "id", "body", "rank"});
    CHECK_FALSE(fields[0].field);
    CHECK(fields[1].field == ArticleField::Id);
    CHECK(fields[2].field == ArticleField::Body);
  }

  TEST_CASE("every name of the field table is known, with rank, score, similar and snippet") {
    CHECK(hit_field_names() == "rank, id, title, body, date, url, source, author, dateline, "
                               "language, date_source, entities, path, record, format, score, "
                               "similar, snippet");
    CHECK(parse_hit_fields(hit_field_names()).size() == kArticleFields.size() + 4);
  }

  TEST_CASE("an unknown name, an empty one and one given twice are usage errors") {
    CHECK_THROWS_WITH_AS(
        parse_hit_fields("id,bodyy"),
        ("--fields: no field 'bodyy'; the fields are " + hit_field_names()).c_str(), Error);
    CHECK_THROWS_AS(parse_hit_fields(""), Error);
    CHECK_THROWS_AS(parse_hit_fields("id,,title"), Error);
    CHECK_THROWS_WITH_AS(parse_hit_fields("id,title,id"), "--fields: 'id' is given twice", Error);
  }

  TEST_CASE("CSV cells: entities on one line, numbers as in JSON") {
    Hit hit{};
    hit.rank = 3;
    hit.similar = 2;
    hit.article.entities.of(EntityKind::Person) = {"Vladimir Putin"};
    hit.article.entities.of(EntityKind::Place) = {"China", "Russia"};
    CHECK(hit_field_text(hit, {"entities", ArticleField::Entities}) ==
          "person: Vladimir Putin; place: China, Russia");
    CHECK(hit_field_text(hit, {"rank", std::nullopt}) == "3");
    CHECK(hit_field_text(hit, {"similar", std::nullopt}) == "2");
    CHECK(hit_field_json(hit, {"similar", std::nullopt}) == 2);
  }
}
