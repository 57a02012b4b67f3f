// Chinese and Japanese people and places (common/cjk_entities), on texts
// written for these tests.
#include "common/cjk_entities.hh"

#include <algorithm>

#include <doctest/doctest.h>

#include "common/entity_extractor.hh"

using namespace news;

namespace {

using Names = std::vector<std::string>;

Entities of(const std::string& body, const std::string& title = "T") {
  Article article;
  article.title = title;
  article.body = body;
  return extract_entities(article);
}

bool has(const Names& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace

TEST_SUITE("cjk_entities") {
  TEST_CASE("countries in Chinese and Japanese under their English names") {
    const Entities zh = of("德国和法国的代表在日本会面。中國與美國也派了代表。");
    for (const char* place : {"Germany", "France", "Japan", "China", "United States"}) {
      CAPTURE(place);
      CHECK(has(zh.place, place));
    }
    const Entities ja = of("ドイツとフランスの首脳がアメリカを訪れた。");
    CHECK(has(ja.place, "Germany"));
    CHECK(has(ja.place, "France"));
    CHECK(has(ja.place, "United States"));
  }

  TEST_CASE("cities and regions of iso-codes' subdivisions the gazetteer knows") {
    CHECK(cjk_place("东京都") == "Tokyo");
    CHECK(cjk_place("東京") == "Tokyo");
    CHECK(cjk_place("北京") == "Beijing");
    CHECK(cjk_place("莫斯科") == "Moscow");
    CHECK(has(of("代表团周二抵达北京。").place, "Beijing"));
    CHECK(has(of("首脳は東京で会談した。").place, "Tokyo"));
  }

  TEST_CASE("a katakana place is a whole katakana word") {
    CHECK(cjk_place("タイ") == "Thailand");
    CHECK_FALSE(has(of("タイムズ紙が報じた。").place, "Thailand"));
    CHECK(has(of("タイの首都で会議が開かれた。").place, "Thailand"));
  }

  TEST_CASE("foreign names joined by an interpunct, cut at titles and particles") {
    const Entities zh = of("俄罗斯总统弗拉基米尔·普京表示，谈判将继续。");
    CHECK(zh.person == Names{"弗拉基米尔·普京"});
    CHECK(has(zh.place, "Russia"));
    CHECK(of("ロシアのウラジーミル・プーチン大統領は述べた。").person ==
          Names{"ウラジーミル・プーチン"});
    // A list of places is not a name.
    CHECK(of("アメリカ・イギリス・フランスの三か国").person.empty());
  }

  TEST_CASE("Japanese names before an honorific or a title") {
    const Entities ja = of("ショルツ首相は岸田首相と会談し、安倍晋三氏とスミスさんも同席した。");
    for (const char* person : {"ショルツ", "岸田", "安倍晋三", "スミス"}) {
      CAPTURE(person);
      CHECK(has(ja.person, person));
    }
    // A country's president, a compound title, a common noun: no one.
    CHECK(of("アメリカ大統領が来日した。").person.empty());
    CHECK(of("外務大臣は会見で述べた。").person.empty());
    CHECK(of("チーム監督が交代した。").person.empty());
  }

  TEST_CASE("text without Chinese or Japanese is left to the extractor") {
    CHECK_FALSE(has_cjk("Olaf Scholz in Paris, Путин"));
    CHECK(has_cjk("in 北京"));
    CHECK(has_cjk("ひらがな"));
  }
}
