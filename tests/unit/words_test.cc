// The one word splitter (common/words.hh) against what the six former
// splitters made of tricky inputs: the columns were printed by the former
// code (query_words.cc, snippet.cc, spelling_words.cc and entity.cc as of the
// commit before this file), so a row that passes is split exactly as before.
// Fingerprints now take the tokenizer's words (WordRule::Xapian on
// prepare_text), tested below.
#include "common/words.hh"

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <xxhash.h>

#include "common/entity.hh"
#include "common/near_duplicate.hh"
#include "common/spelling_words.hh"
#include "common/tokenizer.hh"

using namespace news;

namespace {

using Words = std::vector<std::string>;

struct Row {
  std::string text;
  Words xapian;      // WordRule::Xapian: the former query_words()
  Words apostrophes; // WordRule::Apostrophes: the former snippet maker's (valid UTF-8 only)
  Words spelling;    // the former SpellingWords::count (valid UTF-8 only)
  Words bytes;       // WordRule::Bytes: the former entity_key_words()
};

// Accents, CJK, apostrophes, digits, hyphens, marks, and invalid UTF-8
// (Latin-1, truncated, overlong, surrogate, past U+10FFFF, stray bytes).
const std::vector<Row>& rows() {
  static const std::vector<Row> table = {
      {"Café au lait, naïve Zelenskýy",
       {"Café", "au", "lait", "naïve", "Zelenskýy"},
       {"Café", "au", "lait", "naïve", "Zelenskýy"},
       {"café", "au", "lait", "naïve", "zelenskýy"},
       {"Café", "au", "lait", "naïve", "Zelenskýy"}},
      {"Beijing's don't at&t AT&T's 'quoted' & x' 'y a''b a&&b",
       {"Beijing's", "don't", "at&t", "AT&T's", "quoted", "x", "y", "a", "b", "a", "b"},
       {"Beijing's", "don't", "at", "t", "AT", "T's", "quoted", "x", "y", "a", "b", "a", "b"},
       {"beijing's", "don't", "at&t", "at&t's", "quoted", "x", "y", "a", "b", "a", "b"},
       {"Beijing", "s", "don", "t", "at", "t", "AT", "T", "s", "quoted", "x", "y", "a", "b", "a",
        "b"}},
      {"Beijing’s ‛tis rock’n’roll ‘single’",
       {"Beijing", "s", "tis", "rock", "n", "roll", "single"},
       {"Beijing’s", "tis", "rock’n’roll", "single"},
       {"beijing", "s", "tis", "rock", "n", "roll", "single"},
       {"Beijing’s", "‛tis", "rock’n’roll", "‘single’"}},
      {"東京都 北京は 서울 ｶﾀｶﾅ",
       {"東京都", "北京は", "서울", "ｶﾀｶﾅ"},
       {"東京都", "北京は", "서울", "ｶﾀｶﾅ"},
       {"東京都", "北京は", "서울", "ｶﾀｶﾅ"},
       {"東京都", "北京は", "서울", "ｶﾀｶﾅ"}},
      {"C++ C# 3.14 1,000 2026-12-01 co-operate well-known -5 +7",
       {"C", "C", "3", "14", "1", "000", "2026", "12", "01", "co", "operate", "well", "known", "5",
        "7"},
       {"C", "C", "3", "14", "1", "000", "2026", "12", "01", "co", "operate", "well", "known", "5",
        "7"},
       {"c", "c", "3", "14", "1", "000", "2026", "12", "01", "co", "operate", "well", "known", "5",
        "7"},
       {"C", "C", "3", "14", "1", "000", "2026", "12", "01", "co", "operate", "well", "known", "5",
        "7"}},
      {"snake_case __init__ _x a_",
       {"snake_case", "__init__", "_x", "a_"},
       {"snake_case", "__init__", "_x", "a_"},
       {"snake_case", "__init__", "_x", "a_"},
       {"snake", "case", "init", "x", "a"}},
      {"été (e + combining acute)",
       {"été", "e", "combining", "acute"},
       {"été", "e", "combining", "acute"},
       {"été", "e", "combining", "acute"},
       {"été", "e", "combining", "acute"}},
      {"naïve—résumé a–b trunc\xe2\x80;",
       {"naïve", "résumé", "a", "b", "trunc\xe2"},
       {},
       {},
       {"naïve—résumé", "a–b", "trunc\xe2\x80"}},
      {"ÆSIR Œuvre Straße İstanbul",
       {"ÆSIR", "Œuvre", "Straße", "İstanbul"},
       {"ÆSIR", "Œuvre", "Straße", "İstanbul"},
       {"æsir", "œuvre", "straße", "istanbul"},
       {"ÆSIR", "Œuvre", "Straße", "İstanbul"}},
      {"hello world narrow space",
       {"hello", "world", "narrow", "space"},
       {"hello", "world", "narrow", "space"},
       {"hello", "world", "narrow", "space"},
       {"hello world", "narrow space"}},
      {"G7 2nd 10km ٣٤ ⅠⅡ",
       {"G7", "2nd", "10km", "٣٤", "ⅠⅡ"},
       {"G7", "2nd", "10km", "٣٤", "ⅠⅡ"},
       {"g7", "2nd", "10km", "٣٤", "ⅰⅱ"},
       {"G7", "2nd", "10km", "٣٤", "ⅠⅡ"}},
      {"emoji 😀 smile 😀x",
       {"emoji", "smile", "x"},
       {"emoji", "smile", "x"},
       {"emoji", "smile", "x"},
       {"emoji", "😀", "smile", "😀x"}},
      {"caf\xe9 bar", {"caf\xe9", "bar"}, {}, {}, {"caf\xe9", "bar"}},
      {"\xc3"
       "A and \xc3",
       {"\xc3"
        "A",
        "and", "\xc3"},
       {},
       {},
       {"\xc3"
        "A",
        "and", "\xc3"}},
      {"sur\xed\xa0\x80x rogate", {"sur", "x", "rogate"}, {}, {}, {"sur\xed\xa0\x80x", "rogate"}},
      {"trunc\xe2\x80", {"trunc\xe2"}, {}, {}, {"trunc\xe2\x80"}},
      {"\xff\xfe bytes \x80\xbf", {"\xff\xfe", "bytes"}, {}, {}, {"\xff\xfe", "bytes", "\x80\xbf"}},
      {"over\xc0\xaflong \xe0\x80\xaf",
       {"over\xc0", "long", "\xe0"},
       {},
       {},
       {"over\xc0\xaflong", "\xe0\x80\xaf"}},
      {"big\xf4\x90\x80\x80 \xf5\x80\x80\x80",
       {"big\xf4", "\xf5"},
       {},
       {},
       {"big\xf4\x90\x80\x80", "\xf5\x80\x80\x80"}},
      {"tab\there\nnew line\r\n",
       {"tab", "here", "new", "line"},
       {"tab", "here", "new", "line"},
       {"tab", "here", "new", "line"},
       {"tab", "here", "new", "line"}},
      {"it's 'tis ' ' '' x&y&z &amp;",
       {"it's", "tis", "x&y&z", "amp"},
       {"it's", "tis", "x", "y", "z", "amp"},
       {"it's", "tis", "x&y&z", "amp"},
       {"it", "s", "tis", "x", "y", "z", "amp"}},
      {"Mr. Smith's U.S. O'Brien-Jones",
       {"Mr", "Smith's", "U", "S", "O'Brien", "Jones"},
       {"Mr", "Smith's", "U", "S", "O'Brien", "Jones"},
       {"mr", "smith's", "u", "s", "o'brien", "jones"},
       {"Mr", "Smith", "s", "U", "S", "O", "Brien", "Jones"}},
      {"", {}, {}, {}, {}},
      {"   ", {}, {}, {}, {}},
      {"'", {}, {}, {}, {}},
      {"a", {"a"}, {"a"}, {"a"}, {"a"}},
  };
  return table;
}

Words words_of(std::string_view text, WordRule rule) {
  Words words;
  for (const WordSpan& span : split_words(text, rule))
    words.emplace_back(text.substr(span.offset, span.length));
  return words;
}

} // namespace

TEST_SUITE("words") {
  TEST_CASE("every rule splits as the splitter it replaces did") {
    for (const Row& row : rows()) {
      CAPTURE(row.text);
      CHECK(words_of(row.text, WordRule::Xapian) == row.xapian);
      CHECK(words_of(row.text, WordRule::Bytes) == row.bytes);
      CHECK(entity_key_words(row.text) == row.bytes);
      if (!is_valid_utf8(row.text)) continue;
      CHECK(words_of(row.text, WordRule::Apostrophes) == row.apostrophes);
      SpellingWords spelling;
      spelling.count(row.text);
      CHECK(spelling.distinct_words() ==
            std::set<std::string>(row.spelling.begin(), row.spelling.end()).size());
      for (const std::string& word : row.spelling)
        CHECK(spelling.frequency(word) == static_cast<Xapian::termcount>(std::count(
                                              row.spelling.begin(), row.spelling.end(), word)));
    }
  }

  // The former snippet and spelling splitters took a character's length from
  // its first byte alone, so `caf\xe9 bar` was one word there: they only ever
  // get valid UTF-8 (read_articles decodes other text as Windows-1252), and
  // now read other bytes as Xapian does, as the query words always did.
  TEST_CASE("bytes that are not UTF-8 are read as Xapian reads them, by every Unicode rule") {
    for (const Row& row : rows()) {
      CAPTURE(row.text);
      if (!is_valid_utf8(row.text)) CHECK(words_of(row.text, WordRule::Apostrophes) == row.xapian);
    }
    SpellingWords spelling;
    spelling.count("caf\xe9 bar \xc3"
                   "A");
    CHECK(spelling.frequency("café") == 1); // \xe9 as Latin-1, lowercased in UTF-8
    CHECK(spelling.frequency("bar") == 1);
    CHECK(spelling.frequency("ãa") == 1);
    CHECK(spelling.distinct_words() == 3);
  }

  TEST_CASE("fingerprints take the words a search sees: the tokenizer's") {
    // Case, accents, NFKC and the punctuation between words do not matter...
    CHECK(text_fingerprint("Café STRASSE", "a\u2014b") == text_fingerprint("cafe straße", "a b"));
    CHECK(text_fingerprint("\uFB01nal", "\uFF2E\uFF21\uFF34\uFF2F") ==
          text_fingerprint("final", "nato"));
    // ...words do, and which field they are in, and a joined word.
    CHECK(text_fingerprint("don't", "") != text_fingerprint("don t", ""));
    CHECK(text_fingerprint("a", "b") != text_fingerprint("a b", ""));
    CHECK(text_fingerprint("at&t", "") != text_fingerprint("at t", ""));
    const std::string body = "The ministers met in Geneva on Tuesday to discuss the new trade "
                             "agreement, and said that talks would go on next week in Brussels "
                             "with the other members of the group.";
    REQUIRE(simhash(body));
    CHECK(simhash(body) == simhash("THE MINISTERS MET IN GENEVA ON TUESDAY TO DISCUSS THE NEW "
                                   "TRADE AGREEMENT, AND SAID THAT TALKS WOULD GO ON NEXT WEEK IN "
                                   "BRUSSELS WITH THE OTHER MEMBERS OF THE GROUP."));
  }

  TEST_CASE("the simhash is each bit's majority over the shingles, however many there are") {
    // The signature as first written: a vote of +1 or -1 per bit per shingle.
    const auto voted = [](const std::string& text) {
      const std::string prepared = prepare_text(text);
      std::vector<std::string> words;
      WordSplitter splitter(prepared, WordRule::Xapian);
      for (WordSpan span; splitter.next(span);)
        words.push_back(
            lowercase_word(std::string_view(prepared).substr(span.offset, span.length)));
      std::array<int, 64> votes{};
      for (std::size_t i = 2; i < words.size(); ++i) {
        const std::string shingle = words[i - 2] + " " + words[i - 1] + " " + words[i];
        const std::uint64_t hash = XXH3_64bits(shingle.data(), shingle.size());
        for (int bit = 0; bit < 64; ++bit)
          votes[bit] += (hash >> bit) & 1 ? 1 : -1;
      }
      std::uint64_t signature = 0;
      for (int bit = 0; bit < 64; ++bit)
        if (votes[bit] > 0) signature |= std::uint64_t{1} << bit;
      return signature;
    };
    std::string text;
    for (int i = 0; text.size() < 40000; ++i) { // past 255 shingles, several times
      text +=
          "Word" + std::to_string(i % 997) + " and Café " + std::to_string(i * 7919 % 613) + ". ";
      if (i == 10 || i == 60 || i == 300 || i == 2000) {
        CAPTURE(i);
        REQUIRE(simhash(text));
        CHECK(*simhash(text) == voted(text));
      }
    }
    CHECK(*simhash(text) == voted(text));
  }

  TEST_CASE("the splitter stops where it is left and goes on from there") {
    const std::string text = "one, two; three";
    WordSplitter splitter(text, WordRule::Xapian);
    WordSpan word;
    REQUIRE(splitter.next(word));
    CHECK(word == WordSpan{0, 3});
    REQUIRE(splitter.next(word));
    CHECK(word == WordSpan{5, 3});
    REQUIRE(splitter.next(word));
    CHECK(word == WordSpan{10, 5});
    CHECK_FALSE(splitter.next(word));
    CHECK(word == WordSpan{10, 5});
  }

  TEST_CASE("word characters are Xapian's: letters, digits, marks and the underscore") {
    for (const unsigned code : {unsigned{'a'}, unsigned{'Z'}, unsigned{'7'}, unsigned{'_'}, 0xE9u,
                                0x4EACu, 0x0301u, 0x0663u, 0x2160u})
      CHECK(is_word_character(code));
    for (const unsigned code : {unsigned{' '}, unsigned{'\''}, unsigned{'&'}, unsigned{'-'},
                                unsigned{'+'}, 0xA0u, 0x2014u, 0x2019u, 0x1F600u})
      CHECK_FALSE(is_word_character(code));
  }

  TEST_CASE("words are lowercased as Xapian lowercases them") {
    CHECK(lowercase_word("AT&T's") == "at&t's");
    CHECK(lowercase_word("ÉCOLE") == "école");
    CHECK(lowercase_word("İstanbul") == "istanbul");
    CHECK(lowercase_word("Straße") == "straße");
    CHECK(lowercase_word("") == "");
  }
}
