#include "searcher/date_terms.hh"

#include <algorithm>

#include <doctest/doctest.h>

#include "common/article_document.hh"
#include "common/index_codecs.hh"
#include "common/schema.hh"

using namespace news;

namespace {

Date at(const char* text) { return *parse_date(text); }

std::string terms_of(const char* from, const char* to) {
  const auto query = date_terms_query(DateSpan{at(from), at(to)});
  return query ? query->get_description() : "none";
}

// Articles every 7 hours across the turn of 1986/1987 and of February/March:
// some at the first and last second of a day.
Xapian::WritableDatabase dated_articles() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::TermGenerator generator;
  for (const char* start : {"1986-12-20T00:00:00Z", "1987-02-20T00:00:00Z"}) {
    for (int i = 0; i < 100; ++i) {
      Article a;
      a.id = std::to_string(db.get_doccount());
      a.body = "news";
      a.date = Date::from_unix_seconds(at(start).unix_seconds() + i * 7 * 3600 - (i % 2));
      db.add_document(to_document(a, generator));
    }
  }
  return db;
}

std::vector<Xapian::docid> matches(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  std::vector<Xapian::docid> ids;
  for (Xapian::docid id : enquire.get_mset(0, db.get_doccount()))
    ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

} // namespace

TEST_SUITE("date_terms") {
  TEST_CASE("whole years, then months, then days") {
    CHECK(terms_of("1987-03-01", "1987-03-31T23:59:59Z") == "Query(0 * M198703)");
    CHECK(terms_of("1987-01-01", "1987-12-31T23:59:59Z") == "Query(0 * Y1987)");
    CHECK(terms_of("1987-02-27", "1988-03-01T23:59:59Z") ==
          "Query(0 * (D19870227 OR D19870228 OR M198703 OR M198704 OR M198705 OR M198706 OR "
          "M198707 OR M198708 OR M198709 OR M198710 OR M198711 OR M198712 OR M198801 OR "
          "M198802 OR D19880301))");
  }

  TEST_CASE("not whole days, open or too long: left to the value range") {
    CHECK(terms_of("1987-03-01T10:00:00Z", "1987-03-31T23:59:59Z") == "none");
    CHECK(terms_of("1987-03-01", "1987-03-31T23:59:58Z") == "none");
    CHECK(terms_of("1987-03-01", "1987-03-31") == "none");
    CHECK(terms_of("1987-03-02", "1987-03-01T23:59:59Z") == "none");
    CHECK(terms_of("1987-01-02", "1989-12-30T23:59:59Z") == "none"); // 83 terms
    CHECK_FALSE(date_terms_query(DateSpan{at("1987-03-01"), std::nullopt}));
    CHECK_FALSE(date_terms_query(DateSpan{std::nullopt, at("1987-03-01T23:59:59Z")}));
  }

  TEST_CASE("the terms select the same articles as the value range") {
    const Xapian::WritableDatabase db = dated_articles();
    const Xapian::valueno slot = slot_of(Field::Date);
    const std::pair<const char*, const char*> spans[] = {
        {"1986-12-31", "1987-01-01T23:59:59Z"}, {"1987-01-01", "1987-01-01T23:59:59Z"},
        {"1986-12-01", "1987-12-31T23:59:59Z"}, {"1987-02-28", "1987-03-01T23:59:59Z"},
        {"1987-02-01", "1987-03-31T23:59:59Z"}, {"1987-03-01", "1987-03-12T23:59:59Z"},
        {"1986-01-01", "1988-12-31T23:59:59Z"}, {"1987-02-21", "1987-02-21T23:59:59Z"}};
    for (const auto& [from, to] : spans) {
      CAPTURE(from);
      const auto terms = date_terms_query(DateSpan{at(from), at(to)});
      REQUIRE(terms);
      const Xapian::Query range(Xapian::Query::OP_VALUE_RANGE, slot, encode_date_value(at(from)),
                                encode_date_value(at(to)));
      const auto expected = matches(db, range);
      CHECK(!expected.empty());
      CHECK(matches(db, *terms) == expected);
    }
  }
}
