// The query language as Xapian queries: {query string, expected
// Query::get_description()}, in the style of xapian-core's queryparsertest.
#include "searcher/query_builder.hh"

#include <string>

#include <doctest/doctest.h>
#include <fmt/core.h>

#include "common/error.hh"
#include "common/index_codecs.hh"
#include "common/schema.hh"
#include "searcher/dangling_signs.hh"
#include "searcher/search.hh"

using namespace news;

namespace {

const Date kNow = *parse_date("2024-05-31T15:30:00Z");

std::string described(const std::string& text, const Xapian::Database& db, bool any = false) {
  return build_query(QueryRequest{text, any, kNow, {}, {}}, db).query.get_description();
}

struct Case {
  const char* query;
  const char* expected;
};

// Filters of different kinds AND; entity filters AND with each other too (an
// article names many people); dates, languages or ids of one kind OR (an
// article has one of each).
const Case kCases[] = {
    {"oil prices", "Query(((Zoil@1 SYNONYM oil@1) AND (Zprice@2 SYNONYM price@2)))"},
    {"oil -saudi", "Query(((Zoil@1 SYNONYM oil@1) AND_NOT (Zsaudi@2 SYNONYM saudi@2)))"},
    // A phrase matches the words as written; an ordinary word its stem group:
    // the stem term of the forms that differ, and the word spelt as the stem
    // where that is its own stem (not `ceas`, whose stem is `cea`).
    {"\"oil prices\"", "Query((oil@1 PHRASE 2 prices@2))"},
    {"oil NEAR prices", "Query((oil@1 NEAR 11 prices@2))"},
    {"Visits", "Query((Zvisit@1 SYNONYM visit@1))"},
    {"visited(", "Query((Zvisit@1 SYNONYM visit@1))"},
    {"ceased", "Query(Zceas@1)"},
    {"1987", "Query(1987@1)"},
    {"sanction*", "Query(WILDCARD SYNONYM sanction)"},
    {"title:oil", "Query((ZSoil@1 SYNONYM Soil@1))"},
    {"person:reagan", "Query(0 * XPERSONreagan)"},
    {"person:reagan date:1987-03..1987-04",
     "Query(0 * (XPERSONreagan AND 0 * (M198703 OR M198704)))"},
    {"date:1987-03..1987-04 person:reagan",
     "Query(0 * (XPERSONreagan AND 0 * (M198703 OR M198704)))"},
    {"person:reagan person:baker date:1987-03..1987-04",
     "Query(0 * ((XPERSONreagan AND XPERSONbaker) AND 0 * (M198703 OR M198704)))"},
    {"person:reagan org:opec", "Query(0 * (XPERSONreagan AND XORGopec))"},
    {"person:reagan lang:en", "Query(0 * (XPERSONreagan AND Len))"},
    {"lang:en lang:fr", "Query(0 * (Len OR Lfr))"},
    {"date:1987-03 date:1987-05", "Query(0 * (0 * M198703 OR 0 * M198705))"},
    {"date:1987-03..1987-04 date:1987-05", "Query(0 * (0 * (M198703 OR M198704) OR 0 * M198705))"},
    {"date:1987-03..1987-04 lang:en", "Query(0 * (0 * (M198703 OR M198704) AND Len))"},
    {"oil person:reagan date:1987-03..1987-04",
     "Query(((Zoil@1 SYNONYM oil@1) FILTER (XPERSONreagan AND 0 * (M198703 OR M198704))))"},
    {"oil date:1987-03..1987-04 person:reagan",
     "Query(((Zoil@1 SYNONYM oil@1) FILTER (XPERSONreagan AND 0 * (M198703 OR M198704))))"},
};

} // namespace

TEST_SUITE("query builder") {
  TEST_CASE("query strings and the Xapian queries they make") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const Case& c : kCases) {
      CAPTURE(c.query);
      CHECK(described(c.query, db) == c.expected);
    }
  }

  TEST_CASE("bug: entity filters and date ranges are OR-ed") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    // A value bound in a description: the date as Xapian serialises it,
    // with the bytes that are not printable ASCII escaped as it shows them.
    const auto bound = [](const char* iso) {
      std::string shown;
      for (char c : encode_date_value(*parse_date(iso))) {
        const auto byte = static_cast<unsigned char>(c);
        shown += byte >= 0x20 && byte < 0x7f ? std::string(1, c) : fmt::format("\\x{:02x}", byte);
      }
      return shown;
    };
    const std::pair<std::string, std::string> cases[] = {
        {"person:reagan date:1987-03..1987-04",
         "Query(0 * (XPERSONreagan AND 0 * (M198703 OR M198704)))"},
        {"place:us date:..1987-04",
         "Query(0 * (XNPLACEunited states AND VALUE_LE 0 " + bound("1987-04-30T23:59:59Z") + "))"},
        {"org:opec date:1987-03-01..",
         "Query(0 * (XORGopec AND VALUE_GE 0 " + bound("1987-03-01T00:00:00Z") + "))"},
        {"person:a person:b date:1987..", "Query(0 * ((XPERSONa AND XPERSONb) AND VALUE_GE 0 " +
                                              bound("1987-01-01T00:00:00Z") + "))"},
    };
    for (const auto& [query, expected] : cases) {
      CAPTURE(query);
      CHECK(described(query, db) == expected);
    }
  }

  TEST_CASE("bug: date:999999999w.. overflows and matches") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const char* query : {"date:999999999w..", "date:999999999d..", "date:99999999999m..",
                              "date:3000y..", "date:..9999999999999999999d"}) {
      CAPTURE(query);
      CHECK_THROWS_WITH_AS(described(query, db), doctest::Contains("too far back"), Error);
    }
    // A week back from 2024-05-31 is still fine.
    CHECK(described("date:1w..", db).find("VALUE_GE") != std::string::npos);
  }

  TEST_CASE("bug: a query of 10,000 words costs the square of its words") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    std::string words;
    for (int i = 0; i < 1000; ++i)
      words += fmt::format("w{} ", i);
    CHECK_NOTHROW(described(words, db, true));
    CHECK_THROWS_WITH_AS(described(words + "one more", db, true),
                         "query too long: 1002 words (at most 1000)", Error);
  }

  TEST_CASE("bug: a* repeated 1,000 times expands every word for every copy") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::Document doc;
    for (Xapian::termcount i = 0; i <= kMaxWildcardTerms; ++i)
      doc.add_term(fmt::format("a{}", i)); // words as written
    db.add_document(doc);
    const Xapian::Query ok = build_query(QueryRequest{"a1*", false, kNow, {}, {}}, db).query;
    CHECK(run_search(db, ok, MatchOptions{}).total == 1);
    const Xapian::Query wide =
        build_query(QueryRequest{"title:x a*", true, kNow, {}, {}}, db).query;
    try {
      run_search(db, wide, MatchOptions{});
      FAIL("a wildcard of more than the limit was expanded");
    } catch (const Xapian::WildcardError& e) {
      CHECK(std::string(wildcard_error(e).what()) ==
            "wildcard a* matches too many words (over 1000); make it longer");
      CHECK(wildcard_error(e).kind() == ErrorKind::Usage);
    }
  }

  TEST_CASE("bug: ab* repeated 1,000 times runs until the timeout") {
    // Each copy is within kMaxWildcardTerms; together they made a query of
    // hundreds of thousands of terms.
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::Document doc;
    for (int i = 0; i < 10; ++i)
      doc.add_term(fmt::format("ab{}", i));
    db.add_document(doc);
    std::string many;
    for (std::size_t i = 0; i < kMaxWildcards; ++i)
      many += "ab* ";
    const Xapian::Query at_most = build_query(QueryRequest{many, false, kNow, {}, {}}, db).query;
    CHECK(run_search(db, at_most, MatchOptions{}).total == 1);
    CHECK_THROWS_WITH_AS(described(many + "title:ab*", db), "too many wildcards: 101 (at most 100)",
                         Error);
    std::string thousand;
    for (int i = 0; i < 1000; ++i)
      thousand += "ab* ";
    try {
      described(thousand, db, true);
      FAIL("a query of 1,000 wildcards was built");
    } catch (const Error& e) {
      CHECK(std::string(e.what()) == "too many wildcards: 1000 (at most 100)");
      CHECK(e.kind() == ErrorKind::Usage);
    }
    // A `*` that is not after a word is no wildcard.
    CHECK_NOTHROW(described(many + "* ab", db));
  }

  TEST_CASE("bug: a sign before no word crashes Xapian's parser before stopwords and a wildcard") {
    // Found by the query fuzzer: QueryParser 1.4.22 skips `.`, `""` or `()`
    // after a `+`, lends the sign to the next group, and a group of stopwords
    // before a wildcard is a null query it then dereferences.
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const char* query :
         {"y +.to to k*", "y +\"\" to to k*", "y +() the to k*", "y +, to to k*",
          "putin +!to of k* china", "y +title:\"\" to to k*"}) {
      CAPTURE(query);
      CHECK_NOTHROW(described(query, db));
      CHECK_NOTHROW(described(query, db, true));
    }
    // Signs that apply to a word, a phrase or a group are left as they are.
    const std::pair<const char*, const char*> kept[] = {
        {"+to -oil", "+to -oil"},
        {"x +\"oil price\" -(to be)", "x +\"oil price\" -(to be)"},
        {"C++ to-day e-mail", "C++ to-day e-mail"},
        {"y +.to +\"\" -() + x -", "y  .to  \"\"  ()   x  "},
        {"+-oil", " -oil"},
        {"+title:oil", "+title:oil"},
    };
    for (const auto& [text, expected] : kept) {
      CAPTURE(text);
      CHECK(without_dangling_signs(text) == expected);
    }
    CHECK(described("oil +.to", db) == described("oil .to", db));
  }
}
