#include "searcher/search_service.hh"

#include <chrono>
#include <thread>

#include <doctest/doctest.h>
#include <fmt/core.h>

#include "common/article_document.hh"
#include "common/error.hh"
#include "common/schema.hh"
#include "common/tokenizer.hh"
#include "searcher/output.hh"
#include "tests/unit/temp_dir.hh"

using namespace news;

namespace {

// 300 articles about rates; a1, a2 and a3 are copies of one story, dated
// a day apart.
Xapian::WritableDatabase sample_database(const std::string& path = {}) {
  Xapian::WritableDatabase db =
      path.empty() ? Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY)
                   : Xapian::WritableDatabase(path, Xapian::DB_CREATE);
  Xapian::TermGenerator generator;
  configure_indexing(generator);
  for (int i = 0; i < 300; ++i) {
    Article a;
    a.id = fmt::format("a{}", i);
    a.title = fmt::format("Rates report {}", i);
    a.body = "Interest rates rose again, the central bank said.";
    a.date = Date{std::chrono::sys_days{std::chrono::year{2024} / 3 / 1} + std::chrono::days{i}};
    Xapian::Document doc = to_document(a, generator);
    if (i >= 1 && i <= 3) doc.add_value(slot_of(Field::Story), "story-1");
    db.add_document(doc);
  }
  db.commit();
  return db;
}

SearchRequest words(const std::string& query) {
  SearchRequest request;
  request.query = query;
  return request;
}

ErrorKind kind_of_error(const std::function<void()>& work) {
  try {
    work();
  } catch (const Error& e) {
    return e.kind();
  }
  FAIL("no error");
  return ErrorKind::Failure;
}

} // namespace

TEST_SUITE("search service") {
  TEST_CASE("a search gives the page, the exact total and the explanation when asked") {
    SearchService service(sample_database());
    SearchRequest request = words("interest rates");
    request.limit = 5;
    request.explain = true;
    const SearchResults results = service.search(request);
    CHECK(results.total == 298); // a1-a3: one story
    CHECK(results.hits.size() == 5);
    CHECK(results.query == "interest rates");
    CHECK(results.explanation.find("Zinterest") != std::string::npos);
    request.count_only = true;
    CHECK(service.search(request).total == 298);
    CHECK(service.search(request).hits.size() == 1);
  }

  TEST_CASE("an article comes whole, with the other copies of its story, newest first") {
    SearchService service(sample_database());
    const ArticleView view = service.article("a2");
    CHECK(view.article.title == "Rates report 2");
    CHECK(view.article.body == "Interest rates rose again, the central bank said.");
    REQUIRE(view.copies.size() == 2);
    CHECK(view.copies[0].id == "a3");
    CHECK(view.copies[1].id == "a1");
    CHECK(service.article("a7").copies.empty());
  }

  TEST_CASE("an unknown id is not found, for an article and for --like") {
    SearchService service(sample_database());
    CHECK(kind_of_error([&] { service.article("nope"); }) == ErrorKind::NotFound);
    SearchRequest like;
    like.like_id = "nope";
    CHECK(kind_of_error([&] { service.search(like); }) == ErrorKind::NotFound);
    CHECK(kind_of_error([&] { service.search(words("date:2024-13")); }) == ErrorKind::Usage);
  }

  TEST_CASE("the summary counts articles and gives the first and last dates") {
    SearchService service(sample_database());
    const IndexSummary summary = service.summary();
    CHECK(summary.articles == 300);
    CHECK(summary.undated == 0);
    REQUIRE(summary.first_date);
    CHECK(format_iso8601(*summary.first_date) == "2024-03-01T00:00:00Z");
    StringSink sink;
    print_summary_json(summary, sink);
    CHECK(sink.text().find("\"articles\": 300") != std::string::npos);
  }

  TEST_CASE("a search past its deadline stops with a timeout, and the next one runs") {
    const Xapian::WritableDatabase db = sample_database();
    const Xapian::Query all = Xapian::Query::MatchAll;
    MatchOptions options;
    options.limit = 0; // a full pass: every candidate is asked about
    options.deadline =
        MatchOptions::Deadline{std::chrono::steady_clock::now(), std::chrono::milliseconds(5)};
    try {
      run_search(db, all, options);
      FAIL("the deadline was not kept");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::Timeout);
      CHECK(std::string(e.what()).find("longer than 5 ms") != std::string::npos);
    }
    options.deadline.reset();
    CHECK(run_search(db, all, options).total == 298);
  }

  TEST_CASE("services on several threads search at once, each on its own database") {
    const test::TempDir dir;
    const std::string path = (dir.path / "db").string();
    sample_database(path).close();
    std::vector<std::thread> threads;
    std::vector<Xapian::doccount> totals(4);
    for (std::size_t t = 0; t < totals.size(); ++t)
      threads.emplace_back([&, t] {
        SearchService service((Xapian::Database(path)));
        for (int i = 0; i < 50; ++i)
          totals[t] = service.search(words("interest rates bank")).total;
      });
    for (std::thread& thread : threads)
      thread.join();
    for (Xapian::doccount total : totals)
      CHECK(total == 298);
  }
}
