#include "searcher/snippet.hh"

#include <doctest/doctest.h>

#include "common/article_document.hh"
#include "common/tokenizer.hh"
#include "searcher/query_builder.hh"

using namespace news;

TEST_SUITE("snippet") {
  TEST_CASE("matched words are marked, by stem, and HTML escapes are undone") {
    Xapian::WritableDatabase db =
        Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::TermGenerator generator;
    configure_indexing(generator);
    Article a;
    a.id = "a";
    a.title = "T";
    a.body = "Beijing's <leaders> & officials planned visits.";
    db.add_document(to_document(a, generator));

    Xapian::Enquire enquire(db);
    const Xapian::Query query =
        build_query(QueryRequest{"beijing visit", false, Date{}, {}, {}}, db).query;
    enquire.set_query(query);
    Xapian::MSet mset = enquire.get_mset(0, 10);
    CHECK(query_stems(query) == std::vector<std::string>{"beij", "visit"});
    const std::string snippet = make_snippet(mset, query_stems(query), a.body, 200);
    CHECK(render_highlights(snippet, "[", "]") ==
          "[Beijing's] <leaders> & officials planned [visits].");
  }

  TEST_CASE("in a long text the snippet comes from around the first match") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::TermGenerator generator;
    configure_indexing(generator);
    Article a;
    a.id = "long";
    a.title = "T";
    for (int i = 0; i < 400; ++i)
      a.body += "Filler words about nothing much. ";
    a.body += "Then the walruses arrived on the beach.";
    db.add_document(to_document(a, generator));
    Xapian::Enquire enquire(db);
    const Xapian::Query query =
        build_query(QueryRequest{"walrus", false, Date{}, {}, {}}, db).query;
    enquire.set_query(query);
    const Xapian::MSet mset = enquire.get_mset(0, 10);
    const std::string snippet =
        render_highlights(make_snippet(mset, query_stems(query), a.body, 200), "[", "]");
    CHECK(snippet.find("[walruses]") != std::string::npos);
  }

  TEST_CASE("highlight marks render as given") {
    const std::string marked = std::string("a ") + kHighlightStart + "b" + kHighlightEnd + " c";
    CHECK(render_highlights(marked, "<b>", "</b>") == "a <b>b</b> c");
    CHECK(render_highlights(marked, "", "") == "a b c");
  }
}
