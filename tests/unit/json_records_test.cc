#include "indexer/readers/json_records.hh"

#include <doctest/doctest.h>

using namespace news;

namespace {

ParsedFile lines(const std::string& text, const JsonFieldMap& fields = {}) {
  ParsedFile out;
  read_json_lines(text, fields, out);
  return out;
}

ParsedFile document(const std::string& text) {
  ParsedFile out;
  read_json_document(text, JsonFieldMap{}, out);
  return out;
}

} // namespace

TEST_SUITE("json_records") {
  TEST_CASE("default field names, case-insensitive, with nested source and author lists") {
    ParsedFile out =
        lines(R"({"GUID": "g1", "Headline": "Copper Rises", "Text": "Body.",)"
              R"( "publishedAt": "2024-02-13T08:30:00Z", "source": {"name": "Wire"},)"
              R"( "authors": ["Ana Ruiz", {"name": "Tom Bell"}], "link": "https://x/1",)"
              R"( "dateline": "LIMA, Feb 13", "language": "es"})");
    REQUIRE(out.articles.size() == 1);
    const Article& a = out.articles[0];
    CHECK(a.id == "g1");
    CHECK(a.title == "Copper Rises");
    CHECK(a.body == "Body.");
    REQUIRE(a.date);
    CHECK(format_iso8601(*a.date) == "2024-02-13T08:30:00Z");
    CHECK(a.date_source == DateSource::Metadata);
    CHECK(a.source == "Wire");
    CHECK(a.author == "Ana Ruiz, Tom Bell");
    CHECK(a.url == "https://x/1");
    CHECK(a.dateline == "LIMA, Feb 13");
    CHECK(a.language == "es");
    CHECK(a.record == 1u);
    CHECK(out.problems.empty());
  }

  TEST_CASE("dates: ISO 8601, RFC 2822, Unix seconds and milliseconds, as numbers or strings") {
    struct Case {
      const char* json_date;
      const char* expected;
    };
    const Case cases[] = {
        {R"("2024-02-14")", "2024-02-14T00:00:00Z"},
        {R"("Wed, 14 Feb 2024 10:00:00 +0700")", "2024-02-14T03:00:00Z"},
        {"1707955200", "2024-02-15T00:00:00Z"},
        {R"("1707955200")", "2024-02-15T00:00:00Z"},
        {"1707955200000", "2024-02-15T00:00:00Z"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.json_date);
      ParsedFile out = lines(std::string(R"({"title": "T", "date": )") + c.json_date + "}");
      REQUIRE(out.articles.size() == 1);
      REQUIRE(out.articles[0].date);
      CHECK(format_iso8601(*out.articles[0].date) == c.expected);
    }
  }

  TEST_CASE("an unparseable date is a warning, the article is kept without date") {
    ParsedFile out = lines(R"({"title": "T", "body": "B", "date": "soon"})");
    REQUIRE(out.articles.size() == 1);
    CHECK_FALSE(out.articles[0].date);
    REQUIRE(out.problems.size() == 1);
    CHECK(out.problems[0].severity == Problem::Severity::Warning);
    CHECK(out.problems[0].message.find("\"soon\"") != std::string::npos);
  }

  TEST_CASE("HTML bodies become text, hard-wrapped bodies are re-flowed") {
    ParsedFile html = lines(R"({"title": "T", "content": "<p>One &amp; two.</p><p>Three.</p>"})");
    CHECK(html.articles.at(0).body == "One & two.\nThree.");
    ParsedFile wrapped = lines(
        R"({"title": "T", "body": "Copper rose to a\nthree-month high\non Tuesday.\n    Traders said\nstocks were thin.\nREUTER"})");
    CHECK(wrapped.articles.at(0).body ==
          "Copper rose to a three-month high on Tuesday.\nTraders said stocks were thin.");
  }

  TEST_CASE("--map puts a member first, dotted names reach into objects") {
    JsonFieldMap fields;
    fields.apply_mapping("title=headline_text");
    fields.apply_mapping("source=meta.outlet");
    fields.apply_mapping("date=meta.when");
    ParsedFile out = lines(R"({"title": "Default", "headline_text": "Mapped", "body": "B",)"
                           R"( "meta": {"outlet": "Alpine Post", "when": "2023-08-01"}})",
                           fields);
    REQUIRE(out.articles.size() == 1);
    CHECK(out.articles[0].title == "Mapped");
    CHECK(out.articles[0].source == "Alpine Post");
    CHECK(out.articles[0].date.has_value());
  }

  TEST_CASE("malformed mappings are usage errors") {
    JsonFieldMap fields;
    CHECK_THROWS(fields.apply_mapping("title"));
    CHECK_THROWS(fields.apply_mapping("=x"));
    CHECK_THROWS(fields.apply_mapping("colour=x"));
  }

  TEST_CASE("a bad line fails alone, blank lines are skipped, line numbers are kept") {
    ParsedFile out = lines("{\"title\": \"A\"}\n\n{\"title\": \"B\n[1]\n{\"title\": \"C\"}\n");
    REQUIRE(out.articles.size() == 2);
    CHECK(out.articles[0].record == 1u);
    CHECK(out.articles[1].record == 5u);
    REQUIRE(out.problems.size() == 2);
    CHECK(out.problems[0].record == 3u);
    CHECK(out.problems[0].severity == Problem::Severity::Error);
    CHECK(out.problems[0].message.starts_with("malformed JSON: parse error at column"));
    CHECK(out.problems[1].record == 4u);
    CHECK(out.problems[1].message == "expected a JSON object, found array");
  }

  TEST_CASE("a record with neither title nor body is skipped with a warning naming it") {
    ParsedFile out = lines(R"({"id": "r-9", "title": "", "body": "", "date": "1987-04-03"})");
    CHECK(out.articles.empty());
    REQUIRE(out.problems.size() == 1);
    CHECK(out.problems[0].severity == Problem::Severity::Warning);
    CHECK(out.problems[0].message == "record \"r-9\" has neither title nor body; skipped");
  }

  TEST_CASE("JSON documents: an array, an API response, one object") {
    CHECK(document(R"([{"title": "A"}, {"title": "B"}])").articles.size() == 2);
    ParsedFile api = document(R"({"status": "ok", "articles": [{"title": "A"}, {"title": "B"}]})");
    REQUIRE(api.articles.size() == 2);
    CHECK(api.articles[1].record == 2u);
    ParsedFile one = document(R"({"title": "Only", "body": "Text"})");
    REQUIRE(one.articles.size() == 1);
    CHECK_FALSE(one.articles[0].record.has_value());
    ParsedFile bad = document(R"({"title": )");
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0].severity == Problem::Severity::Error);
  }

  TEST_CASE("bug: one bad record stops everything (internal error: stod)") {
    const std::string digits(400, '9');
    const std::string text = R"({"id": "a", "title": "Dot date", "date": "."})"
                             "\n"
                             R"({"id": "b", "title": "Long number", "count": )" +
                             digits + "}\n" +
                             R"({"id": "c", "title": "Overflow", "score": 1e400})"
                             "\n"
                             R"({"id": "d", "title": "Far future", "date": 1e30})"
                             "\n"
                             R"({"id": "e", "title": "Digits as text", "date": ")" +
                             digits + "\"}\n" +
                             R"({"id": "f", "title": "Good", "date": "2024-02-14"})"
                             "\n";
    ParsedFile out;
    REQUIRE_NOTHROW(read_json_lines(text, JsonFieldMap{}, out));
    // Bad dates leave their article undated; numbers too large to read lose the record.
    REQUIRE(out.articles.size() == 4);
    CHECK(out.articles[0].id == "a");
    CHECK_FALSE(out.articles[0].date);
    CHECK(out.articles[1].id == "d");
    CHECK_FALSE(out.articles[1].date);
    CHECK(out.articles[2].id == "e");
    CHECK_FALSE(out.articles[2].date);
    CHECK(out.articles[3].id == "f");
    CHECK(out.articles[3].date);
    REQUIRE(out.problems.size() == 5);
    const unsigned lines_named[] = {1, 2, 3, 4, 5};
    for (std::size_t i = 0; i < out.problems.size(); ++i) {
      CAPTURE(out.problems[i].message);
      CHECK(out.problems[i].record == lines_named[i]);
      CHECK(out.problems[i].message.size() < 300); // one line, even quoting 400 digits
    }
    CHECK(out.problems[0].severity == Problem::Severity::Warning);
    CHECK(out.problems[0].message == "date \".\" is not a date; indexed without date");
    CHECK(out.problems[1].severity == Problem::Severity::Error);
    CHECK(out.problems[1].message.starts_with("cannot read JSON: number overflow parsing '999"));
    CHECK(out.problems[2].severity == Problem::Severity::Error);
    CHECK(out.problems[2].message == "cannot read JSON: number overflow parsing '1e400'");
    CHECK(out.problems[3].severity == Problem::Severity::Warning);
    CHECK(out.problems[3].message ==
          "date \"1e+30\" is not a Unix time in the years 1000..9999; indexed without date");
    CHECK(out.problems[4].severity == Problem::Severity::Warning);
    CHECK(out.problems[4].message.starts_with("date \"999"));
  }

  TEST_CASE("bug: a number too large in a JSON document stops the whole file unannounced") {
    ParsedFile bad = document(R"([{"title": "A"}, {"title": "B", "n": 1e400}])");
    CHECK(bad.articles.empty());
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0].severity == Problem::Severity::Error);
    CHECK(bad.problems[0].message == "cannot read JSON: number overflow parsing '1e400'");
    ParsedFile far = document(R"([{"title": "A", "date": -1e300}, {"title": "B"}])");
    REQUIRE(far.articles.size() == 2);
    CHECK_FALSE(far.articles[0].date);
    REQUIRE(far.problems.size() == 1);
    CHECK(far.problems[0].record == 1u);
  }

  TEST_CASE("bug: text in angle brackets is taken for HTML and dropped") {
    // reuters-978, as the Reuters-21578 dump has it.
    ParsedFile out =
        lines(R"({"id": "reuters-978", "title": "GREENWOOD RESOURCES <GRRL> SELLS COMPANY STAKE", )"
              R"("body": "Greenwood Resources Inc said it has sold\nits 4,300,000 common share )"
              R"(majority holding in <New London Oil\nLtd> of London to an affiliate of <Guinness )"
              R"(Peat Group PLC> of\nLondon and an affiliate of <Sidro SA> of Belgium.\n    )"
              R"(Sears <S> and Entertainment Marketing <em> too."})");
    REQUIRE(out.articles.size() == 1);
    CHECK(out.articles[0].title == "GREENWOOD RESOURCES <GRRL> SELLS COMPANY STAKE");
    CHECK(out.articles[0].body ==
          "Greenwood Resources Inc said it has sold its 4,300,000 common share majority holding "
          "in <New London Oil Ltd> of London to an affiliate of <Guinness Peat Group PLC> of "
          "London and an affiliate of <Sidro SA> of Belgium.\nSears <S> and Entertainment "
          "Marketing <em> too.");
    // Real HTML around such a name: the markup goes, the name stays.
    out = lines(R"({"body": "<p>Sold to <Sidro SA> of Belgium.</p><p>Caf&eacute;.</p>"})");
    REQUIRE(out.articles.size() == 1);
    CHECK(out.articles[0].body == "Sold to <Sidro SA> of Belgium.\nCafé.");
  }
}
