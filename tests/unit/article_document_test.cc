#include "common/article_document.hh"

#include <algorithm>

#include <doctest/doctest.h>

#include "common/index_codecs.hh"
#include "common/schema.hh"
#include "common/tokenizer.hh"
#include "tests/unit/sample_article.hh"

using namespace news;
using news::testing::check_same_article;
using news::testing::sample_article;

namespace {

bool has_term(const Xapian::Document& doc, const std::string& term) {
  Xapian::TermIterator it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

} // namespace

TEST_SUITE("article_document") {
  TEST_CASE("an article survives the trip through a document") {
    Xapian::TermGenerator generator;
    configure_indexing(generator);
    const Article in = sample_article();
    const Article out = article_from_document(to_document(in, generator));
    check_same_article(out, in);
    CHECK_FALSE(out.record.has_value());
  }

  TEST_CASE("entities, record and a date before 1970 survive the trip too") {
    Xapian::TermGenerator generator;
    configure_indexing(generator);
    Article in = sample_article();
    in.date = Date::from_unix_seconds(-86400 * 365);
    in.date_source = DateSource::Text;
    in.record = 70000;
    in.entities.person = {"Vladimir Putin", "Xi Jinping"};
    in.entities.place = {"China"};
    check_same_article(article_from_document(to_document(in, generator)), in);
  }

  TEST_CASE("terms and values follow the schema table") {
    Xapian::TermGenerator generator;
    configure_indexing(generator);
    const Xapian::Document doc = to_document(sample_article(), generator);
    CHECK(has_term(doc, "Q/archive/putin.txt"));
    CHECK(has_term(doc, "P/archive/putin.txt"));
    CHECK(has_term(doc, "Uhttps://example.com/putin"));
    CHECK(has_term(doc, "Len"));
    CHECK(has_term(doc, "Y2024"));
    CHECK(has_term(doc, "M202403"));
    CHECK(has_term(doc, "D20240328"));
    // Words as written, in each free-text field; stems where they differ.
    CHECK(has_term(doc, "Svisit")); // title word
    CHECK(has_term(doc, "visit"));  // also a body word
    CHECK(has_term(doc, "announces"));
    CHECK(has_term(doc, "Zannounc"));
    CHECK(has_term(doc, "ZSannounc"));
    CHECK(has_term(doc, "paragraph"));
    CHECK_FALSE(has_term(doc, "Zparagraph")); // its own stem: not twice
    CHECK(has_term(doc, "Gwire"));            // source words
    CHECK(has_term(doc, "ZGsampl"));
    CHECK(has_term(doc, "Adoe")); // author words
    CHECK(doc.get_value(slot_of(Field::Source)) == "Sample Wire");
    CHECK(decode_date_value(doc.get_value(slot_of(Field::Date))) == sample_article().date);
    CHECK(doc.get_value(slot_of(Field::ContentHash)) ==
          encode_stored_data(sample_article()).content_hash);
    CHECK(doc.get_data() == encode_stored_data(sample_article()).bytes);
  }

  TEST_CASE("an article without date has no date terms or value") {
    Xapian::TermGenerator generator;
    configure_indexing(generator);
    Article a = sample_article();
    a.date.reset();
    const Xapian::Document doc = to_document(a, generator);
    CHECK(doc.get_value(slot_of(Field::Date)).empty());
    CHECK_FALSE(has_term(doc, "Y2024"));
    CHECK_FALSE(article_from_document(doc).date.has_value());
  }
}
