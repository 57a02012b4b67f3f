#include "common/schema.hh"

#include <string>
#include <utility>

#include <doctest/doctest.h>

#include "tests/unit/broken_table.hh"

using namespace news;

TEST_SUITE("schema") {
  // schema.hh asserts at compile time that kFields has no problem; here
  // the check itself is shown to find each kind of problem.
  TEST_CASE("the schema check finds each kind of broken table") {
    CHECK(schema_problem(kFields) == "");
    const auto broken = [](auto change) {
      return test::problem_after(kFields, schema_problem, change);
    };
    CHECK(broken([](auto& t) { std::swap(t[1], t[2]); }) == "a row is out of the order of Field");
    CHECK(broken([](auto& t) { t[std::size_t(Field::Story)].slot.reset(); }) ==
          "a value field has no slot");
    CHECK(broken([](auto& t) { t[std::size_t(Field::Url)].prefix = ""; }) ==
          "a boolean field has no prefix");
    CHECK(broken([](auto& t) { t[std::size_t(Field::Url)].prefix = "ZU"; }) ==
          "a prefix starts with the stem marker");
    CHECK(broken([](auto& t) { t[std::size_t(Field::Url)].prefix = "Q"; }) ==
          "two fields have the same prefix");
    CHECK(broken([](auto& t) { t[std::size_t(Field::Simhash)].slot = 0; }) ==
          "two fields have the same slot");
    CHECK(broken([](auto& t) { t[std::size_t(Field::Url)].query_name = "id"; }) ==
          "two fields have the same query name");
    CHECK(broken([](auto& t) { t[std::size_t(Field::Url)].prefix = "QU"; }) ==
          "a prefix starts another one");
    // X-prefixes may start one another: Xapian tells them apart.
    CHECK(broken([](auto& t) { t[std::size_t(Field::OrgName)].prefix = "XPERSONA"; }) == "");
  }

  TEST_CASE("the metadata check finds each kind of broken table") {
    CHECK(metadata_problem(kMetadata) == "");
    const auto broken = [](auto change) {
      return test::problem_after(kMetadata, metadata_problem, change);
    };
    CHECK(broken([](auto& t) { std::swap(t[0], t[1]); }) ==
          "a row is out of the order of Metadata");
    CHECK(broken([](auto& t) { t[std::size_t(Metadata::Roots)].key = ""; }) == "a key is empty");
    CHECK(broken([](auto& t) { t[std::size_t(Metadata::Roots)].key = "features"; }) ==
          "two rows have the same key");
    CHECK(broken([](auto& t) { t[std::size_t(Metadata::Roots)].key = "file:roots"; }) ==
          "a key starts with a family's key");
  }

  TEST_CASE("standard prefixes") {
    CHECK(prefix_of(Field::Id) == "Q");
    CHECK(prefix_of(Field::Title) == "S");
    CHECK(slot_of(Field::Date) == 0u);
  }

  TEST_CASE("boolean terms stay under Xapian's term limit and distinct") {
    CHECK(boolean_term(Field::Id, "/a/b.txt") == "Q/a/b.txt");
    const std::string long_a(400, 'a');
    std::string long_b = long_a;
    long_b.back() = 'b';
    const std::string term_a = boolean_term(Field::Id, long_a);
    const std::string term_b = boolean_term(Field::Id, long_b);
    CHECK(term_a.size() <= 240);
    CHECK(term_a.starts_with("Qaaaa"));
    CHECK(term_a != term_b);
    CHECK(term_a == boolean_term(Field::Id, long_a));
  }
}
