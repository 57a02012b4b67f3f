// What is indexed is found: the index-time and query-time configurations of
// the common tokenizer meet, through a real (in-memory) Xapian database.
#include "common/tokenizer.hh"

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include <doctest/doctest.h>
#include <xapian.h>

#include "common/article_document.hh"
#include "common/stem_cache.hh"
#include "common/stem_groups.hh"
#include "tests/unit/document_terms.hh"

using namespace news;
using news::testing::terms_of;

namespace {

class TinyIndex {
public:
  TinyIndex() : db_(Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY)) {
    configure_indexing(generator_);
  }

  void add(const std::string& id, const std::string& title, const std::string& body,
           const std::string& language = "") {
    Article article;
    article.language = language;
    article.id = id;
    article.title = title;
    article.body = body;
    db_.add_document(to_document(article, generator_));
  }

  // Ids of the articles matching a query, in rank order.
  std::vector<std::string> search(const std::string& text,
                                  const std::string& language = std::string(kDefaultLanguage)) {
    Xapian::QueryParser parser;
    configure_querying(parser, language);
    parser.set_database(db_);
    parser.set_default_op(Xapian::Query::OP_AND);
    Xapian::Enquire enquire(db_);
    Xapian::Query query = parser.parse_query(
        prepare_text(text),
        Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD | cjk_query_flags());
    if (language != kExactWords) query = with_stem_groups(query, language);
    enquire.set_query(query);
    std::vector<std::string> ids;
    Xapian::MSet mset = enquire.get_mset(0, 100);
    for (auto it = mset.begin(); it != mset.end(); ++it)
      ids.push_back(article_from_document(it.get_document()).id);
    return ids;
  }

private:
  Xapian::WritableDatabase db_;
  Xapian::TermGenerator generator_;
};

using Ids = std::vector<std::string>;

} // namespace

TEST_SUITE("tokenizer") {
  TEST_CASE("plurals, case, possessives and accents meet at query time") {
    TinyIndex index;
    index.add("a", "Talks in Beijing",
              "Beijing's leaders held several visits with Russian officials.");
    index.add("b", "Café prices", "Prices in Zürich rose AGAIN.");

    CHECK(index.search("visit") == Ids{"a"});    // plural found by singular
    CHECK(index.search("Visits") == Ids{"a"});   // and by a capitalised plural
    CHECK(index.search("VISITING") == Ids{"a"}); // same stem
    CHECK(index.search("beijing") == Ids{"a"});  // Beijing's found by beijing
    CHECK(index.search("BEIJING") == Ids{"a"});
    CHECK(index.search("Beijing’s") == Ids{"a"});   // typographic apostrophe
    CHECK(index.search("again") == Ids{"b"});       // case of the text does not matter
    CHECK(index.search("zurich cafe") == Ids{"b"}); // accents folded on both sides
    CHECK(index.search("Zürich") == Ids{"b"});
    CHECK(index.search("price") == Ids{"b"});
  }

  TEST_CASE("stopwords are dropped from queries but phrases keep them") {
    TinyIndex index;
    index.add("a", "Putin to visit China", "He plans a visit to China in May.");
    index.add("b", "China trade", "Visit China, then Japan, to trade.");
    CHECK(index.search("the visit of china") == Ids{"a", "b"});
    CHECK(index.search("\"visit to china\"") == Ids{"a"});
    CHECK(index.search("“visit to china”") == Ids{"a"}); // pasted curly quotes
  }

  TEST_CASE("field prefixes and wildcards") {
    TinyIndex index;
    index.add("a", "Sanctions tighten", "The measures target banks.");
    index.add("b", "Markets", "New sanctioned entities were listed.");
    CHECK(index.search("title:sanction") == Ids{"a"});
    CHECK(index.search("sanction*").size() == 2);
    CHECK(index.search("title:markets banks").empty());
  }

  TEST_CASE("stopword list") {
    CHECK(is_stopword("the"));
    CHECK(is_stopword("with"));
    CHECK_FALSE(is_stopword("china"));
  }

  TEST_CASE("each language's inflections meet in its own stemmer") {
    TinyIndex index;
    index.add("ru", "Визит Путина", "Президент прилетел в Пекин. Ещё до визита...", "ru");
    index.add("de", "Neue Straßenbahnen", "Die Stadt bestellt Straßenbahnen.", "de");
    index.add("fr", "Les agriculteurs manifestent", "Des agriculteurs ont manifesté.", "fr");
    index.add("es", "Nuevas medidas", "El gobierno anunció medidas económicas.", "es");
    CHECK(index.search("Путин", "ru") == Ids{"ru"});
    CHECK(index.search("визит", "ru") == Ids{"ru"});
    CHECK(index.search("еще", "ru") == Ids{"ru"}); // ё folded to е on both sides
    CHECK(index.search("ещё", "ru") == Ids{"ru"});
    CHECK(index.search("Straßenbahn", "de") == Ids{"de"});
    CHECK(index.search("strassenbahn", "de") == Ids{"de"});
    CHECK(index.search("agriculteur", "fr") == Ids{"fr"});
    CHECK(index.search("manifester", "fr") == Ids{"fr"});
    CHECK(index.search("medida", "es") == Ids{"es"});
    CHECK(index.search("económica", "es") == Ids{"es"});
    // The English stemmer does not make Russian stems: another case of the
    // name is not found, the word as written is, in any language.
    CHECK(index.search("Путину", "en").empty());
    CHECK(index.search("Путину", "ru") == Ids{"ru"});
    CHECK(index.search("Путина", "en") == Ids{"ru"});
  }

  TEST_CASE("a language without a stemmer is indexed by its words, CJK by characters") {
    TinyIndex index;
    index.add("pl", "Nowe tramwaje", "Miasto kupiło tramwaje.", "pl");
    index.add("zh", "德国总理访问北京", "德国总理周二抵达北京。", "zh");
    CHECK_FALSE(has_stemmer("pl"));
    CHECK(language_stemmer("pl") == "none");
    CHECK(index.search("tramwaje", "pl") == Ids{"pl"});
    CHECK(index.search("tramwaj", "pl").empty()); // no stemming: no guess
    CHECK(index.search("北京", "zh") == Ids{"zh"});
    CHECK(index.search("总理", "zh") == Ids{"zh"});
    CHECK(index.search("东京", "zh").empty());
  }

  TEST_CASE("the exact words are indexed too") {
    TinyIndex index;
    index.add("de", "Neue Straßenbahnen", "Die Stadt bestellt Straßenbahnen.", "de");
    CHECK(index.search("strassenbahnen", std::string(kExactWords)) == Ids{"de"});
    CHECK(index.search("strassenbahn", std::string(kExactWords)).empty());
  }

  TEST_CASE("Unicode case folding and normalisation meet on both sides, in every script") {
    TinyIndex index;
    index.add("de", "Die Straße", "Sie wohnt in der Hauptstraße.", "de");
    index.add("en", "\uFB01nancial news", "\uFF2E\uFF21\uFF34\uFF2F leaders met.", "en");
    index.add("el", "ΟΔΟΣ ΑΘΗΝΩΝ", "Ο δρόμος της πόλης.", "el");
    CHECK(index.search("STRASSE", "de") == Ids{"de"});
    CHECK(index.search("straße", "de") == Ids{"de"});
    CHECK(index.search("HAUPTSTRASSE", "de") == Ids{"de"});
    CHECK(index.search("financial") == Ids{"en"}); // the ﬁ ligature
    CHECK(index.search("nato") == Ids{"en"});      // full-width letters
    CHECK(index.search("\uFF4E\uFF41\uFF54\uFF4F") == Ids{"en"});
    CHECK(index.search("οδος", "el") == Ids{"el"}); // final sigma and capital sigma
    CHECK(index.search("ΔΡΌΜΟΣ", "el") == Ids{"el"});
    CHECK(index.search("STRASSE AND NOT wohnt", "de").empty()); // operators still read
  }

  TEST_CASE("right-to-left text is indexed and found word by word") {
    TinyIndex index;
    index.add("ar", "السلام عليكم", "قال الوزير إن المحادثات مستمرة.", "ar");
    index.add("he", "שלום עולם", "הממשלה אישרה את התקציב.", "he");
    CHECK(index.search("المحادثات", "ar") == Ids{"ar"});
    CHECK(index.search("התקציב", "he") == Ids{"he"});
    CHECK(index.search("\u200Fהתקציב", "he") == Ids{"he"}); // a direction mark pasted in
    CHECK(index.search("שלום", "he") == Ids{"he"});
  }

  TEST_CASE("every word as a STEM_NONE pass spells it, and its stem only where it differs") {
    // Acronyms, CJK n-grams, apostrophes, suffixes, digits, a word past Xapian's
    // length limit and a weight.
    const std::string text = prepare_text("The U.S. visits at&t's C++ 3.14 Straße 北京市 Путина " +
                                          std::string(70, 'x') + " visits visit");
    for (const std::string language : {"en", "ru", "zh", ""}) {
      CAPTURE(language);
      Xapian::TermGenerator ours, exact;
      configure_indexing(ours);
      set_indexing_language(ours, language);
      exact.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
      exact.set_flags(cjk_indexing_flags());
      Xapian::Document indexed, expected;
      ours.set_document(indexed);
      exact.set_document(expected);
      ours.index_text(text, 3);
      exact.index_text(text, 3);
      // Besides the words: Snowball's stems that differ from their word, with
      // the summed wdf of their words and no positions.
      std::map<std::string, Xapian::termcount> stems;
      for (auto it = expected.termlist_begin(); it != expected.termlist_end(); ++it) {
        const std::string word = *it;
        const auto first = static_cast<unsigned char>(word[0]);
        if (!((first >= 'a' && first <= 'z') || first >= 0x80)) continue; // Xapian stems letters
        const std::string stem = stemmer(language)(word);
        if (stem != word) stems["Z" + stem] += it.get_wdf();
      }
      for (const auto& [term, wdf] : stems)
        expected.add_term(term, wdf);
      CHECK(terms_of(indexed) == terms_of(expected));
      CHECK(terms_of(indexed).size() > 10);
      CHECK(stems.empty() == !has_stemmer(language));
      if (language == "en") CHECK(stems.at("Zvisit") == 6); // `visits` twice, not `visit`
    }
  }

  TEST_CASE("the stem cache gives Snowball's stems, for words met again, colliding or long") {
    const Xapian::Stem english("english");
    StemCache cache(english);
    std::vector<std::string> words = {"visits",
                                      "visiting",
                                      "banks",
                                      "a",
                                      std::string(StemCache::kLongestWord, 'e') + "s",
                                      std::string(StemCache::kLongestWord + 5, 'e') + "s"};
    for (int i = 0; i < 3 * static_cast<int>(StemCache::kSlots); ++i) // more words than slots
      words.push_back("word" + std::to_string(i) + "ings");
    for (int round = 0; round < 2; ++round)
      for (const std::string& word : words) {
        CAPTURE(word);
        CHECK(cache(word) == english(word));
      }
  }

  TEST_CASE("stemmers by language") {
    CHECK(language_stemmer("en") == "english");
    CHECK(language_stemmer("") == "english"); // undetermined: the default
    CHECK(language_stemmer("de") == "german");
    CHECK(language_stemmer("ru") == "russian");
    CHECK(language_stemmer("zh") == "none");
    CHECK(language_stemmer("none") == "none");
  }

  TEST_CASE("stopwords of each language") {
    CHECK(is_stopword("und", "de"));
    CHECK(is_stopword("uber", "de")); // folded: über
    CHECK(is_stopword("les", "fr"));
    CHECK(is_stopword("ete", "fr")); // été
    CHECK(is_stopword("los", "es"));
    CHECK(is_stopword("это", "ru"));
    CHECK(is_stopword("еще", "ru")); // ещё
    CHECK_FALSE(is_stopword("und", "en"));
    CHECK_FALSE(is_stopword("the", "de"));
    CHECK_FALSE(is_stopword("les", "pl")); // no list: no stopwords
    CHECK(is_stopword("the", "none"));     // exact words: English's
  }
}
