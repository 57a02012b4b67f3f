#include "common/schema.hh"

#include <set>
#include <string>

#include <doctest/doctest.h>

using namespace news;

TEST_SUITE("schema") {
  // The same checks as the static_assert in schema.hh, spelled out so that a
  // failure names the offending row.
  TEST_CASE("every row is in place and every prefix, slot and name is unique") {
    std::set<std::string_view> prefixes, names;
    std::set<ValueSlot> slots;
    for (std::size_t i = 0; i < kFields.size(); ++i) {
      const FieldSpec& field = kFields[i];
      CAPTURE(i);
      CHECK(static_cast<std::size_t>(field.field) == i);
      if (!field.prefix.empty()) CHECK(prefixes.insert(field.prefix).second);
      if (!field.query_name.empty()) CHECK(names.insert(field.query_name).second);
      if (field.slot) CHECK(slots.insert(*field.slot).second);
      if (field.kind == FieldKind::Boolean) CHECK_FALSE(field.prefix.empty());
      if (field.kind == FieldKind::Value) CHECK(field.slot.has_value());
    }
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
