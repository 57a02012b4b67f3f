#include "searcher/search.hh"

#include <doctest/doctest.h>
#include <fmt/core.h>

#include "common/article_document.hh"
#include "common/schema.hh"
#include "common/tokenizer.hh"
#include "searcher/query_builder.hh"

using namespace news;

TEST_SUITE("search") {
  TEST_CASE("the total counts stories exactly, whatever the page size") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::TermGenerator generator;
    configure_indexing(generator);
    // 60 articles with both words: 20 stories of 2 copies, 20 alone; and
    // 140 with one word only, which must not count (and make Xapian's
    // estimate of the AND, 130 * 130 / 200, differ from the count).
    for (int i = 0; i < 200; ++i) {
      Article a;
      a.id = fmt::format("a{}", i);
      a.title = fmt::format("Report {}", i);
      a.body = i < 60    ? "Interest rates rose again."
               : i < 130 ? "Rates held."
                         : "Interest was low.";
      Xapian::Document doc = to_document(a, generator);
      if (i < 40) doc.add_value(slot_of(Field::Story), fmt::format("story{}", i / 2));
      db.add_document(doc);
    }
    const Xapian::Query query =
        build_query(QueryRequest{"interest rates", false, Date{}, {}, {}}, db).query;
    for (unsigned limit : {1u, 10u, 0u}) {
      SearchRequest request;
      request.limit = limit;
      const SearchResults results = run_search(db, query, request);
      CHECK(results.total == 40);
      if (limit == 0) CHECK(results.hits.size() == 40);
    }
    SearchRequest every_copy;
    every_copy.collapse = false;
    CHECK(run_search(db, query, every_copy).total == 60);
  }
}
