#include "searcher/field_names.hh"

#include <doctest/doctest.h>

#include "common/error.hh"

using namespace news;

namespace {

struct Refusal {
  std::string message, hint;
};

Refusal refusal_of(const std::string& query) {
  try {
    check_field_names(query);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Usage);
    return {e.what(), e.hint()};
  }
  return {"(accepted)", ""};
}

} // namespace

TEST_SUITE("field names") {
  TEST_CASE("bug: a mistyped field finds nothing, silently (persons:putin)") {
    const Refusal r = refusal_of("persons:putin china");
    CHECK(r.message.rfind("unknown field 'persons:' (fields: title:, source:, author:, person:",
                          0) == 0);
    CHECK(r.message.find("date:") != std::string::npos);
    CHECK(r.hint == "did you mean person:?");
  }

  TEST_CASE("fields are spelt as the table has them, far-off names get no suggestion") {
    const struct {
      std::string query, hint;
    } refused[] = {
        {"Title:oil", "did you mean title:?"},
        {"oil -sorce:reuters", "did you mean source:?"},
        {"(orgs:nato OR place:china)", "did you mean org:?"},
        {"xyzzy:abc", ""},
    };
    for (const auto& c : refused) {
      CAPTURE(c.query);
      const Refusal r = refusal_of(c.query);
      CHECK(r.message.rfind("unknown field", 0) == 0);
      CHECK(r.hint == c.hint);
    }
  }

  TEST_CASE("what is not a field name is left alone") {
    for (const char* query :
         {"title:oil", "person:\"vladimir putin\"", "date:2024-03..2024-05", "oil -source:reuters",
          "(org:nato OR place:china)", "+lang:en opec", "meeting at 10:30", "see http://x.com/a",
          "note: the meeting", "\"ratio 3:1 foo:bar\"", "ends with foo:", "c++:x"}) {
      const std::string text = query;
      CAPTURE(text);
      CHECK(refusal_of(text).message == "(accepted)");
    }
  }
}
