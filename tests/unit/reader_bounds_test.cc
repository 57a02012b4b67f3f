// Hostile inputs at the readers: nesting, entity expansion, attributes and
// field sizes are bounded, each with one clear problem and the rest read.
#include <doctest/doctest.h>

#include <string>

#include "indexer/readers/html_page.hh"
#include "indexer/readers/json_depth.hh"
#include "indexer/readers/json_records.hh"

using namespace news;

namespace {

std::string nested_array(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

bool has_problem(const ParsedFile& out, RecordProblem::Severity severity,
                 std::optional<unsigned> record, const std::string& message) {
  for (const RecordProblem& p : out.problems)
    if (p.severity == severity && p.record == record && p.message == message) return true;
  return false;
}

} // namespace

TEST_SUITE("reader bounds") {
  TEST_CASE("JSON nested to the bound parses; one level more is refused") {
    CHECK(parse_json_bounded(nested_array(kMaxJsonDepth)).is_array());
    CHECK_THROWS_AS(parse_json_bounded(nested_array(kMaxJsonDepth + 1)), JsonTooDeep);
    CHECK_THROWS_AS(parse_json_bounded("[1,"), nlohmann::json::parse_error);
  }

  TEST_CASE("bug: a JSON Lines record nested 100,000 deep overflowed the stack") {
    const std::string deep = nested_array(100000);
    ParsedFile out;
    read_json_lines(R"({"title": "one", "body": "fine"})"
                    "\n{\"title\": " +
                        deep + ", \"body\": \"b\"}\n" + R"({"title": "two", "body": "fine"})",
                    JsonFieldMap{}, out);
    REQUIRE(out.articles.size() == 2);
    CHECK(out.articles[0].title == "one");
    CHECK(out.articles[1].title == "two");
    REQUIRE(out.problems.size() == 1);
    CHECK(has_problem(out, RecordProblem::Severity::Error, 2,
                      "JSON nested more than 64 levels deep; skipped"));
  }

  TEST_CASE("bug: a JSON document nested 100,000 deep overflowed the stack") {
    ParsedFile out;
    read_json_document("{\"title\": \"t\", \"body\": " + nested_array(100000) + "}", JsonFieldMap{},
                       out);
    CHECK(out.articles.empty());
    REQUIRE(out.problems.size() == 1);
    CHECK(has_problem(out, RecordProblem::Severity::Error, std::nullopt,
                      "JSON nested more than 64 levels deep; skipped"));
  }

  TEST_CASE("bug: JSON-LD nested 100,000 deep in a page overflowed the stack") {
    ParsedFile out;
    read_html_page("<html><head><script type=\"application/ld+json\">" + nested_array(100000) +
                       "</script></head><body><article><p>The text.</p></article></body></html>",
                   out);
    REQUIRE(out.articles.size() == 1);
    CHECK(out.articles[0].body == "The text.");
    REQUIRE(out.problems.size() == 1);
    CHECK(has_problem(out, RecordProblem::Severity::Warning, std::nullopt,
                      "JSON-LD nested more than 64 levels deep; left out"));
  }
}
