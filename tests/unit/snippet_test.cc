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
    enquire.set_query(build_query(QueryRequest{"beijing visit", false, Date{}, {}, {}}, db).query);
    Xapian::MSet mset = enquire.get_mset(0, 10);
    const std::string snippet = make_snippet(mset, a.body, 200);
    CHECK(render_highlights(snippet, "[", "]") ==
          "[Beijing's] <leaders> & officials planned [visits].");
  }

  TEST_CASE("highlight marks render as given") {
    const std::string marked = std::string("a ") + kHighlightStart + "b" + kHighlightEnd + " c";
    CHECK(render_highlights(marked, "<b>", "</b>") == "a <b>b</b> c");
    CHECK(render_highlights(marked, "", "") == "a b c");
  }
}
