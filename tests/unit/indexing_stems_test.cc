// The indexer's remembering stemmer gives Snowball's stems, however many
// words it has met (it forgets them all past kRememberedStems), and the
// exact words it collects are the terms of a STEM_NONE pass.
#include "common/indexing_stems.hh"

#include <string>
#include <tuple>
#include <vector>

#include <doctest/doctest.h>
#include <xapian.h>

#include "common/tokenizer.hh"
#include "tests/unit/document_terms.hh"

using namespace news;
using news::testing::terms_of;

namespace {

// A distinct made-up word for each number, with an English ending to stem.
std::string word_for(std::size_t n) {
  static const char* const kEndings[] = {"ing", "s", "ed", "ation", "ness", ""};
  std::string word;
  for (std::size_t rest = n + 1; rest > 0; rest /= 26)
    word += static_cast<char>('a' + rest % 26);
  return word + kEndings[n % 6];
}

} // namespace

TEST_SUITE("indexing stems") {
  TEST_CASE("remembered stems are Snowball's, past the point where the memory is forgotten") {
    const Xapian::Stem snowball("english");
    std::size_t asked = 0, wrong = 0;
    for (int round = 0; round < 2;
         ++round) { // the second round: remembered, or forgotten and made again
      Xapian::Stem remembered = remembering_stemmer("en");
      for (std::size_t n = 0; n < kRememberedStems + 1000; ++n) {
        if (n % 4096 == 0) remembered = remembering_stemmer("en"); // a new article: may forget
        const std::string word = word_for(n);
        ++asked;
        if (remembered(word) != snowball(word)) ++wrong;
      }
    }
    CHECK(asked == 2 * (kRememberedStems + 1000));
    CHECK(wrong == 0);
    CHECK(remembering_stemmer("ru")("путина") == Xapian::Stem("russian")("путина"));
    CHECK(remembering_stemmer("zh")("北京") == "北京"); // no stemmer: the word itself
  }

  TEST_CASE("languages are remembered apart") {
    // The same spelling, stemmed by each language's stemmer.
    CHECK(remembering_stemmer("en")("national") == "nation");
    CHECK(remembering_stemmer("fr")("national") == Xapian::Stem("french")("national"));
    CHECK(remembering_stemmer("de")("national") == Xapian::Stem("german")("national"));
  }

  TEST_CASE("exact words counted across the memory being forgotten are those of a STEM_NONE pass") {
    // More distinct words than the memory holds, each twice, with a weight.
    std::string text;
    for (std::size_t n = 0; n < kRememberedStems + 500; n += 3)
      text += word_for(n) + " " + word_for(n) + " the ";
    Xapian::TermGenerator one_pass, two_passes;
    configure_indexing(one_pass);
    configure_indexing(two_passes);
    Xapian::Document one, two;
    one_pass.set_document(one);
    two_passes.set_document(two);
    for (int field = 0; field < 2; ++field) { // two fields: the words' wdf add up
      index_stems_and_exact_words(one_pass, one, "en", text, 2);
      two_passes.index_text(text, 2);
      two_passes.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
      two_passes.index_text_without_positions(text, 2);
      two_passes.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
    }
    CHECK(terms_of(one) == terms_of(two));
    CHECK(one.termlist_count() > kRememberedStems / 3);
  }
}
