#include "searcher/snippet.hh"

#include <algorithm>

#include <doctest/doctest.h>

#include "common/article_document.hh"
#include "common/tokenizer.hh"
#include "searcher/query_builder.hh"

using namespace news;

namespace {

// The snippet of `body` for `query`, marks shown as [ and ].
std::string snippet_of(std::string body, const std::string& query, std::size_t length = 200) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::TermGenerator generator;
  configure_indexing(generator);
  Article a;
  a.id = "a";
  a.body = std::move(body);
  db.add_document(to_document(a, generator));
  Xapian::Enquire enquire(db);
  const Xapian::Query parsed = build_query(QueryRequest{query, false, Date{}, {}, {}}, db).query;
  enquire.set_query(parsed);
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  SnippetMaker maker(parsed, mset);
  return render_highlights(maker.make(a.body, length), "[", "]");
}

std::string repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i)
    out += text;
  return out;
}

} // namespace

TEST_SUITE("snippet") {
  TEST_CASE("matched words are marked, by stem, and a short text is whole") {
    CHECK(snippet_of("Beijing's <leaders> & officials planned visits.", "beijing visit") ==
          "[Beijing's] <leaders> & officials planned [visits].");
  }

  TEST_CASE("a phrase marks its words as written, an ordinary word every form of its stem") {
    CHECK(snippet_of("Officials planned visits. The visit was short.", "\"planned visits\"") ==
          "Officials [planned] [visits]. The visit was short.");
    CHECK(snippet_of("Officials planned visits. The visit was short.", "visit") ==
          "Officials planned [visits]. The [visit] was short.");
  }

  TEST_CASE("query stems: free-text words of any field, once each") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const Xapian::Query query =
        build_query(QueryRequest{"beijing title:visits visit", false, Date{}, {}, {}}, db).query;
    std::vector<std::string> stems = query_stems(query);
    std::sort(stems.begin(), stems.end());
    CHECK(stems == std::vector<std::string>{"beij", "visit"});
  }

  TEST_CASE("in a long text the snippet comes from around the match, with ellipses") {
    const std::string body = repeat("Filler words about nothing much, ", 40) +
                             "then the walruses arrived on the beach " +
                             repeat("and more filler words about nothing, ", 40) + "the end.";
    const std::string snippet = snippet_of(body, "walrus");
    CHECK(snippet.find("[walruses]") != std::string::npos);
    CHECK(snippet.starts_with("…"));
    CHECK(snippet.ends_with("…"));
    CHECK(snippet.find("[walruses]") > 20); // some context before the match
    CHECK(snippet.size() <= 200 + 2 * std::string("…").size() + 2);
  }

  TEST_CASE("a snippet starts at the start of the sentence with the match when it is near") {
    const std::string body = repeat("Filler words about nothing much. ", 40) +
                             "Then the walruses arrived. " + repeat("More filler words. ", 40);
    const std::string snippet = snippet_of(body, "walrus");
    CHECK(snippet.starts_with("Then the [walruses] arrived. More filler"));
    CHECK(snippet.ends_with("words."));
  }

  TEST_CASE("the window with the most query words wins") {
    const std::string body = "Oil was mentioned first. " + repeat("Nothing to see here. ", 20) +
                             "Crude oil output rose sharply in March. " +
                             repeat("Nothing to see here. ", 20);
    const std::string snippet = snippet_of(body, "crude oil output");
    CHECK(snippet.starts_with("[Crude] [oil] [output] rose sharply in March."));
    CHECK(snippet.find("mentioned") == std::string::npos);
  }

  TEST_CASE("phrase words are marked") {
    CHECK(snippet_of("Prices of crude oil fell.", "\"crude oil\"") ==
          "Prices of [crude] [oil] fell.");
  }

  TEST_CASE("without a match in the text, its beginning") {
    const std::string body = "First sentence here. " + repeat("Other words follow. ", 30);
    const std::string snippet = snippet_of(body, "first -zebra", 60);
    CHECK(snippet.starts_with("[First] sentence here."));
    CHECK(snippet_of(body, "date:2024", 60).starts_with("First sentence here. Other words"));
  }

  TEST_CASE("accented words match their folded query word") {
    CHECK(snippet_of("Le Café de Flore opened.", "cafe") == "Le [Café] de Flore opened.");
  }

  TEST_CASE("a cut never splits a word nor leaves a dangling comma") {
    const std::string body = "Oil, " + repeat("gas, ", 100);
    const std::string snippet = snippet_of(body, "oil", 50);
    CHECK(snippet.starts_with("[Oil], gas,"));
    CHECK(snippet.ends_with("gas…"));
  }

  TEST_CASE("highlight marks render as given") {
    const std::string marked = std::string("a ") + kHighlightStart + "b" + kHighlightEnd + " c";
    CHECK(render_highlights(marked, "<b>", "</b>") == "a <b>b</b> c");
    CHECK(render_highlights(marked, "", "") == "a b c");
  }
}
