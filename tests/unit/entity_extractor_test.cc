// Rules of the entity extractor, one case each, and the seed article.
#include "common/entity_extractor.hh"
#include "common/name_tokens.hh"
#include "tests/unit/entity_test_support.hh"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

using namespace news;
using test::from_body;
using test::has;

namespace {

using Names = std::vector<std::string>;

// `Qab`, `Qac`...: a capitalised word no list knows, one for each number.
std::string made_up_word(unsigned n) {
  std::string word = "Q";
  for (int i = 0; i < 3; ++i, n /= 26)
    word += static_cast<char>('a' + n % 26);
  return word;
}

} // namespace

TEST_SUITE("entity_extractor") {
  TEST_CASE("titles and possessives are stripped from people") {
    const Entities e = from_body("Russian President Vladimir Putin's visit was short.");
    CHECK(e.person == Names{"Vladimir Putin"});
    CHECK(from_body("He met Prime Minister Narendra Modi on Monday.").person ==
          Names{"Narendra Modi"});
    CHECK(from_body("Talks with Mr. Smith ended.").person == Names{"Smith"});
    CHECK(from_body("Chancellor Olaf Scholz and Dr Anna Berg spoke.").person ==
          Names{"Olaf Scholz", "Anna Berg"});
  }

  TEST_CASE("a later bare surname is the same person") {
    const Entities e = from_body("Vladimir Putin arrived. Later, Putin said the talks went well.");
    CHECK(e.person == Names{"Vladimir Putin"});
  }

  TEST_CASE("aliases resolve to one canonical name") {
    CHECK(from_body("Officials in the U.S. and in Britain agreed.").place ==
          Names{"United States", "United Kingdom"});
    CHECK(from_body("The US and the UK signed.").place == Names{"United States", "United Kingdom"});
    CHECK(from_body("Trade with the United States of America grew.").place ==
          Names{"United States"});
    CHECK(from_body("He spoke to the International Monetary Fund and the IMF board.").org ==
          Names{"IMF"});
  }

  TEST_CASE("organisation cues: suffixes, known names and acronyms") {
    CHECK(has(from_body("Shares of Acme Widgets Inc rose.").org, "Acme Widgets Inc"));
    CHECK(has(from_body("The Finance Ministry said so.").org, "Finance Ministry"));
    CHECK(has(from_body("A meeting of OPEC and NATO.").org, "OPEC"));
    CHECK(has(from_body("A meeting of OPEC and NATO.").org, "NATO"));
    CHECK(from_body("Members of the Russian Union of Industrialists and Entrepreneurs met.").org ==
          Names{"Russian Union of Industrialists and Entrepreneurs"});
  }

  TEST_CASE("place cues: gazetteer, prepositions, datelines") {
    CHECK(from_body("He flew from Tokyo to Osaka.").place == Names{"Tokyo", "Osaka"});
    CHECK(from_body("Farmers in Wexmoor protested.").place == Names{"Wexmoor"});
    Article article;
    article.title = "T";
    article.dateline = "MOSCOW, April 5";
    article.body = "Officials spoke.";
    CHECK(extract_entities(article).place == Names{"Moscow"});
    // The region or country after the city is a place too, up to the date.
    for (const char* language : {"en", "de"}) {
      article.language = language;
      article.dateline = "YORK, England";
      CHECK(extract_entities(article).place == Names{"York", "England"});
      article.dateline = "SPRINGFIELD, Ill., March 3";
      CHECK(extract_entities(article).place.size() == 2);
      article.dateline = "SALVADOR, Feb 26";
      CHECK(extract_entities(article).place == Names{"Salvador"});
      article.dateline = "LONDON, 1996-08-22";
      CHECK(extract_entities(article).place == Names{"London"});
    }
  }

  TEST_CASE("nationality adjectives name no place by themselves") {
    CHECK(from_body("Russian officials and French diplomats met.").place.empty());
  }

  TEST_CASE("capitalised headlines only confirm names known from the body or gazetteer") {
    const Entities e =
        from_body("The visit was announced on Thursday.", "MYSTERY MAN VISITS CHINA");
    CHECK(e.person.empty());
    CHECK(e.org.empty());
    CHECK(e.place == Names{"China"});
    const Entities known =
        from_body("Jan Kowalski said the plan would work.", "KOWALSKI BACKS PLAN");
    CHECK(known.person == Names{"Jan Kowalski"});
  }

  TEST_CASE("sentence starts, weekdays, months and common capitalised words are not entities") {
    const Entities e = from_body("According to the report, prices rose. Last month they fell. "
                                 "The Cold War ended. On Thursday in May, nothing happened.");
    CHECK(e.person.empty());
    CHECK(e.org.empty());
    CHECK(e.place.empty());
  }

  TEST_CASE("sports reports: teams named after places are organisations") {
    const Entities e = from_body("Leicestershire beat Somerset at Leicester. Surrey drew.",
                                 "CRICKET - LEICESTERSHIRE WIN");
    CHECK(has(e.org, "Somerset"));
    CHECK(has(e.place, "Leicester"));
  }

  TEST_CASE("the seed article's exact entities") {
    std::ifstream in(std::string(SAMPLE_CORPUS_DIR) + "/putin-china-visit.txt");
    std::stringstream text;
    text << in.rdbuf();
    std::string body = text.str();
    const std::string title = body.substr(0, body.find('\n'));
    body = body.substr(body.find('\n') + 1);
    body = body.substr(0, body.find("READ ALSO")); // the reader strips the trailer
    Article article;
    article.title = title;
    article.body = body;
    Entities e = extract_entities(article);
    std::sort(e.place.begin(), e.place.end());
    std::sort(e.org.begin(), e.org.end());
    CHECK(e.person == Names{"Vladimir Putin"});
    CHECK(e.org == Names{"NATO", "Russian Union of Industrialists and Entrepreneurs"});
    CHECK(e.place == Names{"Beijing", "China", "Moscow", "Russia", "Ukraine", "United States"});
  }

  TEST_CASE("bug: a body of thousands of names compared each name with all before it") {
    std::string body;
    for (unsigned i = 0; i < 1500; ++i)
      body += "Mr " + made_up_word(i) + " Zumwalt" + made_up_word(i) + " met officials.\n";
    const Entities e = from_body(body + "Later, Zumwalt" + made_up_word(3) + " said no.");
    REQUIRE(e.person.size() == Entities::kMaxNames);
    CHECK(e.person.front() == made_up_word(0) + " Zumwalt" + made_up_word(0));
    CHECK(e.person.back() == made_up_word(999) + " Zumwalt" + made_up_word(999));
  }

  TEST_CASE("a long body is read in pieces, and a name in any piece is found") {
    std::string body;
    while (body.size() < 300000)
      body += "the harbour board said the bridge would open again next week.\n";
    const Entities e = from_body(body + "Angela Merkel met officials.\n" + body +
                                 std::string(200000, 'x') + " Olaf Scholz said so.");
    CHECK(e.person == Names{"Angela Merkel", "Olaf Scholz"});
  }
}

TEST_CASE("name tokens: the case of ASCII, accented Latin and Cyrillic words") {
  const std::vector<NameToken> tokens =
      name_tokens("Lawson NATO U.S. G7 ltd Élysée ÖZIL Путин США 1987");
  struct Case {
    const char* text;
    bool capitalised, all_caps;
  };
  const Case expected[] = {{"Lawson", true, false}, {"NATO", true, true},   {"U.S.", true, true},
                           {"G7", true, true},      {"ltd", false, false},  {"Élysée", true, false},
                           {"ÖZIL", true, true},    {"Путин", true, false}, {"США", true, true},
                           {"1987", false, false}};
  REQUIRE(tokens.size() == std::size(expected));
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    CAPTURE(expected[i].text);
    CHECK(tokens[i].text == expected[i].text);
    CHECK(tokens[i].word);
    CHECK(tokens[i].capitalised == expected[i].capitalised);
    CHECK(tokens[i].all_caps == expected[i].all_caps);
  }
}
