#include <doctest/doctest.h>

#include "common/name_candidates.hh"

namespace {

using namespace news;

std::vector<std::string> candidates(const std::string& body,
                                    const std::vector<std::string>& people = {},
                                    const std::string& title = "") {
  Article a;
  a.title = title;
  a.body = body;
  a.language = "en";
  for (const std::string& person : people)
    a.entities.add(EntityKind::Person, person);
  return name_candidates(a, a.entities);
}

} // namespace

TEST_SUITE("name candidates") {
  TEST_CASE("bug: an article of no language compared its words with a destroyed string") {
    // The language an article without one is read in ("en") was a view of a
    // temporary std::string (a ?: of "en" and the article's string): found by
    // fuzz/read_file under AddressSanitizer (stack-use-after-scope).
    Article a;
    a.body = "The plan was backed by Lawson on Monday.";
    CHECK(name_candidates(a, a.entities) == candidates(a.body));
  }

  TEST_CASE("a capitalised word alone is a candidate, as its key") {
    CHECK(candidates("The plan was backed by Lawson on Monday.") ==
          std::vector<std::string>{"lawson", "monday"});
    CHECK(candidates("Stoltenberg said the mark was firm.") ==
          std::vector<std::string>{"stoltenberg"});
    CHECK(candidates("Talks with Pöhl ended.") == std::vector<std::string>{"talks", "pohl"});
  }

  TEST_CASE("not a candidate: runs, acronyms, stopwords, words of names, lowercase elsewhere") {
    CHECK(candidates("Nigel Lawson spoke.").empty()); // a run: the extractor's to judge
    CHECK(candidates("the IMF and G7 met").empty());  // acronyms, digits
    CHECK(candidates("Nigel Lawson spoke. Lawson left.", {"Nigel Lawson"}).empty());
    CHECK(candidates("Price rises slowed; the price of oil fell.").empty());
  }

  TEST_CASE("a title in capitals gives its words, under the same tests") {
    CHECK(candidates("The yen is stable, the governor says.", {}, "SUMITA SAYS YEN STABLE") ==
          std::vector<std::string>{"sumita"});
    CHECK(candidates("the yen was firm.", {}, "Sumita Says Yen Stable").empty()); // not in capitals
    CHECK(candidates("x", {"Satoshi Sumita"}, "SUMITA IN G7 TALKS") ==
          std::vector<std::string>{"talks"});
  }

  TEST_CASE("a title in sentence case gives its lone capitalised words, as the body does") {
    // Reuters' title-only briefs: `Sumita says ...` with no body to name him.
    CHECK(candidates("blah blah blah.", {}, "Sumita says yen will stay stable") ==
          std::vector<std::string>{"sumita"});
    CHECK(candidates("blah.", {}, "Japan will cooperate to stabilise dlr, Sumita") ==
          std::vector<std::string>{"japan", "sumita"});
    CHECK(candidates("x", {}, "Bank Of Japan Says").empty()); // a run of capitals: no lone word
  }

  TEST_CASE("each once, and at most kMaxNameCandidates") {
    CHECK(candidates("Lawson left; Lawson came back.") == std::vector<std::string>{"lawson"});
    std::string many;
    for (int i = 0; i < 100; ++i)
      many += "x Name" + std::string(1, static_cast<char>('a' + i % 26)) +
              std::string(1, static_cast<char>('a' + i / 26)) + " ";
    CHECK(candidates(many).size() == kMaxNameCandidates);
  }
}
