#include "searcher/search.hh"

#include <algorithm>

#include <doctest/doctest.h>
#include <fmt/core.h>

#include "common/article_document.hh"
#include "common/schema.hh"
#include "common/tokenizer.hh"
#include "searcher/doc_stream.hh"
#include "searcher/match_count.hh"
#include "searcher/query_builder.hh"

using namespace news;

namespace {

// 200 articles. 60 with both words: 20 stories of 2 copies, 20 alone; and 140
// with one word only, which must not count for both (and make Xapian's
// estimate of the AND, 130 * 130 / 200, differ from the count).
void add_articles(Xapian::WritableDatabase& db) {
  Xapian::TermGenerator generator;
  configure_indexing(generator);
  for (int i = 0; i < 200; ++i) {
    Article a;
    a.id = fmt::format("a{}", i);
    a.title = fmt::format("Report {}", i);
    a.body = i < 60 ? "Interest rates rose again." : i < 130 ? "Rates held." : "Interest was low.";
    a.source = i < 40 ? "Wire" : "Paper";
    a.date = Date::from_civil(2024, 1 + static_cast<unsigned>(i % 3), 1);
    Xapian::Document doc = to_document(a, generator);
    if (i < 40) doc.add_value(slot_of(Field::Story), fmt::format("story{}", i / 2));
    db.add_document(doc);
  }
}

Xapian::Query parse(const std::string& text, const Xapian::Database& db) {
  return build_query(QueryRequest{text, false, Date{}, {}, {}}, db).query;
}

} // namespace

TEST_SUITE("search") {
  TEST_CASE("the total counts stories exactly, whatever the page size") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    add_articles(db);
    const Xapian::Query query = parse("interest rates", db);
    for (unsigned limit : {1u, 10u, 0u}) {
      MatchOptions request;
      request.limit = limit;
      const SearchResults results = run_search(db, query, request);
      CHECK(results.total == 40);
      CHECK(results.hits.size() == (limit == 0 ? 40u : limit)); // the loop below runs
      for (const Hit& hit : results.hits)
        CHECK(hit.similar == (std::stoi(hit.article.id.substr(1)) < 40 ? 1u : 0u));
    }
    MatchOptions every_copy;
    every_copy.collapse = false;
    CHECK(run_search(db, query, every_copy).total == 60);
  }

  TEST_CASE("exact bounds: the copies are subtracted, and +N similar is exact") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    add_articles(db);
    // 130 articles say "interest", 40 of them copies in 20 stories.
    const Xapian::Query query = parse("interest", db);
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    const Xapian::MSet bounds = enquire.get_mset(0, 0);
    REQUIRE(bounds.get_matches_lower_bound() == bounds.get_matches_upper_bound());
    for (unsigned limit : {1u, 10u, 0u}) {
      for (unsigned offset : {0u, 5u}) {
        MatchOptions request;
        request.limit = limit;
        request.offset = offset;
        const SearchResults results = run_search(db, query, request);
        CHECK(results.total == 110);
        CHECK_FALSE(results.hits.empty()); // the loop below runs
        for (const Hit& hit : results.hits) {
          const int i = std::stoi(hit.article.id.substr(1));
          CHECK(hit.similar == (i < 40 ? 1u : 0u));
        }
      }
    }
    MatchOptions every_copy;
    every_copy.collapse = false;
    CHECK(run_search(db, query, every_copy).total == 130);
  }
}

TEST_SUITE("match count") {
  TEST_CASE("one term walked by hand agrees with Xapian's collapse") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    add_articles(db);
    const Xapian::Query term("interest"); // the word as written
    REQUIRE(term.get_type() == Xapian::Query::LEAF_TERM);
    // Not a single term: matched by Xapian, with the same matches.
    const Xapian::Query compound(Xapian::Query::OP_OR, term, Xapian::Query("Znowhere"));
    REQUIRE(compound.get_type() != Xapian::Query::LEAF_TERM);
    for (const Xapian::Query& query : {term, compound}) {
      const StoryCopies copies = count_story_copies(db, query);
      CHECK(copies.surplus == 20);
      CHECK(copies.extra.size() == 20);
      CHECK(copies.extra.at("story7") == 1);
    }
    CHECK(count_story_copies(db, parse("held", db)).surplus == 0);
  }
}

TEST_SUITE("doc stream") {
  TEST_CASE("terms under AND, FILTER and OR match what Xapian matches") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    add_articles(db);
    const Xapian::Query interest = parse("interest", db), rates = parse("rates", db);
    const Xapian::Query report = parse("report", db), held = parse("held", db);
    const Xapian::Query queries[] = {
        parse("interest rates", db),
        parse("interest OR held", db),
        parse("(interest OR held) rates", db),
        Xapian::Query(Xapian::Query::OP_FILTER, report,
                      Xapian::Query(Xapian::Query::OP_OR, held, interest)),
        Xapian::Query(Xapian::Query::OP_AND, Xapian::Query::MatchAll, rates),
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, interest, 0.0),
        parse("interest nowhere", db),
    };
    for (const Xapian::Query& query : queries) {
      CAPTURE(query.get_description());
      Xapian::Enquire enquire(db);
      enquire.set_query(query);
      std::vector<Xapian::docid> expected;
      for (Xapian::docid id : enquire.get_mset(0, db.get_doccount()))
        expected.push_back(id);
      std::sort(expected.begin(), expected.end());
      const std::unique_ptr<DocStream> stream = stream_of(db, query);
      REQUIRE(stream);
      std::vector<Xapian::docid> walked;
      for (; !stream->at_end(); stream->next())
        walked.push_back(stream->doc());
      CHECK(walked == expected);
    }
  }

  TEST_CASE("phrases, value ranges and NOT are left to Xapian") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    add_articles(db);
    CHECK_FALSE(stream_of(db, parse("\"interest rates\"", db)));
    CHECK_FALSE(stream_of(db, parse("interest -rates", db)));
    CHECK_FALSE(stream_of(db, Xapian::Query(Xapian::Query::OP_VALUE_GE, 0, "a")));
  }

  TEST_CASE("walked counts: every match, and the copies among them") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    add_articles(db);
    const auto walked = walk_matches(db, parse("interest rates", db), 60);
    REQUIRE(walked);
    CHECK(walked->matches == 60);
    CHECK(walked->copies.surplus == 20);
    // Few matches expected for the postings to read: not worth a walk.
    CHECK_FALSE(walk_matches(db, parse("interest rates", db), 1));
  }

  TEST_CASE("bug: facets count the copies of a story that the total counts once") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    add_articles(db);
    MatchOptions request;
    request.facets = true;
    const SearchResults stories = run_search(db, parse("interest rates", db), request);
    REQUIRE(stories.facets);
    REQUIRE(stories.facets->sources.size() == 2);
    // 20 stories of two copies from the wire, 20 articles alone in the paper.
    CHECK(stories.facets->sources[0].count == 20);
    CHECK(stories.facets->sources[1].count == 20);
    CHECK(stories.total == 40);
    request.collapse = false;
    const SearchResults copies = run_search(db, parse("interest rates", db), request);
    CHECK(copies.facets->sources[0].name == "Wire");
    CHECK(copies.facets->sources[0].count == 40);
    request.facet_limit = 1;
    CHECK(run_search(db, parse("interest rates", db), request).facets->sources.size() == 1);
  }

  TEST_CASE("without hits, the total, histogram and facets are those of the search with hits") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    add_articles(db);
    for (const char* text : {"interest rates", "interest", "\"interest rates\""}) {
      CAPTURE(std::string(text));
      MatchOptions with;
      with.histogram = Period::Month;
      with.facets = true;
      MatchOptions without = with;
      without.hits = false;
      const SearchResults a = run_search(db, parse(text, db), with);
      const SearchResults b = run_search(db, parse(text, db), without);
      CHECK(b.hits.empty());
      CHECK(a.total == b.total);
      REQUIRE(a.histogram.size() == b.histogram.size());
      for (std::size_t i = 0; i < a.histogram.size(); ++i)
        CHECK(a.histogram[i].count == b.histogram[i].count);
      CHECK(a.facets->sources[0].count == b.facets->sources[0].count);
      without.histogram.reset();
      without.facets = false;
      CHECK(run_search(db, parse(text, db), without).total == a.total);
    }
  }
}
