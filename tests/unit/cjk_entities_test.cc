// Chinese and Japanese people and places (common/cjk_entities), on texts
// written for these tests.
#include "common/cjk_entities.hh"

#include <doctest/doctest.h>

#include "common/entity_extractor.hh"
#include "tests/unit/entity_test_support.hh"

using namespace news;
using test::from_body;
using test::has;

namespace {

using Names = std::vector<std::string>;

} // namespace

TEST_SUITE("cjk_entities") {
  TEST_CASE("countries in Chinese and Japanese under their English names") {
    const Entities zh = from_body("德国和法国的代表在日本会面。中國與美國也派了代表。");
    for (const char* place : {"Germany", "France", "Japan", "China", "United States"}) {
      CAPTURE(place);
      CHECK(has(zh.place, place));
    }
    const Entities ja = from_body("ドイツとフランスの首脳がアメリカを訪れた。");
    CHECK(has(ja.place, "Germany"));
    CHECK(has(ja.place, "France"));
    CHECK(has(ja.place, "United States"));
  }

  TEST_CASE("cities and regions of iso-codes' subdivisions the gazetteer knows") {
    CHECK(cjk_place("东京都") == "Tokyo");
    CHECK(cjk_place("東京") == "Tokyo");
    CHECK(cjk_place("北京") == "Beijing");
    CHECK(cjk_place("莫斯科") == "Moscow");
    CHECK(has(from_body("代表团周二抵达北京。").place, "Beijing"));
    CHECK(has(from_body("首脳は東京で会談した。").place, "Tokyo"));
  }

  TEST_CASE("a katakana place is a whole katakana word") {
    CHECK(cjk_place("タイ") == "Thailand");
    CHECK_FALSE(has(from_body("タイムズ紙が報じた。").place, "Thailand"));
    CHECK(has(from_body("タイの首都で会議が開かれた。").place, "Thailand"));
  }

  TEST_CASE("foreign names joined by an interpunct, cut at titles and particles") {
    const Entities zh = from_body("俄罗斯总统弗拉基米尔·普京表示，谈判将继续。");
    CHECK(zh.person == Names{"弗拉基米尔·普京"});
    CHECK(has(zh.place, "Russia"));
    CHECK(from_body("ロシアのウラジーミル・プーチン大統領は述べた。").person ==
          Names{"ウラジーミル・プーチン"});
    // A list of places is not a name.
    CHECK(from_body("アメリカ・イギリス・フランスの三か国").person.empty());
  }

  TEST_CASE("Japanese names before an honorific or a title") {
    const Entities ja =
        from_body("ショルツ首相は岸田首相と会談し、安倍晋三氏とスミスさんも同席した。");
    for (const char* person : {"ショルツ", "岸田", "安倍晋三", "スミス"}) {
      CAPTURE(person);
      CHECK(has(ja.person, person));
    }
    // A country's president, a compound title, a common noun: no one.
    CHECK(from_body("アメリカ大統領が来日した。").person.empty());
    CHECK(from_body("外務大臣は会見で述べた。").person.empty());
    CHECK(from_body("チーム監督が交代した。").person.empty());
  }

  TEST_CASE("a Japanese country's abbreviation between a katakana name and its title") {
    const Entities ja =
        from_body("オバマ米大統領は演説し、メルケル独首相とプーチン露大統領も述べた。");
    for (const char* person : {"オバマ", "メルケル", "プーチン"}) {
      CAPTURE(person);
      CHECK(has(ja.person, person));
    }
    CHECK(from_body("アメリカ米大統領").person.empty()); // still no place (アメリカ) as a person
    CHECK(from_body("ホテル前首相が来た。").person.empty()); // 前 (former) is no country
  }

  TEST_CASE("bug: スタッフ before さん was taken for a person") {
    CHECK(from_body("スタッフさんが案内してくれた。").person.empty());
    CHECK(from_body("ファンの皆さんとメンバーさんに感謝した。").person.empty());
    CHECK(from_body("スミスさんが案内してくれた。").person == Names{"スミス"});
  }

  TEST_CASE("bug: 中非 (Central African Republic) matched inside 中非合作") {
    CHECK_FALSE(has(from_body("双方同意加强中非合作。").place, "Central African Republic"));
    CHECK_FALSE(has(from_body("他集中非常多的资源。").place, "Central African Republic"));
    CHECK(has(from_body("他访问了中非。").place, "Central African Republic"));
    // Longer names and names of other characters are not cut short.
    CHECK(has(from_body("巴西总统发表讲话。").place, "Brazil"));
    CHECK(has(from_body("德国总理会谈。").place, "Germany"));
  }

  TEST_CASE("Chinese names next to a title, without an interpunct") {
    CHECK(has(from_body("国家主席习近平表示，谈判将继续。").person, "Xi Jinping"));
    CHECK(has(from_body("习近平主席会见了来宾。").person, "Xi Jinping"));
    CHECK(has(from_body("他说，李强总理在北京会见了代表。").person, "Li Qiang"));
    CHECK(has(from_body("國家主席習近平說，談判將繼續。").person, "Xi Jinping"));
    // A country's president, a title alone, a place: no one.
    CHECK(from_body("马里总统发表讲话。").person.empty());
    CHECK(from_body("总统表示，谈判将继续。").person.empty());
    CHECK(from_body("俄罗斯总统弗拉基米尔·普京周四在莫斯科表示。").person ==
          Names{"弗拉基米尔·普京"});
  }

  TEST_CASE("organisations in Chinese and Japanese by the words their names end in") {
    const Entities zh = from_body("据中国人民银行称，北京大学和该公司的代表出席。");
    CHECK(has(zh.org, "中国人民银行"));
    CHECK(has(zh.org, "北京大学"));
    CHECK_FALSE(has(zh.org, "该公司"));
    CHECK_FALSE(has(zh.org, "公司"));
    CHECK(has(from_body("中国共产党举行会议。").org, "中国共产党"));
    CHECK(from_body("北京大学生参加了活动。").org.empty()); // students, not the university
    CHECK(from_body("他是共产党员。").org.empty());
    const Entities ja =
        from_body("トヨタ自動車株式会社は、日本銀行と東京大学、自民党の幹部と会った。");
    for (const std::string org : {"トヨタ自動車株式会社", "日本銀行", "東京大学", "自民党"}) {
      CAPTURE(org);
      CHECK(has(ja.org, org));
    }
  }

  TEST_CASE("text without Chinese or Japanese is left to the extractor") {
    CHECK_FALSE(has_cjk("Olaf Scholz in Paris, Путин"));
    CHECK(has_cjk("in 北京"));
    CHECK(has_cjk("ひらがな"));
  }
}
