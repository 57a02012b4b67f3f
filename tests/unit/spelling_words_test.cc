#include <doctest/doctest.h>

#include "common/spelling_words.hh"
#include "tests/unit/temp_dir.hh"

using news::SpellingWords;

TEST_CASE("spelling words are lowercased runs of word characters") {
  SpellingWords words;
  words.count("Oil prices rose; OIL output fell, oil-rich states said.");
  CHECK(words.frequency("oil") == 3);
  CHECK(words.frequency("prices") == 1);
  CHECK(words.frequency("rich") == 1);
  CHECK(words.frequency("Oil") == 0);
  CHECK(words.frequency("oil-rich") == 0);
}

TEST_CASE("an inner apostrophe or ampersand stays in the word, an outer one does not") {
  SpellingWords words;
  words.count("Don't buy AT&T's 'shares' & bonds");
  CHECK(words.frequency("don't") == 1);
  CHECK(words.frequency("at&t's") == 1);
  CHECK(words.frequency("shares") == 1);
  CHECK(words.frequency("bonds") == 1);
  CHECK(words.distinct_words() == 5); // and `buy`
}

TEST_CASE("non-ASCII words are lowercased whole, and overlong ones are skipped") {
  SpellingWords words;
  words.count("ÉCOLE Straße " + std::string(65, 'x') + " " + std::string(64, 'y'));
  CHECK(words.frequency("école") == 1);
  CHECK(words.frequency("straße") == 1);
  CHECK(words.frequency(std::string(65, 'x')) == 0);
  CHECK(words.frequency(std::string(64, 'y')) == 1);
}

TEST_CASE("counts reach the database's spelling data and add up") {
  // A disk database: the in-memory backend keeps no spelling data.
  const news::test::TempDir dir;
  Xapian::WritableDatabase db((dir.path / "db").string(), Xapian::DB_CREATE_OR_OVERWRITE);
  SpellingWords first, second;
  first.count("sugar sugar cocoa");
  second.count("sugar coffee");
  first.add_to(db);
  CHECK(first.distinct_words() == 0);
  second.add_to(db);
  db.commit();
  Xapian::TermIterator it = db.spellings_begin();
  it.skip_to("sugar");
  REQUIRE(it != db.spellings_end());
  CHECK(*it == "sugar");
  CHECK(it.get_termfreq() == 3);
  CHECK(db.get_spelling_suggestion("sugr") == "sugar");
  db.close();
}
