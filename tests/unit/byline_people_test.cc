// The people a byline names, and that an article's byline gives its people.
#include <doctest/doctest.h>

#include <algorithm>

#include "common/byline_people.hh"
#include "common/entity_extractor.hh"

using namespace news;

namespace {

using Names = std::vector<std::string>;

Names people(std::string_view byline) { return byline_people(byline, Gazetteer::instance()); }

} // namespace

TEST_SUITE("byline people") {
  TEST_CASE("a byline's names, one or several") {
    CHECK(people("Peter Blackburn") == Names{"Peter Blackburn"});
    CHECK(people("By Jane Doe and John Roe") == Names{"Jane Doe", "John Roe"});
    CHECK(people("Lynne O'Donnell, Geert de Clercq") ==
          Names{"Lynne O'Donnell", "Geert de Clercq"});
    CHECK(people("JOHN SMITH") == Names{"John Smith"});
    CHECK(people("Jean-Pierre Özil & D.A. Weibring") == Names{"Jean-Pierre Özil", "D.A. Weibring"});
  }

  TEST_CASE("what is not a person's name: one word, a desk, an agency, a place, an address") {
    CHECK(people("Reuters").empty());
    CHECK(people("Reuters Staff").empty());
    CHECK(people("Business Desk").empty());
    CHECK(people("Associated Press").empty());
    CHECK(people("New York").empty());
    CHECK(people("jane@example.com").empty());
    CHECK(people("Jane Doe 2").empty());
    CHECK(people("the editors").empty());
    CHECK(people("A Very Long Name Of Five").empty());
  }

  TEST_CASE("an article's byline names people, on the tagger's path and the rules'") {
    Article a;
    a.title = "EU rejects German call to boycott British lamb.";
    a.body = "The European Commission said on Thursday it disagreed with German advice.";
    a.author = "Peter Blackburn";
    for (const char* language : {"en", "de"}) {
      a.language = language;
      const Entities e = extract_entities(a);
      CHECK(std::count(e.person.begin(), e.person.end(), "Peter Blackburn") == 1);
    }
    a.author = "";
    const Entities none = extract_entities(a);
    CHECK(std::count(none.person.begin(), none.person.end(), "Peter Blackburn") == 0);
  }
}
