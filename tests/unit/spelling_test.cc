#include "searcher/spelling.hh"

#include <doctest/doctest.h>

#include "common/tokenizer.hh"
#include "common/words.hh"
#include "tests/unit/temp_dir.hh"

using namespace news;

namespace {

// Spelling data as the indexer makes it: lowercased words, accents kept
// (spelling_word; the in-memory backend has no spelling table).
Xapian::WritableDatabase spelling_db(const news::test::TempDir& dir) {
  Xapian::WritableDatabase db((dir.path / "db").string(), Xapian::DB_CREATE);
  Xapian::Document article; // and their exact words, folded, as body terms as often
  for (const char* word : {"séisme", "japon", "pékin", "zürich", "café"}) {
    db.add_spelling(word, 5);
    article.add_term(indexed_word(word), 5);
  }
  db.add_document(article);
  // Common words one letter away from the bytes an ASCII splitter saw.
  for (const char* word : {"isle", "pein", "rice", "which", "russia", "putin"})
    db.add_spelling(word, 500);
  return db;
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  for (const WordSpan& word : split_words(text, WordRule::Xapian))
    words.push_back(text.substr(word.offset, word.length));
  return words;
}

} // namespace

TEST_SUITE("spelling") {
  TEST_CASE("query words are split as the query parser splits them") {
    CHECK(words_of("séisme japon") == std::vector<std::string>{"séisme", "japon"});
    CHECK(words_of("title:Zürich \"pékin\" don't at&t's -x2 'a'") ==
          std::vector<std::string>{"title", "Zürich", "pékin", "don't", "at&t's", "x2", "a"});
    CHECK(words_of("东京 Москва") == std::vector<std::string>{"东京", "Москва"});
    CHECK(words_of("\xff\xfe bad") == std::vector<std::string>{"\xff\xfe", "bad"});
    CHECK(words_of("").empty());
  }

  TEST_CASE("bug: spelling suggestions break accented words") {
    const news::test::TempDir dir;
    const Xapian::WritableDatabase db = spelling_db(dir);
    CHECK(suggest_spelling(db, "séisme japon") == "");
    CHECK(suggest_spelling(db, "pékin") == "");
    CHECK(suggest_spelling(db, "zürich") == "");
    CHECK(suggest_spelling(db, "Zürich café") == "");
    // A misspelt word is replaced; the user's other words stay as typed.
    CHECK(suggest_spelling(db, "séisme russai") == "séisme russia");
    CHECK(suggest_spelling(db, "putn (Zürich OR pékin)") == "putin (Zürich OR pékin)");
    CHECK(suggest_spelling(db, "title:russai putn*") == "");
  }

  TEST_CASE("suggestions keep the accents of the words as the articles write them") {
    const news::test::TempDir dir;
    const Xapian::WritableDatabase db = spelling_db(dir);
    CHECK(suggest_spelling(db, "sésime") == "séisme");
    CHECK(suggest_spelling(db, "Zurich pékinn") == "Zurich pékin");
    // Without accents the word is already found: no suggestion.
    CHECK(suggest_spelling(db, "seisme pekin") == "");
    CHECK(suggest_spelling(db, "SÉISME") == "");
    CHECK(suggest_spelling(db, "Séisme") == "");
    CHECK(suggest_spelling(db, "seism") == "séisme");
  }

  TEST_CASE("spelling words are normalised, case folded and keep their accents") {
    CHECK(spelling_word("SÉISME") == "séisme");
    CHECK(spelling_word("Straße") == "strasse");
    CHECK(spelling_word("İstanbul") == "istanbul");
    CHECK(spelling_word("\uFB01nal") == "final");
    CHECK(spelling_word("Ёлка") == "ёлка");
  }
}
